// The level of the job: from the title first (its level words: "Senior", "Staff", "Director"; a
// "Manager, TPM" manages people while a "Technical Program Manager" does not), then from what the
// text says about managing people or managers, then from the years required.
import type {SeniorityLevel} from './screening-ids';
import {vocabularies} from './scan';
import {SENIORITY_TEXT, SENIORITY_TITLES} from './screening-vocab';

export type {SeniorityLevel};

export interface Seniority {
  level: SeniorityLevel;
  /** Why, in a few words: 'title says "Senior"', "asks 8+ years". */
  reason: string;
}

export interface SeniorityFinding {
  seniority: Seniority | null;
  evidence: string[];
}

const TITLES = SENIORITY_TITLES.map((entry) => ({...entry, regex: new RegExp(entry.pattern, 'i')}));
const MANAGER_OF_MANAGERS = new RegExp(SENIORITY_TEXT.managerOfManagers, 'i');
const MANAGES_PEOPLE = new RegExp(SENIORITY_TEXT.manager, 'i');
/** The posting's scan (scan.ts) says which sentences hold the strings each pattern cannot match without. */
const TEXT_GROUPS = vocabularies.add([[MANAGER_OF_MANAGERS.source], [MANAGES_PEOPLE.source]]);

/**
 * Years to level where the title says nothing. Bands follow common industry ladders for program
 * and engineering roles (entry under 2 years, mid 2-4, senior 5-9, staff/principal 10+).
 */
function levelFromYears(years: number): SeniorityLevel {
  if (years < 2) return 'entry';
  if (years < 5) return 'mid';
  if (years < 10) return 'senior';
  return 'staff-principal';
}

/** `skip`: whether to pass sentence `index` over (what stands aside from the job). */
export function findSeniority(
  title: string,
  sentences: readonly string[],
  minYears: number | null,
  skip?: (index: number) => boolean,
): SeniorityFinding {
  // Words after a dash or comma that name a team, not a level ("TPM, Staff Augmentation" is rare; "Lead" in a team name is not).
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  for (const {level, regex} of TITLES) {
    const match = regex.exec(cleanTitle);
    if (!match) continue;
    return {seniority: {level, reason: `title says "${match[0].trim()}"`}, evidence: [title]};
  }
  const candidates = vocabularies.scan(sentences);
  const first = (pattern: RegExp, group: number) => {
    for (let index = 0; index < sentences.length; index++)
      if (candidates.may(index, group) && !skip?.(index) && pattern.test(sentences[index]!)) return sentences[index]!;
    return undefined;
  };
  const leadsManagers = first(MANAGER_OF_MANAGERS, TEXT_GROUPS);
  if (leadsManagers)
    return {seniority: {level: 'manager-of-managers', reason: 'leads managers'}, evidence: [leadsManagers]};
  const managesPeople = first(MANAGES_PEOPLE, TEXT_GROUPS + 1);
  if (managesPeople) return {seniority: {level: 'manager', reason: 'manages people'}, evidence: [managesPeople]};
  if (minYears !== null)
    return {seniority: {level: levelFromYears(minYears), reason: `asks ${minYears}+ years`}, evidence: []};
  return {seniority: null, evidence: []};
}
