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

/**
 * Whether a character outside ASCII may be a letter: all but the spaces, punctuation and symbols English postings
 * carry (no-break space, ©, ®, ·, dashes, curly quotes, bullets, ellipses), none of which is a letter or has a case
 * (language.test.ts checks each one). Those are read as a space; around any other, the words are found with a
 * Unicode letter class (see wideWords), which costs a few ms to compile: a page whose text has none never pays it.
 */
const mayBeLetter = (code: number) =>
  !(
    (code >= 0xa0 && code <= 0xa9) ||
    (code >= 0xab && code <= 0xb4) ||
    (code >= 0xb6 && code <= 0xb9) ||
    (code >= 0xbb && code <= 0xbf) ||
    (code >= 0x2000 && code <= 0x206f)
  );
/** What a word is (see wideWords). */
const LETTER_RUNS = /\p{L}+/gu;

export function languageShares(text: string): LanguageShares {
  return readShares(text, false);
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
 * Whether isLikelyEnglish's verdict is English however the words not read yet (at most `rest` more) turn out: the
 * English share cannot fall below ENGLISH_SHARE_FLOOR, or the other languages' words cannot outnumber the English ones.
 * The product is exact enough for the comparison: `english` is a whole number, and the floor's product is either
 * far from one or, where it is one, off by far less than one.
 */
const settledEnglish = (english: number, other: number, words: number, rest: number) =>
  english >= other + rest || english >= ENGLISH_SHARE_FLOOR * (words + rest);
/** Shares that make isLikelyEnglish say English, returned once settledEnglish says the rest cannot change that. */
const SETTLED_ENGLISH: LanguageShares = {english: 1, other: 0, words: MAX_WORDS};

/**
 * The shares over the first MAX_WORDS words of the text's first MAX_CHARS characters, lower-cased, a word being a
 * run of letters: read in one walk, without lower-casing the text, listing its words or copying one. A letter outside
 * ASCII (a rare character in an English posting, most of them in a foreign one) has its stretch of text up to the
 * next ASCII character that is no letter read apart (wideWords): on the dev postings that hold such a character (23 of
 * 265) 29 us a posting, where lower-casing the text's first 32,000 or more characters and matching it whole took 156.
 * With `settle` (isLikelyEnglish) the walk stops once the verdict is English whatever follows.
 */
function readShares(text: string, settle: boolean): LanguageShares {
  const {keys, kinds} = (listedTable ??= makeListedTable());
  const end = Math.min(text.length, MAX_CHARS);
  let english = 0;
  let other = 0;
  let words = 0;
  let letters = 0;
  let key = 0;
  let hash = 0;
  let wordStart = 0;
  for (let index = 0; index <= end && words < MAX_WORDS; index++) {
    const raw = index < end ? text.charCodeAt(index) : 0;
    const code = raw | 0x20;
    if (code >= 0x61 && code <= 0x7a) {
      if (++letters === 1) wordStart = index;
      if (letters <= MAX_KEYED_LETTERS) {
        key = key * 32 + (code - 0x60);
        hash = (Math.imul(hash, 31) + code) | 0;
      }
      continue;
    }
    if (raw >= 0x80 && mayBeLetter(raw)) {
      // The stretch from the word under way (or here) to the next ASCII character that is no letter, read apart.
      let stop = index + 1;
      while (stop < end) {
        const next = text.charCodeAt(stop) | 0x20;
        if (next < 0x80 && !(next >= 0x61 && next <= 0x7a)) break;
        stop++;
      }
      const counts = {english, other, words};
      wideWords(text.slice(letters > 0 ? wordStart : index, stop), counts);
      ({english, other, words} = counts);
      letters = 0;
      key = 0;
      hash = 0;
      // The character at `stop` ends no word now.
      index = stop;
      continue;
    }
    if (letters === 0) continue;
    words++;
    if (letters <= MAX_KEYED_LETTERS) {
      let slot = hash & (TABLE_SLOTS - 1);
      for (let kind = kinds[slot]!; kind !== 0; kind = kinds[slot]!) {
        if (keys[slot] === key) {
          if (kind === 1) {
            english++;
            // At most a word per character is left to read (lower-cased, "İİ" is two: "i̇i̇").
            if (settle && settledEnglish(english, other, words, Math.min(MAX_WORDS - words, end - index)))
              return SETTLED_ENGLISH;
          } else other++;
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

/**
 * Counts the words of a stretch of text (see readShares) into `counts`, up to MAX_WORDS in all: lower-cased, a word
 * is a run of Unicode letters. A stretch ends at an ASCII character that is no letter, which lower-casing leaves as it
 * is and which no word holds: its words are those the whole text lower-cased has there (a Greek capital sigma may take
 * its other small form, a letter either way and in no listed word).
 */
function wideWords(stretch: string, counts: {english: number; other: number; words: number}): void {
  const lower = stretch.toLowerCase();
  LETTER_RUNS.lastIndex = 0;
  for (let found = LETTER_RUNS.exec(lower); found && counts.words < MAX_WORDS; found = LETTER_RUNS.exec(lower)) {
    counts.words++;
    if (ENGLISH.has(found[0])) counts.english++;
    else if (OTHER.has(found[0])) counts.other++;
  }
  LETTER_RUNS.lastIndex = 0;
}

export function isLikelyEnglish(text: string): boolean {
  const {english, other, words} = readShares(text, true);
  if (words < MIN_WORDS) return true;
  return english >= ENGLISH_SHARE_FLOOR || other <= english;
}
