import {CHECKLIST} from './checklist';
import {REQUIREMENT_IDS} from './ids';
import {DEGREE_RANK, type ChecklistMatch, type Fit, type Profile, type Requirements} from './types';

/**
 * Weights of what a posting can ask for. Hard requirements (years, degree) weigh more than a single
 * checklist skill; certifications sit between.
 */
export const FIT_WEIGHTS = {experience: 3, degree: 2, certification: 2} as const;

const normalizeCert = (cert: string) => cert.toLowerCase().replace(/[^a-z0-9+]/g, '');

export interface FitInput {
  requirements: Pick<Requirements, 'minYearsExperience' | 'degree' | 'certifications'>;
  checklist: readonly ChecklistMatch[];
}

type Status = 'met' | 'missing' | 'unknown';

/**
 * 0-100 share of the posting's stated requirements the profile meets. Unknown (the profile does not
 * say) counts as not met, so that adding to a profile can only raise the score.
 */
export function scoreFit({requirements, checklist}: FitInput, profile: Profile): Fit {
  const rows: Array<{id: string; weight: number; status: Status}> = [];
  if (requirements.minYearsExperience !== null) {
    const status: Status =
      profile.yearsExperience === null ? 'unknown' : profile.yearsExperience >= requirements.minYearsExperience ? 'met' : 'missing';
    rows.push({id: 'experience', weight: FIT_WEIGHTS.experience, status});
  }
  if (requirements.degree !== null) {
    const status: Status =
      profile.degree === null ? 'unknown' : DEGREE_RANK[profile.degree] >= DEGREE_RANK[requirements.degree] ? 'met' : 'missing';
    rows.push({id: 'degree', weight: FIT_WEIGHTS.degree, status});
  }
  const held = new Set(profile.certifications.map(normalizeCert));
  for (const cert of requirements.certifications) {
    rows.push({id: `certification:${cert}`, weight: FIT_WEIGHTS.certification, status: held.has(normalizeCert(cert)) ? 'met' : 'missing'});
  }
  const evidenced = new Set<string>(profile.checklist);
  for (const item of CHECKLIST) {
    if ((REQUIREMENT_IDS as readonly string[]).includes(item.id)) continue;
    if (!checklist.some((match) => match.id === item.id && match.present)) continue;
    rows.push({id: item.id, weight: item.weight, status: evidenced.has(item.id) ? 'met' : 'missing'});
  }
  const total = rows.reduce((sum, row) => sum + row.weight, 0);
  const met = rows.reduce((sum, row) => sum + (row.status === 'met' ? row.weight : 0), 0);
  const byWeight = (status: Status) =>
    rows.filter((row) => row.status === status).sort((a, b) => b.weight - a.weight).map((row) => row.id);
  return {
    score: total === 0 ? 100 : Math.round((met / total) * 100),
    met: byWeight('met'),
    missing: byWeight('missing'),
    unknown: byWeight('unknown'),
  };
}
