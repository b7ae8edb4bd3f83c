// Which occupation stands for a technical project manager. OFLC classifies IT project managers
// (O*NET 15-1299.09 "Information Technology Project Managers") under SOC 15-1299, so that is the default;
// 13-1082 (project management specialists, any field) and 11-3021 (IT managers who lead people) are
// shown beside it because TPM roles sit between them. ./occupation-choice.ts picks one per posting.
import {OCCUPATION_TITLES} from './occupation-titles';

export const DEFAULT_SOC = '15-1299';

/** Plain words for each bundled SOC code; the wage table's own title is kept beside it. */
export const OCCUPATION_NOTES: Record<string, string> = {
  '15-1299': 'includes Information Technology Project Managers (O*NET 15-1299.09); the usual class for TPMs',
  '13-1082': 'project managers in any field',
  '11-3021': 'IT managers who lead teams',
  '11-9199': 'managers not classed elsewhere',
  '15-1252': 'comparator: software developers',
  '11-9021': 'comparator: construction project managers',
};

/**
 * The O*NET Job Zone's usual preparation, as the DOL wage-level worksheet reads it. Job Zone 4 is
 * "Considerable Preparation Needed", SVP 7.0 to < 8.0, which the worksheet reads as over 2 years up to and
 * including 4 years of experience; "most of these occupations require a four-year bachelor's degree".
 * Sources: O*NET Job Zone reference (onetcenter.org/dictionary/26.3/oracle/job_zone_reference.html) and
 * the ETA Prevailing Wage Determination Policy Guidance (revised November 2009), Step 2 and Step 3.
 */
export interface JobZone {
  zone: 4;
  /** Years of experience the zone usually asks: above `low`, up to and including `high`. */
  usualYears: {low: number; high: number};
  usualDegree: 'bachelor';
}

export const JOB_ZONE_4: JobZone = {zone: 4, usualYears: {low: 2, high: 4}, usualDegree: 'bachelor'};

export interface OccupationProfile {
  soc: string;
  /** The O*NET-SOC occupation the rules read (detailed where the SOC code is a residual "all other" one). */
  onet: string;
  onetTitle: string;
  /** Null: O*NET rates no Job Zone for it (the residual "all other" codes), so experience cannot be scored. */
  jobZone: JobZone | null;
  /** Supervising staff is part of the occupation itself (management occupations): the worksheet adds nothing for it. */
  supervisory: boolean;
  /** O*NET's "sample of reported job titles". */
  sampleTitles: string[];
  source: string;
}

/**
 * Each occupation's profile beyond its code and title (occupation-titles.ts), by SOC code. O*NET OnLine
 * summary reports (US DOL/ETA, CC BY 4.0: "This page includes information from O*NET OnLine by the U.S.
 * Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0
 * license."). Job Zones and sample titles as O*NET OnLine lists them.
 */
const DETAILS: Record<
  (typeof OCCUPATION_TITLES)[number]['soc'],
  Omit<OccupationProfile, 'soc' | 'onet' | 'onetTitle'>
> = {
  '15-1299': {
    jobZone: JOB_ZONE_4,
    supervisory: false,
    sampleTitles: [
      'IT Project Manager',
      'IT Program Manager',
      'Information Systems Project Manager',
      'Cybersecurity Project Manager',
      'Scrum Master',
      'Transition Program Manager',
    ],
    source: 'O*NET OnLine 15-1299.09 (onetonline.org/link/summary/15-1299.09)',
  },
  '11-3021': {
    jobZone: JOB_ZONE_4,
    supervisory: true,
    sampleTitles: [
      'Information Technology Director',
      'Information Technology Manager',
      'Director of Application Development',
      'Information Systems Manager',
      'Technical Services Manager',
    ],
    source:
      'O*NET OnLine 11-3021.00 (onetonline.org/link/summary/11-3021.00); tasks include "Recruit, hire, train and supervise staff" and "Control operational budget and expenditures"',
  },
  '13-1082': {
    jobZone: JOB_ZONE_4,
    supervisory: false,
    sampleTitles: [
      'Project Coordinator',
      'Project Delivery Manager',
      'Implementation Project Manager',
      'Human Resources Project Manager',
      'Project Administrator',
    ],
    source: 'O*NET OnLine 13-1082.00 (onetonline.org/link/summary/13-1082.00)',
  },
  '11-9199': {
    jobZone: null,
    supervisory: true,
    sampleTitles: [],
    source: 'SOC 2018 11-9199 "All managers not listed separately"; O*NET rates no Job Zone for this residual code',
  },
};

export const OCCUPATION_PROFILES: readonly OccupationProfile[] = OCCUPATION_TITLES.map(({soc, onet, title}) => ({
  soc,
  onet,
  onetTitle: title,
  ...DETAILS[soc],
}));

export function occupationProfile(soc: string): OccupationProfile | undefined {
  return OCCUPATION_PROFILES.find((profile) => profile.soc === soc);
}
