// Helpers the benches share.

/** The middle value (the upper one of an even count); NaN when there is none. */
export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * A word of letters only, its own for every number: "a" for 0, "z" for 25, "ba" for 26. Letters, not digits: a
 * figure at the end of every line is text no posting has, and the pay and years readers examine each one (with
 * " r12" tags, 10-12% of analyze()'s time in bench:core was spent reading the tags, measured 2026-12-07).
 */
export function letterWord(number: number): string {
  let word = '';
  do {
    word = String.fromCharCode(97 + (number % 26)) + word;
    number = Math.floor(number / 26);
  } while (number > 0);
  return word;
}

/**
 * The text with `tag` after the last word of every line that holds one. Not on a blank line (or one of spaces): there
 * the tag was a sentence of its own, which the posting does not have; the dev postings' blank lines made 1,415 such
 * one-word sentences, 14% of the 9,857 they were read as (2026-12-07).
 */
export const tagLines = (text: string, tag: string) => text.replace(LINE_END_AFTER_WORD, tag);
const LINE_END_AFTER_WORD = /(?<=\S)(?=[^\S\n]*(?:\n|$))/g;

/**
 * The text with a word of the round's own at the end of every line that holds one (tagLines): the core remembers
 * sentences it has read (for the draft checker), so each round's text is one it has never seen.
 */
export const unseen = (text: string, round: number) => tagLines(text, ` r${letterWord(round)}`);
