// How much of the time the job travels, when the posting puts a percentage on it ("up to 25%
// travel"), or none when it says there is no travel. Percentages of money, growth or audiences
// beside the word "travel" (a travel discount, travel costs cut by 20%) are not travel time.
import {TRAVEL_VOCAB} from './screening-vocab';
import {matchesOf} from './matches';
import {sharesInDigits} from './numbers';
import {vocabularies} from './scan';

export interface TravelFinding {
  percent: number | null;
  evidence: string[];
}

const PERCENT = TRAVEL_VOCAB.percent.map((source) => new RegExp(source, 'gi'));
const NONE = new RegExp(TRAVEL_VOCAB.none, 'i');
const NOT_TRAVEL = new RegExp(TRAVEL_VOCAB.notTravel, 'i');
/** A verb of change right before the travel named: "reduce travel time by 30%" is a result, not the job's travel. */
const CHANGED_BEFORE =
  /\b(?:reduc\w*|cut(?:s|ting)?|lower(?:s|ed|ing)?|decreas\w*|minimi[sz]\w*|sav(?:e|es|ed|ing)|optimi[sz]\w*)\s+(?:\w+\s+)?$/i;
/** The word after a share that ends on "travel": "a 20% travel discount" is money, not time. */
const NEXT_WORD = /^[\s-]*\w+/;
/** Cheap first look: a sentence about travel names it; the posting's scan (scan.ts) knows which do. */
const MAY_NAME = /travel/i;
const MAY_NAME_GROUP = vocabularies.add([[MAY_NAME.source]]);

/** The percentage in one sentence: the top of a range ("10-20%" is up to 20), or null. */
function percentIn(written: string): number | null {
  // "Travel: up to twenty-five percent" is read as "... 25 percent"; the evidence stays as written.
  const sentence = sharesInDigits(written);
  let found: number | null = null;
  for (const pattern of PERCENT) {
    for (const match of matchesOf(pattern, sentence)) {
      const end = match.index + match[0].length;
      const next = NEXT_WORD.exec(sentence.slice(end, end + 40))?.[0] ?? '';
      if (NOT_TRAVEL.test(match[0]) || NOT_TRAVEL.test(next)) continue;
      if (CHANGED_BEFORE.test(sentence.slice(Math.max(0, match.index - 30), match.index))) continue;
      const values = [match[1], match[2]].filter((value): value is string => value !== undefined).map(Number);
      const top = Math.max(...values);
      if (!Number.isFinite(top) || top > 100) continue;
      found = Math.max(found ?? 0, top);
    }
  }
  return found;
}

/** The largest travel share the posting states, with its sentence. */
export function findTravel(sentences: readonly string[]): TravelFinding {
  let percent: number | null = null;
  const evidence: string[] = [];
  const candidates = vocabularies.scan(sentences);
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    if (!candidates.may(index, MAY_NAME_GROUP) || !MAY_NAME.test(sentence)) continue;
    const stated = percentIn(sentence) ?? (NONE.test(sentence) ? 0 : null);
    if (stated === null) continue;
    if (percent === null || stated > percent) {
      percent = stated;
      evidence.unshift(sentence);
    } else evidence.push(sentence);
  }
  return {percent, evidence: evidence.slice(0, 2)};
}
