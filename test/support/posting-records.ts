// Records built the way the extension builds them: real postings from ../shared/data through analyze()
// with the county wage dataset, then recordFromAnalysis.
import {analyze} from '../../src/core/analyze';
import {loadSalaryDatasetSync} from '../../src/core/salary/load-node';
import type {Posting, Profile} from '../../src/core/types';
import {recordFromAnalysis, type AnalysisContext, type PostingRecord} from '../../src/storage/posting-record';
import {realPostings} from './dev-postings';

export const VERSION = '0.1.0';

export const PROFILE: Profile = {
  version: 1,
  yearsExperience: 6,
  degree: 'bachelor',
  certifications: ['PMP'],
  checklist: ['communication', 'stakeholder-management', 'delivery', 'planning'],
  skills: [],
  location: 'Seattle, WA',
  payExpectation: null,
};

let dataset: ReturnType<typeof loadSalaryDatasetSync> | null = null;
export const analyzeWith = (posting: Posting, profile: Profile | null = null) =>
  analyze(posting, {dataset: (dataset ??= loadSalaryDatasetSync()), profile});

export const context = (now: string, profileStamp: string | null = null): AnalysisContext => ({
  analysisVersion: VERSION,
  profileStamp,
  now: new Date(now),
});

/** The first n real postings as the content script would send them from a site (key, site, url). */
export function sitePostings(n: number, site = 'greenhouse'): Posting[] {
  return realPostings()
    .slice(0, n)
    .map((posting, index) => ({
      ...posting,
      id: `${site}:${1000 + index}`,
      site,
      url: `https://boards.greenhouse.io/example/jobs/${1000 + index}`,
    }));
}

export function recordOf(posting: Posting, now = '2026-11-01T10:00:00.000Z'): PostingRecord {
  return recordFromAnalysis(posting, analyzeWith(posting), context(now));
}
