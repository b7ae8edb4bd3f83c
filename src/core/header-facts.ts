// A career site without JobPosting JSON-LD or markup of its own states the job's place and type in the short
// lines under the title: "Infrastructure Engineering · Remote (United States) · Full Time" (vercel.com),
// "San Francisco, CA / Engineering / Full-time" (Lever-style boards). The page reader sends those lines
// (Posting.headerLines, src/sites/header-lines.ts); here, where the place vocabularies are, a line is taken
// for the place only when it is one as a whole (a department's name or an "Apply" link never is), and for the
// type as a title's or location line's type is read (src/core/employment-type.ts).
import {merged} from './merged';
import {typeIn} from './employment-type';
import {MAX_HEADER_LINE_CHARS, MAX_HEADER_LINES} from './input-limits';
import {amountsIn} from './money';
import {payEstimatedBy} from './pay-estimate';
import {readPay} from './pay';
import {readLocationText} from './salary/location-text';
import {EMPLOYMENT_TYPES} from './screening-vocab';
import {normalizeText} from './normalize';
import {squash} from './text';
import type {Posting} from './types';

/** A work mode named by the line, which is then a place when nothing else is left in it ("Remote", "Hybrid"). */
const WORK_MODE = /\b(?:remote|hybrid|on-?site|in-office)\b/i;

/**
 * Whether the whole line names where the job is: a US place with its state ("Austin, TX", "Seattle,
 * Washington"), a country or a city abroad ("Toronto, Ontario, Canada", "Copenhagen"), the US itself, or a work
 * mode with or without one of those ("Remote (United States)", "Hybrid - London, UK").
 */
export function namesPlace(line: string): boolean {
  if (line.length > MAX_HEADER_LINE_CHARS) return false;
  const read = readLocationText(line);
  if (read.country !== null || read.abroad !== null || read.state !== null) return true;
  return read.name === '' && (read.countryOnly || WORK_MODE.test(line));
}

/**
 * What sets a heading's parts apart: "Technical Program Manager | Seattle, WA", "... - Remote (US)" (the line
 * normalised first: every dash is "-").
 */
const PART_SEPARATORS = [' | ', ' - '];

/**
 * A heading's last part when it names a place (`isPlace`, by default a whole place as namesPlace reads it), with
 * where that part starts: "Technical Program Manager | Remote (United States)", "Export Manager - Copenhagen" and
 * "Technical Project Manager (Hybrid - Chicago, IL)" are a title and its location. A bracket at the end is one
 * part, whatever it holds. `line`: normalised and squashed.
 */
export function placePart(
  line: string,
  isPlace: (part: string) => boolean = namesPlace,
): {place: string; at: number} | null {
  // Plain searches, where /\s+\|\s+/ rescanned a run of spaces.
  let at = -1;
  let after = -1;
  for (const separator of PART_SEPARATORS) {
    const index = line.lastIndexOf(separator);
    if (index > at) [at, after] = [index, index + separator.length];
  }
  const last = at < 0 ? null : {place: line.slice(after).trim(), at};
  if (line.endsWith(')')) {
    const open = line.lastIndexOf('(');
    // "... | Remote (United States)": the part after the separator, bracket and all, when it is a place before
    // its bracket too ("... - Construction (Hawaii)" is not: the bracket is).
    const before = last && at < open ? line.slice(after, open).trim() : '';
    if (last && before && isPlace(before) && isPlace(last.place)) return last;
    const inner = open > 0 ? line.slice(open + 1, -1).trim() : '';
    if (inner && !inner.includes(')') && isPlace(inner)) return {place: inner, at: open};
  }
  return last?.place && isPlace(last.place) ? last : null;
}

export interface HeaderFacts {
  location: string;
  employmentType: string;
  /** A line that states the pay on its own, as a site's pay field does ("$130,000 - $160,000 a year"). */
  salaryText: string;
}

/**
 * A header line that is the posting's pay: a figure with its currency's sign or code (a line without one is a
 * rating or a count, "4.0", "26 reviews"); a job site's own estimate ("Estimated $120K a year", "Glassdoor est.")
 * is not.
 */
function isPayLine(line: string): boolean {
  return (
    amountsIn(line).some((amount) => amount.currency !== null) &&
    !/^estimated\b/i.test(line) &&
    payEstimatedBy(line) === null &&
    readPay(line, '').posted !== null
  );
}

const asJsonLd = (type: string | null) => EMPLOYMENT_TYPES.find((entry) => entry.type === type)?.jsonLd[0] ?? '';

/** What sets a header line's facts apart when a site writes them on one line: "Engineering · Remote · Full-time". */
const FACT_SEPARATOR = / [\u00b7\u2022|/] /;

/**
 * The first line that names the place and the first that names the type; a line of several facts
 * ("San Francisco, CA / Engineering / Full-time", "EMEA · Reposted 21 hours ago · Over 100 applicants") is read
 * part by part unless each part names a place or work mode ("Charleston, WV • Remote").
 */
export function headerFacts(lines: readonly string[]): HeaderFacts {
  const facts = {location: '', employmentType: '', salaryText: ''};
  for (const raw of lines.slice(0, MAX_HEADER_LINES)) {
    const line = squash(raw);
    if (!facts.salaryText && isPayLine(line)) facts.salaryText = line;
    const parts = line.split(FACT_SEPARATOR).map((piece) => piece.trim());
    for (const part of parts.length > 1 && !parts.every(namesPlace) ? parts : [line]) {
      if (!facts.location && namesPlace(part)) facts.location = part;
      // The type by the same reader as a title's or location line's ("Full Time", "Contract to hire"), kept as
      // JobPosting's value ("FULL_TIME"), which Posting.employmentType holds.
      else if (!facts.employmentType) facts.employmentType = asJsonLd(typeIn(part));
    }
  }
  return facts;
}

/** A place's label inside a description: "Location:", "Job Location:", "**Location:**" (Markdown's stars). */
const PLACE_LABEL = /\b(?:job |work |office |primary )?locations?[*_]*\s*:[\s*_]*/i;
/** What may stand before the label: nothing, a bullet or Markdown, or the end of the text glued before it ("...Manager.Location:"). */
const LABEL_START = /(?:^|[.!?;|\u2022]|[a-z)])[\s*_#>\u2022-]{0,6}$/;
/** Where the place's value ends: the next label glued after it ("Clarks Summit, PA Position Type: Contract"), a sentence's end. */
const VALUE_END = /\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+\s*:|\.(?:\s|$)|\s{3,}/;
/** Lines of a description looked at for a labelled place: it is stated near the top, if at all. */
const MAX_DESCRIPTION_LINES = 40;

/**
 * The place a description states on a labelled line ("Location: Austin, TX (Hybrid)", "Location: 320 Congress Street,
 * Boston MA 02210."), when the whole value names one: for a posting whose page or file gave no location.
 */
export function placeInDescription(description: string): string {
  for (const line of description.split('\n', MAX_DESCRIPTION_LINES)) {
    const label = PLACE_LABEL.exec(line);
    if (!label || !LABEL_START.test(line.slice(Math.max(0, label.index - 30), label.index))) continue;
    const rest = line.slice(label.index + label[0].length, label.index + label[0].length + MAX_HEADER_LINE_CHARS + 40);
    const end = VALUE_END.exec(rest);
    const value = squash(end ? rest.slice(0, end.index) : rest).replace(/[*_]+$/, '');
    // The label says a place follows: a street address with its ZIP code is one too.
    if (value && (namesPlace(value) || readLocationText(value).zip !== null)) return value;
  }
  return '';
}

/**
 * The posting with the place and type it lacks read from its header lines, else the place from its title's last
 * part ("International Export Manager - Copenhagen", "Business Analyst (Houston, TX)") or a labelled line of its
 * description, and the lines themselves dropped: what the analysis, the saved record and the reports see. A place or
 * type the page stated otherwise stays.
 */
export function withHeaderFacts(posting: Posting): Posting {
  const {headerLines, ...rest} = posting;
  const facts = headerFacts(headerLines ?? []);
  const location =
    rest.location ||
    facts.location ||
    (placePart(squash(normalizeText(rest.title)))?.place ?? '') ||
    placeInDescription(rest.description);
  return merged(rest, {
    location,
    salaryText: rest.salaryText || facts.salaryText,
    ...(!rest.employmentType && facts.employmentType ? {employmentType: facts.employmentType} : {}),
  });
}
