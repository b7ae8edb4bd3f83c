import {inBoilerplateSection, isNotice} from './boilerplate';
import {CHECKLIST, type ChecklistItem} from './checklist';
import {CHECKLIST_IDS, REQUIREMENT_IDS, type ChecklistId} from './ids';
import {cheaperBoundaries, lowerSource} from './regex-source';
import {vocabularies} from './scan';
import type {ChecklistMatch} from './types';

const MAX_EVIDENCE = 3;

/** Items read from phrases; analyze takes degree, years and certifications from the requirement readers. */
export const PHRASE_IDS: readonly ChecklistId[] = CHECKLIST_IDS.filter((id) => !(REQUIREMENT_IDS as readonly string[]).includes(id));
/**
 * A veto cancels the item's matches within this many characters of it, not a whole "sentence":
 * job boards often glue several bullets into one line without full stops ("...visa status,
 * contact infoAbility to track milestones..."), and a veto for one bullet must not erase another.
 */
const VETO_REACH = 100;
/** Sentences remembered with their results, so that re-reading a draft after a keystroke is cheap. */
const MAX_REMEMBERED = 4000;

interface CompiledItem {
  /**
   * All of an item's patterns as one global alternation: one scan per sentence instead of one per
   * pattern, and one compilation (the costly part of a first run) serving both test and matchAll.
   * Compiled without the `i` flag against lower-cased text: case-insensitive patterns cost V8
   * noticeably more to compile.
   */
  shows: RegExp;
  vetoes: RegExp | null;
}

const compiled: Array<CompiledItem | undefined> = [];
/** A sentence read before: its lower-cased text and, per checklist position, 0 not yet read, 1 no, 2 shows it. */
interface Remembered {
  lower: string;
  shows: Uint8Array;
}
let remembered = new Map<string, Remembered>();

const compiledSource = (source: string) => cheaperBoundaries(lowerSource(source));
const anyOf = (sources: readonly string[]) => new RegExp(sources.map((source) => `(?:${compiledSource(source)})`).join('|'), 'g');

/**
 * One scan of a posting tells which of each item's patterns can match which sentence at all (scan.ts):
 * one group per pattern, numbered from the item's first.
 */
const FIRST_GROUPS: readonly number[] = CHECKLIST.map((item) => vocabularies.add(item.patterns.map((source) => [compiledSource(source)])));

/**
 * An item's patterns that may match, as one alternation in the item's order. A pattern that cannot
 * match anywhere in the sentence never wins a position in the alternation, so the reduced one finds
 * the very matches the whole one finds, trying a few patterns at each position instead of all.
 */
const subsets: Array<Map<string, RegExp>> = CHECKLIST.map(() => new Map());
const MAX_SUBSETS = 256;

function subsetOf(index: number, key: string): RegExp {
  const known = subsets[index]!;
  let pattern = known.get(key);
  if (!pattern) {
    const patterns = CHECKLIST[index]!.patterns;
    pattern = anyOf(key.split(',').map((position) => patterns[Number(position)]!));
    if (known.size >= MAX_SUBSETS) known.clear();
    known.set(key, pattern);
  }
  return pattern;
}

/** Compiled on first use, item by item: a caller that reads a few items pays for those only. */
function compiledItem(index: number): CompiledItem {
  let entry = compiled[index];
  if (!entry) {
    const item = CHECKLIST[index]!;
    entry = {shows: anyOf(item.patterns), vetoes: item.unless?.length ? anyOf(item.unless) : null};
    compiled[index] = entry;
  }
  return entry;
}

/** A negation right before a match takes it back: "you won't manage people", "no travel". */
const NEGATED_BEFORE = /\b(?:won't|will not|wouldn't|don't|do not|doesn't|does not|isn't|is not|aren't|are not|not|never|no)\s+(?!only\b|just\b|merely\b|matter\b|less\b|more\b|later\b)(?:\w+\s+){0,2}$/;
const NEGATION_REACH = 30;

/**
 * Does this (lower-cased) sentence show the item? Some match must be neither negated nor within
 * reach of a veto.
 */
function sentenceShows({shows, vetoes}: CompiledItem, sentence: string): boolean {
  // exec loops on the compiled expressions themselves: matchAll would clone them on every call.
  shows.lastIndex = 0;
  let match = shows.exec(sentence);
  if (!match) return false;
  let vetoed: Array<readonly [number, number]> | null = null;
  while (match) {
    const start = match.index;
    const end = start + match[0].length;
    if (vetoes && !vetoed) vetoed = vetoSpans(vetoes, sentence);
    const clear = !vetoed?.some(([from, to]) => start < to && end > from) && !NEGATED_BEFORE.test(sentence.slice(Math.max(0, start - NEGATION_REACH), start));
    if (clear) {
      shows.lastIndex = 0;
      return true;
    }
    if (match[0].length === 0) shows.lastIndex++;
    match = shows.exec(sentence);
  }
  shows.lastIndex = 0;
  return false;
}

function vetoSpans(vetoes: RegExp, sentence: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  vetoes.lastIndex = 0;
  for (let veto = vetoes.exec(sentence); veto; veto = vetoes.exec(sentence)) {
    spans.push([veto.index - VETO_REACH, veto.index + veto[0].length + VETO_REACH]);
    if (veto[0].length === 0) vetoes.lastIndex++;
  }
  vetoes.lastIndex = 0;
  return spans;
}

/** `key`: the positions of the item's patterns that may match the sentence, "0,3,7" (see subsetOf). */
function shows(index: number, sentence: string, key: string): boolean {
  let known = remembered.get(sentence);
  if (!known) {
    if (remembered.size >= MAX_REMEMBERED) remembered = new Map();
    known = {lower: sentence.toLowerCase(), shows: new Uint8Array(CHECKLIST.length)};
    remembered.set(sentence, known);
  }
  if (known.shows[index] === 0) known.shows[index] = sentenceShows({shows: subsetOf(index, key), vetoes: compiledItem(index).vetoes}, known.lower) ? 2 : 1;
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
  const samples = ['lead the project team and report status to stakeholders.', 'lead the project team and report status to stakeholders \u2026'];
  for (let index = 0; index < CHECKLIST.length; index++) {
    if (!PHRASE_IDS.includes(CHECKLIST[index]!.id)) continue;
    const entry = compiledItem(index);
    for (const sample of [...samples, ...samples]) sentenceShows(entry, sample);
  }
}

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
  const matches: ChecklistMatch[] = [];
  CHECKLIST.forEach((item: ChecklistItem, index) => {
    if (ids && !ids.includes(item.id)) return;
    const candidates: string[] = [];
    const asideEvidence: string[] = [];
    const firstGroup = FIRST_GROUPS[index]!;
    const patternCount = item.patterns.length;
    for (const [position, sentence] of sentences.entries()) {
      if (candidates.length >= CANDIDATES) break;
      if (aside[position] && asideEvidence.length >= MAX_EVIDENCE) continue;
      let key = '';
      for (let pattern = 0; pattern < patternCount; pattern++) if (scanned.may(position, firstGroup + pattern)) key = key ? `${key},${pattern}` : String(pattern);
      if (!key || !shows(index, sentence, key) || notice(position)) continue;
      (aside[position] ? asideEvidence : candidates).push(sentence);
    }
    const ranked = [...candidates.filter((sentence) => sentence.length <= LONG_SENTENCE), ...candidates.filter((sentence) => sentence.length > LONG_SENTENCE)];
    const shown = [...ranked, ...asideEvidence].slice(0, MAX_EVIDENCE);
    const {id, kind, label} = item;
    matches.push({id, kind, label, present: shown.length > 0, evidence: shown});
  });
  return matches;
}
