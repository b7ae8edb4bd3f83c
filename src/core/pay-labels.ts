// What labels a range of a list of pay by place or level when no pay word stands near: its label after it, beside
// another labelled range on its line (pay.ts reads labels before a range itself). Apart from pay.ts for its length.
import type {Amount} from './money';

/** Yearly figures only: an hourly list writes its period, and smaller sums are other money (fees, prices). */
export const MIN_LISTED_YEARLY = 20_000;

/** What a sum "in" something is when it is no place's pay: "$500,000 in ARR", "in Revenue", "in Funding". */
const MONEY_NOUN = String.raw`(?:ARR|MRR|GMV|TCV|ACV|[Rr]evenues?|REVENUE|[Ss]ales|[Ff]unding|[Bb]udgets?|[Ss]pend|[Cc]apital|[Bb]ookings|[Ss]avings|[Cc]osts?|[Pp]ipeline|[Dd]eals|[Cc]ontracts?|[Aa]ssets|[Ee]quity|[Ss]tock|RSUs?|[Bb]onus(?:es)?|[Gg]rants?)\b`;
/**
 * A range's label right after it: words alone in brackets ("(national)", "(NYC and SF)", "(all other US locations)"),
 * a place after "in" or "for" ("in NYC", "for San Francisco roles"), or "elsewhere" ("elsewhere in the US").
 */
const AFTER_LABEL = String.raw`(?:\([ \t]*[A-Za-z][^()\n$\u20ac\u00a3\d]{1,40}\)|(?:in|for)[ \t]+(?:the[ \t]+)?(?!${MONEY_NOUN})[A-Z][A-Za-z.&/' -]{0,40}?|elsewhere\b[A-Za-z. ]{0,30}?)`;
/** What joins two such ranges of a list on one line: "or", "and", a comma, ";" or "|". */
const LIST_JOIN = String.raw`[ \t]*(?:,|;|\||or\b|and\b)[ \t]*(?:[A-Z]{3}[ \t]?)?`;
const LABEL_AFTER = new RegExp(
  String.raw`^[ \t]*(?:[A-Z]{3}[ \t]*)?${AFTER_LABEL}(?=${LIST_JOIN}[$\u20ac\u00a3][ \t]?\d|[ \t]*(?:[.;]|$))`,
);
const NEXT_LABELLED = new RegExp(String.raw`^${LIST_JOIN}[$\u20ac\u00a3][ \t]?\d`);
const PREVIOUS_LABELLED = new RegExp(String.raw`${AFTER_LABEL}${LIST_JOIN}$`);

/**
 * A yearly range with its label after it, beside another such range on the line: a list by place or level that names
 * pay nowhere near ("$140,000 to $175,000 (national) or $155,000 to $195,000 (NYC and SF)", "$160,000-$200,000 in NYC;
 * $140,000-$180,000 elsewhere in the US").
 */
export function labelledAfter(text: string, low: Amount, high: Amount): boolean {
  if (Math.min(low.value, high.value) < MIN_LISTED_YEARLY) return false;
  const label = LABEL_AFTER.exec(text.slice(high.end, high.end + 60));
  if (!label) return false;
  return (
    NEXT_LABELLED.test(text.slice(high.end + label[0].length, high.end + label[0].length + 20)) ||
    PREVIOUS_LABELLED.test(text.slice(Math.max(0, low.start - 60), low.start))
  );
}
