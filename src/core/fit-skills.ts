// The profile's key skills the posting names. Said beside the fit, never in its score: a posting's tools are
// rarely all requirements, and the reader decides what an overlap is worth.
import type {Fit} from './types';
import {escapeRegExp} from './regex-source';
import {normalizeText} from './normalize';

export type SkillsNamed = NonNullable<Fit['skills']>;

/** Compiled per skills list: one pass over the text finds them all. */
let last: {skills: readonly string[]; pattern: RegExp | null; keys: string[]; distinct: number} | null = null;

/**
 * Skills that are also everyday words ("go", "excel", "teams"): named only where the posting writes them as a
 * tool's name is written, with a capital ("Go", "Excel", "Microsoft Teams"), never "go live" or "excel at".
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

/** A skill as it is matched: normalised, lower case, inner spaces one ("Microsoft  Project" = "microsoft project"). */
const keyOf = (skill: string) => normalizeText(skill).toLowerCase().replace(/\s+/g, ' ').trim();

function compiled(skills: readonly string[]) {
  if (last?.skills === skills) return last;
  const keys = skills.map(keyOf);
  const unique = [...new Set(keys.filter(Boolean))];
  const alternatives = unique
    // Longest first: "Google Cloud Platform" before "Google Cloud".
    .sort((a, b) => b.length - a.length)
    .map((key) => escapeRegExp(key).replace(/ /g, '\\s+'));
  // A skill stands as a word of its own: "Go" not in "good", "C" not in "C++", "C-suite" or "R&D", "Node" not in
  // "Node.js", "SQL" in "SQL,".
  const pattern = alternatives.length
    ? new RegExp(`(?<![\\w+#.&-])(?:${alternatives.join('|')})(?![\\w+#&]|[.-]\\w)`, 'gi')
    : null;
  last = {skills, pattern, keys, distinct: unique.length};
  return last;
}

/** The profile's skills the text names, as the profile writes them and in its order; null without skills. */
export function skillsNamed(skills: readonly string[], sentences: readonly string[]): SkillsNamed | null {
  const {pattern, keys, distinct: of} = compiled(skills);
  if (!pattern) return null;
  const found = new Set<string>();
  for (const sentence of sentences) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
      const key = match[0].toLowerCase().replace(/\s+/g, ' ');
      if (EVERYDAY_WORDS.has(key) && match[0][0] === key[0]) continue;
      found.add(key);
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
