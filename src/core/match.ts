import {CHECKLIST, type ChecklistItem} from './checklist';
import type {ChecklistMatch} from './types';

const MAX_EVIDENCE = 3;

interface CompiledItem {
  item: ChecklistItem;
  patterns: RegExp[];
  unless: RegExp[];
}

let compiled: CompiledItem[] | undefined;

function compile(): CompiledItem[] {
  compiled ??= CHECKLIST.map((item) => ({
    item,
    patterns: item.patterns.map((source) => new RegExp(source, 'i')),
    unless: (item.unless ?? []).map((source) => new RegExp(source, 'i')),
  }));
  return compiled;
}

function sentenceShows({patterns, unless}: CompiledItem, sentence: string): boolean {
  return patterns.some((pattern) => pattern.test(sentence)) && !unless.some((pattern) => pattern.test(sentence));
}

/** Every checklist item with the sentences that evidence it. */
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
