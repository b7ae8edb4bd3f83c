// The recruiter's draft checker: a listing being written, read the same way the extension reads a
// posting on a job board, plus what to add for each missing item. Runs on every keystroke, so it
// does one pass of the core and nothing else.
import {analyze} from './analyze';
import {SCREENING_SUGGESTIONS, suggestionFor, type Suggestion} from './suggestions';
import {normalizeText} from './normalize';
import {squash} from './text';
import type {Analysis} from './types';
import {findCityState} from './salary/states';
import {ROLE_WORD} from './screening-vocab';
import {placePart as placePartOf} from './header-facts';

export interface DraftInput {
  text: string;
  /** Optional fields the recruiter filled apart from the text; detected from the text when empty. */
  title?: string;
  location?: string;
  salaryText?: string;
  /** ISO date the pay-transparency laws are judged on: today on the options page; the law data's date by default. */
  date?: string;
}

export interface DraftReport {
  title: {value: string; detected: boolean};
  location: {value: string; detected: boolean};
  analysis: Analysis;
  payRange: {present: boolean; text: string | null; required: boolean | null};
  /** Missing items in the order completeness lists them, each with what to add. */
  suggestions: Array<{id: string; label: string} & Suggestion>;
  /** Screening facts candidates look for first that the draft leaves unsaid (work mode, sponsorship, employment type). */
  unsaid: Array<{id: string; label: string} & Suggestion>;
}

// A label, then a colon or a dash: "Title: ...", "Title - Staff TPM", "**Location:** Remote (US)" (emphasis dropped first).
const LABELLED_TITLE =
  /^(?:job title|position title|title|position|role|the role|opening)\s*(?::|\s[-\u2013\u2014|])\s*(.{3,120})$/i;
const LABELLED_LOCATION =
  /^(?:location|locations|job location|work location|based in|office|where|workplace)\s*(?::|\s[-\u2013\u2014|])\s*(.{2,120})$/i;
const REMOTE = /\b(?:fully remote|remote(?:-first| role| position| in| \(|,|[.;!)]|\s*$)|work from home)/i;
/** The role named in a sentence when no line names it: "We are looking for a Technical Program Manager to join". */
const ROLE_SOUGHT =
  /\b(?:[Ll]ooking for|[Ss]eeking|[Hh]iring|[Ss]earching for|[Jj]oin (?:us|our team|the team) as)\s+(?:an?|our(?: next)?)\s+((?:(?:(?:Sr|Jr|Snr)\.|\(?[A-Z][\w&/-]*\)?|of|and|&|for|,)\s?){1,8}?)(?=\s+(?:to|who|with|in|at|that|on)\b|[.,;!]|$)/;
/** A section's heading, never the job's title: "About the role", "Job Description", "Responsibilities". */
const SECTION_HEADING =
  /^(?:about (?:the|this) (?:role|job|position|team|opportunity)|about us|about [A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}|overview|job description|description|summary|responsibilities|requirements|qualifications|who we are|what you'll do|the role)\s*:?$/i;
/** The line without Markdown emphasis around it ("**Technical Program Manager**"); a loop, not a pattern anchored at the end, which would rescan a long run from each of its characters. */
function withoutEmphasis(line: string): string {
  const isMark = (char: string | undefined) => char === '*' || char === '_';
  let start = 0;
  let end = line.length;
  while (start < end && isMark(line[start])) start++;
  while (end > start && isMark(line[end - 1])) end--;
  return line.slice(start, end).trim();
}

/** Each line squashed, without Markdown emphasis marks ("**Location:** Remote" reads as "Location: Remote"). */
const lines = (text: string) =>
  normalizeText(text)
    .split('\n')
    .map((line) => squash(line.replace(/\*\*|__/g, '')))
    .filter(Boolean);

/** A place or remote work named anywhere in a draft heading's part: "Seattle, WA", "Remote (US)", "Hybrid - Chicago, IL". */
const namesPlace = (part: string) => REMOTE.test(part) || findCityState(part) !== null;
/** A draft heading's place part: the recruiter's own lines, read more loosely than a job board's title. */
const placePart = (line: string) => placePartOf(line, namesPlace);

/** A part of a heading that names a role: a title ends in a role's noun, an employer's name does not. */
const ROLE_NAMED = new RegExp(String.raw`${ROLE_WORD}s?\b|\b(?:lead|director|head|owner|officer)\b`, 'i');

/**
 * The title in a heading that also names the employer: "Technical Program Manager at Acme" is the part before
 * "at". A part after a pipe stays ("Technical Program Manager | Payments" may name the team, not the company).
 */
function rolePart(heading: string): string {
  const at = / at (?=[A-Z0-9])/.exec(heading);
  return at && ROLE_NAMED.test(heading.slice(0, at.index)) && !ROLE_NAMED.test(heading.slice(at.index + 4))
    ? heading.slice(0, at.index)
    : heading;
}

/** Short, and no sentence: "Role - lead the team and deliver programs across..." names no title. */
const titleLike = (line: string) => line.length <= 90 && !/[.!?]$/.test(line) && line.split(' ').length <= 12;

/** The title: a "Title:" line, else a short first line that reads like a heading rather than a sentence. */
export function detectDraftTitle(text: string): string {
  const all = lines(text);
  for (const line of all) {
    const labelled = LABELLED_TITLE.exec(line)?.[1]?.trim();
    if (!labelled) continue;
    const place = placePart(labelled);
    const title = place ? labelled.slice(0, place.at).trim() : labelled;
    if (title && titleLike(title)) return title;
  }
  // The first line, past any section headings before it ("Job Description", then the title).
  let first = '';
  for (const line of all) {
    first = withoutEmphasis(line.replace(/^#+\s*/, ''));
    if (!SECTION_HEADING.test(first)) break;
    first = '';
  }
  const place = placePart(first);
  if (place) first = first.slice(0, place.at).trim();
  if (titleLike(first)) return rolePart(first);
  for (const line of all) {
    const sought = ROLE_SOUGHT.exec(line)?.[1]
      ?.replace(/[\s,&]+$|\s(?:of|and|for)$/g, '')
      .trim();
    if (sought) return sought;
  }
  return '';
}

/**
 * The place: a "Location:" line, else the first "City, ST", else a remote statement. Every line is
 * looked at, so adding a line to a draft never loses a location it had.
 */
export function detectDraftLocation(text: string): string {
  const all = lines(text);
  for (const line of all) {
    const labelled = LABELLED_LOCATION.exec(line);
    if (labelled?.[1]) return labelled[1].trim();
  }
  for (const line of all) {
    const place = placePart(line)?.place ?? findCityState(line);
    if (place) return place;
  }
  return all.some((line) => REMOTE.test(line)) ? 'Remote' : '';
}

export function analyzeDraft(input: DraftInput): DraftReport {
  const typedTitle = input.title?.trim() ?? '';
  const typedLocation = input.location?.trim() ?? '';
  const title = typedTitle || detectDraftTitle(input.text);
  const location = typedLocation || detectDraftLocation(input.text);
  // analyze() checks the place against the pay-transparency laws and counts a missing range it requires.
  const analysis = analyze(
    {
      id: 'draft',
      site: 'draft',
      title,
      company: '',
      location,
      salaryText: input.salaryText ?? '',
      description: input.text,
    },
    input.date ? {date: input.date} : {},
  );
  const posted = analysis.salary.posted;
  const law = analysis.salary.transparency;
  const suggestions = analysis.completeness.missing.flatMap((id) => {
    const suggestion = suggestionFor(id);
    const label =
      analysis.checklist.find((item) => item.id === id)?.label ??
      (id === 'pay-range' ? 'Pay range' : id === 'location' ? 'Location' : id);
    return suggestion ? [{id, label, ...suggestion}] : [];
  });
  return {
    title: {value: title, detected: !typedTitle && title !== ''},
    location: {value: location, detected: !typedLocation && location !== ''},
    analysis,
    payRange: {present: posted !== null, text: posted?.text ?? null, required: law ? law.required : null},
    suggestions,
    unsaid: [
      ...(analysis.requirements.workMode === null
        ? [{id: 'work-mode', label: 'Work mode', ...SCREENING_SUGGESTIONS['work-mode']}]
        : []),
      ...(analysis.requirements.sponsorship === null
        ? [{id: 'sponsorship', label: 'Visa sponsorship', ...SCREENING_SUGGESTIONS.sponsorship}]
        : []),
      ...(analysis.requirements.employmentType === null
        ? [{id: 'employment-type', label: 'Employment type', ...SCREENING_SUGGESTIONS['employment-type']}]
        : []),
    ],
  };
}
