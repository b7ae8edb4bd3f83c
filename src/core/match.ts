import {inBoilerplateSection, isNotice} from './boilerplate';
import {CHECKLIST, type ChecklistItem} from './checklist';
import {CHECKLIST_IDS, REQUIREMENT_IDS, type ChecklistId} from './ids';
import {cheaperBoundaries, lowerSource} from './regex-source';
import {matchesOf} from './matches';
import {StringMemo} from './memo';
import {vocabularies} from './scan';
import type {ChecklistMatch} from './types';

const MAX_EVIDENCE = 3;

/** Items read from phrases; analyze takes degree, years and certifications from the requirement readers. */
export const PHRASE_IDS: readonly ChecklistId[] = CHECKLIST_IDS.filter(
  (id) => !(REQUIREMENT_IDS as readonly string[]).includes(id),
);
/**
 * A veto cancels the item's matches within this many characters of it, not a whole "sentence":
 * job boards often glue several bullets into one line without full stops ("...visa status,
 * contact infoAbility to track milestones..."), and a veto for one bullet must not erase another.
 */
const VETO_REACH = 100;

interface CompiledItem {
  /**
   * Each of an item's patterns on its own, global: the scan says which few may match a sentence, and
   * only those run (see nextMatch). Compiled without the `i` flag against lower-cased text:
   * case-insensitive patterns cost V8 noticeably more to compile.
   */
  patterns: RegExp[];
  vetoes: RegExp | null;
}

const compiled: Array<CompiledItem | undefined> = [];
/** A sentence read before: its lower-cased text and, per checklist position, 0 not yet read, 1 no, 2 shows it. */
interface Remembered {
  lower: string;
  shows: Uint8Array;
}
/** Sentences remembered with their results, so that re-reading a draft after a keystroke is cheap. */
const remembered = new StringMemo<Remembered>();

const compiledSource = (source: string) => cheaperBoundaries(lowerSource(source));
const anyOf = (sources: readonly string[]) =>
  new RegExp(sources.map((source) => `(?:${compiledSource(source)})`).join('|'), 'g');

/**
 * One scan of a posting tells which of each item's patterns can match which sentence at all (scan.ts):
 * one group per pattern, numbered from the item's first.
 */
const FIRST_GROUPS: readonly number[] = CHECKLIST.map((item) =>
  vocabularies.add(item.patterns.map((source) => [compiledSource(source)])),
);

/** The checklist's groups, one per pattern, in item order from FIRST_GROUPS[0]. */
const PATTERN_GROUPS = CHECKLIST.reduce((count, item) => count + item.patterns.length, 0);

/** Compiled on first use, item by item: a caller that reads a few items pays for those only. */
function compiledItem(index: number): CompiledItem {
  let entry = compiled[index];
  if (!entry) {
    const item = CHECKLIST[index]!;
    entry = {
      patterns: item.patterns.map((source) => new RegExp(compiledSource(source), 'g')),
      vetoes: item.unless?.length ? anyOf(item.unless) : null,
    };
    compiled[index] = entry;
  }
  return entry;
}

/** A negation right before a match takes it back: "you won't manage people", "no travel". */
const NEGATED_BEFORE =
  /\b(?:won't|will not|wouldn't|don't|do not|doesn't|does not|isn't|is not|aren't|are not|not|never|no)\s+(?!only\b|just\b|merely\b|matter\b|less\b|more\b|later\b)(?:\w+\s+){0,2}$/;
const NEGATION_REACH = 30;

/**
 * Does this (lower-cased) sentence show the item? Some match must be neither negated nor within
 * reach of a veto. The matches are those of the item's patterns as one alternation (leftmost first,
 * the earlier pattern on a tie, each search going on from the end of the last match), taken from the
 * `candidates` patterns alone: a pattern the scan ruled out matches nowhere in the sentence, so it
 * could never have won a position.
 */
function sentenceShows(
  {patterns, vetoes}: CompiledItem,
  sentence: string,
  candidates: ArrayLike<number>,
  count = candidates.length,
): boolean {
  // Per candidate, its first match at or after `from`, kept while still ahead: start and end, start
  // UNREAD when not looked for yet, NONE when no match is left. Scratch arrays: no allocation per sentence.
  const aheadStart = AHEAD_START;
  const aheadEnd = AHEAD_END;
  for (let index = 0; index < count; index++) aheadStart[index] = UNREAD;
  let vetoed: Array<readonly [number, number]> | null = null;
  let from = 0;
  for (;;) {
    let start = Infinity;
    let end = 0;
    for (let index = 0; index < count; index++) {
      let found = aheadStart[index]!;
      if (found === NONE) continue;
      if (found === UNREAD || found < from) {
        // exec on the compiled expression itself: matchAll would clone it on every call.
        const pattern = patterns[candidates[index]!]!;
        pattern.lastIndex = from;
        const match = from <= sentence.length ? pattern.exec(sentence) : null;
        pattern.lastIndex = 0;
        if (!match) {
          aheadStart[index] = NONE;
          continue;
        }
        found = aheadStart[index] = match.index;
        aheadEnd[index] = match.index + match[0].length;
      }
      if (found < start) {
        start = found;
        end = aheadEnd[index]!;
      }
    }
    if (start === Infinity) return false;
    if (vetoes && !vetoed) vetoed = vetoSpans(vetoes, sentence);
    const clear =
      !vetoed?.some(([vetoFrom, to]) => start < to && end > vetoFrom) &&
      !NEGATED_BEFORE.test(sentence.slice(Math.max(0, start - NEGATION_REACH), start));
    if (clear) return true;
    from = end === start ? end + 1 : end;
  }
}

const UNREAD = -1;
const NONE = -2;
/** sentenceShows' scratch, as long as the longest item's list of patterns. */
const AHEAD_START: number[] = [];
const AHEAD_END: number[] = [];

function vetoSpans(vetoes: RegExp, sentence: string): Array<readonly [number, number]> {
  return matchesOf(vetoes, sentence).map((veto) => [veto.index - VETO_REACH, veto.index + veto[0].length + VETO_REACH]);
}

/** A sentence's remembered reading, made on first sight. */
function rememberedSentence(sentence: string): Remembered {
  let known = remembered.get(sentence);
  if (!known) {
    known = {lower: sentence.toLowerCase(), shows: new Uint8Array(CHECKLIST.length)};
    remembered.set(sentence, known);
  }
  return known;
}

/** `candidates`: the positions of the item's patterns that may match the sentence, in order, the first `count`. */
function shows(index: number, known: Remembered, candidates: Int32Array, count: number): boolean {
  if (known.shows[index] === 0)
    known.shows[index] = sentenceShows(compiledItem(index), known.lower, candidates, count) ? 2 : 1;
  return known.shows[index] === 2;
}

/**
 * Compiles the patterns analyze runs (PHRASE_IDS) ahead of use. A browser compiles a regular expression on its first
 * run, and the first analysis pays that for all items at once; calling this when the page is idle
 * keeps that cost out of the first render.
 */
export function prepareChecklistMatchers(): void {
  // Twice: the first run interprets, the second compiles to machine code (V8's regexp tier-up).
  // Both string widths: V8 compiles separately for Latin-1 text and for text with wider characters.
  const samples = [
    'lead the project team and report status to stakeholders.',
    'lead the project team and report status to stakeholders \u2026',
  ];
  for (let index = 0; index < CHECKLIST.length; index++) {
    if (!PHRASE_IDS.includes(CHECKLIST[index]!.id)) continue;
    const entry = compiledItem(index);
    const all = entry.patterns.map((_, position) => position);
    for (const sample of [...samples, ...samples]) sentenceShows(entry, sample, all);
  }
}

/** matchChecklist's scratch: the candidate patterns of one item in one sentence. */
const MAY_MATCH = new Int32Array(Math.max(...CHECKLIST.map((item) => item.patterns.length)));

/** Sentences looked at per item before choosing the evidence shown. */
const CANDIDATES = 6;
/** A sentence this long is usually an intro paragraph or glued bullets; a short bullet says more. */
const LONG_SENTENCE = 160;

/**
 * Every checklist item (or only those in `ids`) with the sentences that evidence it: at most a few,
 * short bullets before long prose, otherwise in posting order. Equal-opportunity and legal notices,
 * perks and the employer's self-description never count; sentences under a benefits or "About
 * <company>" heading are shown only when the job's own text offers nothing.
 */
export function matchChecklist(sentences: readonly string[], ids?: readonly ChecklistId[]): ChecklistMatch[] {
  const aside = inBoilerplateSection(sentences);
  const scanned = vocabularies.scan(sentences);
  // Read on demand: most items stop after their first few sentences.
  const noticeKnown: Array<boolean | undefined> = [];
  const notice = (position: number) => (noticeKnown[position] ??= isNotice(sentences[position]!));
  // Each sentence's remembered reading, looked up once for all items.
  const known: Array<Remembered | undefined> = [];
  // Per sentence, the patterns the scan says may match it, and how far the items so far have read them.
  const {offsets, groups} = scanned.list(FIRST_GROUPS[0]!, PATTERN_GROUPS);
  const read = offsets.slice(0, sentences.length);
  // Refilled for every sentence of every item: a typed array and a count, where emptying an array
  // (length = 0) would drop its storage and the pushes after it allocate again.
  const mayMatch = MAY_MATCH;
  let mayCount = 0;
  const matches: ChecklistMatch[] = [];
  CHECKLIST.forEach((item: ChecklistItem, index) => {
    if (ids && !ids.includes(item.id)) return;
    // Made when a sentence shows the item: most items in most postings find none.
    let candidates: string[] | null = null;
    let asideEvidence: string[] | null = null;
    const firstGroup = FIRST_GROUPS[index]!;
    const patternCount = item.patterns.length;
    for (let position = 0; position < sentences.length; position++) {
      if (candidates && candidates.length >= CANDIDATES) break;
      const sentence = sentences[position]!;
      if (aside[position] && asideEvidence && asideEvidence.length >= MAX_EVIDENCE) continue;
      mayCount = 0;
      let at = read[position]!;
      const stop = offsets[position + 1]!;
      while (at < stop && groups[at]! < firstGroup) at++;
      while (at < stop && groups[at]! < firstGroup + patternCount) mayMatch[mayCount++] = groups[at++]! - firstGroup;
      read[position] = at;
      if (mayCount === 0) continue;
      const reading = (known[position] ??= rememberedSentence(sentence));
      if (!shows(index, reading, mayMatch, mayCount) || notice(position)) continue;
      if (aside[position]) (asideEvidence ??= []).push(sentence);
      else (candidates ??= []).push(sentence);
    }
    // Short bullets first, then long prose, then what a boilerplate section says: the first few.
    const shown: string[] = [];
    if (candidates) {
      for (const sentence of candidates)
        if (sentence.length <= LONG_SENTENCE && shown.length < MAX_EVIDENCE) shown.push(sentence);
      for (const sentence of candidates)
        if (sentence.length > LONG_SENTENCE && shown.length < MAX_EVIDENCE) shown.push(sentence);
    }
    if (asideEvidence) for (const sentence of asideEvidence) if (shown.length < MAX_EVIDENCE) shown.push(sentence);
    const {id, kind, label} = item;
    matches.push({id, kind, label, present: shown.length > 0, evidence: shown});
  });
  return matches;
}
