// Names of the screening facts and seniority levels: shared by the readers, the schema and the UI
// without pulling the readers' vocabularies into bundles that only need the names.

export const SCREENING_FACTS = [
  'workMode',
  'clearance',
  'usCitizenship',
  'sponsorship',
  'travelPercent',
  'employmentType',
  'seniority',
] as const;
export type ScreeningFact = (typeof SCREENING_FACTS)[number];

/** The employment types the readers name (screening-vocab's EMPLOYMENT_TYPES) and a profile can accept. */
export const EMPLOYMENT_TYPE_KEYS = [
  'full-time',
  'part-time',
  'contract',
  'temporary',
  'internship',
  'per diem',
  'volunteer',
] as const;
export type EmploymentTypeKey = (typeof EMPLOYMENT_TYPE_KEYS)[number];

/**
 * Several employment types a posting names ("Job Types: Full-time, Contract") are one value, in the posting's
 * order: "full-time, contract". A list, not a choice: on Indeed that one is a contract at full-time hours, and
 * "Full-time, Part-time" is either. One type is its key alone ("contract").
 */
export const TYPE_JOINER = ', ';

export const SENIORITY_LEVELS = [
  'entry',
  'mid',
  'senior',
  'staff-principal',
  'manager',
  'manager-of-managers',
  'director',
] as const;
export type SeniorityLevel = (typeof SENIORITY_LEVELS)[number];
