// Canonical characters for every matcher, apart from sentence splitting so that the content script (which
// only normalises text to find evidence in the page) does not carry the splitter's vocabularies.
import {INVISIBLE} from './invisible';

/** Characters each written as one canonical character, after NFKC. */
const CANONICAL: ReadonlyArray<{chars: RegExp; to: string}> = [
  {chars: /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/, to: ' '},
  {chars: /[\u2010-\u2015\u2212]/, to: '-'},
  {chars: /[\u2018\u2019\u201a\u201b\u2032]/, to: "'"},
  {chars: /[\u201c\u201d\u201e\u201f]/, to: '"'},
  {chars: /\r\n?/, to: '\n'},
];
const DOUBLE_PRIME = /\u2033/g;
/** All of them in one pass over the text: the characters are few, a pass over a long text is not. */
const ANY_CANONICAL = new RegExp(CANONICAL.map(({chars}) => chars.source).join('|'), 'g');
const canonical = (found: string) => CANONICAL.find(({chars}) => chars.test(found))!.to;

/** Characters normalizeText may change: anything outside ASCII, and the carriage return. */
const MAY_CHANGE = /[^\u0000-\u000c\u000e-\u007e]/;

/** Texts at least this long are remembered (the last one): analyze() reads the description twice, for sentences and for pay. */
const REMEMBER_FROM = 256;
let lastText = '';
let lastNormalized = '';

/** Canonical characters (quotes, dashes, spaces) without changing the text's meaning or length much. */
export function normalizeText(text: string): string {
  // Sentences reach here again from the readers (already normalised): plain ASCII comes back as it is.
  if (!MAY_CHANGE.test(text)) return text;
  if (text.length < REMEMBER_FROM) return normalizeChanged(text);
  if (text !== lastText) {
    lastNormalized = normalizeChanged(text);
    lastText = text;
  }
  return lastNormalized;
}

function normalizeChanged(text: string): string {
  return (
    text
      // Dropped, not made spaces (src/core/invisible.ts).
      .replace(INVISIBLE, '')
      // Before NFKC, which would make the double prime (a closing quote in some postings) two primes: ''.
      .replace(DOUBLE_PRIME, '"')
      .normalize('NFKC')
      .replace(ANY_CANONICAL, canonical)
  );
}
