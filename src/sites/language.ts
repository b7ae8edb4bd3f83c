// Is a posting written in English? The checklist and the benchmarks read English postings only, so an ad
// in another language gets no panel rather than a misleading one.
//
// Cheap test: the share of function words. English prose is about a third function words. Terse English
// (keyword lists, "Benefits: 401(k) Dental Insurance") has few, but it has no function words of another
// language either; so a text counts as foreign only when another language's function words outnumber
// English ones AND the English share is low. A bilingual ad (French section, then English) stays English.

const ENGLISH = new Set([
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
const OTHER = new Set([
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

export function isLikelyEnglish(text: string): boolean {
  const {english, other, words} = languageShares(text);
  if (words < MIN_WORDS) return true;
  return english >= ENGLISH_SHARE_FLOOR || other <= english;
}
