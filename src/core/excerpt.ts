// A long evidence sentence cut down around the words that show its item (ChecklistMatch.shownAt): the panel and
// the command line's report show those words, where the sentence's first line often held none of them.

/** The sentence in three parts: before the words, the words, after them; "…" where the sentence was cut. */
export interface Excerpt {
  before: string;
  phrase: string;
  after: string;
  /** Whether either side was cut. */
  cut: boolean;
}

const ELLIPSIS = '\u2026';

/** A cut moved off the second half of a surrogate pair, so that no character is split. */
const whole = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + 1 : at;
};

/**
 * The words at [start, end) of the sentence with up to `context` characters either side, cut after a space
 * where one stands in reach. Without a position (or with one outside the sentence) the whole sentence is
 * `before`, uncut.
 */
export function excerptAround(
  sentence: string,
  at: readonly [number, number] | null | undefined,
  context: number,
): Excerpt {
  if (!at || !(at[0] >= 0 && at[0] < at[1] && at[1] <= sentence.length))
    return {before: sentence, phrase: '', after: '', cut: false};
  const [start, end] = at;
  let from = 0;
  if (start > context) {
    const space = sentence.indexOf(' ', start - context);
    from = whole(sentence, space >= 0 && space < start ? space + 1 : start - context);
  }
  let to = sentence.length;
  if (sentence.length - end > context) {
    const space = sentence.lastIndexOf(' ', end + context);
    to = whole(sentence, space > end ? space : end + context);
  }
  return {
    before: (from > 0 ? ELLIPSIS : '') + sentence.slice(from, start),
    phrase: sentence.slice(start, end),
    after: sentence.slice(end, to) + (to < sentence.length ? ELLIPSIS : ''),
    cut: from > 0 || to < sentence.length,
  };
}

/**
 * The sentence in at most about `max` characters as one line of text: whole when short enough, else cut around
 * the words that show the item (or after its start, without a position), "…" where cut.
 */
export function shortQuote(sentence: string, at: readonly [number, number] | null | undefined, max: number): string {
  if (sentence.length <= max) return sentence;
  const phrase = at ? at[1] - at[0] : 0;
  const {before, phrase: words, after, cut} = excerptAround(sentence, at, Math.max(0, Math.floor((max - phrase) / 2)));
  if (cut && words) return before + words + after;
  const end = whole(sentence, max - 1);
  return `${sentence.slice(0, end)}${ELLIPSIS}`;
}
