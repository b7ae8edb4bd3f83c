// The level of the job: from the title first (its level words: "Senior", "Staff", "Director"; a
// "Manager, TPM" manages people while a "Technical Program Manager" does not), then from what the
// text says about managing people or managers, then from the years required.
import type {SeniorityLevel} from './screening-ids';
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

export function findSeniority(title: string, sentences: readonly string[], minYears: number | null): SeniorityFinding {
  // Words after a dash or comma that name a team, not a level ("TPM, Staff Augmentation" is rare; "Lead" in a team name is not).
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  for (const {level, regex} of TITLES) {
    const match = regex.exec(cleanTitle);
    if (!match) continue;
    return {seniority: {level, reason: `title says "${match[0].trim()}"`}, evidence: [title]};
  }
  const leadsManagers = sentences.find((sentence) => MANAGER_OF_MANAGERS.test(sentence));
  if (leadsManagers)
    return {seniority: {level: 'manager-of-managers', reason: 'leads managers'}, evidence: [leadsManagers]};
  const managesPeople = sentences.find((sentence) => MANAGES_PEOPLE.test(sentence));
  if (managesPeople) return {seniority: {level: 'manager', reason: 'manages people'}, evidence: [managesPeople]};
  if (minYears !== null)
    return {seniority: {level: levelFromYears(minYears), reason: `asks ${minYears}+ years`}, evidence: []};
  return {seniority: null, evidence: []};
}
