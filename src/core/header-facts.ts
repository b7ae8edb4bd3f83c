// A career site without JobPosting JSON-LD or markup of its own states the job's place and type in the short
// lines under the title: "Infrastructure Engineering · Remote (United States) · Full Time" (vercel.com),
// "San Francisco, CA / Engineering / Full-time" (Lever-style boards). The page reader sends those lines
// (Posting.headerLines, src/sites/header-lines.ts); here, where the place vocabularies are, a line is taken
// for the place only when it is one as a whole (a department's name or an "Apply" link never is), and for the
// type as a title's or location line's type is read (src/core/employment-type.ts).
import {typeIn} from './employment-type';
import {MAX_HEADER_LINE_CHARS, MAX_HEADER_LINES} from './input-limits';
import {readLocationText} from './salary/location-text';
import {EMPLOYMENT_TYPES} from './screening-vocab';
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

export interface HeaderFacts {
  location: string;
  employmentType: string;
}

const asJsonLd = (type: string | null) => EMPLOYMENT_TYPES.find((entry) => entry.type === type)?.jsonLd[0] ?? '';

/** What sets a header line's facts apart when a site writes them on one line: "Engineering · Remote · Full-time". */
const FACT_SEPARATOR = / [\u00b7\u2022|/] /;

/**
 * The first line that names the place and the first that names the type; a line of several facts
 * ("San Francisco, CA / Engineering / Full-time") is read part by part when it is not one as a whole.
 */
export function headerFacts(lines: readonly string[]): HeaderFacts {
  const facts = {location: '', employmentType: ''};
  for (const raw of lines.slice(0, MAX_HEADER_LINES)) {
    const line = squash(raw);
    const parts = line.split(FACT_SEPARATOR);
    for (const part of parts.length > 1 && !namesPlace(line) ? parts.map((piece) => piece.trim()) : [line]) {
      if (!facts.location && namesPlace(part)) facts.location = part;
      // The type by the same reader as a title's or location line's ("Full Time", "Contract to hire"), kept as
      // JobPosting's value ("FULL_TIME"), which Posting.employmentType holds.
      else if (!facts.employmentType) facts.employmentType = asJsonLd(typeIn(part));
    }
  }
  return facts;
}

/**
 * The posting with its header lines read into the place and type it lacks, and the lines themselves dropped:
 * what the analysis, the saved record and the reports see. A place or type the page stated otherwise stays.
 */
export function withHeaderFacts(posting: Posting): Posting {
  const {headerLines, ...rest} = posting;
  if (!headerLines?.length) return rest;
  const facts = headerFacts(headerLines);
  return {
    ...rest,
    location: rest.location || facts.location,
    ...(!rest.employmentType && facts.employmentType ? {employmentType: facts.employmentType} : {}),
  };
}
