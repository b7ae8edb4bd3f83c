// Degree levels a posting asks for, required or preferred. The lowest level wins; an associate
// degree is a level below the ones TPM Lens reports, so a posting that accepts one reports none.
import {merged} from './merged';
import {benefitNear} from './benefits';
import type {Degree} from './types';
import {matchesOf} from './matches';
import {vocabularies} from './scan';
import {waived} from './waived';

type Level = 'associate' | Degree;
const RANK: Record<Level, number> = {associate: 0, bachelor: 1, master: 2, doctorate: 3};

interface LevelPattern {
  level: Level;
  pattern: RegExp;
}

// Patterns that name a level. Case matters for the bare abbreviations (BS, MS, BA) so that
// "MS Office", "Scrum Master" or "business analyst (BA)" do not count.
// A name may follow a lower-case letter directly when a scraped page glued lines ("QualificationsBachelor's").
// An abbreviation may drop its last full stop before the next word of a list ("B.S or M.S. in Computer Science").
const LEVEL_PATTERNS: readonly LevelPattern[] = [
  {
    level: 'associate',
    pattern:
      /\bassociate(?:'s|s'?)?\s*(?:\(A\.?A\.?\/A\.?S\.?\)\s*)?(?:level\s+)?degree|\bassociate(?:'s|s'?)?\s*(?:\/|or)\s*bachelor|\bassociate(?:'s|s)? of (?:arts|science|applied)/gi,
  },
  {level: 'associate', pattern: /\b(?:A\.?A\.?\/A\.?S\.?|A\.A\.S\.?|AAS)\s+degree/g},
  // Schools below a bachelor's named as a path: "Bachelor's or Technical College degree", "trade school diploma".
  {
    level: 'associate',
    pattern:
      /\b(?:technical|community|junior|vocational|polytechnic) (?:college|school|institute)\b|\btrade school\b|\bvocational (?:degree|diploma|certificate|training)\b|\btechnical diploma\b/gi,
  },
  {level: 'bachelor', pattern: /bachelor/gi},
  {
    level: 'bachelor',
    pattern:
      /(?:\b|(?<=[a-z]))(?:B\.[SA](?:\.|(?=\s*(?:\/|or\b|and\b|,|in\s|degree)))|BS(?:c|EE|CS|ME|CE|IT)?\b|B\.Sc\b|BBA\b|B\.Com\b|BCA\b)|\bB\.\s?(?:E|e)\b|\bB\.?\s?(?:Tech|tech|TECH|Eng)\b/g,
  },
  {
    level: 'bachelor',
    pattern:
      /(?:\b|(?<=[a-z]))BA\b(?=\s*(?:\/|or|and)\s*B\.?S|\s+degree|\s+in\s+[A-Z]|\s*\(|\s+or\s+(?:an?\s+)?(?:equivalent|higher|related)\b)/g,
  },
  {
    level: 'bachelor',
    pattern:
      /\b(?:college|university) graduate\b|\bgraduate of an? (?:accredited )?(?:college|university|(?:4|four)[- ]year)|\bundergrad(?:uate)?\s+degree|\b(?:4|four)[- ]year\s+(?:college\s+|university\s+)?degree|\b(?:college|university)(?:\s*\/\s*[a-z]+)?\s+degree/gi,
  },
  {
    level: 'master',
    pattern:
      /(?:\b|(?<=[a-z]))(?<![Ss]crum\s)(?:[Mm]aster|MASTER)(?:'s|s'?|S)(?![a-z])|(?:\b|(?<=[a-z]))[Mm]aster\s+(?:[Dd]egree|of\s+(?:[Ss]cience|[Aa]rts|[Bb]usiness|[Ee]ngineering|[Cc]omputer|[Ii]nformation|[Pp]ublic|[Ff]ine))|\b[Mm]aster\s*(?:\/|or|and)\s*(?:[Dd]octor|Ph\.?\s?D)/g,
  },
  {
    level: 'master',
    pattern:
      /(?:\b|(?<=[a-z]))(?:MBA|M\.B\.A\.?|M\.S(?:\.|(?=\s*(?:\/|or\b|and\b|,|in\s|degree)))|M\.Sc|MSc|Msc|MCA|M\.?Tech|M\.?Eng|M\.E\.?)\b|(?:\b|(?<=[a-z]))MS(?=\s*(?:degree|in\s+[A-Z]|\/|or\s|,\s*(?:or\s+)?Ph))/g,
  },
  {level: 'master', pattern: /\b(?<!under)graduate\s+degree|\bpost-?graduate\b|\badvanced\s+degree/gi},
  {
    level: 'doctorate',
    pattern:
      /(?:\b|(?<=[a-z]))Ph\.?\s?D\b(?![-\s]level\b)|\bdoctorate\b|\bdoctoral\b|\bjuris doctor\b|\bdoctor of (?:philosophy|science|engineering|education)\b|\bJ\.D\.|\bD\.Sc\b/gi,
  },
];

// "degree" with no level in front of it counts as a bachelor's, unless it is not about education.
const BARE_DEGREE = /\bdegrees?\b/gi;
const LEVEL_NEARBY =
  /(?:bachelor|master|\bMBA\b|\bB\.?[SA]\b|\bM\.?S\b|ph\.?\s?d|doctor|associate|A\.?A\.?\/A\.?S|graduate|advanced|undergrad|\b(?:4|four)[- ]year|college|university|B\.?Tech|B\.?E\b)[^.;]{0,40}$/i;
const NOT_EDUCATION_BEFORE =
  /(?:\bhigh(?:[- ]school)?|\bsecondary(?: school)?|\bsome|\bto a|\bcertain|\blarge|\bsignificant|\bvarying|\d{2,3}[- ]?|lieu of|in place of|\bno)\s*$/i;
const NOT_EDUCATION_AFTER =
  /^\s*(?:of\b|fahrenheit|celsius|equivalenc|attained|holders?\b|(?:is\s+)?not\s+(?:required|necessary|needed))/i;

export interface DegreeFinding {
  degree: Degree | null;
  sentences: string[];
  /** Per sentence, where its first degree named stands (start, end). */
  at: Array<[number, number]>;
}

// Cheap first look, so that the patterns run only on sentences that may name a degree.
const MAY_NAME_DEGREE_WORD =
  /bachelor|master|degree|ph\.?\s?d|doctor|graduate|undergrad|associate|college|school|vocational|diploma/i;
const MAY_NAME_DEGREE_ABBREVIATION =
  /MBA|M\.B\.A|BS|BA|MS|B\.|M\.[SE]|B\.?\s?[Tt]ech|MCA|BBA|BCA|J\.D|AA|Msc|MSc|M\.?Tech|M\.?Eng|B\.?Eng/;

/** Each pattern runs only on a text that holds what it cannot match without (the shared scan knows a posting's sentences). */
const GATED_LEVEL_PATTERNS = LEVEL_PATTERNS.map((entry) => merged(entry, {may: vocabularies.gate(entry.pattern)}));
const MAY_NAME_BARE_DEGREE = vocabularies.gate(BARE_DEGREE);
/** The two first looks from the scan: most sentences hold none of their strings, and these tests cost more than a look-up. */
const MAY_NAME_DEGREE_WORD_SCANNED = vocabularies.gate(MAY_NAME_DEGREE_WORD);
const MAY_NAME_DEGREE_ABBREVIATION_SCANNED = vocabularies.gate(MAY_NAME_DEGREE_ABBREVIATION);

/**
 * Every level pattern and the bare degree as one group of the scan: a sentence none of them may match names no
 * level whatever the first looks say, and one look-up tells so where asking each pattern's group took a dozen.
 */
const MAY_NAME_ANY_LEVEL = vocabularies.gate(
  new RegExp([...LEVEL_PATTERNS.map(({pattern}) => pattern.source), BARE_DEGREE.source].join('|')),
);

/**
 * The first looks levelsIn takes, cheapest first: the scan's answers, then the first looks' patterns, which the
 * scan's strings pass more often than they do ("ms" in "teams").
 */
function mayNameDegree(sentence: string): boolean {
  if (!MAY_NAME_ANY_LEVEL(sentence)) return false;
  return (
    (MAY_NAME_DEGREE_WORD_SCANNED(sentence) && MAY_NAME_DEGREE_WORD.test(sentence)) ||
    (MAY_NAME_DEGREE_ABBREVIATION_SCANNED(sentence) && MAY_NAME_DEGREE_ABBREVIATION.test(sentence))
  );
}

/** The levels a sentence names; with `spans`, where each level named stands is added to it. */
function levelsIn(sentence: string, spans?: Array<[number, number]>): Level[] {
  const levels: Level[] = [];
  if (!mayNameDegree(sentence)) return levels;
  const covered: Array<[number, number]> = [];
  for (const {level, pattern, may} of GATED_LEVEL_PATTERNS) {
    if (!may(sentence)) continue;
    for (const match of matchesOf(pattern, sentence)) {
      if (/lieu of\s*(?:a\s+|an\s+|the\s+)?$/i.test(sentence.slice(Math.max(0, match.index - 20), match.index)))
        continue;
      // Benefits that pay for degrees ("tuition assistance for master's programs") ask for none, nor does a waiver.
      if (benefitNear(sentence, match.index, match.index + match[0].length)) continue;
      if (waived(sentence, match.index, match.index + match[0].length)) continue;
      levels.push(level);
      covered.push([match.index, match.index + match[0].length]);
    }
  }
  spans?.push(...covered);
  for (const match of MAY_NAME_BARE_DEGREE(sentence) ? matchesOf(BARE_DEGREE, sentence) : []) {
    if (covered.some(([from, to]) => match.index >= from && match.index < to)) continue;
    const before = sentence.slice(Math.max(0, match.index - 60), match.index);
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 20);
    if (
      benefitNear(sentence, match.index, match.index + match[0].length) ||
      waived(sentence, match.index, match.index + match[0].length) ||
      LEVEL_NEARBY.test(before) ||
      NOT_EDUCATION_BEFORE.test(before) ||
      NOT_EDUCATION_AFTER.test(after)
    )
      continue;
    levels.push('bachelor');
    spans?.push([match.index, match.index + match[0].length]);
  }
  return levels;
}

/** The lowest degree level a text names (0 associate, 1 bachelor, 2 master, 3 doctorate), or null. */
export function degreeRankIn(text: string): number | null {
  const levels = levelsIn(text);
  return levels.length ? Math.min(...levels.map((level) => RANK[level])) : null;
}

/** The lowest degree level asked for and the sentences that ask. */
export function findDegree(sentences: readonly string[]): DegreeFinding {
  let lowest: Level | null = null;
  const found: string[] = [];
  const at: Array<[number, number]> = [];
  for (const sentence of sentences) {
    const spans: Array<[number, number]> = [];
    const levels = levelsIn(sentence, spans);
    if (levels.length === 0) continue;
    found.push(sentence);
    at.push(spans.reduce((first, span) => (span[0] < first[0] ? span : first)));
    for (const level of levels) if (lowest === null || RANK[level] < RANK[lowest]) lowest = level;
  }
  return {degree: lowest === null || lowest === 'associate' ? null : lowest, sentences: found, at};
}
