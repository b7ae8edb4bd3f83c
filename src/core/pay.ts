import {amountsIn, inCurrency, SIZE_UNKNOWN, timesMultiplier, type Amount} from './money';
import {SITE_ESTIMATE_AFTER} from './pay-estimate';
import {spellings} from './numbers';
import {matchesOf} from './matches';
import {rememberedBy} from './memo';
import {REGION_ALIASES, REGION_COUNTIES} from './salary/places-data';
import {metroArea} from './salary/area-names';
import {stateCode, US_STATES} from './salary/states';
import {normalizeText} from './normalize';
import {escapeRegExp, placeNamePattern} from './regex-source';
import type {PayPeriod, PostedPay} from './types';
import {usd} from './usd';
import {labelledAfter, MIN_LISTED_YEARLY} from './pay-labels';
import {itemBreakAfter, itemBreakBefore, itemEndAfter, lineAfter, lineBefore} from './text-items';

/** Working time per year used to annualise: 2080 hours, 260 days, 52 weeks, 12 months. */
export const PERIODS_PER_YEAR: Readonly<Record<PayPeriod, number>> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1,
};

const anyCase = (words: string[]) => words.map(spellings).join('|');
// Period words after a figure: "per hour", "/hr", "an hour", "hourly", "a year", "annually", "/annual", "per annum", "p.a.".
const PERIOD_WORDS: ReadonlyArray<readonly [PayPeriod, string]> = [
  ['hour', `(?:(?:per|an?|/|each)\\s*(?:${anyCase(['hour', 'hr', 'h'])})|${anyCase(['hourly'])}|p/h|ph\\b)`],
  ['day', `(?:(?:per|a|/)\\s*(?:${anyCase(['day'])})|${anyCase(['daily'])})`],
  ['week', `(?:(?:per|a|/)\\s*(?:${anyCase(['week', 'wk'])})|${anyCase(['weekly'])})`],
  ['month', `(?:(?:per|a|/)\\s*(?:${anyCase(['month', 'mo', 'mth'])})|${anyCase(['monthly'])})`],
  [
    'year',
    `(?:(?:per|a|an|/)\\s*(?:${anyCase(['year', 'yr', 'annum'])})|(?:/\\s*)?(?:${anyCase(['annually', 'annual', 'annualized', 'annualised', 'yearly'])})|p\\.?a\\.|LPA|lpa)`,
  ],
];
const PERIOD_AFTER = PERIOD_WORDS.map(
  ([period, source]) =>
    [
      period,
      new RegExp(
        `^[\\s.,)]*(?:(?:USD|\\()\\s*)?(?:(?:gross|base|net|GROSS|Gross|Base|Net)\\s+)?(?:${source})(?![a-z])`,
      ),
    ] as const,
);
// Pay every two weeks or twice a month has no PayPeriod of its own: it is stated per week or per
// month with the figure scaled (2,000 biweekly = 1,000 a week), the text still shows what was written.
const SPLIT_PERIODS: ReadonlyArray<readonly [PayPeriod, number, RegExp]> = [
  [
    'week',
    0.5,
    /^[\s.,)]*(?:USD\s*)?(?:bi-?weekly|Bi-?weekly|BI-?WEEKLY|every (?:two|2) weeks|per (?:two|2) weeks)(?![a-z])/,
  ],
  [
    'month',
    2,
    /^[\s.,)]*(?:USD\s*)?(?:semi-?monthly|Semi-?monthly|SEMI-?MONTHLY|twice (?:a |per )?month(?:ly)?)(?![a-z])/,
  ],
];
// Period words before a figure: "Hourly rate: $25", "Annual salary of $120,000".
const PERIOD_BEFORE: ReadonlyArray<readonly [PayPeriod, RegExp]> = [
  ['hour', /\b(?:hourly|per hour)\b[^$\d]{0,25}$/i],
  ['day', /\b(?:daily|day) rate\b[^$\d]{0,25}$/i],
  ['week', /\bweekly\b[^$\d]{0,25}$/i],
  ['month', /\bmonthly\b[^$\d]{0,25}$/i],
  ['year', /\b(?:annual(?:ly)?|yearly|per year|per annum)\b[^$\d]{0,25}$/i],
];
/** The US federal pay plans' grade prefix: "GS-14", "GG 13", "WG-10" (OPM pay plans). */
const FEDERAL_GRADE = String.raw`\b(?:GS|GG|GL|GM|WG)[- ]?`;
// Between the two ends of a range: "-", "--", "to", "and", mojibake "\ufffd", with an optional period ("$21/hr. - $26/hr.").
// A Markdown copy escapes the dash ("USD 148,505 \\- USD 178,206").
// A federal grade and step may stand before the high end: "GS-14, Step 1 - $108,885 to GS-14, Step 10 - $172,500"; the
// market the low end is paid in after it: "from $147,600/year in our lowest geographic market up to $244,000/year".
const RANGE_GAP = new RegExp(
  `^\\s*(?:(?:${PERIOD_WORDS.map(([, source]) => source).join('|')})\\.?\\s*)?(?:(?:in|at|for) (?:our|the) low(?:est|er)\\b[^$\\d\\n]{0,50}?\\s(?:up\\s+)?)?(?:\\\\?--?|to|and|\\ufffd|~)\\s*(?:${FEDERAL_GRADE}\\d{1,2},?\\s*)?(?:[Ss]tep\\s*\\d{1,2}\\s*[-:]?\\s*)?$`,
);
// Words that show a figure is pay, close before it ("Salary: ", "pay range for this position is ").
// Also the pay words of postings written in German, French, Spanish, Portuguese, Italian and Dutch ("Gehalt: 70.000 €").
const PAY_BEFORE =
  /\b(?:salary|salaries|pays?|paying|paid|compensation|comp|wages?|rate|range|base|earn(?:ing|s)?|(?:on[- ]target|target|expected|total) earnings|ote|remuneration|ctc|package|starts? at|starting at|hiring range|(?:jahres)?gehalt|vergütung|salaire|rémunération|salario|sueldo|retribución|salário|remuneração|stipendio|retribuzione|salaris)(?![\p{L}\d_])/giu;
// A money noun that governs the figure: "revenues over $120 million", "projects ranging from $500k",
// "bonus of up to $20,000", "budget >$10MM"; or a perk the employer covers ("We cover up to $350 per month", "Company
// paid commuter benefit; $300 per month"). Only small words may stand between the noun and the figure,
// so "salary range for this Project Manager position is $90,000" stays pay.
// "Contract:" as a label names the kind of work, not a contract's value ("1099 Contract: $70-$80/hour").
const OTHER_BEFORE =
  /\b(?:revenues?|sales|funding|funded|raised|valuation|valued|worth|budgets?|portfolios?|projects?|assets|spend(?:ing)?|cover(?:s|ed|ing)?|commut\w*(?: (?:benefits?|subsid\w*))?|capital|market cap|bonus(?:es)?|sign[- ]?on|signing|referral|relocation|tuition|reimburse\w*|stipends?|allowances?|401\s?\(?k\)?|match(?:ing)?|grants?|equity|stock|(?:per|a) share|share price|tips|commissions?|contributions?|per diem|loans?|fees?|invest\w*|costs?|prices?|savings|awards?|prizes?|donat\w*|contracts?(?!\s*:)|deals?|premiums?|%\s*of\s+(?:(?:your|base|annual|eligible)\s+)?(?:salary|pay|compensation|earnings)(?:\s+(?:deferrals?|contributions?))?)\b[\s,:;(>~]*(?:(?:of|up|to|over|more|than|ranging|range|from|worth|valued|at|totaling|totalling|exceeding|exceeds?|approximately|about|nearly|around|greater|in|is|are|was|were|the|a|an|annual|typically|generally|averaging|between|roughly|almost|under|below|above|just|only|some|size|sizes|value|values|amount|amounts|total|totals|target)[\s,:(>~]+){0,5}$/i;
// After the figure: "$500 a month in tips", "$8000 Annual Stock Grant", "$2,500 per year for professional development",
// "$3,500 per year in educational funds", "$2,500 to spend towards travel".
// A perk's period may be written short ("Up to $150/mo health and wellness reimbursement"); a contract the job manages
// names what it is for ("manages a $500,000 annual flow monitoring contract"), a contractor's rate its terms ("$70/hr W2
// contract", "$60 per hour contract").
// Up to two free words may come before the noun, but not "plus"/"and" ("$150,000 plus bonus" is pay).
// " + bonus" with spaces round the sign is "plus bonus" (pay and a bonus); "$5,000+ signing bonus" is the bonus.
const OTHER_AFTER =
  /^(?!\s+\+\s)\+?\s*(?:(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|hour)|\/\s?(?:mo|month|yr|year|wk|week|day|hr|hour)\.?)\s+)?(?:in\s+|of\s+|for\s+|towards?\s+|one[- ]time\s+)?(?:[a-z-]+\s+(?:and|&)\s+)?(?:(?!plus\b|and\b|with\b|or\b|base\b|salary\b)[a-z-]+\s+){0,2}(?:tips|bonus(?:es)?|sign[- ]?on|signing|referral|relocation|revenue|sales|funding|stock|grants?|equity|tuition|reimburse\w*|allowance|stipends?|budget|projects?|company|business|valuation|assets|users|customers|employees|mile|deductible|premiums?|development|learning|education(?:al)?|training|conferences?|co-?working|wellness|fitness|equipment|commut\w*|phone|internet|credits?|donations?|match(?:ing)?)\b|^\s*to (?:spend|use)\b|^\s+(?:(?:annual|yearly|multi-?year)\s+)?(?:(?!(?:w-?2|1099|c2c|corp\w*|hourly|daily|weekly|monthly|annual|yearly|rate|role|position|job|basis|per|an?|the|hour|hr|day|week|month|year)\b)[a-z-]+\s+){1,2}contracts?\b/i;
// "Base" alone after the figure names it too, where nothing but its end, a "+" or another part of the pay follows
// ("$150K base + 15% bonus + RSUs"; not "a $100 base fee").
const PAY_NOUN_AFTER =
  /^\+?[\s,.)]*(?:(?:base|annual|starting|yearly)\s+)?(?:salary|pay|compensation)\b(?!\s*(?:increases?|raises?|bumps?|adjustments?|caps?|bonus|differential|premium|equity|transparency))|^\+?[\s,.)]*(?:OTE\b|on[- ]target earnings)|^\+?[\s,.)]*base(?=[ \t]*(?:$|[\n+,;.)|/]|plus\b|and\b|\())/i;
const PAY_AFTER =
  /^\+?[\s,.)]*(?:(?:base|annual|starting)\s+)?(?:salary|pay|compensation|wage|DOE|doe|USD|OTE\b|on[- ]target earnings|(?:plus|\+) (?:bonus|benefits|equity|commission|super(?:annuation)?\b))|^\+?[\s,.)]*base(?=[ \t]*(?:$|[\n+,;.)|/]|plus\b|and\b|\())/i;

// A site's pay line may write bare figures ("120,000 - 150,000"), but an element that is not pay at all (an
// adapter's selector after a redesign, a scraper's wrong column) names what its figure counts: a unit after it
// ("5 years", "50 lbs", "10%", "5'10\"", "24/7") or a label or another figure's unit before it ("Level 5", "5 ft 10", "24/7").
const BARE_UNIT_AFTER =
  /^(?:\s*(?:%|'|"|\/\s*\d)|\+?\s*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|lbs?|pounds?|kgs?|kilograms?|ft|feet|foot|inch(?:es)?|miles?|km|openings?|positions?|applicants?|candidates?|people|employees|reports|hires?|seats?|vacanc(?:y|ies)|times)(?![a-z]))/i;
/** A figure a percent sign or word follows is a share ("15% bonus", "10-20 percent"), whatever words stand near it. */
const PERCENT_AFTER = /^\s?(?:%|percent\b|per cent\b|pct\b)/i;
const BARE_LABEL_BEFORE =
  /\b(?:level|grade|band|step|tier|zone|rank|posted|updated|reposted|ages?|id|req|requisition|no\.?|number|#)\s*[-#:.]?\s*$|\d\s*(?:\/|'|ft|feet)\s*$/i;

/** Believable annual pay in dollar terms, so that "$99999999999", revenue or "$300 a year" never read as salary. */
const MAX_ANNUAL = 5_000_000;
const MIN_ANNUAL = 1_000;
/**
 * The lowest hourly cash wage US law allows, a tipped employee's (29 U.S.C. 203(m)(2)(A)(i), DOL Wage and Hour
 * Division, "Minimum Wages for Tipped Employees"): a dollar figure per hour below it ("$1" on a pay line) is a
 * placeholder, not pay.
 */
const MIN_US_HOURLY = 2.13;
// Currencies whose unit is worth far less than a dollar: magnitude rules scale by this.
const SMALL_UNIT: Readonly<Record<string, number>> = {INR: 80, JPY: 150};
// Upper bounds of hourly, daily and monthly figures when no period is written, per currency.
// Poland, Czechia and the Philippines quote pay by the month, in units worth a fraction of a dollar: "10 000 - 15 000
// PLN" and "up to Php 150,000" are monthly (as yearly pay either would be far below those countries' minimum wage).
const SIZE_LIMITS: Readonly<Record<string, readonly [number, number, number]>> = {
  default: [300, 1_500, 15_000],
  INR: [2_000, 10_000, 300_000],
  JPY: [10_000, 60_000, 1_500_000],
  PLN: [500, 3_000, 60_000],
  CZK: [2_000, 10_000, 300_000],
  PHP: [3_000, 20_000, 600_000],
};

interface Candidate {
  min: Amount;
  max: Amount;
  period: PayPeriod | null;
  /** Factor from the stated figures to the period's ("biweekly" figures are halved to weekly). */
  scale: number;
  /** The low end's own period when it differs from the high end's ("$85.10/hour to $251,000/year"). */
  minPeriod: PayPeriod | null;
  /** Span of text the figures and their period words cover. */
  start: number;
  end: number;
  score: number;
  /** Why these figures cannot be pay (a negative figure, scientific notation), or null. */
  problem: string | null;
}

/**
 * The split periods, then the plain ones, as one anchored pattern: the first alternative that matches wins, as when each
 * is tried in turn, and the empty group at its end says which (none of the sources has a group of its own). Most figures
 * have no period after them, and one failed match costs far less than seven.
 */
const ANY_PERIOD_AFTER = new RegExp(
  [...SPLIT_PERIODS.map(([, , pattern]) => pattern.source), ...PERIOD_AFTER.map(([, pattern]) => pattern.source)]
    .map((source) => `(?:${source}())`)
    .join('|'),
);
const PERIODS_AFTER: ReadonlyArray<readonly [PayPeriod, number]> = [
  ...SPLIT_PERIODS.map(([period, scale]) => [period, scale] as const),
  ...PERIOD_AFTER.map(([period]) => [period, 1] as const),
];
if (new RegExp(`${ANY_PERIOD_AFTER.source}|`).exec('')!.length !== PERIODS_AFTER.length + 1)
  throw new Error('a period pattern after a figure has a group of its own');

function periodAfter(text: string, from: number): {period: PayPeriod; end: number; scale: number} | null {
  const match = ANY_PERIOD_AFTER.exec(text.slice(from, from + 40));
  if (!match) return null;
  const which = match.indexOf('', 1) - 1;
  const [period, scale] = PERIODS_AFTER[which]!;
  return {period, end: from + match[0].length, scale};
}

/** Whether any of PERIOD_BEFORE matches: most figures have none before them, and one failed match costs less than five. */
const ANY_PERIOD_BEFORE = new RegExp(PERIOD_BEFORE.map(([, pattern]) => `(?:${pattern.source})`).join('|'), 'i');

function periodBefore(text: string, to: number): {period: PayPeriod; start: number} | null {
  const before = text.slice(Math.max(0, to - 60), to);
  if (!ANY_PERIOD_BEFORE.test(before)) return null;
  for (const [period, pattern] of PERIOD_BEFORE) {
    const match = pattern.exec(before);
    // A heading's period ("Salary (annual)" above the figures) is the figures', but the statement starts on their line.
    if (match) return {period, start: match[0].includes('\n') ? to : to - before.length + match.index};
  }
  return null;
}

/** Where the last match of `pattern` in `text` ends, or -1. */
function lastEnd(pattern: RegExp, text: string): number {
  let end = -1;
  // matchesOf: matchAll would clone the pattern on every call.
  for (const match of matchesOf(pattern, text)) end = match.index + match[0].length;
  return end;
}

const BETWEEN_BEFORE = /\bbetween\s*$/i;
/**
 * The two ends labelled apart: "Minimum Salary: $103,400 Maximum Salary: $148,600", "Salary Min: 90000, Max: 110000",
 * "minimum $25 per hour, maximum $30 per hour"; only pay words beside the labels ("maximum bonus" is other money).
 */
const PAY_LABEL = String.raw`(?:(?:base |annual |hourly )?(?:salary|pay|rate|wage|compensation)(?: range)?)`;
const MIN_LABEL_BEFORE = new RegExp(
  String.raw`\b(?:${PAY_LABEL} )?min(?:imum\b|\.|\b)(?: ${PAY_LABEL})?\s*(?:[:=]\s*)?$`,
  'i',
);
const MAX_LABEL_GAP = new RegExp(
  String.raw`^\s*(?:(?:${PERIOD_WORDS.map(([, source]) => source).join('|')})\.?\s*)?(?:[,;|/]\s*)?(?:${PAY_LABEL} )?max(?:imum\b|\.|\b)(?: ${PAY_LABEL})?\s*(?:[:=]\s*)?$`,
  'i',
);

/**
 * A number that labels a pay grade or step ("Step 1", "GS-14", "Level 3"), never an amount: "Step 1 - $108,885" is no
 * range from 1.
 */
const GRADE_LABEL_BEFORE = new RegExp(
  String.raw`(?:\b(?:step|grade|level|band|tier)\s*[-#:.]?|${FEDERAL_GRADE})\s*$`,
  'i',
);

/**
 * A row of a federal grade table gives the grade, then its lowest and highest pay with only spaces between ("GS-15
 * $136,908 $183,500", as USAJOBS lists "Pay scale & grade" beside "Salary"): one range, not two figures.
 */
const GRADE_ROW_BEFORE = new RegExp(String.raw`${FEDERAL_GRADE}\d{1,2}[\t ]+$`);
const GRADE_ROW_GAP = /^[\t ]{1,8}$/;

/**
 * The text between two figures without the notes in square brackets a pay-transparency statement puts after each
 * end: "$124,500 [minimum salary in our lowest geographic market] to $194,000". Spaces before a note are read from the
 * start of their run only, so a long run is not rescanned from each of its spaces.
 */
const withoutNotes = (gap: string) =>
  gap.includes('[') ? gap.replace(/(?:(?<!\s)\s+)?\[[^\][]{1,160}\]\s*/g, ' ') : gap;

/** Figures and ranges in a text, each with its period and how much its context says "pay". */
function candidatesIn(text: string, requireCurrency: boolean): Candidate[] {
  const amounts = amountsIn(text).filter(
    (amount) =>
      amount.currency !== null ||
      amount.signed ||
      // A grade, step or band is numbered small: "Band 145k", "band 145,000" names the band's pay.
      amount.multiplier === 1e3 ||
      amount.value >= 1000 ||
      !GRADE_LABEL_BEFORE.test(text.slice(Math.max(0, amount.start - 12), amount.start)),
  );
  const candidates: Candidate[] = [];
  for (let index = 0; index < amounts.length; index++) {
    let low = amounts[index]!;
    let high = low;
    const next = amounts[index + 1];
    const gap = next ? withoutNotes(text.slice(low.end, next.start)) : '';
    if (
      next &&
      !low.problem &&
      !next.problem &&
      gap.length <= 90 &&
      (RANGE_GAP.test(gap) ||
        (MAX_LABEL_GAP.test(gap) && MIN_LABEL_BEFORE.test(text.slice(Math.max(0, low.start - 30), low.start))) ||
        (low.currency !== null &&
          GRADE_ROW_GAP.test(gap) &&
          GRADE_ROW_BEFORE.test(text.slice(Math.max(0, low.start - 12), low.start)))) &&
      (next.currency === null || low.currency === null || next.currency === low.currency)
    ) {
      // "and" joins a range only when both ends are money ("between $160,000 and $220,000", "between 170k and 210k"),
      // or "between" opens it and the "k" written once is the money's ("between 100 and 120K").
      if (
        !/\band\b/.test(gap) ||
        (low.currency && next.currency) ||
        (low.multiplier === 1e3 && next.multiplier === 1e3) ||
        ((next.multiplier === 1e3 || next.currency) &&
          BETWEEN_BEFORE.test(text.slice(Math.max(0, low.start - 10), low.start)))
      ) {
        high = next;
        index++;
      }
    }
    const currency = low.currency ?? high.currency;
    // Most figures of a description carry no currency (years, counts): only thousands may still be pay (below),
    // or an hourly rate a pay word and the hour both name ("Pay range: 45-55 per hour").
    const grouped =
      high.multiplier !== 1e3 &&
      ((inGroupedThousands(low) && inGroupedThousands(high)) || (inPlainThousands(low) && inPlainThousands(high)));
    const thousands = high.multiplier === 1e3 || grouped;
    const context = text.slice(Math.max(0, low.start - 80), low.start);
    // A bare rate needs a pay word right before it (below), which most bare figures ("5 years", "24/7") lack: that test
    // first spares them reading the periods around them.
    const hourly =
      !thousands &&
      currency === null &&
      requireCurrency &&
      hourlyPayBefore(context) &&
      (periodAfter(text, high.end)?.period === 'hour' ||
        // "Hourly rate: 45.00 - 55.00", with nothing after the figures but the end or words about the pay.
        (periodBefore(text, low.start)?.period === 'hour' &&
          BARE_THOUSANDS_END.test(text.slice(high.end, high.end + 30))));
    if (requireCurrency && currency === null && !thousands && !hourly) continue;
    const signed = low.currency ? low.signed : high.signed;
    low = inCurrency(low, currency, signed);
    high = inCurrency(high, currency, signed);
    const payAt = lastEnd(PAY_BEFORE, context);
    // Another kind of money is named on the figure's own line: "a budget of $5M", not a line ending in
    // "budget" above a pay line.
    if (OTHER_BEFORE.test(context.slice(context.lastIndexOf('\n') + 1))) continue;
    // Without a currency mark, only thousands a pay word comes right before count: "Base pay 120k - 190k", "Base
    // Salary Range: 145,000.00 - 185,000.00".
    // A "k" says money more plainly than grouped digits: a few more words may stand between ("The expected salary
    // for this role is between 170k and 210k").
    // (No pay word at all is no pay word right before, however near the text's start the figure stands.)
    const payWordRightBefore = payAt >= 0 && payAt >= context.length - (high.multiplier === 1e3 ? 40 : 25);
    // Or a range in "k" that opens its line and the year alone follows: "145K-165K/year", "Target: 120k - 150k per
    // year" (not "145K users a year", "Save 10K-20K a year on fees").
    const yearlyInK =
      high !== low && high.multiplier === 1e3 && LINE_OPENS_WITH_FIGURE.test(context) && yearAlone(text, high.end);
    if (requireCurrency && currency === null && !(thousands ? payWordRightBefore || yearlyInK : hourly)) continue;
    if (PERCENT_AFTER.test(text.slice(high.end, high.end + 9))) continue;
    if (low.huge || high.huge) continue;
    // "$110-160K": the multiplier written once applies to both ends.
    if (!low.multiplied && high.multiplied && low.value * high.multiplier <= high.value)
      low = timesMultiplier(low, high.multiplier);
    const after = periodAfter(text, high.end);
    const before = after ? null : periodBefore(text, low.start);
    const period = after?.period ?? before?.period ?? null;
    const start = before?.start ?? low.start;
    const end = after?.end ?? high.end;
    // A bare grouped figure that a noun follows counts something ("pay 12,000 vendors").
    if (requireCurrency && currency === null && grouped && !BARE_THOUSANDS_END.test(text.slice(end, end + 20)))
      continue;
    if (
      currency === null &&
      period === null &&
      payAt < 0 &&
      (BARE_UNIT_AFTER.test(text.slice(high.end, high.end + 20)) || BARE_LABEL_BEFORE.test(context.slice(-20)))
    )
      continue;

    // Words after the figure up to the line's end only: the next line is another sentence ("...USD\nDetermine business impact").
    if (OTHER_AFTER.test(text.slice(high.end, high.end + 60).split('\n', 1)[0]!)) continue;
    // A job site's own guess, not the employer's posted pay ("(Employer Est.)" is the employer's, and pay).
    if (SITE_ESTIMATE_AFTER.test(text.slice(end, end + 40))) continue;
    const lowOwn = high !== low ? periodAfter(text, low.end) : null;
    const minPeriod = lowOwn && period && lowOwn.period !== period && lowOwn.scale === 1 ? lowOwn.period : null;
    let score = 0;
    if (payAt >= 0) score += 2;
    if (period) score += 2;
    if (high !== low) score += 1;
    // A pay noun right after a figure in a currency names it as a pay word before it does ("$180K base salary").
    if (currency !== null && PAY_NOUN_AFTER.test(text.slice(end, end + 40))) score += 2;
    else if (
      PAY_AFTER.test(text.slice(end, end + 40)) ||
      /^\s*(?:USD|EUR|GBP|INR|AUD|CAD)\b/.test(text.slice(high.end, high.end + 6)) ||
      /[A-Z]{3}$/.test(high.text) ||
      (high !== low &&
        currency !== null &&
        (placeLabelled(text, low, high) || labelledAfter(text, low, high) || standsAlone(text, start, end)))
    )
      score += 1;
    candidates.push({
      min: low,
      max: high,
      period,
      minPeriod,
      scale: after?.scale ?? 1,
      start,
      end,
      score,
      problem: low.problem ?? high.problem,
    });
  }
  return candidates;
}

/**
 * What opens a range's line: "Colorado: ", "- Zone 1 - ", "All other US locations: " (group 1, the label).
 * Pay-transparency lists give one yearly range per place and often name pay only in a heading far above.
 */
const LABEL_AT_LINE_START = String.raw`^[ \t]*(?:[-*\u2022][ \t]*)?([A-Za-z][\w .,&/'()-]{1,44}?)[ \t]*(?::|[ \t][-\u2013\u2014])[ \t]*`;
const LINE_LABEL = new RegExp(`${LABEL_AT_LINE_START}$`);
/** A pay zone's own name: "Zone 1", "Tier B", "Geo Zone 2", "Market 3". */
const ZONE_LABEL = /^(?:geo(?:graphic)? )?(?:zone|tier|region|market|location|area|band)[ -]?(?:\d{1,2}|[a-e])$/i;
/** Another line of the same list: a label, then money. */
const LABELLED_MONEY_LINE = new RegExp(String.raw`${LABEL_AT_LINE_START}(?:[A-Z]{3}[ \t]?)?[$\u20ac\u00a3][ \t]?\d`);
const STATE_NAMES = new Set(Object.values(US_STATES).map((name) => name.toLowerCase()));
/** A range's own state label, at the end of the words before it: "; washington: " (lower case, as before() gives). */
const STATE_LABEL = new RegExp(String.raw`(?:^|[\s;,(])(${[...STATE_NAMES].map(escapeRegExp).join('|')})\s*[:–—-]\s*$`);

/**
 * A yearly range on a line of its own that a place's label opens ("Colorado: $140,000 - $170,000", "Zone 1:
 * $160k-$200k"), or one of two or more such lines in a row: pay by place, with or without a pay word near it.
 * The items of such a list may share a line, between ";", "|" or full stops ("SF Bay Area: $150K - $190K; All
 * other US locations: $130K - $165K").
 */
function placeLabelled(text: string, low: Amount, high: Amount): boolean {
  if (Math.min(low.value, high.value) < MIN_LISTED_YEARLY) return false;
  const lineStart = text.lastIndexOf('\n', low.start - 1) + 1;
  const lineEnd = text.indexOf('\n', high.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const itemStart = itemBreakBefore(line, low.start - lineStart);
  const item = line.slice(itemStart, low.start - lineStart);
  // The list's first item may follow its heading: "Pay range: Seattle area: $160,000 - ...; Texas: ...".
  const label = (LINE_LABEL.exec(item) ?? LINE_LABEL.exec(item.slice(item.indexOf(':') + 1)))?.[1]?.toLowerCase();
  if (!label || OTHER_BEFORE.test(label)) return false;
  if (ZONE_LABEL.test(label) || STATE_NAMES.has(label) || OTHER_PLACES.test(label)) return true;
  const itemEnd = itemBreakAfter(line, high.end - lineStart);
  return (
    LABELLED_MONEY_LINE.test(lineBefore(text, lineStart)) ||
    (lineEnd >= 0 && LABELLED_MONEY_LINE.test(lineAfter(text, lineEnd))) ||
    (itemStart > 0 && LABELLED_MONEY_LINE.test(line.slice(itemBreakBefore(line, itemStart - 1), itemStart - 1))) ||
    (itemEnd < line.length && LABELLED_MONEY_LINE.test(line.slice(itemEnd + 1, itemBreakAfter(line, itemEnd + 1))))
  );
}

/**
 * Where a field of a line starts or ends: the line's edge, or a "|" or a middle dot between fields, as a board's
 * header writes them ("$150K – $190K • Offers Equity", "Remote · $120K - $150K").
 */
const FIELD_START = /(?:^|[\n|\u2022\u00b7])[ \t]*(?:[-*\u2022][ \t]*)?$/;
const FIELD_END = /^[ \t]*(?:\+[ \t]*(?:equity|bonus|benefits|super(?:annuation)?)[ \t]*)?(?:$|[\n|\u2022\u00b7])/i;

/**
 * A range in a currency that fills its line or its field of a "|"-separated header ("Acme | Senior TPM | Remote (US) |
 * $150K-$180K | Full-time", a range alone under a posting's title): what else a posting sets apart so is its pay. Other
 * money named so (a budget, a project's size) says what it is on the line, which OTHER_BEFORE and OTHER_AFTER read.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  return FIELD_START.test(text.slice(Math.max(0, start - 12), start)) && FIELD_END.test(text.slice(end, end + 30));
}

/**
 * Tens or hundreds of thousands written with a comma between the groups, cents at most ("145,000", "85,000.00"):
 * a yearly sum's shape. Not Indian grouping ("12,00,000"), whose currency a bare figure cannot tell.
 */
const inGroupedThousands = (amount: Amount) => /^\d{2,3},\d{3}(?:\.\d{2})?$/.test(amount.digits);
/** The same written without the comma, as a spreadsheet or form exports it ("95000-120000"). */
const inPlainThousands = (amount: Amount) => /^[1-9]\d{4,5}(?:\.\d{2})?$/.test(amount.digits);
/**
 * What names a bare figure before "per hour" as pay: a word for pay itself, not "rate" alone ("error rate: 5 per hour").
 */
export const HOURLY_PAY_BEFORE =
  /\b(?:salary|pays?|paid|compensation|wages?|(?:hourly|pay|bill|billing) rate)\b(?:\s*(?:range|rate|is|of|from|between|:|-))*\s*$/i;
/**
 * The characters HOURLY_PAY_BEFORE can end with before the spaces up to the figure: the last letters of its pay words
 * and of the words it allows after them ("range", "rate", "is", "of", "from", "between"), ":" and "-" (the pattern folds
 * ASCII case only). Most bare figures ("5 years", "Step 3") have another character there, and looking at it costs far
 * less than the pattern, which is tried from each of the 80 characters before the figure. A test reads the pattern's
 * words from its source and fails when one ends with a character not here.
 */
export const HOURLY_PAY_ENDS: ReadonlySet<string> = new Set('ydnsefmYDNSEFM:-');

function hourlyPayBefore(context: string): boolean {
  // trimEnd drops the characters \s matches.
  const words = context.trimEnd();
  return HOURLY_PAY_ENDS.has(words.charAt(words.length - 1)) && HOURLY_PAY_BEFORE.test(context);
}

/** What may follow such a bare figure read as pay: the end, a sign or bracket, or words about the pay itself. */
const BARE_THOUSANDS_END =
  /^(?:\s*$|\s*[^\sa-z]|\s+(?:plus|depending|doe|based|commensurate|with|and|base|gross|net|pre-tax|before|salary|pay)\b)/;

/** What may stand before a figure that opens its line: a bullet, a short label. */
const LINE_OPENS_WITH_FIGURE = /(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?(?:[A-Za-z][\w ]{0,30}:[ \t]*)?$/;

/** Whether the year follows the figure ending at `end`, and after it nothing but what BARE_THOUSANDS_END allows. */
function yearAlone(text: string, end: number): boolean {
  const after = periodAfter(text, end);
  return after?.period === 'year' && BARE_THOUSANDS_END.test(text.slice(after.end, after.end + 20));
}

/** The period a figure most likely has when none is written, from its size. */
function periodBySize(value: number, currency: string): PayPeriod {
  const [hour, day, month] = SIZE_LIMITS[currency] ?? SIZE_LIMITS.default!;
  if (value < hour) return 'hour';
  if (value < day) return 'day';
  if (value < month) return 'month';
  return 'year';
}

/** Pay figures that were stated but cannot be believed, and why ("no pay" with the reason). */
export interface UnreadPay {
  text: string;
  reason: string;
}

function toPay(candidate: Candidate, text: string, statedPeriod?: PayPeriod): PostedPay | UnreadPay {
  const currency = candidate.min.currency ?? candidate.max.currency ?? 'USD';
  const min = Math.min(candidate.min.value, candidate.max.value) * candidate.scale;
  const max = Math.max(candidate.min.value, candidate.max.value) * candidate.scale;
  const stated = text.slice(candidate.start, candidate.end).trim();
  if (candidate.problem) return {text: stated, reason: `the figure is ${candidate.problem}`};
  if (!(min > 0) || !Number.isFinite(max)) return {text: stated, reason: 'the figure is zero or not a number'};
  const round = (value: number) => Math.round(value * 100) / 100;
  const scale = SMALL_UNIT[currency] ?? 1;
  const dollars = `${currency === 'USD' ? '' : `${currency} figures worth about `}`;
  const implausible = (annualMin: number, annualMax: number): string | null => {
    if (annualMax / scale > MAX_ANNUAL && !SIZE_UNKNOWN.has(currency))
      return `${dollars}${usd(Math.round(annualMax / scale))} a year is above ${usd(MAX_ANNUAL)}, more than any salary`;
    if (annualMin / scale < MIN_ANNUAL)
      return `${dollars}${usd(Math.round(annualMin / scale))} a year is below ${usd(MIN_ANNUAL)}, less than any salary`;
    return annualMin <= annualMax ? null : 'the low end of the range is above its high end';
  };
  if (candidate.minPeriod && candidate.period) {
    // Each end in its own period: both annualised, the range stated per year.
    const annualMin = round(candidate.min.value * candidate.scale * PERIODS_PER_YEAR[candidate.minPeriod]);
    const annualMax = round(candidate.max.value * candidate.scale * PERIODS_PER_YEAR[candidate.period]);
    const problem = implausible(annualMin, annualMax);
    return problem
      ? {text: stated, reason: problem}
      : {min: annualMin, max: annualMax, period: 'year', currency, annualMin, annualMax, text: stated};
  }
  // Lakh and crore are quoted per year, but only a range written in them throughout says so: "₹80K - ₹1L"
  // (thousands at the low end) is monthly pay on Glassdoor India's cards, which write no period.
  const lakhRange = candidate.max.perYearByCustom && candidate.min.multiplier === candidate.max.multiplier;
  const period = candidate.period ?? statedPeriod ?? (lakhRange ? 'year' : periodBySize(max, currency));
  const perYear = PERIODS_PER_YEAR[period];
  const annualMin = round(min * perYear);
  const annualMax = round(max * perYear);
  const problem =
    currency === 'USD' && period === 'hour' && min < MIN_US_HOURLY
      ? `$${min.toFixed(2)} an hour is below $${MIN_US_HOURLY.toFixed(2)}, the lowest cash wage US law allows`
      : implausible(annualMin, annualMax);
  if (problem) return {text: stated, reason: problem};
  return {min, max, period, currency, annualMin, annualMax, text: stated};
}

interface PayReading {
  posted: PostedPay | null;
  /** The figures that read as pay but could not be believed, when no believable pay was found. */
  unread: UnreadPay | null;
}

const isPay = (value: PostedPay | UnreadPay): value is PostedPay => 'annualMin' in value;

/** The best pay statement in a text; the site's own pay line needs no currency mark or pay word. */
function payIn(
  text: string,
  fromPayLine: boolean,
  statedPeriod?: PayPeriod,
  found: readonly Candidate[] = candidatesIn(text, !fromPayLine),
): PayReading {
  const candidates = found.filter((candidate) => fromPayLine || candidate.score >= 2);
  candidates.sort((a, b) => b.score - a.score || a.start - b.start);
  let unread: UnreadPay | null = null;
  for (const candidate of candidates) {
    const pay = toPay(candidate, text, statedPeriod);
    if (isPay(pay)) return {posted: pay, unread: null};
    unread ??= pay;
  }
  return {posted: null, unread};
}

/**
 * The job's posted pay from the site's salary line first, then the description; when none is
 * believable, the figures that were stated and why they cannot be pay. With the posting's place, a
 * description that gives one range per place gives that place's.
 */
export function readPay(
  salaryText: string,
  description: string,
  where?: PayPlace | null,
  outsideUs = false,
): PayReading {
  const described = normalizeText(description ?? '');
  // The description's figures, read once for both questions asked of them.
  let found: Candidate[] | undefined;
  const inDescription = () => (found ??= candidatesIn(described, true));
  const placed = where ? payForPlace(described, where, inDescription) : null;
  if (placed) return isPay(placed) ? {posted: placed, unread: null} : {posted: null, unread: placed};
  const line = payIn(normalizeText(salaryText ?? ''), true);
  if (line.posted) return line;
  // A job outside the US: a range the description gives for US roles is not its pay.
  const forUs = outsideUs ? inDescription().filter((candidate) => forUsRoles(described, candidate)) : [];
  const text = payIn(
    described,
    false,
    undefined,
    forUs.length ? inDescription().filter((candidate) => !forUs.includes(candidate)) : inDescription(),
  );
  if (text.posted) return text;
  const usRange = forUs.find((candidate) => candidate.score >= 2);
  const unread = usRange
    ? {
        text: described.slice(usRange.start, usRange.end).trim(),
        reason: 'the range is for US-based roles, and the job is outside the US',
      }
    : null;
  return {posted: null, unread: line.unread ?? unread ?? text.unread};
}

/**
 * Words before a range, in its sentence, that give it to US roles only: "For U.S.-based roles, we expect a starting
 * base salary between", "The pay range for this position in the United States is".
 */
const FOR_US_ROLES =
  /\b(?:U\.S\.?|US|United States)[- ]based\b|\b(?:[Ii]n|[Ww]ithin|[Aa]cross) the (?:U\.S\.?|US|USA|United States)\b|\b[Ff]or (?:the )?(?:U\.S\.?|US|USA|United States) (?:roles?|positions?|locations?|employees|candidates|applicants|hires)\b|\b(?:U\.S\.?|US) (?:pay|salary|base pay|compensation) range\b/;

function forUsRoles(text: string, candidate: Candidate): boolean {
  const before = text.slice(Math.max(0, candidate.start - 160), candidate.start);
  // From the sentence's start only: "...in the US. Canada: $120,000" gives the next range to Canada.
  const sentence = before.slice(
    Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('\n')) + 1,
  );
  return FOR_US_ROLES.test(sentence);
}

/** Where the posting's job is, as the salary data resolved its location: "Mountain View, CA" in county 06085. */
export interface PayPlace {
  place: string;
  county?: string;
  countyFips?: string;
  /** The metro (wage) area as the salary tables name it: "San Francisco-Oakland-Fremont, CA". */
  area?: string | null;
  /** A remote job: the range a list labels remote is its own ("Remote: $150,000 - $180,000"). */
  remote?: boolean;
}

/** Words that give a range to every place the others leave out. */
const OTHER_PLACES =
  /\b(?:all|any|in|for|across|at) other (?:(?:u\.?s\.?|us|united states)\s+)?(?:locations?|areas?|states|cities|regions?|zones?|markets?|geographies)\b|\b(?:other|remaining) (?:u\.?s\.?|us|united states) (?:locations?|areas?|states)\b|\brest of (?:the )?(?:u\.?s\.?|us|united states|country)\b|\b(?:all|any) other\b(?=[^a-z]{0,4}$)|\belsewhere(?: in the (?:u\.?s\.?|us|united states|country)\b|(?=[^a-z]{0,4}$))/;

/** A range for the whole country, labelled in brackets after it: "$140,000 - $175,000 (national)". */
const NATIONAL_AFTER = /^\s*\(\s*(?:u\.?s\.?\s+)?national(?:ly|wide)?(?:\s+range)?\s*\)/;
/** A remote job's range, labelled right before it: "Remote: $150,000", "all other locations (including remote):". */
const REMOTE_LABEL = /\bremote\b[^$\d\n]{0,30}$/;
/** Or right after it: "$150,000 - $180,000 (remote)", "$150,000 - $180,000 for remote roles". */
const REMOTE_AFTER = /^\W{0,3}(?:\(|for |if )?(?:fully )?remote\b/;

/** Text before a range back to the previous figure (at most this far), where "in those locations" is said. */
const PLACE_CONTEXT_BEFORE = 300;
const PLACE_CONTEXT_AFTER = 60;

/** Lower-case names a text may use for the place: its city, its county, and the regions that hold the county. */
function namesOf(where: PayPlace): string[] {
  const names = [where.place.split(',')[0]!.trim().toLowerCase()];
  if (where.county) names.push(where.county.toLowerCase());
  const own = names.filter((name) => name.length >= 3);
  // A region's short names count however short ("SF", "KC"): a list writes them as words ("(Seattle/SF)").
  for (const region of REGION_ALIASES) {
    if (where.countyFips && (region.county === where.countyFips || region.alsoCounties.includes(where.countyFips)))
      own.push(...region.names);
  }
  return own;
}

/**
 * The other principal cities of the posting's metro area, which its name lists ("San Francisco" for a job in Oakland:
 * "San Francisco-Oakland-Fremont, CA"): a range for that city is a range for its metro area. Not a city that is also a
 * state's name ("Washington"), which a list by state uses.
 */
function areaCitiesOf(where: PayPlace): string[] {
  const area = metroArea(where.area);
  if (!area) return [];
  const own = where.place.split(',')[0]!.trim().toLowerCase();
  return area
    .replace(/,[^,]*$/, '')
    .split(/[-/]/)
    .map((city) => city.trim().toLowerCase())
    .filter((city) => city.length >= 3 && city !== own && !STATE_NAMES.has(city));
}

/**
 * The state's name, for a range given per state; none for New York, whose name a range gives the city
 * ("New York: $175,000"), or for DC.
 */
function stateNameOf(where: PayPlace): string | null {
  const code = /,\s*([A-Z]{2})$/.exec(where.place)?.[1];
  return code && code !== 'NY' && code !== 'DC' ? (US_STATES[code]?.toLowerCase() ?? null) : null;
}

/** The state named, not the city of "Washington, DC". */
function namesState(context: string, state: string): boolean {
  for (const match of matchesOf(new RegExp(placeNamePattern(state).source, 'g'), context))
    if (!/^,?\s*d\.?\s?c\b/.test(context.slice(match.index + match[0].length))) return true;
  return false;
}

/**
 * Each place name's pattern, built once: a list of ranges asks every name of every range's words, in up to five passes.
 * The names are the salary data's (cities, counties, regions), and the pattern has no "g" flag, so one copy serves all.
 */
const placeName = rememberedBy(placeNamePattern, 2000, false);
const namesPlace = (text: string, names: readonly string[]) => names.some((name) => placeName(name).test(text));

/**
 * Several ranges for several places ("across the U.S. ... $84,200 - $165,200"; "within the San
 * Francisco Bay area and New York City metropolitan area ... $109,000 - $180,400"): the range whose
 * own words name the posting's place, or null when none or more than one does. A list whose every range a
 * state names, none the posting's state, gives that place no pay: the reason says whose ranges they are.
 */
function payForPlace(text: string, where: PayPlace, found: () => readonly Candidate[]): PostedPay | UnreadPay | null {
  const names = namesOf(where);
  if (names.length === 0) return null;
  // The ranges in money at both ends count beside those with a pay word of their own: a list names pay once
  // ("Pay ranges: San Francisco Bay Area: $180,000-$220,000; New York: $175,000-$215,000; ...").
  const all = found();
  if (!all.some((candidate) => candidate.score >= 2)) return null;
  const candidates = all.filter(
    (candidate) => candidate.score >= 2 || (candidate.min !== candidate.max && candidate.min.currency !== null),
  );
  const distinct = new Set(candidates.map((candidate) => `${candidate.min.value}-${candidate.max.value}`));
  if (distinct.size < 2) return null;
  // The words before a range, back to the range before it in the list, or to the end of that range's item where a
  // break ends it: a label after a range ("$170,000 - $210,000 (Northern California); $160,000 - ...") is its own.
  // Each range's words are read once, though up to five passes below ask them.
  const befores: string[] = [];
  const afters: string[] = [];
  const contexts: string[] = [];
  const before = (index: number) =>
    (befores[index] ??= text
      .slice(
        Math.max(
          index > 0 ? itemEndAfter(text, candidates[index - 1]!.end, candidates[index]!.start) : 0,
          candidates[index]!.start - PLACE_CONTEXT_BEFORE,
        ),
        candidates[index]!.start,
      )
      .toLowerCase());
  // The words after a range, up to the next item of a list ("California: $170,000 - $210,000 | Colorado: ...").
  const after = (index: number) =>
    (afters[index] ??= text
      .slice(candidates[index]!.end, candidates[index]!.end + PLACE_CONTEXT_AFTER)
      .split(/[.;\n|$\u20ac\u00a3]/)[0]!
      .toLowerCase());
  const named = (says: (context: string) => boolean) =>
    candidates.filter((_, index) => says((contexts[index] ??= `${before(index)} ${after(index)}`)));
  if (where.remote) {
    const remote = candidates.filter(
      (_, index) =>
        REMOTE_LABEL.test(before(index).slice(-PLACE_CONTEXT_AFTER)) ||
        REMOTE_AFTER.test(after(index)) ||
        NATIONAL_AFTER.test(after(index)),
    );
    return oneRange(remote, text);
  }
  let matching = named((context) => namesPlace(context, names));
  // Then a region of the state the place is in ("Southern California" for San Diego), and not the state's other regions
  // (another state's are no matter: "California (Bay Area), New York, Washington: $176,000 - ..." for Seattle).
  const inRegion = REGION_COUNTIES.filter((region) => where.countyFips && region.counties.has(where.countyFips));
  const stateFips = where.countyFips?.slice(0, 2) ?? '';
  const otherRegions = REGION_COUNTIES.filter(
    (region) => !inRegion.includes(region) && [...region.counties].some((fips) => fips.startsWith(stateFips)),
  );
  const otherRegion = (context: string) => otherRegions.some((region) => namesPlace(context, region.names));
  if (matching.length === 0 && inRegion.length)
    matching = named((context) => inRegion.some((region) => namesPlace(context, region.names)));
  // Then the state, as pay-transparency lists name them ("Colorado: $140,000 - $170,000; Washington: ...").
  const state = stateNameOf(where);
  if (matching.length === 0 && state)
    matching = named((context) => namesState(context, state) && !otherRegion(context));
  // Then another principal city of its metro area ("San Francisco Bay Area: $190,000" for Oakland).
  const areaCities = areaCitiesOf(where);
  if (matching.length === 0 && areaCities.length) matching = named((context) => namesPlace(context, areaCities));
  // None names the place: the range for everywhere else ("All other US locations: $150,000-$190,000"), by the
  // words right before it or after it up to the next figure ("... $130,000 - $170,000 in other US locations").
  if (matching.length === 0) {
    const upToNextFigure = (index: number) => after(index).split(/[$\u20ac\u00a3\d]/)[0]!;
    matching = candidates.filter(
      (_, index) =>
        OTHER_PLACES.test(before(index).slice(-PLACE_CONTEXT_AFTER)) ||
        OTHER_PLACES.test(upToNextFigure(index)) ||
        NATIONAL_AFTER.test(after(index)),
    );
  }
  if (matching.length === 0 && state) {
    const states = candidates.flatMap((_, index) => STATE_LABEL.exec(before(index))?.[1] ?? []);
    if (states.length === candidates.length) {
      const first = candidates[0]!;
      const last = candidates.at(-1)!;
      return {
        text: text.slice(first.start, Math.min(last.end, first.start + 200)).trim(),
        reason: `the ranges are given for ${[...new Set(states)].map((name) => US_STATES[stateCode(name)!]).join(', ')}, not ${where.place}`,
      };
    }
  }
  return oneRange(matching, text);
}

/** The pay of the ranges a place's words picked, when they are one range; else null (the default reading stands). */
function oneRange(matching: readonly Candidate[], text: string): PostedPay | null {
  const ranges = new Set(matching.map((candidate) => `${candidate.min.value}-${candidate.max.value}`));
  if (ranges.size !== 1) return null;
  const pay = toPay(matching[0]!, text);
  return isPay(pay) ? pay : null;
}

/**
 * A site's pay line alone. `period` is the period the site states elsewhere on the page for a line that
 * writes none (Glassdoor's card data says MONTHLY where its card shows "₹25K - ₹35K"); a period the line
 * writes wins, and without either the figure's size decides.
 */
export function extractPayLine(salaryText: string, period?: PayPeriod): PostedPay | null {
  return payIn(normalizeText(salaryText), true, period).posted;
}

/** The job's posted pay (see readPay). Null when none is stated. */
export function extractPay(salaryText: string, description: string, where?: PayPlace | null): PostedPay | null {
  return readPay(salaryText, description, where).posted;
}
