// Checks a schema.org JobPosting object against Google Search's structured-data guidance for job
// postings (developers.google.com/search/docs/appearance/structured-data/job-posting, read 2026-11):
// required title, description, datePosted, hiringOrganization and jobLocation (or, for a fully remote
// job, jobLocationType TELECOMMUTE with applicantLocationRequirements); recommended baseSalary,
// employmentType, validThrough and identifier. The rules below are our reading of that page.
import {errorMessage} from './error-message';
import {asList, isJsonObject, jobPostingNodes, numeric, type Json, type JsonObject} from './json';

export type GuidanceLevel = 'required' | 'recommended';

export interface GuidanceFinding {
  property: string;
  level: GuidanceLevel;
  problem: 'missing' | 'malformed';
  message: string;
}

export interface GuidanceResult {
  /** True when nothing required is missing or malformed. */
  eligible: boolean;
  findings: GuidanceFinding[];
}

export const GUIDANCE_SOURCE = 'Google Search Central, "Job posting (JobPosting) structured data", read 2026-11';

const EMPLOYMENT_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
];
const SALARY_UNITS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'];
// ISO 8601 date, optionally with a time and zone, as Google asks for datePosted and validThrough.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const nonEmptyString = (value: Json | undefined): value is string => typeof value === 'string' && value.trim() !== '';

function isoDate(value: Json | undefined): Date | null {
  if (typeof value !== 'string' || !ISO_8601.test(value.trim())) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date;
}

function checkTitle(node: JsonObject, add: (finding: GuidanceFinding) => void) {
  const title = node.title;
  if (title === undefined)
    return add({property: 'title', level: 'required', problem: 'missing', message: 'Add the job title.'});
  if (!nonEmptyString(title))
    return add({property: 'title', level: 'required', problem: 'malformed', message: 'title must be non-empty text.'});
  // Google asks for the job's title only: no pay, dates, codes or addresses in it.
  if (/\$\s?\d|\b\d{4}-\d{2}-\d{2}\b|\b(?:req|job)\s*(?:id|#)\s*[:#]?\s*\w+/i.test(title)) {
    add({
      property: 'title',
      level: 'required',
      problem: 'malformed',
      message: `title should be the job title alone, without pay, dates or job codes ("${title.slice(0, 80)}").`,
    });
  }
}

function checkDescription(node: JsonObject, add: (finding: GuidanceFinding) => void) {
  const description = node.description;
  if (description === undefined)
    return add({
      property: 'description',
      level: 'required',
      problem: 'missing',
      message: 'Add the full job description (HTML is allowed).',
    });
  if (!nonEmptyString(description))
    return add({
      property: 'description',
      level: 'required',
      problem: 'malformed',
      message: 'description must be non-empty text.',
    });
  if (
    description
      .replace(/<[^<>]*>/g, ' ')
      .trim()
      .split(/\s+/).length < 30
  ) {
    add({
      property: 'description',
      level: 'required',
      problem: 'malformed',
      message: 'description looks like a summary; Google wants the complete description of the job.',
    });
  }
}

function checkDates(node: JsonObject, add: (finding: GuidanceFinding) => void, now: Date | null) {
  const posted = node.datePosted;
  const postedDate = isoDate(posted);
  if (posted === undefined)
    add({
      property: 'datePosted',
      level: 'required',
      problem: 'missing',
      message: 'Add datePosted, the ISO 8601 date the job was posted (e.g. 2026-11-02).',
    });
  else if (!postedDate)
    add({
      property: 'datePosted',
      level: 'required',
      problem: 'malformed',
      message: `datePosted must be an ISO 8601 date, not ${JSON.stringify(posted)}.`,
    });
  const through = node.validThrough;
  const throughDate = isoDate(through);
  if (through === undefined)
    add({
      property: 'validThrough',
      level: 'recommended',
      problem: 'missing',
      message: 'Add validThrough, the ISO 8601 date the posting expires, if it has one.',
    });
  else if (!throughDate)
    add({
      property: 'validThrough',
      level: 'recommended',
      problem: 'malformed',
      message: `validThrough must be an ISO 8601 date, not ${JSON.stringify(through)}.`,
    });
  else if (postedDate && throughDate < postedDate)
    add({
      property: 'validThrough',
      level: 'recommended',
      problem: 'malformed',
      message: 'validThrough is before datePosted.',
    });
  else if (now && throughDate < now)
    add({
      property: 'validThrough',
      level: 'recommended',
      problem: 'malformed',
      message: `validThrough (${String(through)}) has passed: the posting reads as expired.`,
    });
}

function checkOrganization(node: JsonObject, add: (finding: GuidanceFinding) => void) {
  const organization = node.hiringOrganization;
  if (organization === undefined)
    return add({
      property: 'hiringOrganization',
      level: 'required',
      problem: 'missing',
      message: "Add hiringOrganization: an Organization with the employer's name (and sameAs, logo).",
    });
  const first = asList(organization)[0];
  if (!isJsonObject(first) || !nonEmptyString(first.name)) {
    add({
      property: 'hiringOrganization',
      level: 'required',
      problem: 'malformed',
      message: 'hiringOrganization must be an Organization object with a name.',
    });
  }
}

function checkLocation(node: JsonObject, add: (finding: GuidanceFinding) => void) {
  const telecommute = asList(node.jobLocationType).some(
    (type) => typeof type === 'string' && type.toUpperCase() === 'TELECOMMUTE',
  );
  const places = asList(node.jobLocation);
  const applicant = asList(node.applicantLocationRequirements);
  if (telecommute) {
    if (applicant.length === 0) {
      add({
        property: 'applicantLocationRequirements',
        level: 'required',
        problem: 'missing',
        message:
          'A TELECOMMUTE job needs applicantLocationRequirements: the countries or states candidates may work from.',
      });
    } else if (!applicant.every((area) => isJsonObject(area) && nonEmptyString(area.name))) {
      add({
        property: 'applicantLocationRequirements',
        level: 'required',
        problem: 'malformed',
        message: 'applicantLocationRequirements must be Country or State objects with a name.',
      });
    }
  } else if (places.length === 0) {
    add({
      property: 'jobLocation',
      level: 'required',
      problem: 'missing',
      message:
        'Add jobLocation (a Place with a PostalAddress), or jobLocationType "TELECOMMUTE" with applicantLocationRequirements for a fully remote job.',
    });
    return;
  }
  for (const place of places) {
    const address = isJsonObject(place) ? place.address : undefined;
    if (!isJsonObject(place) || !isJsonObject(address)) {
      add({
        property: 'jobLocation',
        level: 'required',
        problem: 'malformed',
        message: 'jobLocation must be a Place whose address is a PostalAddress object.',
      });
      return;
    }
    if (!nonEmptyString(address.addressLocality) && !nonEmptyString(address.addressRegion)) {
      add({
        property: 'jobLocation.address',
        level: 'required',
        problem: 'malformed',
        message: 'jobLocation.address should name at least the locality or region.',
      });
    }
    if (
      !nonEmptyString(address.addressCountry) &&
      !(isJsonObject(address.addressCountry) && nonEmptyString(address.addressCountry.name))
    ) {
      add({
        property: 'jobLocation.address.addressCountry',
        level: 'recommended',
        problem: 'missing',
        message: 'Add addressCountry (a two-letter ISO 3166 code such as "US").',
      });
    }
  }
}

function checkSalary(node: JsonObject, add: (finding: GuidanceFinding) => void) {
  const salary = node.baseSalary;
  if (salary === undefined)
    return add({
      property: 'baseSalary',
      level: 'recommended',
      problem: 'missing',
      message:
        'Add baseSalary: a MonetaryAmount with currency and a QuantitativeValue (value or minValue/maxValue, unitText).',
    });
  const malformed = (message: string) =>
    add({property: 'baseSalary', level: 'recommended', problem: 'malformed', message});
  if (!isJsonObject(salary)) return malformed('baseSalary must be a MonetaryAmount object.');
  if (typeof salary.currency !== 'string' || !/^[A-Z]{3}$/.test(salary.currency))
    malformed('baseSalary.currency must be a three-letter ISO 4217 code such as "USD".');
  const value = salary.value;
  if (!isJsonObject(value))
    return malformed('baseSalary.value must be a QuantitativeValue with value or minValue/maxValue and unitText.');
  const single = numeric(value.value);
  const min = numeric(value.minValue);
  const max = numeric(value.maxValue);
  if (single === null && min === null && max === null)
    malformed('baseSalary.value has no number in value, minValue or maxValue.');
  if (min !== null && max !== null && min > max) malformed('baseSalary minValue is larger than maxValue.');
  if (typeof value.unitText !== 'string' || !SALARY_UNITS.includes(value.unitText.toUpperCase())) {
    malformed(`baseSalary.value.unitText must be one of ${SALARY_UNITS.join(', ')}.`);
  }
}

function checkEmploymentType(node: JsonObject, add: (finding: GuidanceFinding) => void) {
  const types = node.employmentType;
  if (types === undefined)
    return add({
      property: 'employmentType',
      level: 'recommended',
      problem: 'missing',
      message: `Add employmentType (${EMPLOYMENT_TYPES.join(', ')}).`,
    });
  const wrong = asList(types).filter(
    (type) => typeof type !== 'string' || !EMPLOYMENT_TYPES.includes(type.toUpperCase()),
  );
  if (wrong.length || asList(types).length === 0) {
    add({
      property: 'employmentType',
      level: 'recommended',
      problem: 'malformed',
      message: `employmentType values must be among ${EMPLOYMENT_TYPES.join(', ')} (got ${JSON.stringify(types)}).`,
    });
  }
}

function checkIdentifier(node: JsonObject, add: (finding: GuidanceFinding) => void) {
  const identifier = node.identifier;
  if (identifier === undefined)
    return add({
      property: 'identifier',
      level: 'recommended',
      problem: 'missing',
      message: "Add identifier: a PropertyValue with the employer's name and its own id for the job.",
    });
  if (!isJsonObject(identifier) || (!nonEmptyString(identifier.value) && numeric(identifier.value) === null)) {
    add({
      property: 'identifier',
      level: 'recommended',
      problem: 'malformed',
      message: 'identifier should be a PropertyValue with name and value.',
    });
  }
}

/** Findings for one JobPosting object, required ones first. `now` (optional) flags expired postings. */
export function checkJobPosting(node: JsonObject, options: {now?: Date} = {}): GuidanceResult {
  const findings: GuidanceFinding[] = [];
  const add = (finding: GuidanceFinding) => {
    findings.push(finding);
  };
  checkTitle(node, add);
  checkDescription(node, add);
  checkDates(node, add, options.now ?? null);
  checkOrganization(node, add);
  checkLocation(node, add);
  checkSalary(node, add);
  checkEmploymentType(node, add);
  checkIdentifier(node, add);
  findings.sort((a, b) => (a.level === b.level ? 0 : a.level === 'required' ? -1 : 1));
  return {eligible: !findings.some((finding) => finding.level === 'required'), findings};
}

export type JsonLdInput = {postings: JsonObject[]; error: null} | {postings: []; error: string};

/**
 * JobPosting objects from pasted text: JSON-LD itself, or a page's HTML carrying
 * <script type="application/ld+json"> blocks (read as text, never as a document).
 */
export function findJobPostings(pasted: string): JsonLdInput {
  const text = pasted.trim();
  if (!text) return {postings: [], error: 'Nothing pasted.'};
  const blocks = /^[[{]/.test(text)
    ? [text]
    : // A tag's attributes stop at the next "<", and an unclosed block runs to the end: no start rescans the text.
      [
        ...text.matchAll(
          /<script\b[^<>]*type\s*=\s*["']?application\/ld\+json["']?[^<>]*>([\s\S]*?)(?:<\/script>|$)/gi,
        ),
      ].map((match) => match[1] ?? '');
  if (blocks.length === 0)
    return {postings: [], error: 'No JSON-LD found: paste the JSON-LD object or the page source holding it.'};
  const postings: JsonObject[] = [];
  const errors: string[] = [];
  for (const block of blocks) {
    try {
      postings.push(...jobPostingNodes(JSON.parse(block) as Json));
    } catch (error) {
      errors.push(errorMessage(error));
    }
  }
  if (postings.length) return {postings, error: null};
  return {
    postings: [],
    error: errors.length
      ? `The JSON-LD is not valid JSON: ${errors[0]}`
      : 'The JSON-LD holds no object with "@type": "JobPosting".',
  };
}
