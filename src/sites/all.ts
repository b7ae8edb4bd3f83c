// Every site TPM Lens knows: the manifest's content scripts (one per site, scripts/manifest.ts), the command
// line and the tests read all of them.
import {ashby} from './ashby';
import {glassdoor} from './glassdoor';
import {greenhouse} from './greenhouse';
import {indeed} from './indeed';
import {lever} from './lever';
import {linkedin} from './linkedin';
import {smartrecruiters} from './smartrecruiters';
import type {SiteAdapter} from './types';
import {workday} from './workday';
import {ziprecruiter} from './ziprecruiter';

/** Order does not matter: hosts do not overlap. */
export const SITES: readonly SiteAdapter[] = [
  linkedin,
  indeed,
  glassdoor,
  ziprecruiter,
  greenhouse,
  lever,
  workday,
  ashby,
  smartrecruiters,
];
