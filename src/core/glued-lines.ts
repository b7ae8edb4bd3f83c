// Job boards and scrapers often drop the line breaks between bullets, gluing one item's last word to
// the next item's first ("...competing prioritiesEducates the team..."). This finds those joins so
// that each bullet becomes its own sentence, without cutting real camel-case names ("JavaScript").
import {CAMEL_WORDS} from './camel-words';
import {matchesOf} from './matches';
import {isWhitespace} from './whitespace';

const CAMEL_WORD_SET = new Set(CAMEL_WORDS);
/** The names by their first two letters: a run with thousands of joins looks each up in a handful. */
const CAMEL_WORDS_BY_START = new Map<string, string[]>();
for (const word of CAMEL_WORDS)
  CAMEL_WORDS_BY_START.set(word.slice(0, 2), [...(CAMEL_WORDS_BY_START.get(word.slice(0, 2)) ?? []), word]);

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/**
 * A full stop, question or exclamation mark glued to the next sentence ("office.What you need"), also after an
 * acronym ("a TPM.Requirements:"; not "ASP.Net", whose tail is short, nor "U.S.Army", whose letters stand alone).
 * The mark first and what stands before it as a look-behind: written letters first, the pattern started at
 * every letter of the line (a fifth of the time on the dev postings).
 */
const GLUED_STOP = /[.!?)](?=[A-Z][a-z])(?:(?<=[a-z]{2}.)|(?<=(?<![A-Za-z.])[A-Z]{2,5}.)(?=.[a-z]{3}))/g;
/**
 * Where a capital follows a lower-case letter or a mark GLUED_STOP starts at. A run of letters holding a lower-case
 * letter right before a capital is joined words, found in two linear steps: one pattern for both
 * (`[A-Za-z]*[a-z][A-Z][A-Za-z]*`) backtracks over the whole run at every letter of a run without such a change,
 * quadratic in its length. The marks are what GLUED_STOP cannot match without (with a small letter after the
 * capital), where it tries every letter of the line: one scan finds both, where a pattern for each read every line
 * twice.
 */
const BEFORE_CAPITAL = /[a-z.!?)][A-Z]/g;
const isLower = (code: number) => code >= 97 && code <= 122;
/**
 * A count glued to the word before it ("required7+ years of experience"): the cut falls before its first
 * digit, which the pattern looks for first (digits are rarer than the letters it would otherwise start at).
 */
const GLUED_COUNT = /\d(?<=[a-z]{3}\d)\d?\s?\+?\s?(?:-\s?\d{1,2}\s?)?(?:years?|yrs?)\b/g;
/**
 * What GLUED_COUNT cannot match without: its words for years (plain searches, first) and a letter before a
 * digit; most lines lack them, and the pattern tries every digit.
 */
const YEAR_WORDS = ['year', 'yr'];
const LETTER_DIGIT = /[a-z]\d/;
/** Whether the text holds any of the words (a loop, not a closure made per line). */
function includesAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}
/** Capitalised words at least this long are rarely the first half of a name ("Description|The"). */
const LONG_HEAD = 7;
const LONG_TAIL = 8;

const LOWER_BEFORE_UPPER = /[a-z](?=[A-Z])/g;

/** Offsets inside `word` where a glued join falls (after the lower-case letter). */
function joinsInWord(word: string): number[] {
  const bare = word.replace(/'s$/, '');
  if (CAMEL_WORD_SET.has(bare)) return [];
  const offsets: number[] = [];
  // Segments: runs that end where a lower-case letter meets a capital.
  const cuts = matchesOf(LOWER_BEFORE_UPPER, word).map((match) => match.index + 1);
  let segmentStart = 0;
  for (const [index, cut] of cuts.entries()) {
    const head = word.slice(segmentStart, cut);
    const tail = word.slice(cut, cuts[index + 1] ?? word.length);
    // A camel-case name may be glued to the next bullet ("PowerPointExperience"): never cut inside one.
    const candidates = CAMEL_WORDS_BY_START.get(word.slice(segmentStart, segmentStart + 2));
    const name = candidates?.find(
      (candidate) => word.startsWith(candidate, segmentStart) && cut < segmentStart + candidate.length,
    );
    if (name) continue;
    const lowerHead = /^[a-z]+$/.test(head);
    if (
      lowerHead ? head.length >= 2 : head.length >= LONG_HEAD || tail.replace(/[^A-Za-z].*$/, '').length >= LONG_TAIL
    ) {
      offsets.push(cut);
      segmentStart = cut;
    }
  }
  return offsets;
}

/** Splits one line at glued joins; lines without any come back whole. */
export function splitGluedLine(line: string): string[] {
  const cuts: number[] = [];
  let gluedStop = false;
  // Only the runs of letters around a lower-case letter before a capital: most lines have none.
  BEFORE_CAPITAL.lastIndex = 0;
  for (let change = BEFORE_CAPITAL.exec(line); change; change = BEFORE_CAPITAL.exec(line)) {
    if (!isLower(line.charCodeAt(change.index))) {
      gluedStop ||= isLower(line.charCodeAt(change.index + 2));
      continue;
    }
    let runStart = change.index;
    while (runStart > 0 && isLetter(line.charCodeAt(runStart - 1))) runStart--;
    let runEnd = change.index + 2;
    while (runEnd < line.length && isLetter(line.charCodeAt(runEnd))) runEnd++;
    for (const offset of joinsInWord(line.slice(runStart, runEnd))) cuts.push(runStart + offset);
    // The run's letters hold no mark: the scan goes on after it.
    BEFORE_CAPITAL.lastIndex = runEnd;
  }
  BEFORE_CAPITAL.lastIndex = 0;
  if (gluedStop) for (const match of matchesOf(GLUED_STOP, line)) cuts.push(match.index + match[0].length);
  if (includesAny(line, YEAR_WORDS) && LETTER_DIGIT.test(line))
    for (const match of matchesOf(GLUED_COUNT, line)) cuts.push(match.index);
  if (cuts.length === 0) return [line];
  cuts.sort((a, b) => a - b);
  const pieces: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    pieces.push(line.slice(start, cut));
    start = cut;
  }
  pieces.push(line.slice(start));
  return pieces.map((piece) => piece.trim()).filter(Boolean);
}

// List items joined by a plain space: careers sites that print each section as one paragraph
// ("...across the full OS software stack Build a collaborative team... 5+ years experience in..."). An
// item starts with an imperative verb (duties) or the words a requirement opens with; mid-sentence,
// English capitalises only names, so such a word after a lower-case content word starts a new item.
const ITEM_STARTS = [
  // Duties, as imperatives. Not words that also follow a lower-case word inside a name ("open Source").
  'Act',
  'Adapt',
  'Administer',
  'Advise',
  'Align',
  'Analyse',
  'Analyze',
  'Anticipate',
  'Apply',
  'Approve',
  'Architect',
  'As',
  'Assess',
  'Assist',
  'Audit',
  'Author',
  'Balance',
  'Bring',
  'Build',
  'Champion',
  'Clarify',
  'Close',
  'Coach',
  'Collaborate',
  'Collect',
  'Communicate',
  'Compile',
  'Conceive',
  'Conduct',
  'Consult',
  'Contribute',
  'Convey',
  'Coordinate',
  'Craft',
  'Create',
  'Cultivate',
  'Decide',
  'Define',
  'Deliver',
  'Demonstrate',
  'Deploy',
  'Design',
  'Determine',
  'Develop',
  'Diagnose',
  'Direct',
  'Distill',
  'Document',
  'Drive',
  'Embrace',
  'Enable',
  'Enforce',
  'Engage',
  'Enhance',
  'Ensure',
  'Escalate',
  'Establish',
  'Evaluate',
  'Evolve',
  'Execute',
  'Explain',
  'Explore',
  'Facilitate',
  'Find',
  'Follow',
  'Forecast',
  'Foster',
  'Gather',
  'Grow',
  'Guide',
  'Handle',
  'Help',
  'Hire',
  'Hold',
  'Identify',
  'Implement',
  'Improve',
  'Influence',
  'Inform',
  'Innovate',
  'Inspire',
  'Interface',
  'Interpret',
  'Investigate',
  'Keep',
  'Launch',
  'Lead',
  'Learn',
  'Leverage',
  'Liaise',
  'Maintain',
  'Make',
  'Manage',
  'Measure',
  'Mentor',
  'Mitigate',
  'Monitor',
  'Move',
  'Navigate',
  'Negotiate',
  'Obtain',
  'Onboard',
  'Operate',
  'Optimize',
  'Organize',
  'Oversee',
  'Own',
  'Participate',
  'Partner',
  'Perform',
  'Plan',
  'Prepare',
  'Present',
  'Prioritize',
  'Produce',
  'Promote',
  'Propose',
  'Provide',
  'Publish',
  'Raise',
  'Recommend',
  'Recruit',
  'Reduce',
  'Refine',
  'Report',
  'Represent',
  'Resolve',
  'Respond',
  'Review',
  'Run',
  'Scale',
  'Scope',
  'Secure',
  'Serve',
  'Set',
  'Shape',
  'Ship',
  'Simplify',
  'Solve',
  'Spearhead',
  'Stay',
  'Steer',
  'Streamline',
  'Structure',
  'Support',
  'Take',
  'Teach',
  'Track',
  'Train',
  'Translate',
  'Triage',
  'Troubleshoot',
  'Understand',
  'Update',
  'Use',
  'Validate',
  'Work',
  'Write',
  // Requirements, as postings open them.
  'Ability',
  'Able',
  'Accountable',
  'Adept',
  'Advanced',
  'BA',
  'Bachelor',
  "Bachelor's",
  'Bachelors',
  'Background',
  'BS',
  'Capable',
  'Communication',
  'Collaboratively',
  'Comfortable',
  'Deep',
  'Degree',
  'Demonstrated',
  'Desire',
  'Effective',
  'Effectively',
  'Evidenced',
  'Excellent',
  'Exceptional',
  'Experience',
  'Experienced',
  'Expert',
  'Expertise',
  'Exposure',
  'Familiar',
  'Familiarity',
  'Fluency',
  'Hands-on',
  'High',
  'Knowledge',
  "Master's",
  'MBA',
  'Minimum',
  'MS',
  'Must',
  'Ongoing',
  'Outstanding',
  'Participation',
  'Passion',
  'Passionate',
  'PhD',
  'Previous',
  'Prior',
  'Proactively',
  'Proficiency',
  'Proficient',
  'Proven',
  'Responsible',
  'Skilled',
  'Solid',
  'Sought',
  'Strong',
  'Understanding',
  'Willingness',
  'Working',
];
/**
 * Words after which a capitalised word is a name, not a new item ("with Android", "in Python", "and
 * Excel"), or a count is still the same item ("at least 5 years").
 */
const JOINING_WORDS = new Set(
  (
    'a an the and or nor but of to in on at by for with from as into onto via per than like such including ' +
    'e.g i.e incl our your their its his her this that these those is are be been was were using use uses ' +
    'least most over under about approximately around minimum maximum have has having plus within across ' +
    'between among toward towards through our my we you they it'
  ).split(' '),
);
/** Words after which a count of years is still the same item: a duration spent ("Clay spent 18 years at Google"). */
const COUNT_JOINING_WORDS = new Set(['spent', 'spend', 'spending', 'nearly', 'almost', 'past', 'last', 'next']);
/** The endings of a word that starts an item by its shape: an adverb, verb or adjective (ITEM_JOIN). */
const ITEM_START_ENDINGS = ['ly', 'ate', 'ize', 'ise', 'ical'];
/**
 * The word before a space and an item start; starting only at a word's start keeps the scan linear.
 * Exported for the test that checks nextItemJoin finds the same matches as this pattern's global scan.
 */
export const ITEM_JOIN = new RegExp(
  String.raw`(?:(?<![A-Za-z0-9'.-])([A-Za-z][a-z'-]*|\d+%?)(:?)|\))\s(?=` +
    // An item start; an adverb, verb or adjective by its ending ("Highly organized", "Articulate to
    // stakeholders", "Prioritize work", "Analytical skills"); names with these endings are rare.
    String.raw`(?:${ITEM_STARTS.join('|')}|[A-Z][a-z]{2,}(?:${ITEM_START_ENDINGS.join('|')}))(?:\s[a-z(]|,)` +
    String.raw`|(?:Bachelor|Master)'?s?\s(?:[Dd]egree|of|in)\b` +
    // A count of years, also after a name ("equivalent 5+ years", "Technical Program Managers 8+ years").
    String.raw`|(\d{1,2}\+?\s?(?:-\s?\d{1,2}\s?)?(?:years?|yrs?)\b)` +
    // A labelled item ("environment Analytical Skills: Experience with risk assessment").
    String.raw`|[A-Z][\w&/-]*(?:\s[\w&/-]+){0,3}:\s)`,
  'g',
);
/**
 * What stands right before ITEM_JOIN's space in every match: the end of its word (`[A-Za-z][a-z'-]*` or `\d+%?`),
 * its colon or a ")". ITEM_SPACE passes over a space after anything else (". The", ", Inc"): a third of the
 * capitals after a space in the dev postings' prose, each of which was looked at and found no item.
 */
const BEFORE_ITEM_SPACE = String.raw`[A-Za-z\d%':)-]`;
/**
 * Where ITEM_JOIN can end: a space before what an item starts with (a capital or a digit; the first
 * letters of ITEM_STARTS, should one not be a capital). Found first with this cheap pattern, then
 * ITEM_JOIN is tried only at the start of the word before each: the same matches as its global scan,
 * which tried every word of the line against the item starts. The pattern looks for that first
 * character and then at the space before it: a space is far more common than a capital.
 */
const ITEM_FIRST_CHARS = [...new Set(ITEM_STARTS.map((word) => word[0]!))].filter((char) => !/[A-Z\d]/.test(char));
const ITEM_SPACE = new RegExp(
  String.raw`[A-Z\d${ITEM_FIRST_CHARS.join('').replace(/[\]\\^-]/g, '\\$&')}](?<=${BEFORE_ITEM_SPACE}\s.)`,
  'g',
);
const ITEM_JOIN_AT = new RegExp(ITEM_JOIN.source, 'y');
/** `[\w&/-]`, what a labelled item's words hold. */
const isLabelChar = (code: number) =>
  isLetter(code) || (code >= 48 && code <= 57) || code === 95 || code === 38 || code === 47 || code === 45;

/** The index of the next space from `from` that ITEM_SPACE finds (it matches the character after it), or -1. */
function nextItemSpace(line: string, from: number): number {
  ITEM_SPACE.lastIndex = from + 1;
  const index = ITEM_SPACE.test(line) ? ITEM_SPACE.lastIndex - 2 : -1;
  ITEM_SPACE.lastIndex = 0;
  return index;
}

/** Whether ITEM_JOIN's labelled item (`[A-Z][\w&/-]*(?:\s[\w&/-]+){0,3}:\s`) starts at `at`. */
function labelAt(line: string, at: number): boolean {
  const first = line.charCodeAt(at);
  if (first < 65 || first > 90) return false;
  let end = at + 1;
  // Each run of word characters is read whole: what follows it (a colon or a space) is not one of them.
  for (let words = 0; ; words++) {
    while (end < line.length && isLabelChar(line.charCodeAt(end))) end++;
    if (line.charCodeAt(end) === 58 /* : */ && isWhitespace(line.charCodeAt(end + 1))) return true;
    if (words === 3 || !isWhitespace(line.charCodeAt(end)) || !isLabelChar(line.charCodeAt(end + 1))) return false;
    end += 2;
  }
}
/** Characters a word before ITEM_JOIN's space may hold (a superset: its word, a count, a percent sign). */
const isWordChar = (code: number) =>
  isLetter(code) || (code >= 48 && code <= 57) || code === 39 /* ' */ || code === 45 /* - */ || code === 37; /* % */

/** The item starts by length and first character (lengthKey): a word is looked up where it stands, uncut. */
const lengthKey = (length: number, first: number) => length * 0x10000 + first;
const ITEM_STARTS_BY_KEY = new Map<number, string[]>();
for (const word of ITEM_STARTS) {
  const key = lengthKey(word.length, word.charCodeAt(0));
  ITEM_STARTS_BY_KEY.set(key, [...(ITEM_STARTS_BY_KEY.get(key) ?? []), word]);
}
const NO_WORDS: readonly string[] = [];

/** Whether the word from `at` to `end` has ITEM_JOIN's item-start shape, `[A-Z][a-z]{2,}(?:ly|ate|...)`. */
function hasItemStartShape(line: string, at: number, end: number): boolean {
  const first = line.charCodeAt(at);
  if (first < 65 || first > 90) return false;
  for (let index = at + 1; index < end; index++) {
    const code = line.charCodeAt(index);
    if (code < 97 || code > 122) return false;
  }
  for (const ending of ITEM_START_ENDINGS)
    if (end - at - 1 >= 2 + ending.length && line.startsWith(ending, end - ending.length)) return true;
  return false;
}

/**
 * Where a line's next colon stands, for labelAt's cheap test (a label needs one after it): each search resumes
 * where the last stopped, as the places asked about only grow along a line, which is then read once. The line's
 * last colon, found up front, read every line from its end: a quarter of splitSpaceGluedItems' time.
 */
interface ColonCursor {
  readonly line: string;
  /** The search's start: `next` is the first colon from here (the line's length when there is none). */
  from: number;
  next: number;
}
function colonFrom(cursor: ColonCursor, at: number): number {
  if (at < cursor.from || at > cursor.next) {
    const found = cursor.line.indexOf(':', at);
    cursor.from = at;
    cursor.next = found < 0 ? cursor.line.length : found;
  }
  return cursor.next;
}

/**
 * A cheap look at what follows a space, before ITEM_JOIN's long list of item starts is tried there:
 * false when none of its kinds can begin at `at` (a count, a labelled item, which needs a colon after
 * it, a degree, or an item start or a word of that shape, up to the next space or comma). Each test is
 * made where the word stands, without cutting it out or calling a pattern: most capitals pass none.
 */
function mayStartItem(line: string, at: number, colons: ColonCursor): boolean {
  const code = line.charCodeAt(at);
  if (code >= 48 && code <= 57) return true;
  let end = at;
  while (end < line.length && !isWhitespace(line.charCodeAt(end)) && line.charCodeAt(end) !== 44 /* , */) end++;
  for (const word of ITEM_STARTS_BY_KEY.get(lengthKey(end - at, code)) ?? NO_WORDS)
    if (line.startsWith(word, at)) return true;
  return (
    hasItemStartShape(line, at, end) ||
    line.startsWith('Bachelor', at) ||
    line.startsWith('Master', at) ||
    (colonFrom(colons, at + 1) < line.length && labelAt(line, at))
  );
}

/**
 * Whether ITEM_JOIN may begin at `at`: at a ")" or where its word may (`(?<![A-Za-z0-9'.-])`). Inside a
 * word it cannot, and a call of the pattern costs more than this look at the character before.
 */
function mayBeginJoin(line: string, at: number): boolean {
  if (line.charCodeAt(at) === 41 /* ) */ || at === 0) return true;
  const before = line.charCodeAt(at - 1);
  return !(isLetter(before) || (before >= 48 && before <= 57) || before === 39 || before === 46 || before === 45);
}

/**
 * ITEM_JOIN's next match in the line from `from`, as its global scan finds it, that leaves MIN_ITEM_CHARS after
 * it (splitSpaceGluedItems cuts at no other, nor at any after one that does not). Every match ends with a
 * space before an item start (ITEM_SPACE) and begins with the word, "word:" or ")" right before that
 * space: within the run of word characters (or the ")") before it, ITEM_JOIN is tried from the left.
 */
function nextItemJoin(line: string, from: number, colons: ColonCursor): RegExpExecArray | null {
  // The cut falls right after the space.
  const lastSpace = line.length - MIN_ITEM_CHARS - 1;
  for (
    let space = nextItemSpace(line, from);
    space >= 0 && space <= lastSpace;
    space = nextItemSpace(line, space + 1)
  ) {
    if (!mayStartItem(line, space + 1, colons)) continue;
    let end = space;
    if (end > from && line.charCodeAt(end - 1) === 58 /* : */) end--;
    let start = end;
    while (start > from && isWordChar(line.charCodeAt(start - 1))) start--;
    // A ")" right before the space starts a match of its own.
    if (start === end && end === space && end > from && line.charCodeAt(end - 1) === 41 /* ) */) start--;
    for (let at = start; at < end; at++) {
      if (!mayBeginJoin(line, at)) continue;
      ITEM_JOIN_AT.lastIndex = at;
      const match = ITEM_JOIN_AT.exec(line);
      if (match) return match;
    }
  }
  return null;
}

/** Headings of a posting's sections, never part of a name, that a flattened page glues to the first item. */
const SECTION_HEADINGS = new Set(['Responsibilities', 'Requirements', 'Qualifications', 'Duties', 'Benefits']);
/** The heading's own sentence going on: "Responsibilities Include: ...", "Requirements Are: ...". */
const HEADING_GOES_ON = /^(?:includes?|are|will|may)\b/i;

/** Shorter pieces are left whole: a list item is rarely under this, and short lines are rarely glued. */
const MIN_ITEM_CHARS = 25;

/** Splits a line whose list items a site joined with plain spaces; other lines come back whole. */
export function splitSpaceGluedItems(line: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  const colons: ColonCursor = {line, from: 0, next: -1};
  for (
    let match = nextItemJoin(line, 0, colons);
    match;
    match = nextItemJoin(line, match.index + match[0].length, colons)
  ) {
    // After a colon a list begins whatever the word before it ("including: Engagement Management: ...").
    if (match[1] && !match[2] && JOINING_WORDS.has(match[1].toLowerCase())) continue;
    if (match[3] && match[1] && !match[2] && COUNT_JOINING_WORDS.has(match[1].toLowerCase())) continue;
    // Before an item start a capitalised word belongs to a name ("Customer Experience"); before a count it does
    // not, nor does a section's heading ("Responsibilities Define and articulate...", a flattened page).
    const heading = match[1] !== undefined && SECTION_HEADINGS.has(match[1]);
    if (match[1] && /^[A-Z]/.test(match[1]) && !match[2] && !match[3] && !heading) continue;
    const cut = match.index + match[0].length;
    // A heading is short by nature: it stands alone when it is all the piece holds.
    const headingAlone =
      heading && line.slice(start, match.index).trim() === '' && !HEADING_GOES_ON.test(line.slice(cut));
    if ((cut - start < MIN_ITEM_CHARS && !headingAlone) || line.length - cut < MIN_ITEM_CHARS) continue;
    pieces.push(line.slice(start, cut).trim());
    start = cut;
  }
  pieces.push(line.slice(start).trim());
  return pieces;
}
