// Money amounts as postings print them: "$120K", "₹5L", "86,840 USD", "AUD 130000", "€55.000".
import {merged} from './merged';
import {escapeRegExp} from './regex-source';

/** Currency marks before an amount, longest first, with their ISO 4217 code. */
const PREFIX_CURRENCIES: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['NZ$', 'NZD'],
  ['S$', 'SGD'],
  ['HK$', 'HKD'],
  ['R$', 'BRL'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['¥', 'JPY'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['₱', 'PHP'],
  // The peso as Philippine postings write it ("up to Php 150,000"); "PHP" in capitals is the language ("PHP 8").
  ['Php', 'PHP'],
  ['₦', 'NGN'],
  ['₩', 'KRW'],
  ['₪', 'ILS'],
  ['₺', 'TRY'],
  ['₫', 'VND'],
  ['฿', 'THB'],
];
export const ISO_CODES = [
  'USD',
  'EUR',
  'GBP',
  'INR',
  'AUD',
  'CAD',
  'NZD',
  'SGD',
  'HKD',
  'CHF',
  'JPY',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'BRL',
  'MXN',
  'ZAR',
  'AED',
] as const;
/**
 * Other ISO 4217 codes of countries that post jobs, so that "67,000 ETB Monthly" is not read as US dollars a year.
 * Left out: the codes that are also words or names written in capitals beside a number ("ALL 50 states", "TOP 10",
 * "AMD 7000", "PHP 8", "PEN", "MAD", "BOB", "CUP", "GEL", "SOS", "BAM", "MOP"); "₱" marks the Philippine peso.
 * No exchange rates are bundled: figures in these are read as written, and no size makes them implausible.
 */
const OTHER_CODES = (
  'ETB KES NGN GHS EGP TZS UGX RWF ZMW XOF XAF TND DZD BWP MUR NAD AOA MZN CNY KRW TWD THB VND IDR MYR PKR BDT LKR ' +
  'NPR ILS TRY SAR QAR KWD BHD OMR JOD KZT UZS MNT MMK KHR CZK HUF RON BGN RSD UAH RUB ISK AZN MDL BYN MKD ARS CLP ' +
  'COP UYU PYG VES CRC GTQ HNL NIO PAB DOP JMD TTD BBD BSD BZD HTG FJD PGK'
).split(' ');
const CODES: readonly string[] = [...ISO_CODES, ...OTHER_CODES];
// Looked up by a figure's mark: a search of the lists upper-cased the mark once for each of their hundred codes.
const CODE_SET: ReadonlySet<string> = new Set(CODES);
const PREFIX_CODES: ReadonlyMap<string, string> = new Map(PREFIX_CURRENCIES);
/** Currencies read whose size against the dollar the core does not know (see OTHER_CODES). */
export const SIZE_UNKNOWN: ReadonlySet<string> = new Set([...OTHER_CODES, 'PHP']);

/** Multipliers written after a figure. "K"/"thousand" = 1,000; "L"/"lakh" = 100,000; "crore" = 10,000,000. */
const MULTIPLIERS: ReadonlyArray<readonly [RegExp, number, boolean]> = [
  [/^(?:k|K|thousand|Thousand)$/, 1e3, false],
  [/^(?:mm|MM|m|M|mn|million|Million)$/, 1e6, true],
  [/^(?:b|B|bn|billion|Billion)$/, 1e9, true],
  [/^(?:L|LPA|lpa|lakhs?|Lakhs?|lacs?|Lacs?)$/, 1e5, false],
  [/^(?:cr|Cr|crores?|Crores?)$/, 1e7, false],
];

/** A currency sign after an ISO code, optional. */
const CODE_THEN_SIGN = '(?:\\s?[$€£¥₹])?';

const PREFIX_SOURCE = [
  ...PREFIX_CURRENCIES.map(([mark]) => escapeRegExp(mark)).map((mark) =>
    /^[A-Za-z]/.test(mark) ? `\\b${mark}` : mark,
  ),
  // "CAD $120,000", "USD $95,000": the code says which dollar the sign is.
  ...CODES.map((code) => `\\b${code}${CODE_THEN_SIGN}`),
].join('|');
/** "45 dollars an hour", "150,000 US dollars": the word after the figure, as a code or sign would be. */
const DOLLAR_WORD = String.raw`(?:US |U\.S\. )?[Dd]ollars?`;
const DOLLAR_WORDS = new RegExp(`^${DOLLAR_WORD}$`, 'i');
const SUFFIX_SOURCE = [...CODES.map((code) => `${code}\\b`), '€', '£', `${DOLLAR_WORD}\\b`].join('|');
const MULTIPLIER_SOURCE =
  'LPA|lpa|lakhs?|Lakhs?|lacs?|Lacs?|crores?|Crores?|thousand|Thousand|million|Million|billion|Billion|mm|MM|mn|bn|cr|Cr|k|K|m|M|b|B|L';

/**
 * What separates groups of thousands besides a comma or a full stop: a space (plain, no-break U+00A0, thin
 * U+2009 or narrow no-break U+202F) or, in Swiss style, an apostrophe ("CHF 120'000").
 */
const GROUP_MARK = "[ \\u00a0\\u2009\\u202f']";

/**
 * One figure with whatever marks it: currency before or after, a multiplier after.
 * Digits: "120,000.00", "1,20,000" (Indian grouping), "55.000" (European grouping), "120 000" (spaces
 * group thousands in French, Nordic and SI style, also with a no-break or thin space), "120'000" (Swiss), "120000".
 */
export const AMOUNT = new RegExp(
  `(?:(${PREFIX_SOURCE})\\s?(-\\s?)?)?(?<![\\d.,])(\\d{1,3}(?:${GROUP_MARK}\\d{3})+(?![\\d.,]\\d)|\\d{1,3}(?:[,.]\\d{2,3})+(?:\\.\\d{1,4})?(?!\\d)|\\d{1,12}(?:\\.\\d{1,4})?)(?:\\s?(${MULTIPLIER_SOURCE})(?![A-Za-z]))?(?:\\s?(${SUFFIX_SOURCE}))?`,
  'g',
);

export interface Amount {
  start: number;
  end: number;
  value: number;
  currency: string | null;
  /** Written with a million/billion multiplier: company figures, never pay. */
  huge: boolean;
  multiplied: boolean;
  multiplier: number;
  /** Lakh and crore figures are quoted per year in Indian postings. */
  perYearByCustom: boolean;
  digits: string;
  /** Written with a dollar sign ("$", "US$"), not a code. */
  signed: boolean;
  text: string;
  /** Why the figure cannot be pay however it is worded ("written as a negative number"), or null. */
  problem: string | null;
}

/** "1e308", "$1e+308": a figure in scientific notation, which no posting uses for pay. */
const EXPONENT_AFTER = /^[eE][+-]?\d/;
const EXPONENT_BEFORE = /\d[eE][+-]?$/;

function currencyOf(mark: string | undefined): string | null {
  if (!mark) return null;
  if (DOLLAR_WORDS.test(mark)) return 'USD';
  // "CAD $": the code decides.
  const trimmed = mark.trim().replace(/^([A-Za-z]{3})\s?[$€£¥₹]$/, '$1');
  const upper = trimmed.toUpperCase();
  if (CODE_SET.has(upper)) return upper;
  return PREFIX_CODES.get(trimmed) ?? null;
}

/** The number a figure stands for; grouping separators depend on how the digits are laid out. */
function parseDigits(digits: string, currency: string | null, signed: boolean): number {
  // "55.000" or "1.200.000": dots group thousands in euro-style amounts. US postings write the dollar sign and a
  // decimal point ("$33.774 - $38.000 hourly"); the code after the figure ("120.000 USD") is the euro style's, and
  // so is a figure no decimal reading fits ("1.200.000").
  if (
    /^\d{1,3}(?:\.\d{3})+$/.test(digits) &&
    currency !== null &&
    (currency !== 'USD' || !signed || digits.indexOf('.') !== digits.lastIndexOf('.'))
  )
    return Number(digits.replace(/\./g, ''));
  if (/^\d{1,3}(?:\.\d{3})+,\d{1,2}$/.test(digits)) return Number(digits.replace(/\./g, '').replace(',', '.'));
  return Number(digits.replace(/[,\s']/g, ''));
}

/** What makes a figure impossible as pay: scientific notation, or a minus sign that is not a range's dash. */
function problemOf(text: string, start: number, end: number, minus: boolean, previousEnd: number): string | null {
  if (EXPONENT_AFTER.test(text.slice(end, end + 3)) || EXPONENT_BEFORE.test(text.slice(Math.max(0, start - 3), start)))
    return 'written in scientific notation';
  // "-$150,000" is negative; "$100k -$150k" is a range whose dash lost its space, as is "$80,000.00/yr-$105,000.00/yr"
  // (a period between the figure and the dash) and "$6,000--8,000" (a double dash).
  const dashBefore =
    text[start - 1] === '-' && !(previousEnd >= 0 && BEFORE_RANGE_DASH.test(text.slice(previousEnd, start - 1)));
  return minus || dashBefore ? 'written as a negative number' : null;
}

/** What may stand between a range's low end and a dash that lost its spaces: nothing, a period ("/yr", "/hour"), a dash. */
const BEFORE_RANGE_DASH = /^\s*(?:\/\s*[A-Za-z]{1,6}\.?\s*)?-?$/;

const RETIREMENT_PLAN = /^(?:401|403|457)\s?(?:\(?[kb]\)?|plans?\b)/i;

/** The most characters a match of AMOUNT can hold before its first digit: a currency mark, a space, a minus and a space. */
const MAX_BEFORE_DIGITS =
  Math.max(...PREFIX_CURRENCIES.map(([mark]) => mark.length), ...CODES.map((code) => code.length + 2)) + 3;
const DIGIT = /\d/g;

/**
 * Every match of AMOUNT, as matchesOf gives them, with each search started just before the next digit:
 * a figure holds one, so no match starts earlier, and the pattern is not tried at every letter of prose.
 */
export function amountMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    DIGIT.lastIndex = from;
    const digit = DIGIT.exec(text);
    if (!digit) break;
    AMOUNT.lastIndex = Math.max(from, digit.index - MAX_BEFORE_DIGITS);
    const match = AMOUNT.exec(text);
    if (!match) break;
    matches.push(match);
    from = match.index + match[0].length;
  }
  DIGIT.lastIndex = 0;
  AMOUNT.lastIndex = 0;
  return matches;
}

/** Currencies written with a dollar sign: a bare "$" right after one of them is the same currency. */
const DOLLARS: ReadonlySet<string> = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'BRL']);
/** Between the two ends of a range: a bare "$" there is the dollar the first end named ("CAD $120,000 - $140,000"). */
const RANGE_JOIN = /^\s*(?:[-\u2013\u2014]|to|and)\s*$/i;

/** Every figure in a text, in order. */
export function amountsIn(text: string): Amount[] {
  const amounts: Amount[] = [];
  let previousEnd = -1;
  // The figure before, when its mark named which dollar (not the bare sign).
  let named: {currency: string; end: number} | null = null;
  for (const match of amountMatches(text)) {
    const [whole, prefix, minus, digits, multiplierText, suffix] = match;
    // Retirement plans named by their tax-code section: "401(k)", "401k", "403(b)", "457 plan".
    if (!prefix && RETIREMENT_PLAN.test(text.slice(match.index, match.index + whole.length + 6))) continue;
    const problem = problemOf(text, match.index, match.index + whole.length, Boolean(minus), previousEnd);
    previousEnd = match.index + whole.length;
    const entry = multiplierText ? MULTIPLIERS.find(([pattern]) => pattern.test(multiplierText)) : undefined;
    const multiplier = entry?.[1] ?? 1;
    const perYearByCustom = multiplier === 1e5 || multiplier === 1e7;
    // Lakh and crore are Indian units: "12-15 LPA" is rupees even without a sign.
    let currency = currencyOf(prefix) ?? currencyOf(suffix) ?? (perYearByCustom ? 'INR' : null);
    if (prefix === '$' && named && RANGE_JOIN.test(text.slice(named.end, match.index))) currency = named.currency;
    named =
      currency !== null && DOLLARS.has(currency) && prefix !== '$' ? {currency, end: match.index + whole.length} : null;
    // "dollars" alone is as plain as "$" (a Canadian job's dollars are Canadian); "US dollars" names the country.
    const plainDollars = suffix !== undefined && DOLLAR_WORDS.test(suffix) && !/^u/i.test(suffix);
    const signed = Boolean(prefix?.includes('$') || suffix?.includes('$') || plainDollars);
    const value = parseDigits(digits!, currency, signed) * multiplier;
    if (!Number.isFinite(value)) continue;
    amounts.push({
      start: match.index,
      end: match.index + whole.length,
      value,
      currency,
      huge: entry?.[2] ?? false,
      multiplied: entry !== undefined,
      multiplier,
      perYearByCustom,
      digits: digits!,
      signed,
      text: whole,
      problem,
    });
  }
  return amounts;
}

/** The figure times the multiplier the other end of its range wrote ("$110-160K"), marked as multiplied. */
export function timesMultiplier(amount: Amount, multiplier: number): Amount {
  return merged(amount, {value: amount.value * multiplier, multiplied: true, multiplier});
}

/** The same figure read in the currency of the other end of its range ("120.000 - 150.000 €"), marked as it is. */
export function inCurrency(amount: Amount, currency: string | null, signed: boolean): Amount {
  if (amount.currency !== null || currency === null) return amount;
  return merged(amount, {currency, signed, value: parseDigits(amount.digits, currency, signed) * amount.multiplier});
}
