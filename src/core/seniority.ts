// The level of the job: from the title first (its level words: "Senior", "Staff", "Director"; a
// "Manager, TPM" manages people while a "Technical Program Manager" does not), then from what the
// text says about managing people or managers, then from the years required.
import {merged} from './merged';
import type {SeniorityLevel} from './screening-ids';
import {vocabularies, type Candidates} from './scan';
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

const TITLES = SENIORITY_TITLES.map((entry) => merged(entry, {regex: new RegExp(entry.pattern, 'i')}));
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

/**
 * A US federal General Schedule grade, in the years of work it stands for. A graduate starts at GS-5 (GS-7 with
 * superior academic achievement); a grade of the two-grade ladder (5, 7, 9, 11) and then each one from GS-12 asks a
 * year at the grade before it (time in grade, 5 CFR 300.604; OPM, General Schedule Qualification Standards). A
 * federal posting's "one year of specialized experience" is that year, not the whole career: the grade says more.
 */
const YEARS_TO_GRADE: Readonly<Record<number, number>> = {5: 0, 7: 1, 9: 2, 11: 3, 12: 4, 13: 5, 14: 6, 15: 7};
/** "GS-15", "GS 13", "GS14" (and GG, the same grades). */
const GRADE = /\b(?:GS|GG)[- ]?(\d{1,2})\b/g;
/** Where the text states the job's grade: its pay or grade line ("Salary: GS-14, Step 1 - $108,885", "This position is a GS-7"). */
const GRADE_LINE = /\$|\b(?:salary|pay|grade|series|position)\b/i;
/** The year a federal posting asks for, at the grade below the job's ("specialized experience equivalent to the GS-12"). */
const GRADE_BELOW = /\bspecialized experience\b/i;
/** The grade after each on the ladder: two grades a step up to GS-11, then one. */
const NEXT_GRADE: Readonly<Record<number, number>> = {5: 7, 7: 9, 9: 11, 11: 12, 12: 13, 13: 14, 14: 15};

/**
 * The highest grade of the ladder the text names, or 0; `below`: read each as the grade under the job's, so the one
 * after it counts. exec on GRADE itself: matchAll would copy the pattern on every call, and every posting's title asks.
 */
function highestGrade(text: string, below = false): number {
  let best = 0;
  GRADE.lastIndex = 0;
  for (let match = GRADE.exec(text); match; match = GRADE.exec(text)) {
    const grade = below ? NEXT_GRADE[Number(match[1])] : Number(match[1]);
    if (grade !== undefined && YEARS_TO_GRADE[grade] !== undefined && grade > best) best = grade;
  }
  GRADE.lastIndex = 0;
  return best;
}

/** The title's grade, or the highest a pay or grade line names, or the one after the grade the experience is asked at. */
function federalGrade(title: string, sentences: readonly string[]): {grade: number; evidence: string} | null {
  const inTitle = highestGrade(title);
  if (inTitle) return {grade: inTitle, evidence: title};
  let found: {grade: number; evidence: string} | null = null;
  for (const sentence of sentences) {
    // Most postings have no grade: a plain search for the letters GRADE cannot match without passes over their
    // sentences. A grade named elsewhere is no job's ("Approval level is the first O-6 or GS-15").
    if (!sentence.includes('GS') && !sentence.includes('GG')) continue;
    const grade = GRADE_BELOW.test(sentence)
      ? highestGrade(sentence, true)
      : GRADE_LINE.test(sentence)
        ? highestGrade(sentence)
        : 0;
    if (grade > (found?.grade ?? 0)) found = {grade, evidence: sentence};
  }
  return found;
}

/**
 * The first sentence the pattern matches that is not to be passed over. The pattern first: it fails on most sentences
 * the scan lets through, while `skip` (isNotice) is several patterns on a sentence not asked about before.
 */
function firstStating(
  pattern: RegExp,
  group: number,
  sentences: readonly string[],
  candidates: Candidates,
  skip: ((index: number) => boolean) | undefined,
): string | undefined {
  for (let index = 0; index < sentences.length; index++)
    if (candidates.may(index, group) && pattern.test(sentences[index]!) && !skip?.(index)) return sentences[index]!;
  return undefined;
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
  const leadsManagers = firstStating(MANAGER_OF_MANAGERS, TEXT_GROUPS, sentences, candidates, skip);
  if (leadsManagers)
    return {seniority: {level: 'manager-of-managers', reason: 'leads managers'}, evidence: [leadsManagers]};
  const managesPeople = firstStating(MANAGES_PEOPLE, TEXT_GROUPS + 1, sentences, candidates, skip);
  if (managesPeople) return {seniority: {level: 'manager', reason: 'manages people'}, evidence: [managesPeople]};
  const grade = federalGrade(cleanTitle, sentences);
  if (grade) {
    const years = YEARS_TO_GRADE[grade.grade]!;
    const reason = `GS-${grade.grade}, ${years === 0 ? 'a starting grade' : `${years}+ years from GS-5 at one year a grade`}`;
    return {seniority: {level: levelFromYears(years), reason}, evidence: [grade.evidence]};
  }
  if (minYears !== null)
    return {seniority: {level: levelFromYears(minYears), reason: `asks ${minYears}+ years`}, evidence: []};
  return {seniority: null, evidence: []};
}
