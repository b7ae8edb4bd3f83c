import {
  AMBIGUOUS_ACRONYMS_TEXT,
  EXCLUDED_TITLES,
  NON_TECH_TEXT,
  OTHER_ROLE_TEXT,
  PM_ROLE_TITLE,
  PM_ROLE_TITLE_CASE_SENSITIVE,
  PM_WORK_TEXT,
  STRONG_TECH_TITLE,
  TECH_PM_TITLE,
  TECH_TEXT_STRONG,
  TECH_TITLE,
  TECH_TITLE_CASE_SENSITIVE,
  TOOL_SOFTWARE_TEXT,
  OTHER_TPM,
  TPM_TITLE,
} from './detect-data';
import {isNotice} from './boilerplate';
import {PerSentence} from './memo';
import {cheaperBoundaries} from './regex-source';
import {requiredLiteralSets} from './literals';
import {vocabularies, type Candidates} from './scan';
import type {Detection} from './types';

export type TitleKind = 'tpm' | 'tech-pm' | 'pm' | 'excluded' | 'other';

export interface TitleReading {
  kind: TitleKind;
  technical: boolean;
  reason: string;
}

/** What the text says, counted in evidence points: distinct terms per sentence, at most 3 each. */
export interface TextSignals {
  /** Sentences that describe running projects (plans, schedules, milestones, delivery). */
  pmWork: number;
  technical: number;
  /** The technical terms met most often, for the reasons shown to the user. */
  technicalTerms: string[];
  nonTechnical: Array<{domain: string; count: number; terms: string[]}>;
  otherRole: Array<{role: string; count: number}>;
}

/** A text pattern with its group in the scanner: it runs only on sentences the scan says it may match. */
interface TextPattern {
  pattern: RegExp;
  group: number;
  /**
   * A technical pattern naming ambiguous acronyms (AMBIGUOUS_LOWERCASE) among its words: the group of
   * the same pattern without them. After the blanking such an acronym stands only in capitals, so the
   * pattern may match only where this group may, or where a capitalised acronym stands and its own group may.
   */
  rest?: number;
}

/**
 * What a group of the text patterns is read for: readSentence goes through the groups the scan found
 * in a sentence rather than through every pattern. The groups of the technical patterns (and of their
 * rests) only say that technicalTerms is to run.
 */
interface GroupUse {
  kind: 'pmWork' | 'technical' | 'nonTech' | 'otherRole';
  pattern: RegExp;
  /** The domain's or role's number, in the vocabulary's order; the domain's or role's name. */
  index: number;
  name: string;
}

interface Compiled {
  tpmTitle: RegExp[];
  otherTpm: RegExp;
  techPmTitle: RegExp[];
  pmRoleTitle: RegExp[];
  techTitle: RegExp[];
  strongTechTitle: RegExp[];
  excluded: Array<{pattern: RegExp; reason: (role: string) => string; unlessTechnical: boolean; unlessPmRole: boolean}>;
  pmWork: TextPattern[];
  tech: TextPattern[];
  techCase: RegExp;
  nonTech: Array<{domain: string; patterns: TextPattern[]}>;
  otherRole: Array<{role: string; pattern: TextPattern}>;
  /** The scan's number of the first text pattern (groups are numbered from it). */
  firstGroup: number;
  /** Per group of the text patterns, from firstGroup, what it is read for. */
  uses: GroupUse[];
  /** See blankingKeepsScan. */
  blankingKeepsScan: boolean;
}

let compiled: Compiled | undefined;
const re = (source: string, flags?: string) => new RegExp(cheaperBoundaries(source), flags);

const article = (word: string) => (/^(?:[aeio]|HR\b)/i.test(word) ? 'an' : 'a');

function compile(): Compiled {
  if (compiled) return compiled;
  const groups: string[][] = [];
  const text = (source: string, flags: string): TextPattern => {
    const pattern = re(source, flags);
    groups.push([pattern.source]);
    return {pattern, group: groups.length - 1};
  };
  compiled = {
    tpmTitle: TPM_TITLE.map((source) => re(source, 'i')),
    otherTpm: re(OTHER_TPM, 'i'),
    techPmTitle: TECH_PM_TITLE.map((source) => re(source, 'i')),
    pmRoleTitle: [re(PM_ROLE_TITLE, 'i'), re(PM_ROLE_TITLE_CASE_SENSITIVE)],
    techTitle: [re(TECH_TITLE, 'i'), re(TECH_TITLE_CASE_SENSITIVE)],
    strongTechTitle: [re(STRONG_TECH_TITLE, 'i'), re(TECH_TITLE_CASE_SENSITIVE)],
    excluded: EXCLUDED_TITLES.map((entry) => ({
      pattern: re(entry.pattern, 'i'),
      reason: (role: string) =>
        'reason' in entry ? entry.reason : `Title names ${article(entry.area)} ${entry.area} ${role}`,
      unlessTechnical: entry.unlessTechnical ?? false,
      unlessPmRole: entry.unlessPmRole ?? false,
    })),
    pmWork: PM_WORK_TEXT.map((source) => text(source, 'i')),
    tech: TECH_TEXT_STRONG.map((source) => text(source, 'gi')),
    techCase: re(String.raw`\b(?:IT|QA|SAP|ERP|SQL|APIs?|AWS|GCP|SaaS|CRM)\b`),
    nonTech: NON_TECH_TEXT.map(({domain, pattern, acronyms}) => ({
      domain,
      patterns: [text(pattern, 'gi'), ...(acronyms ? [text(acronyms, 'g')] : [])],
    })),
    otherRole: OTHER_ROLE_TEXT.map(({role, pattern}) => ({role, pattern: text(pattern, 'i')})),
    firstGroup: -1,
    uses: [],
    blankingKeepsScan: false,
  };
  // After every text pattern, so that the technical ones keep consecutive groups (see mayTech).
  const gated: string[] = [];
  for (const pattern of compiled.tech) {
    const rest = withoutAlternatives(pattern.pattern.source, AMBIGUOUS_WORDS);
    if (rest === null) continue;
    pattern.rest = groups.push([rest]) - 1;
    gated.push(rest);
  }
  compiled.blankingKeepsScan = blankingKeepsScan([...compiled.tech.map(({pattern}) => pattern.source), ...gated]);
  compiled.firstGroup = vocabularies.add(groups);
  const use = (kind: GroupUse['kind'], pattern: TextPattern, index = -1, name = '') => {
    compiled!.uses[pattern.group] = {kind, pattern: pattern.pattern, index, name};
    if (pattern.rest !== undefined) compiled!.uses[pattern.rest] = {kind, pattern: pattern.pattern, index, name};
  };
  for (const pattern of compiled.pmWork) use('pmWork', pattern);
  for (const pattern of compiled.tech) use('technical', pattern);
  compiled.nonTech.forEach(({domain, patterns}, index) => {
    for (const pattern of patterns) use('nonTech', pattern, index, domain);
  });
  compiled.otherRole.forEach(({role, pattern}, index) => use('otherRole', pattern, index, role));
  return compiled;
}

const AMBIGUOUS_LOWERCASE = new RegExp(AMBIGUOUS_ACRONYMS_TEXT, 'gi');
const TOOL_SOFTWARE = new RegExp(TOOL_SOFTWARE_TEXT, 'gi');
const MAX_POINTS_PER_SENTENCE = 3;
const NON_TECH_WEIGHT = 1.5;
const OTHER_ROLE_STEP = 0.08;

/** `may(group)`: whether the scan found what the group's pattern cannot match without. */
type May = (group: number) => boolean;
const anywhere: May = () => true;

/**
 * Adds the distinct terms a global pattern finds in the sentence to `terms` (made on the first: most
 * sentences name none), up to 3: the terms kept are the first 3 found, so the search stops there.
 */
function addTerms(sentence: string, pattern: RegExp, terms: Set<string> | null): Set<string> | null {
  // exec on the compiled pattern itself: matchAll would copy it on every call.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    (terms ??= new Set()).add(match[0]);
    if (terms.size >= MAX_POINTS_PER_SENTENCE) break;
    if (match[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return terms;
}

/** Distinct terms the patterns find in one sentence, at most 3 so one run-on sentence cannot dominate. */
function termsIn(sentence: string, patterns: readonly TextPattern[], may: May): readonly string[] {
  let terms: Set<string> | null = null;
  for (const {pattern, group} of patterns) {
    if (!may(group)) continue;
    terms = addTerms(sentence, pattern, terms);
    if (terms && terms.size >= MAX_POINTS_PER_SENTENCE) break;
  }
  return terms ? [...terms] : NONE;
}
const NONE: readonly string[] = Object.freeze([]);
const NO_DOMAINS: SentenceSignals['nonTech'] = Object.freeze([]);

/**
 * The two blanking patterns above run only where the scan found what they cannot match without: for a
 * sentence of the posting the scan's bit says (`scanned`), for a text changed since, a look-up.
 */
const MAY_NAME_AMBIGUOUS = vocabularies.gate(AMBIGUOUS_LOWERCASE);
/** The ambiguous acronyms that the blanking keeps: those written in capitals. */
const AMBIGUOUS_CAPITALS = new RegExp(
  AMBIGUOUS_LOWERCASE.source.replace(/\\.|[a-z]+/g, (part) => (part[0] === '\\' ? part : part.toUpperCase())),
);
const AMBIGUOUS_WORDS = new Set(leadingAlternatives(AMBIGUOUS_LOWERCASE.source)?.alternatives);
const BLANKING_GROUPS = vocabularies.add([[TOOL_SOFTWARE.source], [AMBIGUOUS_LOWERCASE.source]]);

/**
 * The alternatives of the group a pattern opens with (`\b(?:a|b|c)` and what follows it, the tail);
 * null for any other shape.
 */
function leadingAlternatives(source: string): {alternatives: string[]; tail: string} | null {
  const head = String.raw`\b(?:`;
  if (!source.startsWith(head)) return null;
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = head.length;
  for (let at = head.length; at < source.length; at++) {
    const char = source[at];
    if (char === '\\') at++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
    else if ((char === '|' || char === ')') && depth === 0) {
      alternatives.push(source.slice(start, at));
      start = at + 1;
      if (char === ')') return {alternatives, tail: source.slice(at + 1)};
    }
  }
  return null;
}

/** A tail that lets no word character follow: an alternative before it matched a whole word. */
const WORD_ENDS = /^(?:\\b|\(\?!\\w\)| |\\s)/;

/**
 * The pattern without the alternatives `drop` names (in any case) in the group it opens with, when what
 * follows that group ends the word; null when it names none of them.
 */
function withoutAlternatives(source: string, drop: ReadonlySet<string>): string | null {
  const leading = leadingAlternatives(source);
  if (!leading || !WORD_ENDS.test(leading.tail)) return null;
  const kept = leading.alternatives.filter((alternative) => !drop.has(alternative.toLowerCase()));
  if (kept.length === leading.alternatives.length || kept.length === 0) return null;
  return String.raw`\b(?:${kept.join('|')})${leading.tail}`;
}

/**
 * Whether the scan's answers for the sentence as written still hold once words are blanked out. The
 * blanking patterns replace a run that starts and ends with a word character, between word boundaries,
 * by one space, so the characters either side of that space are not word characters. A match of a
 * pattern holds one of its strings, each character as written except a space, which stands for any
 * non-word character (literals.ts): only at a space of the string can the match take the space put in,
 * and only if that space has no word character on either side in the string. ("&" in " verification &
 * validation" is the match's own "&", never a space put in, though the scan reads it as one.)
 * Without such strings, what a technical pattern needs in the blanked text was in the sentence.
 */
function blankingKeepsScan(sources: readonly string[]): boolean {
  const isWord = (char: string | undefined) => char !== undefined && /\w/.test(char);
  return sources.every((source) =>
    requiredLiteralSets(source).every((set) =>
      set.every((literal) =>
        [...literal].every((char, at) => char !== ' ' || isWord(literal[at - 1]) || isWord(literal[at + 1])),
      ),
    ),
  );
}

/** Per group of the text patterns, whether it may match the sentence being read (readSentence sets it). */
let mayFlags = new Uint8Array(0);
const mayNow: May = (group) => mayFlags[group] === 1;

/** Per technical pattern, whether it may match the sentence being read (technicalTerms sets it). */
let techMay = new Uint8Array(0);
const mayTech: May = (group) => techMay[group - compiled!.tech[0]!.group] === 1;

/** Fills techMay for the sentence; false when no technical pattern may match it. */
function gateTech(sentence: string, tech: readonly TextPattern[], may: May, scanned: May): boolean {
  if (techMay.length !== tech.length) techMay = new Uint8Array(tech.length);
  let any = false;
  let capitals: boolean | undefined;
  for (let index = 0; index < tech.length; index++) {
    const {group, rest} = tech[index]!;
    // A capitalised acronym, the one way for the pattern to match where its rest cannot, needs what the
    // whole group needs: where the scan rules that out, no capitals are looked for. Nor where it found no
    // acronym in any case (the whole group's strings hold "it" within words: "with", "quality").
    const gate =
      rest === undefined
        ? may(group)
        : may(rest) || (may(group) && (capitals ??= scanned(BLANKING_GROUPS + 1) && AMBIGUOUS_CAPITALS.test(sentence)));
    techMay[index] = gate ? 1 : 0;
    any ||= gate;
  }
  return any;
}

function technicalTerms(sentence: string, patterns: Compiled, may: May, scanned: May): readonly string[] {
  // Blanking only removes text: where the scan rules out every technical pattern, none can match after it.
  if (patterns.blankingKeepsScan && !gateTech(sentence, patterns.tech, may, scanned)) return NONE;
  const withoutTools = scanned(BLANKING_GROUPS) ? sentence.replace(TOOL_SOFTWARE, ' ') : sentence;
  const mayBeAmbiguous = withoutTools === sentence ? scanned(BLANKING_GROUPS + 1) : MAY_NAME_AMBIGUOUS(withoutTools);
  const withoutAmbiguous = mayBeAmbiguous
    ? withoutTools.replace(AMBIGUOUS_LOWERCASE, (word) => (word === word.toUpperCase() ? word : ' '))
    : withoutTools;
  return termsIn(
    withoutAmbiguous,
    patterns.tech,
    patterns.blankingKeepsScan ? mayTech : withoutAmbiguous === sentence ? may : anywhere,
  );
}

/** Tallies terms case-insensitively but remembers how the posting first wrote each one. */
class TermTally {
  private readonly counts = new Map<string, {shown: string; count: number}>();
  total = 0;

  add(terms: readonly string[]): void {
    for (const term of terms) {
      const key = term.toLowerCase();
      const entry = this.counts.get(key);
      if (entry) entry.count++;
      else this.counts.set(key, {shown: term, count: 1});
    }
    this.total += terms.length;
  }

  top(n: number): string[] {
    return [...this.counts.values()]
      .sort((a, b) => b.count - a.count)
      .slice(0, n)
      .map((entry) => entry.shown);
  }
}

/** "IT" only in capitals means information technology ("IT Project Manager", not "make it"). */
const spellOutIT = (title: string) => title.replace(/\bIT\b/g, 'information technology');

/** Whether any of the patterns matches: a loop rather than a closure made on every call. */
function anyMatches(patterns: readonly RegExp[], text: string): boolean {
  for (const pattern of patterns) if (pattern.test(text)) return true;
  return false;
}

/** What the title alone says (the card-level verdict in card.ts reads only this). */
export function readTitle(shownTitle: string): TitleReading {
  const patterns = compile();
  const shown = shownTitle.trim() || '(no title)';
  const title = spellOutIT(shownTitle);
  // Where the title names another TPM ("Trade Promotion Manager (TPM)"), the letters are its.
  const spelled = patterns.otherTpm.test(title) ? title.replace(/\bTPg?M\b/gi, ' ') : title;
  if (anyMatches(patterns.tpmTitle, spelled)) {
    return {kind: 'tpm', technical: true, reason: `Title: ${shown}`};
  }
  const strongTech = anyMatches(patterns.strongTechTitle, title);
  const pmRole = anyMatches(patterns.pmRoleTitle, title);
  const excluded = patterns.excluded.find(
    ({pattern, unlessTechnical, unlessPmRole}) =>
      pattern.test(title) && !(unlessTechnical && strongTech) && !(unlessPmRole && pmRole),
  );
  if (excluded) {
    const role = !pmRole ? 'role' : /\bprogram/i.test(title) ? 'program manager' : 'project manager';
    return {kind: 'excluded', technical: false, reason: excluded.reason(role)};
  }
  if (anyMatches(patterns.techPmTitle, title)) {
    return {kind: 'tech-pm', technical: true, reason: `Title: ${shown} (technical domain)`};
  }
  if (pmRole) {
    const technical = anyMatches(patterns.techTitle, title);
    return {
      kind: 'pm',
      technical,
      reason: technical ? `Title: ${shown} (mentions a technical area)` : `Title: ${shown} (generic; the text decides)`,
    };
  }
  return {kind: 'other', technical: false, reason: 'Title does not name a project or program manager'};
}

/** What one sentence says; remembered, so that re-reading a draft after a keystroke is cheap. */
interface SentenceSignals {
  pmWork: boolean;
  technical: readonly string[];
  nonTech: ReadonlyArray<{domain: string; terms: readonly string[]}>;
  otherRoles: readonly string[];
}

const remembered = new PerSentence<SentenceSignals>();
const SAYS_NOTHING: SentenceSignals = Object.freeze({
  pmWork: false,
  technical: NONE,
  nonTech: NO_DOMAINS,
  otherRoles: NONE,
});

/**
 * `groups[from]` to `groups[to]`: the groups the scan says may match the sentence, ascending (by the
 * scan's numbers); `scanned`: the scan's look-up for the sentence.
 */
function readSentence(
  sentence: string,
  patterns: Compiled,
  groups: readonly number[],
  from: number,
  to: number,
  scanned: May,
): SentenceSignals {
  const {uses, firstGroup} = patterns;
  let pmWork = false;
  // Without blankingKeepsScan a technical pattern may match the blanked text wherever.
  let mayBeTechnical = !patterns.blankingKeepsScan;
  let nonTech: Array<{domain: string; terms: readonly string[]}> | null = null;
  // The domain being read (its patterns have consecutive groups) and its terms so far.
  let domain: GroupUse | null = null;
  let terms: Set<string> | null = null;
  let otherRoles: string[] | null = null;
  for (let at = from; at < to; at++) {
    const group = groups[at]! - firstGroup;
    const use = uses[group]!;
    mayFlags[group] = 1;
    switch (use.kind) {
      case 'pmWork':
        pmWork ||= use.pattern.test(sentence);
        break;
      case 'technical':
        mayBeTechnical = true;
        break;
      case 'nonTech':
        if (use.index !== domain?.index) {
          if (terms) (nonTech ??= []).push({domain: domain!.name, terms: [...terms]});
          domain = use;
          terms = null;
        }
        if (!terms || terms.size < MAX_POINTS_PER_SENTENCE) terms = addTerms(sentence, use.pattern, terms);
        break;
      case 'otherRole':
        if (use.pattern.test(sentence)) (otherRoles ??= []).push(use.name);
        break;
    }
  }
  if (terms) (nonTech ??= []).push({domain: domain!.name, terms: [...terms]});
  const technical = mayBeTechnical ? technicalTerms(sentence, patterns, mayNow, scanned) : NONE;
  for (let at = from; at < to; at++) mayFlags[groups[at]! - firstGroup] = 0;
  // Most sentences say none of it: they share one answer.
  return pmWork || technical !== NONE || nonTech || otherRoles
    ? {pmWork, technical, nonTech: nonTech ?? NO_DOMAINS, otherRoles: otherRoles ?? NONE}
    : SAYS_NOTHING;
}

const byCount = (a: {count: number}, b: {count: number}) => b.count - a.count;

/** Evidence in the text for project work, a technical domain, and domains the spec excludes. */
export function readText(sentences: readonly string[]): TextSignals {
  const patterns = compile();
  let pmWork = 0;
  const technical = new TermTally();
  const nonTech = new Map<string, TermTally>();
  const otherRole = new Map<string, number>();
  const candidates: Candidates = vocabularies.scan(sentences);
  const {firstGroup, uses} = patterns;
  // Per sentence, the groups that may match it, read from the scan's bits once for the whole posting.
  const {offsets, groups} = candidates.list(firstGroup, uses.length);
  const known = remembered.of(sentences);
  if (mayFlags.length !== uses.length) mayFlags = new Uint8Array(uses.length);
  // One look-up for every sentence: readSentence reads it before the position moves on.
  let position = 0;
  const scanned: May = (group) => candidates.may(position, group);
  for (; position < sentences.length; position++) {
    const from = offsets[position]!;
    const to = offsets[position + 1]!;
    // Where the scan rules out every pattern, none can match (nor after blanking: see technicalTerms).
    if (from === to && patterns.blankingKeepsScan) continue;
    const sentence = sentences[position]!;
    const signals = (known[position] ??= readSentence(sentence, patterns, groups, from, to, scanned));
    if (signals === SAYS_NOTHING) continue;
    if (signals.pmWork) pmWork++;
    if (signals.technical.length > 0) technical.add(signals.technical);
    // The employer describing itself names the industry it serves ("powering understanding in healthcare"),
    // not what the job is about.
    if (signals.nonTech.length > 0 && !isNotice(sentence))
      for (const {domain, terms} of signals.nonTech) {
        const tally = nonTech.get(domain) ?? new TermTally();
        tally.add(terms);
        nonTech.set(domain, tally);
      }
    for (const role of signals.otherRoles) otherRole.set(role, (otherRole.get(role) ?? 0) + 1);
  }
  return {
    pmWork,
    technical: technical.total,
    technicalTerms: technical.top(3),
    nonTechnical: [...nonTech]
      .map(([domain, tally]) => ({domain, count: tally.total, terms: tally.top(3)}))
      .sort(byCount),
    otherRole: [...otherRole].map(([role, count]) => ({role, count})).sort(byCount),
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** Compiles the detection patterns ahead of use (see prepareChecklistMatchers in match.ts). */
export function prepareDetection(): void {
  const sample = [
    'Plan and track the IT project schedule with construction and marketing teams.',
    'Plan the IT project with marketing teams \u2026',
  ];
  detectTechnicalProjectManager('Technical Program Manager', sample);
  detectTechnicalProjectManager('Technical Program Manager', sample);
}

/** Is this a technical project/program manager posting? Decided from the title and the text together. */
export function detectTechnicalProjectManager(title: string, sentences: readonly string[]): Detection {
  const reading = readTitle(title);
  const text = readText(sentences);
  const reasons = [reading.reason];
  const topNonTech = text.nonTechnical[0];
  const nonTechPoints = topNonTech?.count ?? 0;

  if (text.pmWork > 0) reasons.push(`Text: plans, tracks or delivers projects (${plural(text.pmWork, 'sentence')})`);
  if (text.technical > 0)
    reasons.push(
      `Text: technical terms such as ${text.technicalTerms.join(', ')} (${plural(text.technical, 'mention')})`,
    );
  else reasons.push('Text: no technical terms (software, IT, systems, cloud, data...)');
  if (topNonTech && nonTechPoints >= 2)
    reasons.push(
      `Text: ${topNonTech.domain} terms such as ${topNonTech.terms.join(', ')} (${plural(nonTechPoints, 'mention')})`,
    );
  for (const {role, count} of text.otherRole)
    if (count >= 2) reasons.push(`Text: ${role} duties (${plural(count, 'sentence')})`);

  // How much more the text speaks of technical work than of the strongest excluded domain, in [-1, 1].
  // Excluded-domain words weigh more: they name what the job is about ("campaign", "subcontractors"),
  // while technical words also describe the employer's products in any posting of a tech company.
  const weighedNonTech = NON_TECH_WEIGHT * nonTechPoints;
  const balance = Math.max(-1, (text.technical - weighedNonTech) / Math.max(6, text.technical + nonTechPoints));
  const projectWork = Math.min(text.pmWork, 5) / 5;
  // Repeated product- or people-management duties suggest the other roles the spec sets apart.
  const otherRolePenalty = text.otherRole.reduce(
    (sum, {count}) => sum + OTHER_ROLE_STEP * Math.min(Math.max(count - 1, 0), 3),
    0,
  );

  let score: number;
  switch (reading.kind) {
    // A named technical role stands unless the text is mostly about an excluded domain.
    case 'tpm':
      score = 0.75 + 0.15 * projectWork + 0.1 * Math.max(balance, 0) + 0.7 * Math.min(balance, 0);
      break;
    case 'tech-pm':
      score = 0.6 + 0.15 * projectWork + 0.15 * Math.max(balance, 0) + 0.8 * Math.min(balance, 0);
      break;
    case 'pm':
      score = 0.25 + (reading.technical ? 0.15 : 0) + 0.2 * projectWork + 0.45 * balance;
      break;
    case 'excluded':
      score = 0.1 + 0.05 * Math.max(balance, 0);
      break;
    case 'other':
      score = 0.05 + 0.1 * projectWork * Math.max(balance, 0);
      break;
  }
  if (reading.kind !== 'excluded' && reading.kind !== 'other') score -= otherRolePenalty;
  score = Math.round(clamp(score) * 100) / 100;
  return {isTechnicalProjectManager: score >= 0.5, score, reasons};
}
