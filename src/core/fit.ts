import {CHECKLIST} from './checklist';
import {fitBlockers, type ScreeningSaid} from './fit-blockers';
import type {FitPlace} from './fit-place';
import {payAgainstExpectation} from './fit-pay';
import {skillsNamed} from './fit-skills';
import type {ScreeningFacts} from './screening';
import {REQUIREMENT_IDS} from './ids';
import {normalizeCertification} from './profile';
import {
  DEGREE_RANK,
  type ChecklistMatch,
  type Degree,
  type Fit,
  type PostedPay,
  type Profile,
  type Requirements,
} from './types';

/**
 * How much each thing a posting asks for weighs in the fit score.
 *
 * - experience 3: a stated minimum of years is the hardest filter recruiters apply.
 * - requiredCertification 3: a certification the posting names as a must weighs like years.
 * - degree 2: usually a gate, but often "or equivalent experience".
 * - preferredCertification 1: a nice-to-have certification.
 * - a checklist skill or responsibility the posting asks for: its checklist weight (1 usual, 2 core),
 *   so a single soft skill never outweighs a hard requirement.
 *
 * Certifications count as must-haves unless the caller passes them as `preferredCertifications`.
 */
export {normalizeCertification};

export const FIT_WEIGHTS = {experience: 3, requiredCertification: 3, degree: 2, preferredCertification: 1} as const;

export interface FitInput {
  /** With the posting's screening facts when known: the only source of hard blockers. */
  requirements: Pick<Requirements, 'minYearsExperience' | 'degree' | 'certifications'> & Partial<ScreeningFacts>;
  checklist: readonly ChecklistMatch[];
  /** Certifications the posting only prefers (weigh less than `requirements.certifications`). */
  preferredCertifications?: readonly string[];
  /** What the screening facts rest on (an Analysis carries it): whom a citizenship condition allows, where remote hires must live. */
  screening?: ScreeningSaid;
  /** The pay the posting states (an Analysis's salary.posted): set beside the profile's expectation, not scored. */
  posted?: PostedPay | null;
  /** The posting's sentences (title first): where the profile's key skills are looked for, not scored. */
  sentences?: readonly string[];
  /** Where the job is against the profile's home (fit-place.ts): said, not scored. */
  place?: FitPlace | null;
}

export type FitStatus = 'met' | 'missing' | 'unknown';

/** One requirement of the posting and how the profile stands against it: the explanation of the score. */
export interface FitRow {
  /** 'experience', 'degree', 'certification:PMP' or a checklist id. */
  id: string;
  label: string;
  weight: number;
  status: FitStatus;
  /** Why, in a few words: "posting asks 5+ years; profile has 3". */
  reason: string;
}

const degreeName: Record<Degree, string> = {bachelor: "bachelor's", master: "master's", doctorate: 'doctorate'};

function experienceRow(minYears: number, profile: Profile): FitRow {
  const have = profile.yearsExperience;
  const status: FitStatus = have === null ? 'unknown' : have >= minYears ? 'met' : 'missing';
  const reason = `posting asks ${minYears}+ years; ${have === null ? 'profile does not say' : `profile has ${have}`}`;
  return {id: 'experience', label: `${minYears}+ years of experience`, weight: FIT_WEIGHTS.experience, status, reason};
}

function degreeRow(asked: Degree, profile: Profile): FitRow {
  const have = profile.degree;
  const status: FitStatus = have === null ? 'unknown' : DEGREE_RANK[have] >= DEGREE_RANK[asked] ? 'met' : 'missing';
  const reason = `posting asks a ${degreeName[asked]} degree; ${have === null ? 'profile does not say' : `profile has a ${degreeName[have]}`}`;
  return {id: 'degree', label: `${degreeName[asked]} degree`, weight: FIT_WEIGHTS.degree, status, reason};
}

function certificationRow(cert: string, weight: number, held: ReadonlySet<string>, profile: Profile): FitRow {
  // An empty list is "not said" rather than "none held": both score nothing, only the wording differs.
  const status: FitStatus = held.has(normalizeCertification(cert))
    ? 'met'
    : profile.certifications.length === 0
      ? 'unknown'
      : 'missing';
  const kind = weight === FIT_WEIGHTS.requiredCertification ? 'required' : 'preferred';
  return {
    id: `certification:${cert}`,
    label: `${cert} certification (${kind})`,
    weight,
    status,
    reason: `posting names ${cert} (${kind})`,
  };
}

/** Every requirement the posting states, with the profile's status against each; heaviest first. */
export function explainFit(
  {requirements, checklist, preferredCertifications = []}: FitInput,
  profile: Profile,
): FitRow[] {
  const rows: FitRow[] = [];
  if (requirements.minYearsExperience !== null) rows.push(experienceRow(requirements.minYearsExperience, profile));
  if (requirements.degree !== null) rows.push(degreeRow(requirements.degree, profile));
  const held = new Set(profile.certifications.map(normalizeCertification));
  const required = new Set(requirements.certifications.map(normalizeCertification));
  const seen = new Set<string>();
  for (const cert of requirements.certifications) {
    if (seen.has(normalizeCertification(cert))) continue;
    seen.add(normalizeCertification(cert));
    rows.push(certificationRow(cert, FIT_WEIGHTS.requiredCertification, held, profile));
  }
  for (const cert of preferredCertifications) {
    const key = normalizeCertification(cert);
    if (seen.has(key) || required.has(key)) continue;
    seen.add(key);
    rows.push(certificationRow(cert, FIT_WEIGHTS.preferredCertification, held, profile));
  }
  const evidenced = new Set<string>(profile.checklist);
  for (const item of CHECKLIST) {
    if ((REQUIREMENT_IDS as readonly string[]).includes(item.id)) continue;
    if (!checklist.some((match) => match.id === item.id && match.present)) continue;
    const status: FitStatus = evidenced.has(item.id) ? 'met' : profile.checklist.length === 0 ? 'unknown' : 'missing';
    rows.push({
      id: item.id,
      label: item.label,
      weight: item.weight,
      status,
      reason: `posting asks for ${item.label.toLowerCase()}`,
    });
  }
  // Stable sort: heaviest first, posting order within a weight.
  return rows.sort((a, b) => b.weight - a.weight);
}

/**
 * 0-100: the weighted share of the posting's stated requirements the profile meets. Unknown (the
 * profile does not say) scores like missing, and the total depends on the posting alone, so adding
 * anything to a profile can only keep or raise the score. A posting that states nothing scores 100.
 */
export function scoreFit(input: FitInput, profile: Profile): Fit {
  const rows = explainFit(input, profile);
  const total = rows.reduce((sum, row) => sum + row.weight, 0);
  const met = rows.reduce((sum, row) => sum + (row.status === 'met' ? row.weight : 0), 0);
  const ids = (status: FitStatus) => rows.filter((row) => row.status === status).map((row) => row.id);
  const blockers = fitBlockers(input.requirements, profile, input.screening);
  const skills = input.sentences ? skillsNamed(profile.skills, input.sentences) : null;
  return {
    // A hard blocker is not one requirement among others: it rules the profile out, so the score says 0.
    score: blockers.length ? 0 : total === 0 ? 100 : Math.round((met / total) * 100),
    met: ids('met'),
    missing: ids('missing'),
    unknown: ids('unknown'),
    ...(blockers.length ? {blockers} : {}),
    ...(skills ? {skills} : {}),
    ...(input.place ? {place: input.place} : {}),
    ...(profile.payExpectation !== null
      ? {pay: payAgainstExpectation(input.posted ?? null, profile.payExpectation)}
      : {}),
  };
}
