import {htmlToText} from '../core/html-text';
import {isJsonObject, jobPostingNodes, type Json, type JsonObject} from '../core/json';
import type {Posting} from '../core/types';

// schema.org JobPosting from <script type="application/ld+json">: a lone object, an array, or an @graph.

const text = (value: Json | undefined): string =>
  typeof value === 'string' || typeof value === 'number' ? htmlToText(String(value)) : '';

/**
 * How deep a field's lists are followed: schema.org nests a list or two ("jobLocation": [[...]]), and a
 * page that nests 100,000 would otherwise exhaust the stack and cost the posting the other readers find.
 */
const MAX_NESTING = 4;

/** A list's first entry, a list inside a list at most MAX_NESTING deep. */
function first(value: Json | undefined): Json | undefined {
  let entry = value;
  for (let depth = 0; Array.isArray(entry) && depth <= MAX_NESTING; depth++) entry = entry[0];
  return Array.isArray(entry) ? undefined : entry;
}

function name(value: Json | undefined): string {
  const entry = first(value);
  return isJsonObject(entry) ? text(entry.name) : text(entry);
}

function place(value: Json | undefined, depth = 0): string {
  if (Array.isArray(value))
    return depth < MAX_NESTING
      ? value
          .map((entry) => place(entry, depth + 1))
          .filter(Boolean)
          .join('; ')
      : '';
  if (!isJsonObject(value)) return text(value);
  const address = isJsonObject(value.address) ? value.address : value;
  const parts = [address.addressLocality, address.addressRegion, address.addressCountry].map((part) => name(part));
  // schema.org allows the address as plain text ("address": "New York, NY 10001").
  return (
    [...new Set(parts.filter(Boolean))].join(', ') || text(address.name) || text(value.address) || text(value.name)
  );
}

const PERIODS: Record<string, string> = {
  HOUR: 'an hour',
  DAY: 'a day',
  WEEK: 'a week',
  MONTH: 'a month',
  YEAR: 'a year',
};

/** schema.org MonetaryAmount as the text a site would print ("USD 120000 - 150000 a year"). */
function salary(listed: Json | undefined): string {
  const value = first(listed);
  if (!isJsonObject(value)) return text(value);
  // An ISO 4217 code or nothing: a number or a word there ({currency: 7}) must not read as the figure. Without
  // one the core reads the figure as the job's country's dollar or as US dollars (src/core/local-currency.ts).
  const stated = text(value.currency).trim();
  const currency = /^[A-Za-z]{3}$/.test(stated) ? stated.toUpperCase() : '';
  const amount = isJsonObject(value.value) ? value.value : value;
  const unit = PERIODS[text(amount.unitText).toUpperCase()] ?? '';
  const min = text(amount.minValue);
  const max = text(amount.maxValue);
  const single = text(amount.value);
  const figures = min && max ? `${min} - ${max}` : min || max || single;
  return figures ? `${currency} ${figures} ${unit}`.trim() : '';
}

/**
 * estimatedSalary is the site's own estimate (schema.org: "an estimated salary for a job posting"), not
 * pay the employer posted: marked so that the core shows it labelled as an estimate (src/core/pay-estimate.ts)
 * and never reads it as posted pay.
 */
const estimated = (salaryText: string) => (salaryText ? `${salaryText} (Job site est.)` : '');

/** employmentType as stated ("FULL_TIME" or a list of them), for the core to read first. */
function employmentType(value: Json | undefined): {employmentType?: string} {
  const types = (Array.isArray(value) ? value : [value]).map((type) => text(type)).filter(Boolean);
  return types.length ? {employmentType: types.join(', ').slice(0, 100)} : {};
}

/**
 * hiringOrganization.numberOfEmployees (schema.org QuantitativeValue, or a bare number): an exact value, or
 * an open lower bound ("1000+"). A closed range is left out: it cannot say which side of a law's threshold
 * the employer is on.
 */
function employerSize(organization: Json | undefined): number | null {
  const org = Array.isArray(organization) ? organization[0] : organization;
  if (!isJsonObject(org)) return null;
  const count = org.numberOfEmployees;
  const amount = Array.isArray(count) ? count[0] : count;
  const figure = (value: Json | undefined) =>
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{1,7}$/.test(value.trim())
        ? Number(value)
        : null;
  if (!isJsonObject(amount)) return figure(amount);
  const exact = figure(amount.value);
  if (exact !== null) return exact;
  return amount.maxValue === undefined ? figure(amount.minValue) : null;
}

const sized = (employees: number | null) => (employees !== null && employees > 0 ? {employerSize: employees} : {});

function toPosting(node: JsonObject): Posting | null {
  const title = text(node.title) || text(node.name);
  const description = text(node.description);
  if (!title || !description) return null;
  const remote = text(node.jobLocationType).toUpperCase() === 'TELECOMMUTE';
  // A remote posting names where applicants may live instead of an office; either is its place.
  const where = place(node.jobLocation) || place(node.applicantLocationRequirements);
  const location = remote ? (where ? (/remote/i.test(where) ? where : `${where} (Remote)`) : 'Remote') : where;
  return {
    title,
    company: name(node.hiringOrganization),
    location,
    salaryText: salary(node.baseSalary) || estimated(salary(node.estimatedSalary)),
    description,
    ...employmentType(node.employmentType),
    ...sized(employerSize(node.hiringOrganization)),
  };
}

/**
 * JSON.parse, then once more with raw line breaks and tabs turned into spaces: sites often print
 * descriptions with literal newlines inside strings, which strict JSON rejects.
 */
function parseLenient(source: string): Json | undefined {
  try {
    return JSON.parse(source) as Json;
  } catch {
    try {
      return JSON.parse(source.replace(/[\u0000-\u001f]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

function* jobPostingsIn(sources: readonly string[]): Generator<JsonObject> {
  for (const source of sources) {
    const parsed = parseLenient(source);
    if (parsed !== undefined) yield* jobPostingNodes(parsed);
  }
}

/** Parses JSON-LD text; malformed blocks yield nothing instead of throwing. */
export function jobPostingsFromJsonLd(sources: readonly string[]): Posting[] {
  return postingsOf(jobPostingsIn(sources));
}

/** The postings of JSON-LD already parsed (a saved .json file): every JobPosting that reads as one. */
export function jobPostingsFromJson(value: Json): Posting[] {
  return postingsOf(jobPostingNodes(value));
}

function postingsOf(nodes: Iterable<JsonObject>): Posting[] {
  const postings: Posting[] = [];
  for (const node of nodes) {
    const posting = toPosting(node);
    if (posting) postings.push(posting);
  }
  return postings;
}

export interface JsonLdReading {
  /** The first JobPosting that reads as a posting, or null. */
  posting: Posting | null;
  /**
   * That JobPosting as the page states it (or, when none reads as a posting, the first JobPosting):
   * for checking the page's structured data against Google's guidance, which wants the raw fields.
   */
  node: JsonObject | null;
}

/** The JobPosting JSON-LD under `root` (a document, or the pane of a list page), parsed once. */
export function readJsonLdNode(root: ParentNode): JsonLdReading {
  const scripts = [...root.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => script.textContent ?? '',
  );
  let first: JsonObject | null = null;
  for (const node of jobPostingsIn(scripts)) {
    first ??= node;
    const posting = toPosting(node);
    if (posting) return {posting, node};
  }
  return {posting: null, node: first};
}

/** The first JobPosting in the JSON-LD blocks under `root` (a document, or the pane of a list page). */
export function readJsonLd(root: ParentNode): Posting | null {
  return readJsonLdNode(root).posting;
}
