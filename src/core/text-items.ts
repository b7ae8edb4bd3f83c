// Where a line, and an item of a list written on one line, start and end in a text: the pay reader's lists of
// ranges by place are written a range a line ("Colorado: $140,000 - $170,000") or several on one ("...; Texas: ...").

/** The last line with words before a line's start: lists of places may leave a blank line between their lines. */
export function lineBefore(text: string, lineStart: number): string {
  let end = lineStart - 1;
  while (end > 0 && text[end - 1] === '\n') end--;
  return end > 0 ? text.slice(text.lastIndexOf('\n', end - 1) + 1, end) : '';
}

/** The first line with words after a line's end (the newline at `lineEnd`). */
export function lineAfter(text: string, lineEnd: number): string {
  let start = lineEnd + 1;
  while (text[start] === '\n') start++;
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Whether an item of a list written on one line ends at `at`: ";", "|", or a full stop before a space. */
const isItemBreak = (line: string, at: number) =>
  line[at] === ';' || line[at] === '|' || (line[at] === '.' && (line[at + 1] === ' ' || line[at + 1] === '\t'));

/** Where the item holding `at` starts: after the last break before it, or the line's start. */
export function itemBreakBefore(line: string, at: number): number {
  for (let index = at - 1; index >= 0; index--) if (isItemBreak(line, index)) return index + 1;
  return 0;
}

/** Just past the first line or item break from `from` before `to`; `from` when there is none. */
export function itemEndAfter(text: string, from: number, to: number): number {
  for (let index = from; index < to; index++) if (text[index] === '\n' || isItemBreak(text, index)) return index + 1;
  return from;
}

/** The break that ends the item holding `at`, or the line's length. */
export function itemBreakAfter(line: string, at: number): number {
  for (let index = at; index < line.length; index++) if (isItemBreak(line, index)) return index;
  return line.length;
}
