// A requirement the posting names only to waive it: "PMP is not required", "No bachelor's degree
// required", "This role does not require a PMP". One reading for every requirement reader.

/**
 * After the name: a few words of it (a list, "'s degree in Computer Science") and then "not required".
 * Not "not required but preferred": the posting still names what it would like.
 */
const WAIVED_AFTER =
  /^[\w\s,/&()'-]{0,40}?(?:\bis\s+|\bare\s+|\()?\bnot\s+(?:required|necessary|needed|mandatory)\b(?:\W{0,3}(?:but|though)\s+\w+(?:[\s-]+\w+){0,2})?/i;
const WAIVED_BEFORE =
  /\b(?:no|without|(?:do|does|will)\s+not\s+(?:need|require)|(?:don't|doesn't|won't)\s+(?:need|require))\s+(?:an?\s+|any\s+)?$/i;
const STILL_WANTED = /\b(?:preferred|desired|a plus|nice[- ]to[- ]have|helpful|beneficial|advantage)/i;

/** Whether the sentence waives what it names at [start, end). */
export function waived(sentence: string, start: number, end: number): boolean {
  const after = WAIVED_AFTER.exec(sentence.slice(end, end + 60));
  if (after && !STILL_WANTED.test(after[0])) return true;
  return WAIVED_BEFORE.test(sentence.slice(Math.max(0, start - 40), start));
}
