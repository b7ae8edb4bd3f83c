// Text normalisation shared by every matcher, so that each sees the same characters.

const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
const BULLETS = /^[\s]*(?:[-*\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\u27a2\u2713\u2714o]|\d{1,2}[.)])\s+/;

/** Canonical characters (quotes, dashes, spaces) without changing the text's meaning or length much. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(SPACE_LIKE, ' ')
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\r\n?/g, '\n');
}

/** One line: whitespace collapsed, trimmed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Sentences in posting order. Lines are split first because postings are mostly bullet lists whose
 * items carry no final full stop; Intl.Segmenter then splits prose inside a line.
 */
export function splitSentences(text: string): string[] {
  segmenter ??= new Intl.Segmenter('en', {granularity: 'sentence'});
  const sentences: string[] = [];
  for (const rawLine of normalizeText(text).split(/\n+/)) {
    const line = squash(rawLine.replace(BULLETS, ''));
    if (!line) continue;
    if (line.length < 80) {
      sentences.push(line);
      continue;
    }
    for (const {segment} of segmenter.segment(line)) {
      const sentence = squash(segment);
      if (sentence) sentences.push(sentence);
    }
  }
  return sentences;
}
