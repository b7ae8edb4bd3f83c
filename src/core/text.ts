// Sentence splitting; text normalisation lives in normalize.ts.
import {splitGluedLine, splitSpaceGluedItems} from './glued-lines';
import {commonEnds, forgetAlso, perArray} from './memo';
import {normalizeEach, normalizeTextPlain} from './normalize';
import {matchesOf} from './matches';

const BULLETS = /^[\s]*(?:[-*\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\u27a2\u2713\u2714o]|\d{1,2}[.)])\s+/;

/**
 * Every sentence normalised; the same array back when that changes nothing (splitSentences output), so
 * that what is remembered per sentences array (the vocabulary scan) serves every reader of a posting.
 */
export const normalizeSentences = perArray((sentences: readonly string[]): readonly string[] => {
  if (PLAIN_SENTENCES.has(sentences)) return sentences;
  let changed = false;
  const normalized = sentences.map((sentence) => {
    const clean = normalizeEach(sentence);
    if (clean !== sentence) changed = true;
    return clean;
  });
  return changed ? normalized : sentences;
});

/**
 * splitSentences arrays whose text normalisation leaves as it is (most postings, plain ASCII): their sentences,
 * made of its characters and spaces, are left so too, and need no test one by one.
 */
const PLAIN_SENTENCES = new WeakSet<readonly string[]>();

/** The whitespace collapsing changes: runs, and single characters other than " " (a lone " " stays). */
const UNSQUASHED = /\s{2,}|[^\S ]/g;

/**
 * What UNSQUASHED changes in a line whose only whitespace is the space (TextHolds): a pattern of one character
 * searched for, collapsing such lines in two thirds of squash's time.
 */
const SPACE_RUNS = / {2,}/g;

/** One line: whitespace collapsed, trimmed. */
export function squash(text: string): string {
  return text.replace(UNSQUASHED, ' ').trim();
}

/**
 * Where prose inside a line breaks into sentences: after . ! or ? and spaces, before a capital, a
 * digit, a quote or a bracket. A rule rather than Intl.Segmenter, whose first use loads ICU data
 * (about 10 ms) and which breaks after abbreviations such as "e.g.".
 */
const SENTENCE_END = /(?<![.!?])[.!?]+["')\]]?\s+(?=["'([]?[A-Z0-9])/g;
/** Words whose full stop ends an abbreviation, not a sentence: "e.g. AWS", "Sr. Manager", "U.S. Army". */
const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|approx|incl|esp|min|max|no|nos|dept|mr|mrs|ms|dr|sr|jr|st|mt|inc|ltd|co|corp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[A-Za-z](?:\.[A-Za-z])*)$/i;

/** Appends the sentences of prose inside a line to `into`, through pushProse. */
function splitProse(line: string, into: string[]): void {
  let start = 0;
  for (const match of matchesOf(SENTENCE_END, line)) {
    const end = match.index + match[0].length;
    const before = line.slice(Math.max(start, match.index - 12), match.index);
    if (match[0][0] === '.' && ABBREVIATION.test(before)) continue;
    pushProse(line.slice(start, end).trim(), into);
    start = end;
  }
  pushProse(line.slice(start).trim(), into);
}

/** Shorter sentences are rarely list items joined by spaces: they are taken whole. */
const MIN_SPACE_GLUED = 80;

function pushProse(prose: string, into: string[]): void {
  if (prose.length < MIN_SPACE_GLUED) {
    if (prose) into.push(prose);
    return;
  }
  for (const item of splitSpaceGluedItems(prose)) into.push(item);
}

// Bullets written inside a line ("Skills: • SQL • Python"), each starting an item of its own; also glued to the
// item before, as a scraper joins a list's items ("Responsibilities:• Lead programs• Manage risks").
const INLINE_BULLET_CHARS = String.raw`\u2022\u25aa\u25cf\u25e6\u2023\u2043\u27a2\u2713\u2714`;
const INLINE_BULLET = `[${INLINE_BULLET_CHARS}]`;
// Also a Markdown list's asterisk a scraper glued to the item before, a capital after it: "Responsibilities
// include:* Drive the roadmap* Define program plans", "programs.* Solid project leadership skills". Spaced on
// both sides or before a small letter it stays (a product "2 * 3", a footnote's mark "Salary* see below").
const GLUED_ASTERISK = String.raw`(?<=[A-Za-z.:;)])\*[^\S\n]+(?=[A-Z])`;
const INLINE_BULLETS = new RegExp(String.raw`(?:\s|(?<=[\w.:;)]))${INLINE_BULLET}\s|${GLUED_ASTERISK}`);
/**
 * Whether INLINE_BULLETS matches in a line: the same test with the bullet or asterisk matched first and what stands
 * before it looked behind after. INLINE_BULLETS itself, whose match takes the space before the bullet too (for the
 * split), tries its opening space or look-behind at every character; and the two first characters are one class,
 * which the engine skips along the line to, where it tried an alternation's branches at every character (one
 * class rather than two branches: splitting the dev postings 5% faster).
 */
const HAS_INLINE_BULLET = new RegExp(
  String.raw`[${INLINE_BULLET_CHARS}*]` +
    String.raw`(?:(?<=(?:\s|[\w.:;)])${INLINE_BULLET})\s|(?<=[A-Za-z.:;)]\*)[^\S\n]+(?=[A-Z]))`,
);

// A list flattened into one long line with marks that are not only bullets: a middle dot or a spaced asterisk
// (twice or more), or a dash (three times or more: a dash also sets words apart, "Seattle - Remote"), each before
// a capital ("Duties: - Analyze needs - Conduct sales - Provide service", "Requirements: · BS degree.· Minimum of
// ten years", "Description: -Leads teams. -Coordinates partners"), or a digit where it is glued to the item before
// (":- 3+ years"). Short lines keep them: "Remote · Full-time" is a header's facts, read whole.
// Each mark is matched first and what stands before it looked behind after: V8 then skips along the line to the
// mark's character, where an opening look-behind or space was tried at every position (8x and 3.6x slower over
// the dev postings' long lines; 3% of analyze() on the largest posting). The space before is left to the trim.
const DOT_OR_STAR_MARK = /[\u00b7*](?<=[\w.:;)\s][\u00b7*])\s+(?=[A-Z0-9])/g;
const DASH_MARK = /-(?:(?<=\s-)\s*(?=[A-Z])|(?<=[.:;]-)\s+(?=[A-Z0-9]))/g;
const MARKED_LISTS: ReadonlyArray<readonly [RegExp, number]> = [
  [DOT_OR_STAR_MARK, 2],
  [DASH_MARK, 3],
];
const MIN_MARKED_LIST = 160;
/**
 * Whether a line may hold a mark of MARKED_LISTS, by plain search; the dash matched first and the space before it
 * looked behind after, as `\s-` tried a space at every character.
 */
const MAY_HOLD_MARK = /[\u00b7*]|-(?<=\s-)|-\s/;

/** A long line's items where its marks say it is a flattened list; else the line. */
function markedListItems(line: string): readonly string[] {
  if (line.length < MIN_MARKED_LIST || !MAY_HOLD_MARK.test(line)) return [line];
  for (const [mark, least] of MARKED_LISTS) {
    if (matchesOf(mark, line).length >= least)
      return line
        .split(mark)
        .map((item) => item.trim())
        .filter(Boolean);
  }
  return [line];
}

/**
 * Sentences in posting order. Lines are split first because postings are mostly bullet lists whose
 * items carry no final full stop; then bullets that a job board glued together ("prioritiesEducates");
 * then prose inside what is left, at the ends of its sentences.
 */
export function splitSentences(text: string): string[] {
  const {text: normalized, plain} = normalizeTextPlain(text);
  const lines: string[] = [];
  // Each line between line feeds: the empty ones (a run of line feeds) hold no sentence.
  for (let start = 0; start < normalized.length;) {
    let end = normalized.indexOf('\n', start);
    if (end < 0) end = normalized.length;
    if (end > start) lines.push(normalized.slice(start, end));
    start = end + 1;
  }
  // The lines at the start, and then at the end, that the last text read had too.
  const {head, tail} = commonEnds(lines, lastLines);
  const shift = lastLines.length - lines.length;
  const holds = plain ? plainTextHolds(normalized) : ANY_TEXT_HOLDS;
  const perLine = lines.map((line, index) =>
    index < head || index >= lines.length - tail
      ? lastSentences[index + (index < head ? 0 : shift)]!
      : sentencesOfLine(line, holds),
  );
  lastLines = lines;
  lastSentences = perLine;
  const sentences: string[] = [];
  for (const lineSentences of perLine) for (const sentence of lineSentences) sentences.push(sentence);
  if (plain) PLAIN_SENTENCES.add(sentences);
  return sentences;
}

/**
 * The last text's lines, each with its sentences: a draft re-read after a keystroke changes a line or two,
 * and the lines before and after the change are found where they stood. Compared, not looked up: a memory
 * keyed by line hashed every line of every posting, where postings rarely share one.
 */
let lastLines: readonly string[] = [];
let lastSentences: ReadonlyArray<readonly string[]> = [];
forgetAlso(() => {
  lastLines = [];
  lastSentences = [];
});

/**
 * Whether any line of a text may hold an inline bullet (INLINE_BULLETS), whitespace other than the space, or two
 * spaces: when not, no line is searched for them. Known for a plain text (ASCII, no carriage return) by plain searches
 * of the whole text, which the engine makes far faster than a pattern's search of every line. Without other
 * whitespace a line has whitespace to collapse (UNSQUASHED) only where it holds two spaces, again a plain search.
 */
interface TextHolds {
  readonly inlineBullets: boolean;
  readonly otherWhitespace: boolean;
  readonly doubleSpaces: boolean;
}
const ANY_TEXT_HOLDS: TextHolds = {inlineBullets: true, otherWhitespace: true, doubleSpaces: true};

function plainTextHolds(text: string): TextHolds {
  return {
    // INLINE_BULLETS' bullets are outside ASCII: only its asterisk can stand in a plain text.
    inlineBullets: text.includes('*'),
    // Of `\s`, a plain text's lines can hold only the space, a tab, a vertical tab and a form feed.
    otherWhitespace: text.includes('\t') || text.includes('\v') || text.includes('\f'),
    doubleSpaces: text.includes('  '),
  };
}

function sentencesOfLine(rawLine: string, holds: TextHolds): readonly string[] {
  const sentences: string[] = [];
  const bullets = holds.inlineBullets && HAS_INLINE_BULLET.test(rawLine) ? rawLine.split(INLINE_BULLETS) : [rawLine];
  for (const bullet of bullets) {
    const unbulleted = bullet.replace(BULLETS, '');
    const line = holds.otherWhitespace
      ? squash(unbulleted)
      : holds.doubleSpaces && unbulleted.includes('  ')
        ? unbulleted.replace(SPACE_RUNS, ' ').trim()
        : unbulleted.trim();
    if (!line) continue;
    for (const item of markedListItems(line))
      for (const piece of splitGluedLine(item)) {
        if (piece.length < MIN_SPACE_GLUED) sentences.push(piece);
        else splitProse(piece, sentences);
      }
  }
  return sentences;
}
