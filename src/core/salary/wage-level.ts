// The wage level a posting's own requirements imply, by the US Department of Labor's worksheet: ETA
// "Prevailing Wage Determination Policy Guidance, Nonagricultural Immigration Programs" (revised November
// 2009), Appendix A, "Process for Determining Wage Level". Every determination starts at Level I; points
// are added for what the job asks beyond the O*NET Job Zone's usual preparation, and the sum is capped at
// Level IV:
//   Step 2 experience: at or below the zone's range +0, in its low end +1, in its high end +2, beyond
//     it +3 (Job Zone 4, SVP 7 to < 8: over 2 up to 4 years; so 2.1-3 years +1, 3.1-4 years +2, over 4 +3).
//   Step 3 education: one degree level above the usual +1, two above +2 ("If the occupation generally
//     requires a Bachelor's degree and the employer's job offer requires a Master's degree, enter a 1;
//     if the job offer requires a Ph.D., enter a 2").
//   Step 4 special skills: left to the analyst's judgement; TPM Lens does not score them.
//   Step 5 supervision: +1 when the job supervises staff and the occupation is not itself supervisory
//     (management occupations, SOC 11-xxxx, supervise by definition).
import {HOURS_PER_YEAR} from './levels';
import type {OccupationProfile} from './occupations';
import type {Degree} from '../types';
import {usd} from '../usd';

export type WageLevel = 1 | 2 | 3 | 4;
export type WorksheetFactor = 'experience' | 'education' | 'special-skills' | 'supervision';

export interface WorksheetStep {
  factor: WorksheetFactor;
  points: number;
  /** The step in words, with the posting's own figure or sentence. */
  evidence: string;
}

export interface ImpliedLevel {
  level: WageLevel;
  steps: WorksheetStep[];
  /** "Level IV: 8 years required (Job Zone 4 usually asks more than 2 and up to 4 years; ...: +3); bachelor's (usual: +0); ..." */
  summary: string;
}

export interface WorksheetInput {
  profile: OccupationProfile;
  years: number | null;
  degree: Degree | null;
  /** The posting's sentence that gives the role authority over staff, or null. */
  supervision: string | null;
  /** A required security clearance (its level), which the worksheet would leave to the analyst's judgement. */
  clearance?: string | null | undefined;
}

export const ROMAN: Record<WageLevel, string> = {1: 'I', 2: 'II', 3: 'III', 4: 'IV'};
const DEGREE_RANK: Record<Degree, number> = {bachelor: 1, master: 2, doctorate: 3};
const DEGREE_WORDS: Record<Degree, string> = {bachelor: "bachelor's", master: "master's", doctorate: 'doctorate'};

const yearsText = (years: number) =>
  years === 1 ? '1 year' : years < 1 ? `${Math.round(years * 12)} months` : `${years} years`;

function experienceStep({profile, years}: WorksheetInput): WorksheetStep {
  const zone = profile.jobZone;
  if (!zone)
    return {
      factor: 'experience',
      points: 0,
      evidence: `experience not scored: O*NET rates no Job Zone for ${profile.soc} (+0)`,
    };
  if (years === null) return {factor: 'experience', points: 0, evidence: 'no years of experience stated (+0)'};
  const {low, high} = zone.usualYears;
  const middle = (low + high) / 2;
  const points = years <= low ? 0 : years <= middle ? 1 : years <= high ? 2 : 3;
  const where =
    points === 0
      ? 'at or below its range'
      : points === 1
        ? 'low end of its range'
        : points === 2
          ? 'high end of its range'
          : 'beyond its range';
  return {
    factor: 'experience',
    points,
    evidence: `${yearsText(years)} required (Job Zone ${zone.zone} usually asks more than ${low} and up to ${yearsText(high)}; ${where}: +${points})`,
  };
}

function educationStep({profile, degree}: WorksheetInput): WorksheetStep {
  const zone = profile.jobZone;
  if (!zone)
    return {
      factor: 'education',
      points: 0,
      evidence: `education not scored: no usual level recorded for ${profile.soc} (+0)`,
    };
  if (degree === null) return {factor: 'education', points: 0, evidence: 'no degree stated (+0)'};
  const points = Math.max(0, DEGREE_RANK[degree] - DEGREE_RANK[zone.usualDegree]);
  const usual = points === 0 ? 'usual' : `usual is ${DEGREE_WORDS[zone.usualDegree]}`;
  return {factor: 'education', points, evidence: `${DEGREE_WORDS[degree]} (${usual}: +${points})`};
}

function specialSkillsStep({clearance}: WorksheetInput): WorksheetStep {
  const noted = clearance ? `; the posting requires a ${clearance} clearance, which an analyst may count here` : '';
  return {
    factor: 'special-skills',
    points: 0,
    evidence: `special skills not scored (the worksheet leaves them to an analyst${noted}) (+0)`,
  };
}

function supervisionStep({profile, supervision}: WorksheetInput): WorksheetStep {
  if (!supervision) return {factor: 'supervision', points: 0, evidence: 'no supervisory duties stated (+0)'};
  if (profile.supervisory)
    return {
      factor: 'supervision',
      points: 0,
      evidence: `supervises staff, which ${profile.soc} ${profile.onetTitle} does by definition (+0)`,
    };
  return {factor: 'supervision', points: 1, evidence: `supervises staff ("${supervision}"): +1`};
}

/** The worksheet applied to a posting's requirements: Level I plus the points, capped at Level IV. */
export function impliedWageLevel(input: WorksheetInput): ImpliedLevel {
  const steps = [experienceStep(input), educationStep(input), specialSkillsStep(input), supervisionStep(input)];
  const total = steps.reduce((sum, step) => sum + step.points, 0);
  const level = Math.min(4, 1 + total) as WageLevel;
  const capped = 1 + total > 4 ? ` (${1 + total} before the cap at IV)` : '';
  return {
    level,
    steps,
    summary: `Level ${ROMAN[level]}${capped}: ${steps
      .filter((step) => step.factor !== 'special-skills' || input.clearance)
      .map((step) => step.evidence)
      .join('; ')}`,
  };
}

export interface ImpliedComparison {
  meets: boolean;
  summary: string;
}

/**
 * The posted minimum against the implied level's wage for the area, in words. Null-free: callers decide
 * when there is nothing to compare (no pay, not USD, no local levels).
 */
export function compareWithImpliedLevel(
  annualMin: number,
  level: WageLevel,
  levels: readonly [number, number, number, number],
  where: string,
): ImpliedComparison {
  const wage = levels[level - 1]!;
  const meets = annualMin >= wage;
  const hourly = `$${(wage / HOURS_PER_YEAR).toFixed(2)}/hour`;
  const relation = meets ? (annualMin === wage ? 'equals' : 'meets') : 'is below';
  return {
    meets,
    summary: `Posted minimum ${usd(annualMin)} ${relation} the Level ${ROMAN[level]} wage ${where}, ${usd(wage)} (${hourly}).`,
  };
}
