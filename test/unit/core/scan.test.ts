// The literal prefilter must never hide a match: for every vocabulary pattern, any text it matches holds
// one of the strings requiredLiterals names, and the scanner marks that text for the pattern's group.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {CHECKLIST} from '../../../src/core/checklist';
import * as detectData from '../../../src/core/detect-data';
import {requiredLiteralSets, requiredLiterals} from '../../../src/core/literals';
import {forgetStrings, readingTogether} from '../../../src/core/memo';
import {LiteralScanner, vocabularies} from '../../../src/core/scan';
import {splitSentences} from '../../../src/core/text';
import {devRows} from '../../support/dev-postings';

/** Every pattern source in the vocabularies, with the flags its reader compiles it with. */
function vocabularySources(): Array<{source: string; flags: string}> {
  const sources: Array<{source: string; flags: string}> = [];
  for (const item of CHECKLIST)
    for (const source of [...item.patterns, ...(item.unless ?? [])]) sources.push({source, flags: 'i'});
  for (const value of Object.values(detectData)) {
    for (const entry of Array.isArray(value) ? value : [value]) {
      if (typeof entry === 'string') sources.push({source: entry, flags: 'i'});
      else if (entry && typeof entry === 'object') {
        const {pattern, acronyms} = entry as {pattern?: string; acronyms?: string};
        if (pattern) sources.push({source: pattern, flags: 'i'});
        if (acronyms) sources.push({source: acronyms, flags: ''});
      }
    }
  }
  return sources;
}

const SOURCES = vocabularySources();
const realSentences = devRows().flatMap((row) => splitSentences(row.description));
// Words of the vocabularies themselves, so that random text often matches.
const WORDS = [...new Set(SOURCES.flatMap(({source}) => source.toLowerCase().match(/[a-z]{2,}/g) ?? []))];

const SCANNER = new LiteralScanner(SOURCES.map(({source}) => [source]));
const COMPILED = SOURCES.map(({source, flags}) => ({
  source,
  pattern: new RegExp(source, flags),
  literals: requiredLiterals(source),
}));

/**
 * The text as the scan reads it: lower case, every character that is not a word character a space, and a
 * space before and after (a literal's space stands for any of those, or for the text's edge). Whether a
 * character is a word character is asked of it as written, and, for the checklist's lower-cased text,
 * lower-cased ("\u212a" is not one, its lower case "k" is).
 */
const scanViews = (text: string) => [
  ` ${text.replace(/\W/g, ' ').toLowerCase()} `,
  ` ${text.toLowerCase().replace(/\W/g, ' ')} `,
];
const scanView = (text: string) => scanViews(text)[0]!;

function assertSound(sentences: readonly string[]): void {
  const candidates = SCANNER.scan(sentences);
  COMPILED.forEach(({source, pattern, literals}, group) => {
    sentences.forEach((sentence, position) => {
      const match = pattern.exec(sentence);
      if (!match) return;
      // The match with the characters either side of it, which a word boundary looks at.
      const around = sentence.slice(Math.max(0, match.index - 1), match.index + match[0].length + 1);
      if (literals)
        expect(
          literals.some((literal) => scanViews(around).some((view) => view.includes(scanView(literal).slice(1, -1)))),
          `${source} on "${match[0]}"`,
        ).toBe(true);
      expect(candidates.may(position, group), `${source} on "${sentence}"`).toBe(true);
    });
  });
}

describe('required literals', () => {
  it('reads what a pattern cannot match without', () => {
    expect(requiredLiterals(String.raw`\bmentor\w*`)).toEqual([' mentor']);
    expect([...(requiredLiterals(String.raw`\b(?:PMP|CAPM)\b`) ?? [])].sort()).toEqual([' capm ', ' pmp ']);
    expect(requiredLiterals(String.raw`(?<!\bon )\bbudget\w*`)).toEqual([' budget']);
    expect([...(requiredLiterals(String.raw`\bcross[- ]?team\w*`) ?? [])].sort()).toEqual([
      ' cross team',
      ' cross-team',
      ' crossteam',
    ]);
    expect([...(requiredLiterals(String.raw`\bfast[- ]paced\b`) ?? [])].sort()).toEqual([
      ' fast paced ',
      ' fast-paced ',
    ]);
  });

  it('reads a word boundary as a space the word cannot do without', () => {
    // A space in a literal stands for any character that is not a word character, or the text's edge.
    expect(requiredLiterals(String.raw`\bship\w*`)).toEqual([' ship']);
    expect(requiredLiterals(String.raw`\w*lead(?!\w)`)).toEqual(['lead ']);
    expect(requiredLiterals(String.raw`(?<!\w)scrum\smaster`)).toEqual([' scrum master']);
    // A boundary between two characters that already differ says nothing more; one beside a
    // non-word character at a literal's edge is dropped rather than guessed.
    expect(requiredLiterals(String.raw`c\+\+\b`)).toEqual(['c++']);
    expect(requiredLiterals(String.raw`\b\.net\b`)).toEqual(['.net ']);
    const scanner = new LiteralScanner([[String.raw`\bship\w*`], [String.raw`\w*lead(?!\w)`]]);
    const candidates = scanner.scan(['Leadership matters', 'Ship it', 'we ship_it', 'team-lead', 'to ship\u00a0now']);
    expect([0, 1, 2, 3, 4].map((position) => candidates.may(position, 0))).toEqual([false, true, true, false, true]);
    expect([0, 1, 2, 3, 4].map((position) => candidates.may(position, 1))).toEqual([false, false, false, true, false]);
  });

  it('takes a whole word over its common stem, which most postings hold ("manage", "management")', () => {
    expect(requiredLiteralSets(String.raw`\bmanag\w+ (?:other )?managers\b`)[0]).toEqual([' managers ']);
    const managerOfManagers = String.raw`\bmanager of managers\b|\bmanag\w+ (?:other )?managers\b`;
    expect(requiredLiterals(managerOfManagers)).toEqual([' managers ']);
    const scanner = new LiteralScanner([[managerOfManagers]]);
    const candidates = scanner.scan(['Manage the program', 'Manages other managers', 'A manager of managers']);
    expect([0, 1, 2].map((position) => candidates.may(position, 0))).toEqual([false, true, true]);
  });

  it('joins a boundary to the words an alternation starts with, where a branch is no fixed string', () => {
    // "telecom\w*" leaves the alternation without its strings: the branches' own then lack the boundary.
    expect([...(requiredLiterals(String.raw`\b(?:cloud|telecom\w*)`) ?? [])].sort()).toEqual([' cloud', ' telecom']);
    expect([...(requiredLiterals(String.raw`\b(?:it|qa|scrum\w*)(?!\w)`) ?? [])].sort()).toEqual([
      ' it',
      ' qa',
      ' scrum',
    ]);
    expect(requiredLiteralSets(String.raw`\b(?:lead\w*|own)\s+(?:\w+ ){0,2}(?:roadmaps?|plans?)\b`)[1]).toEqual([
      ' own',
      ' lead',
    ]);
    // The sets are chosen as without the joined strings: " in " holds more letters than "days" but says less.
    expect(
      requiredLiteralSets(String.raw`\b(?:in|at)\s+(?:the\s+)?(?:\w+ )?(?:office|site)\s+(?:one|two) days`)[0],
    ).toEqual(['one days', 'two days']);
    const scanner = new LiteralScanner([[String.raw`\b(?:cloud|telecom\w*)`]]);
    const candidates = scanner.scan(['Cloud first', 'intelecom', 'a telecoms firm', 'soundcloud', 'x_cloud']);
    expect([0, 1, 2, 3, 4].map((position) => candidates.may(position, 0))).toEqual([true, false, true, false, false]);
  });

  it('names each set a match needs on its own, requiredLiterals first', () => {
    const source = String.raw`\b(?:develop|grow)\b (?:and \w+ )?(?:[\w/&'-]+,? ){0,2}(?:staff|people)\b`;
    const sets = requiredLiteralSets(source).map((set) => [...set].sort());
    expect(sets[0]).toEqual([...(requiredLiterals(source) ?? [])].sort());
    expect(sets).toHaveLength(2);
    expect(sets).toContainEqual([' develop ', ' grow ']);
    expect(sets).toContainEqual(['people ', 'staff ']);
    // An alternation at the top needs one branch or another: each set is a union of one set per branch.
    const either = String.raw`\bplan\w* (?:\w+ ){0,3}budgets?|\bmentor`;
    expect(requiredLiteralSets(either).map((set) => [...set].sort())).toEqual([
      [' mentor', 'budget'],
      [' mentor', ' plan'],
    ]);
    const scanner = new LiteralScanner([[either]]);
    const candidates = scanner.scan(['Plan the budget', 'Mentor juniors', 'Plan the trip', 'Set the budget']);
    expect([0, 1, 2, 3].map((position) => candidates.may(position, 0))).toEqual([true, true, false, false]);
    // A short word is a set of its own once its boundaries are counted, as the scan reads it (" vp ").
    expect(requiredLiteralSets(String.raw`\breport\w*[^;]{0,40}\b(?:vps?|executives?)\b`)).toEqual([
      [' report'],
      [' vp ', ' vps ', ' executive ', ' executives '],
    ]);
    expect(requiredLiteralSets(String.raw`\d{1,2}\+?`)).toEqual([]);
  });

  it('never rules out a text a pattern matches when it asks for every set', () => {
    const scanner = new LiteralScanner([[String.raw`\b(?:lead|led)\b (?:\w+ ){0,3}(?:teams?|staff)\b`]]);
    const candidates = scanner.scan(['LED the TEAM', 'led the way', 'our team leadership']);
    expect([0, 1, 2].map((position) => candidates.may(position, 0))).toEqual([true, false, false]);
  });

  it('says nothing rather than guess', () => {
    expect(requiredLiterals(String.raw`\d+\s*years?`)).toEqual(['year']);
    expect(requiredLiterals(String.raw`\d{1,2}\+?`)).toBeNull();
    expect(requiredLiterals(String.raw`(?:\w+ ){0,3}`)).toBeNull();
    expect(requiredLiterals('(unclosed')).toBeNull();
    expect(requiredLiterals(String.raw`[^.]{0,40}`)).toBeNull();
  });
});

describe('the scan of every vocabulary', () => {
  it('keeps every further set of every group, past the 512 bits a 64-byte row held', () => {
    // 600 groups that each need two words: 1,200 bits. The last group's row bits come after every other's.
    const groups = Array.from({length: 600}, (_, index) => [String.raw`\balpha${index} \w+ beta${index}\b`]);
    const scanner = new LiteralScanner(groups);
    expect(scanner.rowWords).toBeGreaterThan(16);
    const candidates = scanner.scan([
      'alpha599 and beta599',
      'alpha599 and beta0',
      'beta599 and alpha0',
      'alpha0 or beta0',
    ]);
    expect([0, 1, 2, 3].map((sentence) => candidates.may(sentence, 599))).toEqual([true, false, false, false]);
    expect([0, 1, 2, 3].map((sentence) => candidates.may(sentence, 0))).toEqual([false, false, false, true]);
    expect(candidates.list(590, 10).groups).toEqual([599]);
  });

  it('gives a re-read sentences array the rows of the sentences it shares with the last, each in its own place', () => {
    const scanner = new LiteralScanner([[String.raw`\blead\b`], [String.raw`\brisks?\b`], [String.raw`\bprograms?\b`]]);
    const row = (candidates: ReturnType<LiteralScanner['scan']>, sentence: number) =>
      [0, 1, 2].filter((group) => candidates.may(sentence, group));
    const first = scanner.scan(['You lead.', 'Plain words.', 'Track risks.']);
    expect([0, 1, 2].map((sentence) => row(first, sentence))).toEqual([[0], [], [1]]);
    // A line added and one changed in the middle, as a keystroke does: the ends keep their rows where they now stand.
    const edited = scanner.scan(['You lead.', 'Run the program.', 'Plain word.', 'Track risks.']);
    expect([0, 1, 2, 3].map((sentence) => row(edited, sentence))).toEqual([[0], [2], [], [1]]);
    // A text asked about out of order is found among the sentences; another one is scanned on its own.
    expect(scanner.holds('Track risks.', 1)).toBe(true);
    expect(scanner.holds('You lead.', 1)).toBe(false);
    expect(scanner.holds('A program of its own.', 2)).toBe(true);
  });

  it('keeps the scan of every array of postings read together, and of the last few of postings read one by one', () => {
    const scanner = new LiteralScanner([[String.raw`\blead\b`]]);
    const arrays = Array.from({length: 10}, (_, index) => [`Posting ${index}: you lead.`]);
    const first = readingTogether(true, () => arrays.map((sentences) => scanner.scan(sentences)));
    // analyzeMany's next reader asks for every posting's scan again: each is still known.
    readingTogether(true, () =>
      arrays.forEach((sentences, index) => expect(scanner.scan(sentences)).toBe(first[index])),
    );
    forgetStrings();
    const alone = arrays.map((sentences) => scanner.scan(sentences));
    expect(scanner.scan(arrays[0]!)).not.toBe(alone[0]);
    expect(scanner.scan(arrays[9]!)).toBe(alone[9]);
    expect(alone.every((candidates) => candidates.may(0, 0))).toBe(true);
  });
});

describe('the scan never hides a match', {timeout: 120_000}, () => {
  it.skipIf(realSentences.length === 0)('on every sentence of the dev postings', () => {
    assertSound(realSentences);
  });

  it.skipIf(realSentences.length === 0)('for every reader on the shared scan, on every dev sentence', () => {
    // One analysis registers every reader's groups (some compile on first use).
    analyze({title: 'Technical Program Manager', company: '', location: '', salaryText: '', description: 'Plan it.'});
    const groups = vocabularies.groups();
    expect(groups.flat()).toContain(
      String.raw`sponsor|visa|h-?1-?b|\bgc\b|green card|(?:permanent|legal|lawful) residen|immigration|\bopt\b|\bcpt\b`,
    );
    const candidates = vocabularies.scan(realSentences);
    groups.forEach((sources, group) => {
      // Case-insensitive: its matches include those of the pattern as its reader compiles it.
      const patterns = sources.map((source) => new RegExp(source, 'i'));
      realSentences.forEach((sentence, position) => {
        if (patterns.some((pattern) => pattern.test(sentence)))
          expect(candidates.may(position, group), `${sources.join(' | ')} on "${sentence}"`).toBe(true);
      });
    });
  });

  it('on random text made of the vocabularies own words, any case, with odd characters', () => {
    const word = fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(
        ...['-', ',', '/', "'", '.', ';', '(', ')', '+', '#', '_', '7', '\n', '\u00a0'],
        ...['\u212a', '\u0130', '\u00e9', '\u2019'],
      ),
    );
    const cased = fc
      .tuple(word, fc.constantFrom('lower', 'upper', 'title'))
      .map(([text, casing]) =>
        casing === 'upper'
          ? text.toUpperCase()
          : casing === 'title'
            ? text.charAt(0).toUpperCase() + text.slice(1)
            : text,
      );
    const sentence = fc
      .array(fc.tuple(cased, fc.constantFrom(' ', '', '  ', '-')), {minLength: 1, maxLength: 14})
      .map((parts) => parts.map(([text, gap]) => text + gap).join(''));
    fc.assert(
      fc.property(fc.array(sentence, {minLength: 1, maxLength: 8}), (sentences) => assertSound(sentences)),
      {numRuns: 100},
    );
  });

  it('lists per sentence the groups of a range that may match, as may() answers them one by one', () => {
    const candidates = SCANNER.scan(realSentences.length ? realSentences : ['lead the team', 'mentor others']);
    const sentences = realSentences.length || 2;
    // Ranges that start and end inside a 32-group word and span several.
    for (const [first, count] of [
      [0, SOURCES.length],
      [5, 40],
      [33, 3],
      [31, 70],
    ] as const) {
      const {offsets, groups} = candidates.list(first, count);
      for (let position = 0; position < sentences; position++) {
        const expected: number[] = [];
        for (let group = first; group < first + count; group++)
          if (candidates.may(position, group)) expected.push(group);
        expect(groups.slice(offsets[position], offsets[position + 1])).toEqual(expected);
      }
    }
  });

  it('finds a string of one non-word character in every text, as the space read before it', () => {
    const scanner = new LiteralScanner([[String.raw`remote|#`], [String.raw`\bship`], ['#|\\+']]);
    const sentences = ['', 'ship', 'nothing here', 'c# and c++', '\u212aelvin'];
    const candidates = scanner.scan(sentences);
    expect(sentences.map((_, position) => candidates.may(position, 0))).toEqual([true, true, true, true, true]);
    expect(sentences.map((_, position) => candidates.may(position, 1))).toEqual([false, true, false, false, true]);
    expect(sentences.map((_, position) => candidates.may(position, 2))).toEqual([true, true, true, true, true]);
    expect([...candidates.list(0, 3).groups]).toEqual([0, 2, 0, 1, 2, 0, 2, 0, 2, 0, 1, 2]);
  });

  it('lets any group match where a character whose lower case is ASCII stands', () => {
    // "\u212a" (Kelvin sign) lower-cases to "k": the checklist's lower-cased "kubernetes" matches it. As
    // written it is no word character, so "\bjira" matches "\u212ajira" as written but not lower-cased.
    const scanner = new LiteralScanner([['kubernetes'], [String.raw`\bjira`], ['ci/cd']]);
    const candidates = scanner.scan(['\u212aUBERNETES at scale', '\u212aJIRA', 'C\u0130/CD', 'KJIRA']);
    expect(candidates.may(0, 0)).toBe(true);
    expect(candidates.may(1, 1)).toBe(true);
    expect(candidates.may(2, 2)).toBe(true);
    expect(candidates.may(3, 1)).toBe(false);
    // A pattern's own non-ASCII letters are never part of a literal: the rest of the word still is.
    expect(requiredLiterals('pipel\u0130ne')).toEqual(['pipel']);
  });
});
