import {CHECKLIST, type ChecklistItem} from './checklist';
import type {ChecklistMatch} from './types';

const MAX_EVIDENCE = 3;
/**
 * A veto cancels the item's matches within this many characters of it, not a whole "sentence":
 * job boards often glue several bullets into one line without full stops ("...visa status,
 * contact infoAbility to track milestones..."), and a veto for one bullet must not erase another.
 */
const VETO_REACH = 100;

interface CompiledItem {
  item: ChecklistItem;
  /**
   * All of an item's patterns as one global alternation: one scan per sentence instead of one per
   * pattern, and one compilation (the costly part of a first run) serving both test and matchAll.
   */
  shows: RegExp;
  vetoes: RegExp | null;
}

let compiled: CompiledItem[] | undefined;

const anyOf = (sources: readonly string[], flags: string) => new RegExp(sources.map((source) => `(?:${source})`).join('|'), flags);

function compile(): CompiledItem[] {
  compiled ??= CHECKLIST.map((item) => ({
    item,
    shows: anyOf(item.patterns, 'gi'),
    vetoes: item.unless?.length ? anyOf(item.unless, 'gi') : null,
  }));
  return compiled;
}

/** Does this sentence show the item? Some match of its patterns must lie out of reach of every veto. */
function sentenceShows({shows, vetoes}: CompiledItem, sentence: string): boolean {
  shows.lastIndex = 0;
  const found = shows.test(sentence);
  shows.lastIndex = 0;
  if (!found) return false;
  if (!vetoes) return true;
  const vetoed = [...sentence.matchAll(vetoes)].map((veto) => [veto.index - VETO_REACH, veto.index + veto[0].length + VETO_REACH] as const);
  if (vetoed.length === 0) return true;
  // matchAll copies the regex and starts from its lastIndex, reset to 0 above.
  for (const match of sentence.matchAll(shows)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!vetoed.some(([from, to]) => start < to && end > from)) return true;
  }
  return false;
}

/**
 * Compiles every item's patterns ahead of use. A browser compiles a regular expression on its first
 * run, and the first analysis pays that for all items at once (about 0.1 s of CPU); calling this
 * when the page is idle keeps that cost out of the first render.
 */
export function prepareChecklistMatchers(): void {
  // Twice: the first run interprets, the second compiles to machine code (V8's regexp tier-up).
  // Both string widths: V8 compiles separately for Latin-1 text and for text with wider characters.
  const sample = ['Lead the project team and report status to stakeholders.', 'Lead the project team and report status to stakeholders \u2026'];
  matchChecklist(sample);
  matchChecklist(sample);
}

/** Every checklist item with the sentences that evidence it (at most a few, in posting order). */
export function matchChecklist(sentences: readonly string[]): ChecklistMatch[] {
  return compile().map((entry) => {
    const evidence: string[] = [];
    for (const sentence of sentences) {
      if (evidence.length >= MAX_EVIDENCE) break;
      if (sentenceShows(entry, sentence)) evidence.push(sentence);
    }
    const {id, kind, label} = entry.item;
    return {id, kind, label, present: evidence.length > 0, evidence};
  });
}
