// How much of the time the job travels, when the posting puts a percentage on it ("up to 25% travel") or
// days or weeks away ("1 week per month"), or none when it says there is no travel. Percentages of money,
// growth or audiences beside the word "travel" (a travel discount, travel costs cut by 20%) are not travel time.
import {merged} from './merged';
import {TRAVEL_VOCAB} from './screening-vocab';
import {matchesOf} from './matches';
import {parseCount, sharesInDigits} from './numbers';
import {vocabularies} from './scan';

export interface TravelFinding {
  percent: number | null;
  /** The time away as the posting puts it ("1 week per month") when the percentage is worked out from it. */
  stated: string | null;
  evidence: string[];
}

const PERCENT = TRAVEL_VOCAB.percent.map((source) => new RegExp(source, 'gi'));
const TIME = TRAVEL_VOCAB.time.map((source) => new RegExp(source, 'gi'));
/**
 * Working days in a period, on the working year pay is annualised on (pay.ts: 260 days, 52 weeks of 5): a week away
 * each month is 5 of 21.7 working days, 23% of the time.
 */
const WORKING_DAYS: Readonly<Record<string, number>> = {week: 5, month: 260 / 12, quarter: 65, year: 260};
/** "a week" is one; any other count as numbers.ts reads it ("2", "three"). */
const countOf = (written: string) => (/^an?$/i.test(written) ? 1 : (parseCount(written) ?? NaN));
/**
 * Days a week at a workplace or at home are the job's office days, not travel ("travel to our HQ 2 days per week");
 * a week a quarter at a distant office is. Money is never time away ("3 days of travel credits a month").
 */
const WORKPLACE = /\b(?:office|hq|headquarters|campus|workplace|hub|home|remote\w*|hybrid|on-?site|in-office|wfh)\b/i;
const MONEY = /\b(?:credits?|points?|miles|discounts?|budgets?|stipends?|allowances?|reimburse\w*|costs?|expenses?)\b/i;
const NONE = new RegExp(TRAVEL_VOCAB.none, 'i');
const NOT_TRAVEL = new RegExp(TRAVEL_VOCAB.notTravel, 'i');
/** A verb of change right before the travel named: "reduce travel time by 30%" is a result, not the job's travel. */
const CHANGED_BEFORE =
  /\b(?:reduc\w*|cut(?:s|ting)?|lower(?:s|ed|ing)?|decreas\w*|minimi[sz]\w*|sav(?:e|es|ed|ing)|optimi[sz]\w*)\s+(?:\w+\s+)?$/i;
/** The word after a share that ends on "travel": "a 20% travel discount" is money, not time. */
const NEXT_WORD = /^[\s-]*\w+/;
/**
 * Every share pattern (TRAVEL_VOCAB.percent) needs the sign or the word ("25%", "25 percent"), and sharesInDigits writes
 * neither: a sentence without them states no share, and the patterns are not tried.
 */
const SHARE_SIGN = /%|percent/i;
/** Every pattern of time away (TRAVEL_VOCAB.time) counts days or weeks. */
const DAYS_OR_WEEKS = /day|week/i;
/** Cheap first look: a sentence about travel names it; the posting's scan (scan.ts) knows which do. */
const MAY_NAME = /travel/i;
const MAY_NAME_GROUP = vocabularies.add([[MAY_NAME.source]]);

/** The percentage in one sentence: the top of a range ("10-20%" is up to 20), or null. */
function percentIn(written: string): number | null {
  if (!SHARE_SIGN.test(written)) return null;
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

/** The share of working time that the days or weeks away in one sentence come to (the top of a range), or null. */
function timeIn(sentence: string): {percent: number; stated: string} | null {
  if (!DAYS_OR_WEEKS.test(sentence)) return null;
  let found: {percent: number; stated: string} | null = null;
  for (const pattern of TIME) {
    for (const match of matchesOf(pattern, sentence)) {
      const [whole, count, low, high, unit, period] = match as unknown as [
        string,
        string,
        string,
        string | undefined,
        string,
        string,
      ];
      if (MONEY.test(whole) || (/^week/i.test(period) && WORKPLACE.test(whole))) continue;
      if (CHANGED_BEFORE.test(sentence.slice(Math.max(0, match.index - 30), match.index))) continue;
      const days = countOf(high ?? low) * (/^week/i.test(unit) ? 5 : 1);
      const percent = Math.round((100 * days) / WORKING_DAYS[period.toLowerCase()]!);
      if (!Number.isFinite(percent) || percent > 100 || (found && found.percent >= percent)) continue;
      found = {percent, stated: `${count} ${unit} per ${period}`.replace(/\s+/g, ' ').toLowerCase()};
    }
  }
  return found;
}

/**
 * The largest travel share the posting states, with its sentence. Only where no sentence states a share is one worked
 * out from the days or weeks away it names: the posting's own percentage is the one it stands by.
 */
export function findTravel(sentences: readonly string[]): TravelFinding {
  let percent: number | null = null;
  const evidence: string[] = [];
  let byTime: {percent: number; stated: string; sentence: string} | null = null;
  const candidates = vocabularies.scan(sentences);
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    if (!candidates.may(index, MAY_NAME_GROUP) || !MAY_NAME.test(sentence)) continue;
    const stated = percentIn(sentence) ?? (NONE.test(sentence) ? 0 : null);
    if (stated === null) {
      const time = percent === null ? timeIn(sentence) : null;
      if (time && (!byTime || time.percent > byTime.percent)) byTime = merged(time, {sentence});
      continue;
    }
    if (percent === null || stated > percent) {
      percent = stated;
      evidence.unshift(sentence);
    } else evidence.push(sentence);
  }
  if (percent === null && byTime) return {percent: byTime.percent, stated: byTime.stated, evidence: [byTime.sentence]};
  return {percent, stated: null, evidence: evidence.slice(0, 2)};
}
