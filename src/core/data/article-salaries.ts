// The source article's salary figures (its source: ZipRecruiter, as of 2021-09-27). Only figures the
// article states, or derives in its own words ("$26,564 above $107,330"), are here; the article ranks
// Fremont, CA and Norwalk, CT among the top cities but gives no figure for them, so they have none.

export const ARTICLE_SOURCE = {
  name: 'ZipRecruiter, as quoted by Modern Recruiters, "What Does A Technical Project Manager Do"',
  date: '2021-09-27',
} as const;

export interface ArticleSalaryEntry {
  place: string;
  scope: 'national' | 'state' | 'local';
  /** Lower-case words that identify the place in a posting's location. */
  match: string[];
  average: number;
  low?: number;
  high?: number;
  note: string;
}

export const ARTICLE_SALARIES: ArticleSalaryEntry[] = [
  {
    place: 'United States',
    scope: 'national',
    match: [],
    average: 109_985,
    low: 96_224,
    high: 124_021,
    note: 'National average; the usual range is $96,224-$124,021. The article also quotes a national average of $107,330.',
  },
  {
    place: 'San Francisco, CA',
    scope: 'local',
    match: ['san francisco'],
    average: 133_894,
    note: '$26,564 (24.8%) above the $107,330 national average.',
  },
  {
    place: 'San Jose, CA',
    scope: 'local',
    match: ['san jose'],
    average: 125_254,
    note: '$17,924 (16.7%) above the $107,330 national average.',
  },
  {
    place: 'Los Angeles, CA',
    scope: 'local',
    match: ['los angeles'],
    average: 104_611,
    note: '$2,719 (3%) below the $107,330 national average.',
  },
  {
    place: 'California',
    scope: 'state',
    match: ['california', ', ca'],
    average: 104_611,
    note: 'Average for California.',
  },
];
