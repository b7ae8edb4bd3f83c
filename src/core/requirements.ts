import {certificationsIn} from './certifications';
import {findDegree} from './degree';
import {vocabularies} from './scan';
import {normalizeSentences} from './text';
import type {Requirements} from './types';
import {findRequiredYears} from './years';

/** Minimum years of experience, lowest degree level and PM certifications a posting asks for. */
export function extractRequirements(sentences: readonly string[]): Requirements {
  // Callers usually pass splitSentences output; normalising again is cheap and makes raw input safe.
  const normalized = normalizeSentences(sentences);
  // The sentences' scan first, remembered: the readers below ask their gates (vocabularies.gate) about each sentence,
  // which find its row by its place in the sentences scanned last. In a batch (analyzeMany) those were another
  // posting's, and every gate searched them and then looked the text up: 24,764 look-ups over the dev postings in
  // batches of 64, where one by one (the text detected just before) 241.
  if (normalized === sentences) vocabularies.scan(sentences);
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
