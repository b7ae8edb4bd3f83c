// The benchmark fitted to the role: the occupation the posting points to (or the reader chose), its wage
// levels first among the figures, and the wage level the posting's own requirements imply.
import {merged} from '../merged';
import type {Benchmark, PayComparison, PostedPay, Requirements} from '../types';
import {chooseOccupation, readRoleDuties, userOccupation, type OccupationChoice} from './occupation-choice';
import {occupationProfile} from './occupations';
import {compareWithImpliedLevel, impliedWageLevel, ROMAN} from './wage-level';

export interface RoleInput {
  title: string;
  sentences: readonly string[];
  /** The detector's verdict. */
  technical: boolean;
  requirements: Pick<Requirements, 'minYearsExperience' | 'degree'>;
  /** The reader's remembered occupation (SOC), or null/undefined to let the posting decide. */
  chosenSoc?: string | null | undefined;
  /** The screening reading of a required security clearance (src/core/clearance.ts), when there is one. */
  clearance?: {required: boolean; level: string | null} | null | undefined;
}

const SOC = /^\d\d-\d{4}$/;

export function benchmarkForRole(benchmark: Benchmark, input: RoleInput): Benchmark {
  const duties = readRoleDuties(input.sentences);
  const suggested = chooseOccupation({title: input.title, duties, technical: input.technical});
  const chosen = input.chosenSoc && SOC.test(input.chosenSoc) ? input.chosenSoc : null;
  const occupation: OccupationChoice =
    chosen && chosen !== suggested.soc ? userOccupation(chosen, suggested) : suggested;
  const profile = occupationProfile(occupation.soc);
  const own = benchmark.figures.findIndex((figure) => figure.kind === 'levels' && figure.soc === occupation.soc);
  const figures =
    own > 0 ? [benchmark.figures[own]!, ...benchmark.figures.filter((_, index) => index !== own)] : benchmark.figures;
  const why = profile
    ? occupation.why
    : [...occupation.why, `no O*NET Job Zone is bundled for ${occupation.soc}: no implied wage level`];
  return merged(benchmark, {
    figures,
    occupation: {soc: occupation.soc, title: occupation.title, why, by: occupation.by},
    ...(profile
      ? {
          impliedLevel: impliedWageLevel({
            profile,
            years: input.requirements.minYearsExperience,
            degree: input.requirements.degree,
            supervision: duties.supervision,
            clearance: input.clearance?.required ? (input.clearance.level ?? 'security') : null,
          }),
        }
      : {}),
  });
}

/**
 * Adds to a comparison whether the posted minimum meets the implied level's wage for the area. null when
 * it cannot be said: no implied level, pay not in USD, or no local levels for the chosen occupation.
 */
export function withImpliedLevel(
  comparison: PayComparison | null,
  posted: PostedPay | null,
  benchmark: Benchmark | null,
): PayComparison | null {
  if (!comparison || !posted || !benchmark) return comparison;
  const implied = benchmark.impliedLevel;
  const figure = benchmark.figures[0];
  const levels = figure?.kind === 'levels' && figure.soc === benchmark.occupation?.soc ? figure.levels : undefined;
  if (!implied || posted.currency !== 'USD' || !levels) {
    const reason = !implied
      ? null
      : posted.currency !== 'USD'
        ? null
        : `No local wage levels for ${benchmark.occupation?.soc ?? 'this occupation'} here: the posted minimum is not compared with the Level ${ROMAN[implied.level]} wage.`;
    return merged(comparison, {meetsImpliedLevel: null, ...(reason ? {impliedLevelSummary: reason} : {})});
  }
  const where = `for ${figure!.soc} in ${figure!.area ?? benchmark.place}`;
  const result = compareWithImpliedLevel(posted.annualMin, implied.level, levels, where);
  return merged(comparison, {meetsImpliedLevel: result.meets, impliedLevelSummary: result.summary});
}
