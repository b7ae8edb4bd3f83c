import type {Detection} from './types';

/** Is this a technical project/program manager posting? Decided from the title and the text together. */
export function detectTechnicalProjectManager(title: string, sentences: readonly string[]): Detection {
  const technicalTitle = /\b(?:technical|IT|software|engineering)\b.*\b(?:project|program)\s+manager\b/i.test(title);
  const score = technicalTitle ? 0.9 : 0.1;
  return {
    isTechnicalProjectManager: score >= 0.5,
    score,
    reasons: [technicalTitle ? 'Title names a technical project or program manager' : 'Title is not a TPM title'],
  };
}
