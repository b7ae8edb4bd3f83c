// Is a posting written in English? The checklist and the benchmarks read English postings only, so an ad
// in another language gets no panel rather than a misleading one.
//
// Cheap test: the share of function words. English prose is about a third function words. Terse English
// (keyword lists, "Benefits: 401(k) Dental Insurance") has few, but it has no function words of another
// language either; so a text counts as foreign only when another language's function words outnumber
// English ones AND the English share is low. A bilingual ad (French section, then English) stays English.

const ENGLISH: ReadonlySet<string> = new Set([
  'the',
  'and',
  'of',
  'to',
  'a',
  'in',
  'for',
  'with',
  'you',
  'we',
  'our',
  'is',
  'are',
  'will',
  'on',
  'as',
  'be',
  'this',
  'that',
  'your',
  'or',
  'an',
  'at',
  'by',
  'from',
  'have',
  'has',
  'who',
  'can',
  'it',
  'their',
  'what',
  'us',
  'all',
  'not',
  'about',
  'into',
  'more',
  'other',
  'such',
  'including',
]);

// Frequent function words of the Latin-alphabet languages job boards serve most (Danish, Norwegian,
// Swedish, German, Dutch, French, Spanish, Portuguese, Italian). Words that are also English are left out.
const OTHER: ReadonlySet<string> = new Set([
  // Danish / Norwegian / Swedish
  'og',
  'och',
  'er',
  'är',
  'til',
  'med',
  'på',
  'af',
  'av',
  'som',
  'vi',
  'du',
  'har',
  'kan',
  'vil',
  'eller',
  'ikke',
  'inte',
  'din',
  'dit',
  'dine',
  'vores',
  'jeres',
  'det',
  'den',
  'et',
  'ett',
  'en',
  'att',
  'fra',
  'ved',
  'hos',
  // German / Dutch
  'und',
  'der',
  'die',
  'das',
  'ist',
  'mit',
  'zu',
  'von',
  'für',
  'wir',
  'sie',
  'ein',
  'eine',
  'auf',
  'bei',
  'im',
  'oder',
  'nicht',
  'unser',
  'unsere',
  'ihre',
  'het',
  'een',
  'van',
  'voor',
  'je',
  'jij',
  'wij',
  'ons',
  'zijn',
  'op',
  'bij',
  'naar',
  // French / Spanish / Portuguese / Italian
  'le',
  'la',
  'les',
  'et',
  'des',
  'du',
  'de',
  'un',
  'une',
  'pour',
  'avec',
  'vous',
  'nous',
  'est',
  'dans',
  'sur',
  'au',
  'aux',
  'qui',
  'que',
  'votre',
  'notre',
  'el',
  'las',
  'del',
  'con',
  'para',
  'por',
  'una',
  'su',
  'nuestro',
  'se',
  'em',
  'com',
  'uma',
  'il',
  'gli',
  'di',
  'della',
  'per',
  'che',
  'sono',
]);

/** The two lists, for the tests' reference reading. */
export const FUNCTION_WORDS = {english: ENGLISH, other: OTHER};

/** Words read at most: enough for a stable ratio, and a bounded cost on very long pages. */
const MAX_WORDS = 4000;
/** Characters that hold MAX_WORDS words with room to spare (English averages about 6 per word with its space). */
const MAX_CHARS = MAX_WORDS * 20;
/** Below this many words the shares say little; short texts are not judged. */
const MIN_WORDS = 30;
/** English postings in ../shared/data/postings/dev.jsonl: median share 0.29, terse ones down to 0.06 (language.test.ts). */
const ENGLISH_SHARE_FLOOR = 0.15;

export interface LanguageShares {
  english: number;
  other: number;
  words: number;
}

const WORD = /\p{L}+/gu;
/** WORD on lower-cased text whose letters are all ASCII. */
const ASCII_WORD = /[a-z]+/g;
/**
 * A character that may be a letter outside ASCII: anything but ASCII and the spaces, punctuation and symbols
 * English postings carry (no-break space, ©, ®, ·, dashes, curly quotes, bullets, ellipses), none of which
 * is a letter (language.test.ts checks each one). Without one, WORD and ASCII_WORD
 * find the same words; a Unicode property class costs a few ms to compile, paid on every page read.
 */
const MAYBE_LETTER = /[^\0-\x7f\xa0-\xa9\xab-\xb4\xb6-\xb9\xbb-\xbf\u2000-\u206f]/;
/** The first slice searched for words: about 8 characters a word, so that it usually holds MAX_WORDS of them. */
const FIRST_SLICE_CHARS = MAX_WORDS * 8;

/**
 * The first `max` words of `text` (up to MAX_CHARS), lower-cased. One match() over a slice is several
 * times cheaper than exec() word by word (3-8 ms for 4,000 words) or one match() over the whole sample
 * (10 ms on a 1 MB page). A slice is taken only as far as it holds more than `max` words, so that the
 * word it cuts in two is never among them.
 */
export function firstWords(text: string, max: number): string[] {
  for (let chars = FIRST_SLICE_CHARS; ; chars *= 2) {
    const slice = Math.min(chars, MAX_CHARS);
    const lower = text.slice(0, slice).toLowerCase();
    const found = lower.match(MAYBE_LETTER.test(lower) ? WORD : ASCII_WORD) ?? [];
    if (found.length > max || slice >= MAX_CHARS || slice >= text.length) return found.slice(0, max);
  }
}

export function languageShares(text: string): LanguageShares {
  if (!MAYBE_LETTER.test(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text)) return asciiShares(text);
  let english = 0;
  let other = 0;
  const words = firstWords(text, MAX_WORDS);
  for (const word of words) {
    if (ENGLISH.has(word)) english++;
    else if (OTHER.has(word)) other++;
  }
  const total = words.length || 1;
  return {english: english / total, other: other / total, words: words.length};
}

/**
 * The listed words of ASCII letters in an open-addressing table keyed by their letters' number (wordKey, exact up
 * to MAX_KEYED_LETTERS) at a slot picked by their letters' hash (wordHash): looked up without copying a word of
 * the text, or a Map's look-up of a key that is no small integer. Made on first use: a matched page that holds no
 * posting never reads a text's language, and its script's start-up does not pay for the table.
 */
const TABLE_SLOTS = 512;
/** Past this many letters a word's number would lose precision; no listed word is that long (checked below). */
const MAX_KEYED_LETTERS = 10;
/** A word's letters as digits 1-26 of a number in base 32: no two words share one. */
const wordKey = (word: string) => [...word].reduce((key, letter) => key * 32 + letter.charCodeAt(0) - 0x60, 0);
const wordHash = (word: string) =>
  [...word].reduce((hash, letter) => (Math.imul(hash, 31) + letter.charCodeAt(0)) | 0, 0);
/** `kinds`: 0 for an empty slot, 1 English, 2 another language's. */
let listedTable: {keys: Float64Array; kinds: Uint8Array} | null = null;

function makeListedTable(): {keys: Float64Array; kinds: Uint8Array} {
  const keys = new Float64Array(TABLE_SLOTS);
  const kinds = new Uint8Array(TABLE_SLOTS);
  for (const [list, kind] of [
    [ENGLISH, 1],
    [OTHER, 2],
  ] as const)
    for (const word of list) {
      if (!/^[a-z]+$/.test(word)) continue;
      if (word.length > MAX_KEYED_LETTERS) throw new Error(`the listed word "${word}" is too long to be keyed`);
      const key = wordKey(word);
      let slot = wordHash(word) & (TABLE_SLOTS - 1);
      while (kinds[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & (TABLE_SLOTS - 1);
      // A word in both lists counts as English, as languageShares has it.
      if (kinds[slot] === 0) {
        keys[slot] = key;
        kinds[slot] = kind;
      }
    }
  return {keys, kinds};
}

/**
 * languageShares for a text with no letter outside ASCII in its first MAX_CHARS (the usual posting): the same
 * words (runs of A-Z and a-z, the first MAX_WORDS of them, a word cut by MAX_CHARS cut there too) read in one
 * walk, without lower-casing the text, listing its words or copying one: about half the time on the dev postings
 * (29-40 against 63 us a posting), on the page, in the background and in the command line alike.
 */
function asciiShares(text: string): LanguageShares {
  const {keys, kinds} = (listedTable ??= makeListedTable());
  const end = Math.min(text.length, MAX_CHARS);
  let english = 0;
  let other = 0;
  let words = 0;
  let letters = 0;
  let key = 0;
  let hash = 0;
  for (let index = 0; index <= end && words < MAX_WORDS; index++) {
    const code = index < end ? text.charCodeAt(index) | 0x20 : 0;
    if (code >= 0x61 && code <= 0x7a) {
      if (++letters <= MAX_KEYED_LETTERS) {
        key = key * 32 + (code - 0x60);
        hash = (Math.imul(hash, 31) + code) | 0;
      }
      continue;
    }
    if (letters === 0) continue;
    words++;
    if (letters <= MAX_KEYED_LETTERS) {
      let slot = hash & (TABLE_SLOTS - 1);
      for (let kind = kinds[slot]!; kind !== 0; kind = kinds[slot]!) {
        if (keys[slot] === key) {
          if (kind === 1) english++;
          else other++;
          break;
        }
        slot = (slot + 1) & (TABLE_SLOTS - 1);
      }
    }
    letters = 0;
    key = 0;
    hash = 0;
  }
  const total = words || 1;
  return {english: english / total, other: other / total, words};
}

export function isLikelyEnglish(text: string): boolean {
  const {english, other, words} = languageShares(text);
  if (words < MIN_WORDS) return true;
  return english >= ENGLISH_SHARE_FLOOR || other <= english;
}
