// Running a global pattern over a text on the hot paths of the readers.

/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them from the start,
 * without the copy of the pattern matchAll makes on every call (which, on every sentence, cost more
 * than the matching). All matches are collected first, so the caller may run the same pattern again
 * while going through them.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return matches;
}
