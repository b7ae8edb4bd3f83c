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
