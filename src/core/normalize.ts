// Canonical characters for every matcher, apart from sentence splitting so that the content script (which
// only normalises text to find evidence in the page) does not carry the splitter's vocabularies.
import {INVISIBLE} from './invisible';

/** Characters each written as one canonical character, after NFKC. */
const CANONICAL: ReadonlyArray<{chars: RegExp; to: string}> = [
  {chars: /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/, to: ' '},
  {chars: /[\u2010-\u2015\u2212]/, to: '-'},
  {chars: /[\u2018\u2019\u201a\u201b\u2032]/, to: "'"},
  {chars: /[\u201c\u201d\u201e\u201f]/, to: '"'},
];
const DOUBLE_PRIME = /\u2033/g;
/** All of them in one pass over a run (see normalizeChanged). */
const ANY_CANONICAL = new RegExp(CANONICAL.map(({chars}) => chars.source).join('|'), 'g');
const canonical = (found: string) => CANONICAL.find(({chars}) => chars.test(found))!.to;

/** Line ends written with a carriage return, made one line feed. */
const CARRIAGE_RETURN = /\r\n?/g;

/** Characters normalizeText may change: anything outside ASCII, and the carriage return. */
const MAY_CHANGE = /[^\u0000-\u000c\u000e-\u007e]/;
/**
 * Where the changes happen: every step but the line ends changes only characters outside ASCII. A run of
 * them is found in two steps, its first character and then the next ASCII one, each a test that gives an
 * index (lastIndex) without the match array that exec builds per run: a posting may hold thousands.
 */
const NON_ASCII = /[^\0-\x7f]/g;
const ASCII = /[\0-\x7f]/g;

/** Texts at least this long are remembered (the last one): analyze() reads the description twice, for sentences and for pay. */
const REMEMBER_FROM = 256;
let lastText = '';
let lastResult: Normalized = {text: '', plain: true};

/** Canonical characters (quotes, dashes, spaces) without changing the text's meaning or length much. */
export function normalizeText(text: string): string {
  return normalizeTextPlain(text).text;
}

/** A text after normalizeText, and whether mayChange is false for it. */
interface Normalized {
  readonly text: string;
  readonly plain: boolean;
}

/**
 * normalizeText's result with its mayChange answer, which the search for runs finds on the way: a search of
 * the result again cost a twentieth of splitting a posting into sentences.
 */
export function normalizeTextPlain(text: string): Normalized {
  if (text.length < REMEMBER_FROM) {
    const normal = normalizeEach(text);
    return {text: normal, plain: !mayChange(normal)};
  }
  // A long text is not tested first: normalizeChanged's search for runs is that test.
  if (text !== lastText) {
    lastResult = normalizeChanged(text);
    lastText = text;
  }
  return lastResult;
}

/**
 * normalizeText without remembering, for many texts each read once (a posting's sentences): a long one
 * would push out the description, which analyze() has normalised again for pay.
 */
export function normalizeEach(text: string): string {
  // Sentences reach here again from the readers (already normalised): plain ASCII comes back as it is.
  return mayChange(text) ? normalizeChanged(text).text : text;
}

/**
 * False when normalizeText leaves the text as it is; then it also leaves every part of it, and every text
 * made of its characters and spaces, as they are.
 */
export function mayChange(text: string): boolean {
  return MAY_CHANGE.test(text);
}

/**
 * The text run by run: each run of characters outside ASCII, with the character before it, goes through
 * the steps, and the ASCII between runs is copied. The same result as the steps over the whole text:
 * they change only characters outside ASCII, and NFKC cannot join an ASCII character to what precedes it
 * (no composition ends with one, and it is a starter) but can join a combining mark in the run to the
 * letter before it ("e" + U+0301). On a long posting with a few curly quotes, NFKC over the whole text
 * cost more than all the rest of splitting it into sentences.
 */
function normalizeChanged(text: string): Normalized {
  let out = '';
  // Up to where `out` holds the text (0: nothing changed); a run the steps leave as it is stays in the text until a later change.
  let last = 0;
  // Whether every run became ASCII: then so did the text.
  let ascii = true;
  NON_ASCII.lastIndex = 0;
  while (NON_ASCII.test(text)) {
    const runStart = NON_ASCII.lastIndex - 1;
    ASCII.lastIndex = runStart;
    const end = ASCII.test(text) ? ASCII.lastIndex - 1 : text.length;
    // With the character before the run (none before the first).
    const start = Math.max(runStart - 1, 0);
    const run = text.slice(start, end);
    const normal = normalizedRun(run);
    if (normal !== run) {
      out += text.slice(last, start) + normal;
      last = end;
      // (MAY_CHANGE also takes a DEL or a carriage return for a wide character: then the text is left as it is.)
      if (ascii && MAY_CHANGE.test(normal)) ascii = false;
    } else ascii = false;
    NON_ASCII.lastIndex = end;
  }
  // (Both patterns' lastIndex is set before each use: nothing to reset.)
  const changed = last > 0;
  if (changed) out += text.slice(last);
  else out = text;
  // Last, over the whole text: an invisible character dropped between "\r" and "\n" leaves one line end.
  if (out.includes('\r')) out = out.replace(CARRIAGE_RETURN, '\n');
  // The same ASCII text, held by the engine one byte a character. A text with a curly quote is held two bytes a
  // character, and so is what is cut from it even once every quote is straight: each pattern of every reader then
  // runs over the wider form, slower. Decoding the text's own bytes gives the narrow form.
  if (changed && ascii) out = narrowed(out);
  // With every run now ASCII, only a DEL between them is outside what mayChange passes (the "\r" are gone).
  return {text: out, plain: ascii ? !out.includes('\u007f') : !mayChange(out)};
}

// Made once, not for every text narrowed: without streaming they keep no state from one call to the next.
const UTF8_ENCODER = new TextEncoder();
const UTF8_DECODER = new TextDecoder();
/** Texts up to this long are encoded into one buffer kept for them (a posting is a few thousand characters). */
const NARROW_BUFFER_CHARS = 1 << 16;
let narrowBuffer: Uint8Array | undefined;

/**
 * ASCII text as the engine holds it one byte a character: its UTF-8 bytes (one a character) decoded. Encoded into a
 * buffer kept between texts, which took half the time of encode() making a new array for each.
 */
function narrowed(ascii: string): string {
  if (ascii.length > NARROW_BUFFER_CHARS) return UTF8_DECODER.decode(UTF8_ENCODER.encode(ascii));
  narrowBuffer ??= new Uint8Array(NARROW_BUFFER_CHARS);
  const {written} = UTF8_ENCODER.encodeInto(ascii, narrowBuffer);
  return UTF8_DECODER.decode(narrowBuffer.subarray(0, written));
}

/**
 * A posting repeats its few runs (a curly apostrophe after a letter, a bullet after a space) many times. Short
 * strings, at most RUNS_KEPT of them, dropped whole when full; a Map here and not memo.ts's StringMemo, which the
 * content script (it normalises page text too) would otherwise carry.
 */
const RUNS_KEPT = 1000;
let normalRuns = new Map<string, string>();
function normalizedRun(run: string): string {
  let normal = normalRuns.get(run);
  if (normal === undefined) {
    normal = normalizeRun(run);
    if (normalRuns.size >= RUNS_KEPT) normalRuns = new Map();
    normalRuns.set(run, normal);
  }
  return normal;
}

function normalizeRun(run: string): string {
  return (
    run
      // Dropped, not made spaces (src/core/invisible.ts).
      .replace(INVISIBLE, '')
      // Before NFKC, which would make the double prime (a closing quote in some postings) two primes: ''.
      .replace(DOUBLE_PRIME, '"')
      .normalize('NFKC')
      .replace(ANY_CANONICAL, canonical)
  );
}
