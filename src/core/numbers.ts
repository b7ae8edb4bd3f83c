// Numbers as postings write them: digits ("5", "0.5") or words ("five", "Five (5)", "architectFive"
// where a scraped page glued two lines together).

const WORD_VALUES: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
};

/** "five" -> "five|Five|FIVE": the spellings a case-sensitive pattern should accept. */
export function spellings(word: string): string {
  const capitalized = word.charAt(0).toUpperCase() + word.slice(1);
  return [word, capitalized, word.toUpperCase()].join('|');
}

const WORDS = Object.keys(WORD_VALUES).map(spellings).join('|');
// A word number starts a word, or follows a lower-case letter when lines were glued ("architectFive").
const WORD_START = '(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))';
// Digits may follow letters ("required7+ years") but not other digits, "$" or a decimal point.
const DIGIT_START = '(?<![\\d$/]|\\d[.,])';

/** The letters a number word starts with, in both cases ("OoTt..."). */
const FIRST_LETTERS = [...new Set(Object.keys(WORD_VALUES).map((word) => word.charAt(0)))]
  .map((letter) => letter + letter.toUpperCase())
  .join('');
/**
 * Regex source that passes where a COUNT_SOURCE match may start: a digit, or one of FIRST_LETTERS where a word
 * starts. Put first in a pattern that searches for a count: without it the engine tried the look-behinds and
 * every spelling of every number word at each position of the text, where one character class and a look at
 * the character before turn away most positions (a quarter to a third less time for years' MENTION).
 */
export const COUNT_START = `(?=[\\d${FIRST_LETTERS}])(?=\\d|(?<![A-Za-z])|(?<=[a-z])[A-Z])`;

/** Regex source (case-sensitive) for one small count: digits or a written number, with an optional echo ("five (5)", "3 (three)"). */
export const COUNT_SOURCE = `(?:${DIGIT_START}\\d{1,2}(?:\\.\\d{1,2})?|${WORD_START}(?:${WORDS})(?![A-Za-z]))(?:\\s*\\((?:\\d{1,2}|${WORDS})\\))?`;

/** The value of a COUNT_SOURCE match ("Five (5)" -> 5, "3 (three)" -> 3), or null. */
export function parseCount(text: string): number | null {
  // Spaces trimmed apart from the echo: `\s*\(` would rescan a run of spaces from each of its characters.
  const word = text
    .trim()
    .toLowerCase()
    .replace(/\((?:\d+|[a-z]+)\)$/, '')
    .trimEnd();
  if (word in WORD_VALUES) return WORD_VALUES[word]!;
  const value = Number(word);
  return Number.isFinite(value) ? value : null;
}

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Twenty to ninety, in order: a word's value is (its index + 2) tens. */
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** A share written in words: "twenty-five percent", "Ten %", "one hundred percent". */
const SPELLED_SHARE = new RegExp(
  `(?<![A-Za-z-])(?:(${TENS.join('|')})(?:[- ](${UNITS.join('|')}))?|(${Object.keys(WORD_VALUES).join('|')})|(one hundred|a hundred))(?= ?(?:%|percent\\b|per cent\\b))`,
  'gi',
);

/** The text with shares written in words put in digits ("twenty-five percent" -> "25 percent"), for readers of figures. */
export function sharesInDigits(text: string): string {
  return text.replace(SPELLED_SHARE, (_, tens?: string, unit?: string, word?: string, hundred?: string) => {
    if (hundred) return '100';
    if (word) return String(WORD_VALUES[word.toLowerCase()]);
    const ones = unit ? UNITS.indexOf(unit.toLowerCase()) + 1 : 0;
    return String((TENS.indexOf(tens!.toLowerCase()) + 2) * 10 + ones);
  });
}
