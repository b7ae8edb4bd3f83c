// Helpers the benches share.

/** The middle value (the upper one of an even count); NaN when there is none. */
export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * The text with a word of the round's own at the end of every line: the core remembers sentences it has read
 * (for the draft checker), so each round's text is one it has never seen.
 */
export const unseen = (text: string, round: number) => text.replace(/\n|$/g, ` r${round}\n`);
