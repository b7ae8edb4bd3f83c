// The profile's key skills the posting names. Said beside the fit, never in its score: a posting's tools are
// rarely all requirements, and the reader decides what an overlap is worth.
import type {Fit} from './types';
import {escapeRegExp} from './regex-source';
import {normalizeText} from './normalize';
import {SKILL_ALIASES} from './skill-aliases';

export type SkillsNamed = NonNullable<Fit['skills']>;

/** Compiled per skills list: one pass over the text finds them all, each spelling leading to the profile's key. */
let last: {
  skills: readonly string[];
  pattern: RegExp | null;
  keys: string[];
  spellings: Map<string, string>;
  distinct: number;
} | null = null;

/**
 * Skills that are also everyday words ("go", "excel", "teams"): named only where the posting writes them as a
 * tool's name is written and placed (writtenAsTool): "Go", "Excel", "Microsoft Teams", never "go live", "excel at"
 * or "Project Manager".
 */
const EVERYDAY_WORDS = new Set([
  'go',
  'r',
  'c',
  'd',
  'excel',
  'word',
  'access',
  'teams',
  'project',
  'swift',
  'rust',
  'spark',
  'chef',
  'puppet',
  'dart',
  'flow',
  'salt',
  'hive',
  'pig',
  'outlook',
  'notion',
  'linear',
  'monday',
]);

/** A maker's name before a tool ("Microsoft Teams", "MS Project", "Apache Spark"): the word is that tool. */
const MAKER_BEFORE = /\b(?:Microsoft|MS|Apache|Google|Adobe|Oracle|Atlassian|Apple|Amazon|AWS)\s+$/;
/** Where the word stands in a list of tools: a separator or "and"/"or" before it... */
const LIST_BEFORE = /(?:[,/;&]|\b(?:and|or))\s*$/;
/** ...or, where a list may begin (a sentence's start, a bracket, a colon), a separator after it. */
const LIST_START = /(?:^|[(:])\s*$/;
const LIST_AFTER = /^\s*(?:[,/;)&:.]|$|(?:and|or)\s+[A-Z])/;
/** What is said of a tool right after its name: "Go services", "Excel skills", "Swift developer". */
const TOOL_NOUN_AFTER =
  /^\s+(?:skills?|experience|knowledge|proficiency|expertise|developers?|engineers?|programm\w+|services|code|codebases?|scripts?|scripting|jobs|pipelines?|clusters?|spreadsheets?|macros|formulas|pivot|dashboards?|boards?|workflows?)\b/i;
/** A weekday range or a date after a day's name: "Monday through Friday", "Monday, September 7". */
const SCHEDULE_AFTER =
  /^\s*(?:(?:through|thru|to|-|\u2013)\s*(?:mon|tue|wed|thu|fri|sat|sun)|,\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;
/** A capitalised word either side: the word is part of a name in title case ("Design Teams", "Project Manager"). */
const CAPITALISED_BEFORE = /\b[A-Z][\w'&-]*\s+$/;
const CAPITALISED_AFTER = /^\s+[A-Z][a-z]/;

/**
 * Whether an everyday word at `at` names the tool: written with a capital, and standing as tools are named: after
 * its maker, with what is said of tools after it ("Go services"), or as an item of a list ("Excel, Word", "Python
 * or Go", "C/C++"); never a day's schedule, never inside a name in title case ("Project Manager", "Design Teams"),
 * and never where a sentence starts with it ("Access to", "Go above and beyond").
 */
function writtenAsTool(sentence: string, at: number, length: number): boolean {
  if (!/[A-Z]/.test(sentence[at]!)) return false;
  const before = sentence.slice(Math.max(0, at - 40), at);
  const after = sentence.slice(at + length, at + length + 40);
  if (SCHEDULE_AFTER.test(after)) return false;
  // "M/F/D/V", "(m/f/d)": a letter between letters and slashes is an abbreviation.
  if (length === 1 && /\b[A-Za-z]\/$/.test(before)) return false;
  if (MAKER_BEFORE.test(before) || TOOL_NOUN_AFTER.test(after)) return true;
  if (CAPITALISED_AFTER.test(after) || (CAPITALISED_BEFORE.test(before) && !LIST_BEFORE.test(before))) return false;
  return LIST_AFTER.test(after) || (LIST_BEFORE.test(before) && !LIST_START.test(before));
}

/** A skill as it is matched: normalised, lower case, inner spaces one ("Microsoft  Project" = "microsoft project"). */
const keyOf = (skill: string) => normalizeText(skill).toLowerCase().replace(/\s+/g, ' ').trim();

/** Every spelling of a tool by each of its spellings' keys. */
const SPELLINGS_OF = new Map<string, readonly string[]>(
  SKILL_ALIASES.flatMap((group) => {
    const keys = group.map(keyOf);
    return keys.map((key) => [key, keys] as const);
  }),
);

function compiled(skills: readonly string[]) {
  if (last?.skills === skills) return last;
  const keys = skills.map(keyOf);
  const unique = [...new Set(keys.filter(Boolean))];
  // The profile's own spelling first: a spelling two of its skills share stays the first's.
  const spellings = new Map(unique.map((key) => [key, key]));
  for (const key of unique)
    for (const spelling of SPELLINGS_OF.get(key) ?? []) if (!spellings.has(spelling)) spellings.set(spelling, key);
  const alternatives = [...spellings.keys()]
    // Longest first: "Google Cloud Platform" before "Google Cloud".
    .sort((a, b) => b.length - a.length)
    .map((key) => escapeRegExp(key).replace(/ /g, '\\s+'));
  // A skill stands as a word of its own: "Go" not in "good", "C" not in "C++", "C-suite" or "R&D", "Node" not in
  // "Node.js", "SQL" in "SQL,".
  const pattern = alternatives.length
    ? new RegExp(`(?<![\\w+#.&-])(?:${alternatives.join('|')})(?![\\w+#&]|[.-]\\w)`, 'gi')
    : null;
  last = {skills, pattern, keys, spellings, distinct: unique.length};
  return last;
}

/** The profile's skills the text names, as the profile writes them and in its order; null without skills. */
export function skillsNamed(skills: readonly string[], sentences: readonly string[]): SkillsNamed | null {
  const {pattern, keys, spellings, distinct: of} = compiled(skills);
  if (!pattern) return null;
  const found = new Set<string>();
  for (const sentence of sentences) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
      const spelling = match[0].toLowerCase().replace(/\s+/g, ' ');
      if (EVERYDAY_WORDS.has(spelling) && !writtenAsTool(sentence, match.index, match[0].length)) continue;
      found.add(spellings.get(spelling) ?? spelling);
    }
  }
  const seen = new Set<string>();
  const named = skills.filter((_, index) => {
    const key = keys[index]!;
    if (!found.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    named,
    text: named.length
      ? `Your skills it names: ${named.join(', ')} (${named.length} of ${of}).`
      : of === 1
        ? 'It does not name your key skill.'
        : `It names none of your ${of} key skills.`,
  };
}
