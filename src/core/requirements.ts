import {certificationsIn} from './certifications';
import {findDegree} from './degree';
import {normalizeSentences} from './text';
import type {Requirements} from './types';
import {findRequiredYears} from './years';

/** Minimum years of experience, lowest degree level and PM certifications a posting asks for. */
export function extractRequirements(sentences: readonly string[]): Requirements {
  // Callers usually pass splitSentences output; normalising again is cheap and makes raw input safe.
  const normalized = normalizeSentences(sentences);
  const years = findRequiredYears(normalized);
  const degree = findDegree(normalized);
  const certifications: string[] = [];
  const certificationSentences: string[] = [];
  const certificationsAt: Array<[number, number]> = [];
  for (const sentence of normalized) {
    const spans: Array<[number, number]> = [];
    const named = certificationsIn(sentence, spans);
    if (named.length === 0) continue;
    certificationSentences.push(sentence);
    certificationsAt.push(spans[0]!);
    for (const name of named) if (!certifications.includes(name)) certifications.push(name);
  }
  return {
    minYearsExperience: years[0]?.years ?? null,
    degree: degree.degree,
    certifications,
    evidence: {
      years: years.map((finding) => finding.sentence),
      degree: degree.sentences,
      certifications: certificationSentences,
      at: {years: years.map((finding) => finding.at), degree: degree.at, certifications: certificationsAt},
    },
  };
}
