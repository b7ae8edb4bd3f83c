import {inBoilerplateSection, isNotice} from './boilerplate';
import {CHECKLIST, type ChecklistItem} from './checklist';
import {CHECKLIST_IDS, REQUIREMENT_IDS, type ChecklistId} from './ids';
import {cheaperBoundaries, lowerSource} from './regex-source';
import {matchesOf} from './matches';
import {PerSentence} from './memo';
import {vocabularies, type Candidates} from './scan';
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
  /**
   * The item's vetoes that may match a sentence (bit v: its v-th), as one alternation, by that set: made on first
   * use. Vetoes that match nowhere in the sentence never win a position, so the matches are the whole alternation's.
   */
  vetoes: Map<number, RegExp>;
}

const compiled: Array<CompiledItem | undefined> = [];
/**
 * A sentence read before: its lower-cased text and, one bit per checklist position, whether the item was read
 * in it and whether it shows the item. Bits rather than a typed array: one small object per sentence to make.
 */
interface Remembered {
  lower: string;
  read: number;
  shows: number;
  /** Whether it holds a negation word (see negatable): 0 not yet read, 1 no, 2 yes. */
  negatable: number;
  /**
   * Per checklist position that it shows, where the words that show it stand: start and end in the
   * lower-cased text (see shownAt). Made on the first item it shows; most sentences show none.
   */
  at: number[] | null;
}
/** Sentences remembered with their results, so that re-reading a draft after a keystroke is cheap. */
const remembered = new PerSentence<Remembered>();
if (CHECKLIST.length > 31) throw new Error('a sentence remembers its checklist readings in the bits of one number');

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

/**
 * Per item with vetoes, the group of its first veto, one group per veto (-1 for an item without): a veto the scan
 * rules out in a sentence (none of the strings it cannot match without) is not run there, and a sentence where it
 * rules out all of them runs none. One group per veto rather than one for them all: a group of one pattern is
 * gated by each set of strings it needs (scan.ts), and a vetoed match is rare, where one veto's common word ("team",
 * "customer") made the whole alternation run.
 */
const VETO_GROUPS: readonly number[] = CHECKLIST.map((item) =>
  item.unless?.length ? vocabularies.add(item.unless.map((source) => [compiledSource(source)])) : -1,
);
if (CHECKLIST.some((item) => (item.unless?.length ?? 0) > 30))
  throw new Error('a veto set is read from the bits of one number');

/** The checklist's groups, one per pattern, in item order from FIRST_GROUPS[0]. */
const PATTERN_GROUPS = CHECKLIST.reduce((count, item) => count + item.patterns.length, 0);

/** Compiled on first use, item by item: a caller that reads a few items pays for those only. */
function compiledItem(index: number): CompiledItem {
  let entry = compiled[index];
  if (!entry) {
    const item = CHECKLIST[index]!;
    entry = {
      patterns: item.patterns.map((source) => new RegExp(compiledSource(source), 'g')),
      vetoes: new Map(),
    };
    compiled[index] = entry;
  }
  return entry;
}

/** The alternation of the item's vetoes in `mask` (see CompiledItem.vetoes); null for none. */
function vetoesOf(index: number, mask: number): RegExp | null {
  if (mask === 0) return null;
  const {vetoes} = compiledItem(index);
  let alternation = vetoes.get(mask);
  if (!alternation) {
    alternation = anyOf(CHECKLIST[index]!.unless!.filter((_, veto) => (mask & (1 << veto)) !== 0));
    vetoes.set(mask, alternation);
  }
  return alternation;
}

/** The item's vetoes that the scan does not rule out in the sentence at `position`, one bit each. */
function vetoMask(index: number, scanned: Candidates, position: number): number {
  const first = VETO_GROUPS[index]!;
  if (first < 0) return 0;
  let mask = 0;
  for (let veto = 0; veto < CHECKLIST[index]!.unless!.length; veto++)
    if (scanned.may(position, first + veto)) mask |= 1 << veto;
  return mask;
}

const NEGATION = String.raw`(?:won't|will not|wouldn't|don't|do not|doesn't|does not|isn't|is not|aren't|are not|not|never|no)`;
/** A negation right before a match takes it back: "you won't manage people", "no travel". */
const NEGATED_BEFORE = new RegExp(
  String.raw`\b${NEGATION}\s+(?!only\b|just\b|merely\b|matter\b|less\b|more\b|later\b)(?:\w+\s+){0,2}$`,
);
/** A sentence without any negation word before a space has no match that NEGATED_BEFORE could take back. */
const NEGATION_WORD = new RegExp(String.raw`${NEGATION}\s`);
/**
 * What every negation word before a space ends with ("no", "not", "never", "n't" and a space): found at about half
 * NEGATION_WORD's cost, and in few sentences, so that NEGATION_WORD itself runs on those only.
 */
const NEGATION_ENDING = /n(?:o|ot|ever|'t)\s/;
/**
 * Where the scan finds none of the strings NEGATION_WORD cannot match without, the sentence holds no negation word:
 * settled by the scan's bit, before either pattern reads it (a sentence that shows an item seldom holds one). The scan
 * reads the sentence as written, the patterns its lower-cased text: lower-casing turns no other character into a letter
 * of a negation word but a dotted capital I, and it follows that "i" with a combining dot, which no negation word holds.
 */
const NEGATION_GROUP = vocabularies.add([[NEGATION_WORD.source]]);
const NEGATION_REACH = 30;

/**
 * Does this sentence (its lower-cased text) show the item? Some match must be neither negated nor within
 * reach of a veto. The matches are those of the item's patterns as one alternation (leftmost first,
 * the earlier pattern on a tie, each search going on from the end of the last match), taken from the
 * `candidates` patterns alone: a pattern the scan ruled out matches nowhere in the sentence, so it
 * could never have won a position. `vetoes`: those of the item's vetoes the scan found possible in it, as one
 * alternation (see vetoesOf), or null.
 */
function sentenceShows(
  {patterns}: CompiledItem,
  known: Remembered,
  candidates: ArrayLike<number>,
  count: number,
  vetoes: RegExp | null,
): boolean {
  const sentence = known.lower;
  // Per candidate, its first match at or after `from`, kept while still ahead: start and end, start
  // UNREAD when not looked for yet, NONE when no match is left. Scratch arrays: no allocation per sentence.
  const aheadStart = AHEAD_START;
  const aheadEnd = AHEAD_END;
  for (let index = 0; index < count; index++) aheadStart[index] = UNREAD;
  let vetoed: Array<readonly [number, number]> | null = null;
  // Where nothing can take a match back (no veto matches, no negation word), the answer is whether any
  // candidate matches at all: the first that does settles it, and the others need not run.
  for (let index = 0; index < count; index++) {
    if (!nextMatch(patterns[candidates[index]!]!, sentence, 0, index)) continue;
    vetoed = vetoes ? vetoSpans(vetoes, sentence) : NO_SPANS;
    if (vetoed.length === 0 && !negatable(known)) {
      SHOWN[0] = AHEAD_START[index]!;
      SHOWN[1] = AHEAD_END[index]!;
      return true;
    }
    break;
  }
  let from = 0;
  for (;;) {
    let start = Infinity;
    let end = 0;
    for (let index = 0; index < count; index++) {
      let found = aheadStart[index]!;
      if (found === NONE) continue;
      if (found === UNREAD || found < from) {
        if (!nextMatch(patterns[candidates[index]!]!, sentence, from, index)) continue;
        found = aheadStart[index]!;
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
      !(negatable(known) && NEGATED_BEFORE.test(sentence.slice(Math.max(0, start - NEGATION_REACH), start)));
    if (clear) {
      SHOWN[0] = start;
      SHOWN[1] = end;
      return true;
    }
    from = end === start ? end + 1 : end;
  }
}

/**
 * The candidate's first match at or after `from` into the scratch (see sentenceShows); false when none.
 * exec on the compiled expression itself: matchAll would clone it on every call.
 */
function nextMatch(pattern: RegExp, sentence: string, from: number, index: number): boolean {
  pattern.lastIndex = from;
  const match = from <= sentence.length ? pattern.exec(sentence) : null;
  pattern.lastIndex = 0;
  if (!match) {
    AHEAD_START[index] = NONE;
    return false;
  }
  AHEAD_START[index] = match.index;
  AHEAD_END[index] = match.index + match[0].length;
  return true;
}

const NO_SPANS: Array<readonly [number, number]> = [];

/** Whether a negation word stands anywhere in the sentence: read once per sentence, for every item. */
function negatable(known: Remembered): boolean {
  if (known.negatable === 0)
    known.negatable = NEGATION_ENDING.test(known.lower) && NEGATION_WORD.test(known.lower) ? 2 : 1;
  return known.negatable === 2;
}

const UNREAD = -1;
const NONE = -2;
/** Where the match that showed the item stands, when sentenceShows says it does: start and end. */
const SHOWN = [0, 0];
/** sentenceShows' scratch, as long as the longest item's list of patterns. */
const AHEAD_START: number[] = [];
const AHEAD_END: number[] = [];

function vetoSpans(vetoes: RegExp, sentence: string): Array<readonly [number, number]> {
  return matchesOf(vetoes, sentence).map((veto) => [veto.index - VETO_REACH, veto.index + veto[0].length + VETO_REACH]);
}

/** A sentence's reading before any item is read in it; `negationFree` when the scan rules out a negation word. */
const unread = (sentence: string, negationFree: boolean): Remembered => ({
  lower: sentence.toLowerCase(),
  read: 0,
  shows: 0,
  negatable: negationFree ? 1 : 0,
  at: null,
});

/**
 * `candidates`: the positions of the item's patterns that may match the sentence, in order, the first `count`;
 * `scanned` at `position`: what the scan found in the sentence, which says which of the item's vetoes to run.
 */
function shows(
  index: number,
  known: Remembered,
  candidates: Int32Array,
  count: number,
  scanned: Candidates,
  position: number,
): boolean {
  const bit = 1 << index;
  if ((known.read & bit) === 0) {
    known.read |= bit;
    const vetoes = vetoesOf(index, vetoMask(index, scanned, position));
    if (sentenceShows(compiledItem(index), known, candidates, count, vetoes)) {
      known.shows |= bit;
      const at = (known.at ??= []);
      at[2 * index] = SHOWN[0]!;
      at[2 * index + 1] = SHOWN[1]!;
    }
  }
  return (known.shows & bit) !== 0;
}

/**
 * Where in the sentence the words that show the item stand, or null. Positions in the lower-cased text are the
 * sentence's own unless lower-casing changed its length (a dotted capital I becomes two characters).
 */
function shownAt(index: number, known: Remembered, sentence: string): [number, number] | null {
  if (!known.at || known.lower.length !== sentence.length) return null;
  const start = known.at[2 * index];
  const end = known.at[2 * index + 1];
  return start === undefined || end === undefined ? null : [start, end];
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
    // Every veto together, and each alone (what a sentence mostly holds).
    const vetoCount = CHECKLIST[index]!.unless?.length ?? 0;
    const masks = [2 ** vetoCount - 1, ...Array.from({length: vetoCount}, (_, veto) => 1 << veto)];
    for (const mask of masks)
      for (const sample of [...samples, ...samples])
        sentenceShows(
          entry,
          {lower: sample, read: 0, shows: 0, negatable: 0, at: null},
          all,
          all.length,
          vetoesOf(index, mask),
        );
  }
}

/** matchChecklist's scratch: the candidate patterns of one item in one sentence. */
const MAY_MATCH = new Int32Array(Math.max(...CHECKLIST.map((item) => item.patterns.length)));

const FIRST_GROUP = FIRST_GROUPS[0]!;
/** The checklist position of each pattern group, counted from FIRST_GROUP. */
const ITEM_OF_GROUP = Int32Array.from(CHECKLIST.flatMap((item, index) => item.patterns.map(() => index)));

/** Sentences looked at per item before choosing the evidence shown. */
const CANDIDATES = 6;
/** A sentence this long is usually an intro paragraph or glued bullets; a short bullet says more. */
const LONG_SENTENCE = 160;

/** A sentence that shows an item, with where the words that show it stand (shownAt). */
interface Shown {
  sentence: string;
  at: [number, number] | null;
}

/** One item's sentences that show it so far, the job's own and a boilerplate section's apart. */
interface Found {
  candidates: Shown[] | null;
  /** How many of the candidates are short (see LONG_SENTENCE). */
  short: number;
  asideEvidence: Shown[] | null;
}

/**
 * Whether a further sentence could still change the item's evidence. It is the first few short candidates, then long
 * ones, then a boilerplate section's: once that many short ones are found, no later sentence is shown, and once the job's
 * own text gives that many, no boilerplate sentence is. Reading no further spares the item's patterns and isNotice.
 */
function wantsMore({candidates, short, asideEvidence}: Found, isAside: boolean): boolean {
  const count = candidates ? candidates.length : 0;
  if (count >= CANDIDATES || short >= MAX_EVIDENCE) return false;
  return !isAside || (count < MAX_EVIDENCE && (asideEvidence ? asideEvidence.length : 0) < MAX_EVIDENCE);
}

/**
 * Every checklist item (or only those in `ids`) with the sentences that evidence it: at most a few,
 * short bullets before long prose, otherwise in posting order. Equal-opportunity and legal notices,
 * perks and the employer's self-description never count; sentences under a benefits or "About
 * <company>" heading are shown only when the job's own text offers nothing.
 */
export function matchChecklist(sentences: readonly string[], ids?: readonly ChecklistId[]): ChecklistMatch[] {
  const aside = inBoilerplateSection(sentences);
  // Per sentence, the patterns the scan says may match it: sentences are read in order and, in each,
  // only the items with a candidate pattern, so the work follows what the scan found rather than
  // every item times every sentence. Each item still sees its sentences in posting order.
  const scanned = vocabularies.scan(sentences);
  const {offsets, groups} = scanned.list(FIRST_GROUP, PATTERN_GROUPS);
  const readings = remembered.of(sentences);
  // Read on demand: most items stop after their first few sentences.
  const noticeKnown: Array<boolean | undefined> = [];
  const notice = (position: number) => (noticeKnown[position] ??= isNotice(sentences[position]!));
  const found: Array<Found | null | undefined> = CHECKLIST.map((item) =>
    ids && !ids.includes(item.id) ? null : undefined,
  );
  const mayMatch = MAY_MATCH;
  for (let position = 0; position < sentences.length; position++) {
    const stop = offsets[position + 1]!;
    let at = offsets[position]!;
    if (at === stop) continue;
    const sentence = sentences[position]!;
    const isAside = aside[position]!;
    let reading: Remembered | null = null;
    while (at < stop) {
      const index = ITEM_OF_GROUP[groups[at]! - FIRST_GROUP]!;
      const firstGroup = FIRST_GROUPS[index]!;
      const endGroup = firstGroup + CHECKLIST[index]!.patterns.length;
      let mayCount = 0;
      do mayMatch[mayCount++] = groups[at++]! - firstGroup;
      while (at < stop && groups[at]! < endGroup);
      let itemFound = found[index];
      if (itemFound === null) continue;
      if (itemFound && !wantsMore(itemFound, isAside)) continue;
      reading ??= readings[position] ??= unread(sentence, !scanned.may(position, NEGATION_GROUP));
      if (!shows(index, reading, mayMatch, mayCount, scanned, position) || notice(position)) continue;
      itemFound ??= found[index] = {candidates: null, short: 0, asideEvidence: null};
      // A posting that says a sentence twice (a scraped page holding its text twice) shows it once.
      const list = isAside ? (itemFound.asideEvidence ??= []) : (itemFound.candidates ??= []);
      if (!list.some((shown) => shown.sentence === sentence)) {
        list.push({sentence, at: shownAt(index, reading, sentence)});
        if (!isAside && sentence.length <= LONG_SENTENCE) itemFound.short++;
      }
    }
  }
  const matches: ChecklistMatch[] = [];
  CHECKLIST.forEach((item: ChecklistItem, index) => {
    const itemFound = found[index];
    if (itemFound === null) return;
    // Short bullets first, then long prose, then what a boilerplate section says: the first few.
    const shown: Shown[] = [];
    const candidates = itemFound?.candidates;
    if (candidates) {
      for (const found of candidates)
        if (found.sentence.length <= LONG_SENTENCE && shown.length < MAX_EVIDENCE) shown.push(found);
      for (const found of candidates)
        if (found.sentence.length > LONG_SENTENCE && shown.length < MAX_EVIDENCE) shown.push(found);
    }
    const asideEvidence = itemFound?.asideEvidence;
    if (asideEvidence) for (const found of asideEvidence) if (shown.length < MAX_EVIDENCE) shown.push(found);
    const {id, kind, label} = item;
    const evidence = shown.map((found) => found.sentence);
    const at = shown.map((found) => found.at);
    matches.push({
      id,
      kind,
      label,
      present: shown.length > 0,
      evidence,
      ...(at.some((span) => span !== null) ? {shownAt: at} : {}),
    });
  });
  return matches;
}
