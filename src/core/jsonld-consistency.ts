// Whether a JobPosting's structured data says what its listing says. Google's general structured data
// guidelines (developers.google.com/search/docs/appearance/structured-data/sd-policies, read 2026-12), quality
// guidelines: do not mark up content that is not visible to readers of the page, and structured data must be
// a true representation of the page content. In the draft checker the pasted listing stands for the page.
import {asList, isJsonObject, numeric, type Json, type JsonObject} from './json';
import {normalizeText} from './normalize';
import {PERIODS_PER_YEAR} from './pay';
import {grouped} from './digits';
import {employmentTypeFromJsonLd} from './employment-type';
import {TYPE_JOINER} from './screening-ids';
import {EMPLOYMENT_TYPES} from './screening-vocab';
import type {PayPeriod, PostedPay} from './types';
import type {WorkMode} from './work-mode';
import type {DraftReport} from './draft';

export const CONSISTENCY_SOURCE =
  'Google Search Central, "General structured data guidelines" (quality guidelines: content, relevance), read 2026-12';

/** What the listing shows, as the draft checker read it. */
export interface ListingShown {
  title: string;
  location: string;
  /** The listing's whole text, where a place may be named outside its location line. */
  text: string;
  posted: PostedPay | null;
  workMode: WorkMode | null;
  /** "full-time", "contract"... as the core reads it from the listing; null when it says none. */
  employmentType: string | null;
}

export interface ConsistencyFinding {
  property: string;
  message: string;
}

const stringOf = (value: Json | undefined) => (typeof value === 'string' ? value.trim() : '');

/** Lower-case words and numbers with single spaces between them, padded, so that a search matches whole words. */
const wordsOf = (text: string) =>
  ` ${normalizeText(text)
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim()} `;

/** The title marked up against the one shown: either may hold the other ("Senior ..." beside "... (Remote)"). */
function compareTitle(node: JsonObject, shown: ListingShown): ConsistencyFinding[] {
  const marked = stringOf(node.title);
  if (!marked || !shown.title.trim()) return [];
  const [a, b] = [wordsOf(marked), wordsOf(shown.title)];
  if (a.trim() === '' || b.trim() === '' || a.includes(b) || b.includes(a)) return [];
  return [
    {
      property: 'title',
      message: `The JSON-LD title "${marked}" is not the listing's title "${shown.title.trim()}": mark up the title the page shows.`,
    },
  ];
}

/** The places the JSON-LD puts the job in: the town (or, without one, the region) to look for, and how to say it. */
function markedPlaces(node: JsonObject): Array<{name: string; said: string}> {
  return asList(node.jobLocation).flatMap((place) => {
    const address = isJsonObject(place) ? place.address : undefined;
    if (!isJsonObject(address)) return [];
    const [town, region] = [stringOf(address.addressLocality), stringOf(address.addressRegion)];
    const name = town || region;
    return name ? [{name, said: [town, region].filter(Boolean).join(', ')}] : [];
  });
}

function compareLocation(node: JsonObject, shown: ListingShown): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  const places = markedPlaces(node);
  const listing = wordsOf(`${shown.location} ${shown.text}`);
  if (places.length > 0 && !places.some((place) => listing.includes(wordsOf(place.name))))
    findings.push({
      property: 'jobLocation',
      message: `The JSON-LD places the job in ${places.map((place) => place.said).join('; ')}, which the listing does not name: show the place on the page.`,
    });
  const telecommute = asList(node.jobLocationType).some((type) => stringOf(type).toUpperCase() === 'TELECOMMUTE');
  if (telecommute && (shown.workMode === 'hybrid' || shown.workMode === 'onsite'))
    findings.push({
      property: 'jobLocationType',
      message: `The JSON-LD marks the job fully remote (TELECOMMUTE) where the listing reads ${shown.workMode === 'onsite' ? 'on-site' : 'hybrid'}: TELECOMMUTE is for jobs done entirely from home.`,
    });
  if (!telecommute && shown.workMode === 'remote')
    findings.push({
      property: 'jobLocationType',
      message:
        'The listing reads remote: if the job is done entirely from home, add jobLocationType "TELECOMMUTE" with applicantLocationRequirements.',
    });
  return findings;
}

/** baseSalary as numbers a year, when it states a currency, a unit and a figure; null when it does not. */
function markedPay(node: JsonObject): {currency: string; min: number; max: number; period: PayPeriod} | null {
  const salary = asList(node.baseSalary)[0];
  if (!isJsonObject(salary)) return null;
  const value = isJsonObject(salary.value) ? salary.value : null;
  // unitText is HOUR, DAY, WEEK, MONTH or YEAR: the pay periods, upper case.
  const unit = value ? stringOf(value.unitText).toLowerCase() : '';
  const period = Object.hasOwn(PERIODS_PER_YEAR, unit) ? (unit as PayPeriod) : undefined;
  const currency = stringOf(salary.currency).toUpperCase();
  if (!value || !period || !/^[A-Z]{3}$/.test(currency)) return null;
  const single = numeric(value.value);
  const min = numeric(value.minValue) ?? numeric(value.maxValue) ?? single;
  const max = numeric(value.maxValue) ?? numeric(value.minValue) ?? single;
  return min !== null && max !== null && min > 0 && min <= max ? {currency, min, max, period} : null;
}

const written = (currency: string, min: number, max: number, period: PayPeriod) =>
  `${currency} ${grouped(min)}${max !== min ? ` - ${grouped(max)}` : ''} a ${period}`;

/** The two agree when each end is within 1% once both are put per year (rounding of an hourly figure). */
const near = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(a, b);

function comparePay(node: JsonObject, shown: ListingShown): ConsistencyFinding[] {
  const marked = markedPay(node);
  if (!marked) return [];
  const stated = written(marked.currency, marked.min, marked.max, marked.period);
  const posted = shown.posted;
  if (!posted)
    return [
      {
        property: 'baseSalary',
        message: `The JSON-LD gives pay (${stated}) that the listing does not show: show the range in the listing.`,
      },
    ];
  const perYear = PERIODS_PER_YEAR[marked.period];
  if (
    marked.currency === posted.currency &&
    near(marked.min * perYear, posted.annualMin) &&
    near(marked.max * perYear, posted.annualMax)
  )
    return [];
  return [
    {
      property: 'baseSalary',
      message: `The JSON-LD pay (${stated}) is not the listing's ("${posted.text}"): mark up the range the page shows.`,
    },
  ];
}

/**
 * employmentType's values as the listing's types: either may name several ("FULL_TIME", "CONTRACTOR"; "Job Types:
 * Full-time, Contract"). The markup names none of the listing's types, or leaves some out: Google's job-posting
 * guidance (jsonld-guidance.ts) takes one value or a list of them.
 */
function compareEmploymentType(node: JsonObject, shown: ListingShown): ConsistencyFinding[] {
  const values = asList(node.employmentType).map(stringOf).filter(Boolean);
  const types = values.map(employmentTypeFromJsonLd);
  if (!shown.employmentType || types.length === 0 || types.includes(null)) return [];
  const marked = new Set(types.flatMap((type) => type!.split(TYPE_JOINER)));
  const listed = shown.employmentType.split(TYPE_JOINER);
  const unmarked = listed.filter((type) => !marked.has(type));
  if (unmarked.length === 0) return [];
  const said = values.join(', ');
  if (unmarked.length < listed.length) {
    const add = unmarked.map((type) => EMPLOYMENT_TYPES.find((entry) => entry.type === type)?.jsonLd[0] ?? type);
    return [
      {
        property: 'employmentType',
        message: `The JSON-LD says ${said} where the listing reads ${shown.employmentType}: add ${add.join(', ')} to mark up every type the page shows.`,
      },
    ];
  }
  return [
    {
      property: 'employmentType',
      message: `The JSON-LD says ${said} where the listing reads ${shown.employmentType}: mark up the type the page shows.`,
    },
  ];
}

/** What a draft shows, from the draft checker's report on it. */
export function shownByDraft(report: DraftReport, text: string): ListingShown {
  return {
    title: report.title.value,
    location: report.location.value,
    text,
    posted: report.analysis.salary.posted,
    workMode: report.analysis.requirements.workMode,
    employmentType: report.analysis.requirements.employmentType,
  };
}

/** Where the JobPosting says something the listing does not show, or says it otherwise. */
export function compareWithListing(node: JsonObject, shown: ListingShown): ConsistencyFinding[] {
  return [
    ...compareTitle(node, shown),
    ...compareLocation(node, shown),
    ...comparePay(node, shown),
    ...compareEmploymentType(node, shown),
  ];
}
