// A draft profile from a resume pasted as plain text. It only proposes: the options page shows every
// field with the lines it came from and the user confirms or corrects before anything is saved.
import {merged} from './merged';
import {findClearance} from './clearance';
import {CLEARANCES_HELD} from './fit-blockers';
import {matchChecklist} from './match';
import {extractPay} from './pay';
import {emptyProfile, tidyProfile, CHECKLIST_FOR_PROFILE, MAX_LOCATION_CHARS} from './profile';
import {extractRequirements} from './requirements';
import {normalizeText} from './normalize';
import {splitSentences, squash} from './text';
import type {Degree, Profile} from './types';
import type {EmploymentTypeKey} from './screening-ids';
import {REGION_ALIASES} from './salary/places-data';
import {findCityState} from './salary/states';

export interface ResumeDraft {
  profile: Profile;
  /** The resume lines each proposed field was read from, for the user to check. */
  evidence: Partial<
    Record<
      | 'yearsExperience'
      | 'degree'
      | 'certifications'
      | 'skills'
      | 'location'
      | 'checklist'
      | 'clearance'
      | 'usCitizen'
      | 'needsSponsorship'
      | 'payExpectation'
      | 'workModes'
      | 'employmentTypes'
      | 'travelLimit',
      string[]
    >
  >;
}

type SectionKind = 'skills' | 'certifications' | 'education' | 'experience' | 'other';

const HEADINGS: ReadonlyArray<[SectionKind, RegExp]> = [
  [
    'skills',
    /^(?:key |core |technical |professional )?(?:skills|competencies|core competencies|technologies|tools)(?: (?:&|and) [a-z ]+)?$/i,
  ],
  [
    'certifications',
    /^(?:certifications?|certificates|licen[cs]es(?: (?:&|and) certifications)?|certifications (?:&|and) [a-z ]+)$/i,
  ],
  ['education', /^(?:education|academic background|education (?:&|and) [a-z ]+)$/i],
  ['experience', /^(?:(?:work |professional |relevant )?experience|employment(?: history)?|work history)$/i],
  [
    'other',
    /^(?:summary|profile|about(?: me)?|objective|projects|awards|publications|interests|languages|volunteering|references)$/i,
  ],
];

function headingOf(line: string): SectionKind | null {
  const bare = line
    .replace(/[:#*_=-]+$/g, '')
    .replace(/^[#*_=\s-]+/, '')
    .trim();
  if (bare.length > 45) return null;
  return HEADINGS.find(([, pattern]) => pattern.test(bare))?.[0] ?? null;
}

/** Lines grouped under the heading above them ("Skills", "Certifications", ...), plus "Skills: a, b" lines. */
function sections(lines: readonly string[]): Map<SectionKind | 'top', string[]> {
  const grouped = new Map<SectionKind | 'top', string[]>();
  let current: SectionKind | 'top' = 'top';
  for (const line of lines) {
    const inline = /^([A-Za-z &]{3,40}):\s*(.+)$/.exec(line);
    const inlineKind = inline?.[1] ? headingOf(inline[1]) : null;
    if (inline?.[2] && inlineKind) {
      grouped.set(inlineKind, [...(grouped.get(inlineKind) ?? []), inline[2]]);
      continue;
    }
    const kind = headingOf(line);
    if (kind) {
      current = kind;
      continue;
    }
    grouped.set(current, [...(grouped.get(current) ?? []), line]);
  }
  return grouped;
}

// Leading spaces are read only from the start of their run (`(?<!\s)\s+`): the same separators, and a
// long run of spaces is not rescanned from each of its characters.
const LIST_SEPARATORS = /(?:(?<!\s)\s+)?(?:[,;|\u2022\u00b7]|\s-\s)\s*/;

/** Short list entries from section lines; whole sentences are not skills. */
function listItems(lines: readonly string[], maxLength: number): string[] {
  return lines
    .flatMap((line) => line.split(LIST_SEPARATORS))
    .map((item) => squash(item.replace(/^[-*\u2022\u25aa\u25cf\u2023o]\s+/, '').replace(/\.$/, '')))
    .filter((item) => item.length >= 2 && item.length <= maxLength && item.split(' ').length <= 6);
}

const DEGREE_PATTERNS: ReadonlyArray<[Degree, RegExp]> = [
  ['doctorate', /\b(?:ph\.?\s?d\b|doctorate\b|doctor of (?:philosophy|science|engineering)\b|d\.phil\b)/i],
  [
    'master',
    /(?<!scrum )\bmaster'?s?\s+(?:of|in|degree)\b|(?<!scrum )\bmaster's\b|\b(?:m\.s\.|m\.sc\.?|msc|m\.eng\.?|meng|m\.tech\.?|mtech|mba|m\.b\.a\.|m\.a\.)(?=\s|,|$)|\bMS (?:in|of)\b/i,
  ],
  [
    'bachelor',
    /\bbachelor'?s?\b|\b(?:b\.s\.|b\.sc\.?|bsc|b\.a\.|b\.eng\.?|beng|b\.tech\.?|btech)(?=\s|,|$)|\bB[SA] (?:in|of)\b/i,
  ],
];

/** A degree not held yet: "MBA (in progress)", "M.S. Computer Science, expected May 2027", "PhD candidate". */
const NOT_YET =
  /\b(?:in progress|pursuing|expected|anticipated|candidate|ongoing|currently enrolled|to be completed)\b/i;

function highestDegree(lines: readonly string[]): {degree: Degree | null; evidence: string[]} {
  // The core's requirement reader names bachelor's degrees; higher degrees are read here.
  const held = lines.filter((line) => !NOT_YET.test(line));
  const fromCore = extractRequirements(held);
  for (const [degree, pattern] of DEGREE_PATTERNS) {
    const evidence = held.filter((line) => pattern.test(line));
    if (evidence.length) return {degree, evidence};
  }
  return {degree: fromCore.degree, evidence: fromCore.evidence.degree};
}

/** "2015 - 2019", "2015 - Present", "Jul 2015 - Feb 2019", "07/2015 - 02/2019": the years, the end's month skipped. */
const YEAR_RANGE =
  /\b((?:19|20)\d{2})\s*(?:-|to|until)\s*(?:[A-Za-z]{3,9}\.?\s+|(?:0?[1-9]|1[0-2])\/)?((?:19|20)\d{2}|present|current|now|today)\b/gi;

/**
 * A line that states years of experience: the word, or years in a line of work ("10+ years in technical program
 * management", "12 years leading engineering teams"); not years of anything else ("4 years of French", "led 3
 * years of platform migrations"), where the dated roles say more.
 */
const STATES_EXPERIENCE =
  /\bexperience\b|\byears?\+?\s+(?:in|of|leading|managing|delivering|driving|running)\s+(?:[\w-]+\s+){0,3}?(?:programs?|projects?|products?|management|managing|leadership|leading|engineering|delivery|operations|teams?)\b/i;

/** Years of experience: a stated "N years of experience", else the span of dated roles outside education. */
function yearsOfExperience(
  lines: readonly string[],
  educationLines: ReadonlySet<string>,
  currentYear: number,
): {years: number | null; evidence: string[]} {
  // "10+ years in technical program management" says experience without the word.
  const stated = extractRequirements(lines.filter((line) => STATES_EXPERIENCE.test(line)));
  if (stated.minYearsExperience !== null && stated.minYearsExperience <= 60)
    return {years: stated.minYearsExperience, evidence: stated.evidence.years};
  let start = Infinity;
  let end = -Infinity;
  const evidence: string[] = [];
  for (const line of lines) {
    if (educationLines.has(line) || DEGREE_PATTERNS.some(([, pattern]) => pattern.test(line))) continue;
    for (const match of line.matchAll(YEAR_RANGE)) {
      const from = Number(match[1]);
      const to = /^\d/.test(match[2] ?? '') ? Number(match[2]) : currentYear;
      if (from > to || to > currentYear) continue;
      start = Math.min(start, from);
      end = Math.max(end, to);
      if (!evidence.includes(line)) evidence.push(line);
    }
  }
  return Number.isFinite(start) ? {years: Math.min(60, end - start), evidence} : {years: null, evidence: []};
}

/** A clearance the line says is held now ("Clearance: Active Secret", "Current TS/SCI with CI poly"). */
const HOLDS =
  /\b(?:active|current|hold|holds|held|holder|holding|possess\w*|maintain\w*|cleared)\b|^(?:security )?clearance\s*:/i;
/** Not held: to be obtained, or no longer ("eligible for", "able to obtain", "expired", "inactive"). */
const NOT_HELD =
  /\b(?:eligib\w*|obtain\w*|able to|ability to|pending|expired|inactive|lapsed|former|formerly|previous\w*)\b/i;
/**
 * "U.S. Citizen", "Citizenship: United States", "US citizen with an active Secret clearance", also after
 * another item of the line ("No sponsorship required. U.S. Citizen", "Seattle, WA | US Citizen") and as one of
 * two citizenships ("Dual US/UK citizen"); never after a word ("not a US citizen").
 */
const US_CITIZEN =
  /(?:^|[.;|,\u2022]\s*|\bdual\s+(?:[a-z]+\s*(?:\/|and|&)\s*)?)(?:u\.?\s?s\.?\s?(?:a\.?\s?)?|united states |american )(?:(?:\/|and|&)\s*[a-z]+\s+)?citizen(?:ship)?\b|\bdual citizen(?:ship)?\s*(?::\s*|of\s+)(?:[a-z]+\s*(?:\/|and|&|,)\s*)?(?:u\.?\s?s\.?\b|united states\b|american\b)|\bcitizenship\s*:\s*(?:u\.?\s?s\.?\s?a?\.?|united states(?: of america)?|american)\b|\b(?:i am|i'm|am) an? (?:u\.?\s?s\.?|united states|american) citizen\b|\b(?:work )?(?:authori[sz]ation|status)\s*:\s*(?:u\.?\s?s\.?\s?|united states |american )citizen\b/i;

/** The resume says whether its owner needs a visa sponsored: "Authorized to work in the US; no sponsorship required". */
const NO_SPONSORSHIP =
  /\b(?:no|not|without|never|don't|do not|does not|will not)\s+(?:\w+\s+){0,3}(?:visa\s+)?sponsorship\b|\bsponsorship\s*:\s*(?:no|not required|none)\b|\bgreen card holder\b|\b(?:lawful|u\.?\s?s\.?) permanent resident\b/i;
/** Lines about the right to work: never a certification, wherever they stand. */
const WORK_STATUS =
  /\bauthori[sz]ed to work\b|\bwork (?:authori[sz]ation|permit)\b|\bsponsorship\b|\bvisa\b|\bgreen card\b/i;
const NEEDS_SPONSORSHIP =
  /\b(?:requires?|needs?|seeking)\s+(?:[\w-]+\s+){0,3}sponsorship\b|\bsponsorship\s*:\s*(?:yes|required)\b|\bon an? (?:h-?1-?b|f-?1 opt|opt|stem opt|tn|l-?1)\b/i;

/** Whether sponsorship is needed, as the resume states it, with the line; null when it says nothing. */
function sponsorshipNeed(lines: readonly string[]): {needs: boolean | null; evidence: string[]} {
  for (const line of lines) {
    if (NO_SPONSORSHIP.test(line)) return {needs: false, evidence: [line]};
    if (NEEDS_SPONSORSHIP.test(line)) return {needs: true, evidence: [line]};
  }
  return {needs: null, evidence: []};
}

/** The clearance level held, as the profile names it, with its line; none when the resume names none held. */
function heldClearance(lines: readonly string[]): {level: string | null; evidence: string[]} {
  for (const line of lines) {
    if (!HOLDS.test(line) || NOT_HELD.test(line)) continue;
    const level = findClearance('', [line]).clearance?.level;
    if (level && (CLEARANCES_HELD as readonly string[]).includes(level)) return {level, evidence: [line]};
  }
  return {level: null, evidence: []};
}

/** Certifications the core recognises (canonical names), plus the entries of a "Certifications" section. */
function certifications(
  lines: readonly string[],
  sectionLines: readonly string[],
): {certs: string[]; evidence: string[]} {
  const named = extractRequirements(lines);
  const certs: string[] = [...named.certifications];
  // A clearance, citizenship or work authorisation listed there is no certification: the screening fields hold them.
  const credentials = sectionLines.filter(
    (line) => !US_CITIZEN.test(line) && !WORK_STATUS.test(line) && !findClearance('', [line]).clearance,
  );
  // One credential per line under "Certifications"; a line naming one the core knows is already counted.
  for (const line of credentials) {
    const item = squash(
      line
        .replace(/^[-*\u2022\u25aa\u25cf\u2023o]\s+/, '')
        .replace(/(?<![\s,(-])[\s,(-]*(?:(?:issued|earned|since)\s+)?(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d{2}\)?$/i, ''),
    );
    if (item.length < 2 || item.length > 60 || extractRequirements([item]).certifications.length > 0) continue;
    certs.push(item);
  }
  const evidence = [
    ...named.evidence.certifications,
    ...credentials.filter((line) => !named.evidence.certifications.includes(line)),
  ];
  return {certs, evidence};
}

const REGION_NAMES = new Set(REGION_ALIASES.flatMap((region) => region.names));

const REMOTE_PART = /^(?:fully\s+)?remote(?:\s*\((?:US|USA|U\.S\.|United States)\)|\s*[-\u2013]\s*(?:US|USA))?$/i;

/** Home location from the resume's header lines: "City, ST", a "Location:" line or "Remote". */
function homeLocation(headerLines: readonly string[]): {location: string | null; evidence: string[]} {
  for (const line of headerLines) {
    const labelled = /^(?:location|based in|address)\s*:\s*(.{2,80})$/i.exec(line);
    if (labelled?.[1]) return {location: labelled[1].trim(), evidence: [line]};
    const place = findCityState(line);
    // Never a draft the profile cannot hold: a "place" longer than that is not one.
    if (place && place.length <= MAX_LOCATION_CHARS) return {location: place, evidence: [line]};
    // A metro area by the name job sites give it ("San Francisco Bay Area", "Greater Seattle Area").
    const region = line.split(LIST_SEPARATORS).find((part) => REGION_NAMES.has(part.trim().toLowerCase()));
    if (region) return {location: region.trim(), evidence: [line]};
  }
  // "Remote" as the line, or as one part of it ("Jane Doe — Remote (US)", "jane@example.com | Remote"): the text
  // is normalised, so the dash is the list separator's " - ".
  const remote = headerLines.find(
    (line) => /^remote\b/i.test(line) || line.split(LIST_SEPARATORS).some((part) => REMOTE_PART.test(part.trim())),
  );
  return remote ? {location: 'Remote', evidence: [remote]} : {location: null, evidence: []};
}

// What the owner looks for, where a resume's summary or objective states it. Each is read only from a line that
// says it of the owner ("Open to remote or hybrid roles", "Willing to travel up to 25%", "Desired salary:
// $150,000"), never from the duties of past jobs ("led remote teams", "managed a $2M budget").
const MODE_WORD = String.raw`(?:fully\s+)?(?:remote|hybrid|on-?site|in-office|in-person)`;
const WANTS_MODES = new RegExp(
  String.raw`\b(?:open to|seeking|looking for|interested in|available for|prefer(?:ring)?)\s+(?:an?\s+)?(${MODE_WORD}(?:\s*(?:,|\/|or|and|&)\s*${MODE_WORD}){0,2})(?=\s*(?:roles?\b|positions?\b|opportunities\b|work\b|jobs?\b|[.;,)]|$))|^(remote|hybrid|on-?site) only\b`,
  'i',
);
/** "Open to full-time or contract roles", "Seeking remote, full-time positions" (the modes before the types). */
const TYPE_WORD = String.raw`(?:full[- ]time|part[- ]time|permanent|contract(?:[- ]to[- ]hire)?|freelance|temporary)`;
const WANTS_TYPES = new RegExp(
  String.raw`\b(?:open to|seeking|looking for|interested in|available for|prefer(?:ring)?)\s+(?:an?\s+)?(?:${MODE_WORD}(?:\s*(?:,|\/|or|and|&)\s*${MODE_WORD}){0,2}\s*,?\s*)?(${TYPE_WORD}(?:\s*(?:,|\/|or|and|&)\s*${TYPE_WORD}){0,3})(?=\s*(?:roles?\b|positions?\b|opportunities\b|work\b|jobs?\b|employment\b|engagements?\b|[.;,)]|$))`,
  'i',
);
/** Each type by the words a resume says it in; a permanent job is a full-time one, a freelance one a contract. */
const TYPE_WORDS: ReadonlyArray<[EmploymentTypeKey, RegExp]> = [
  ['full-time', /full[- ]time|permanent/i],
  ['part-time', /part[- ]time/i],
  ['contract', /contract|freelance/i],
  ['temporary', /temporary/i],
];
const TRAVEL_LIMIT =
  /\b(?:willing|able|open|available)\s+to\s+travel\b(?:\s+(?:up to|about|around|approximately|roughly))?\s*\(?(?:up to\s+)?(\d{1,3})\s?%|^travel\s*:\s*(?:up to\s+)?(\d{1,3})\s?%|\b((?:unable|not (?:willing|able)) to travel)\b/i;
const PAY_WANTED =
  /\b(?:desired|expected|target|requested)\s+(?:base\s+)?(?:salary|compensation|pay|base)\b|\bminimum\s+(?:base\s+)?(?:salary|compensation|pay)\s*:|\bsalary (?:expectations?|requirements?)\b|\b(?:seeking|looking for)\s+(?:a\s+)?(?:base\s+(?:salary\s+)?(?:of\s+)?)?(?:\$|usd\b)/i;

/** The work modes the owner accepts, with the line; none when the resume does not say. */
function wantedModes(lines: readonly string[]): {modes: NonNullable<Profile['workModes']>; evidence: string[]} {
  for (const line of lines) {
    const match = WANTS_MODES.exec(line);
    const named = match?.[1] ?? match?.[2];
    if (!named) continue;
    const modes = (['remote', 'hybrid', 'onsite'] as const).filter((mode) =>
      mode === 'onsite' ? /on-?site|in-office|in-person/i.test(named) : new RegExp(mode, 'i').test(named),
    );
    return {modes: [...modes], evidence: [line]};
  }
  return {modes: [], evidence: []};
}

/** The employment types the owner accepts, with the line; none when the resume does not say. */
function wantedTypes(lines: readonly string[]): {types: EmploymentTypeKey[]; evidence: string[]} {
  for (const line of lines) {
    const named = WANTS_TYPES.exec(line)?.[1];
    if (named)
      return {types: TYPE_WORDS.filter(([, words]) => words.test(named)).map(([type]) => type), evidence: [line]};
  }
  return {types: [], evidence: []};
}

/** The most travel the owner accepts (% of the time), with the line; "unable to travel" is 0. */
function travelLimit(lines: readonly string[]): {limit: number | null; evidence: string[]} {
  for (const line of lines) {
    const match = TRAVEL_LIMIT.exec(line);
    if (!match) continue;
    const percent = match[3] ? 0 : Number(match[1] ?? match[2]);
    if (percent <= 100) return {limit: percent, evidence: [line]};
  }
  return {limit: null, evidence: []};
}

/** The pay the owner asks for, in US dollars a year (a range's low end), with the line. */
function payWanted(lines: readonly string[]): {pay: number | null; evidence: string[]} {
  for (const line of lines) {
    if (!PAY_WANTED.test(line)) continue;
    // As a pay line: the words before the figure already said it is pay.
    const pay = extractPay(line, '');
    if (pay?.currency === 'USD') return {pay: Math.round(pay.annualMin), evidence: [line]};
  }
  return {pay: null, evidence: []};
}

/** A draft profile from resume text: what it states, with the lines it came from; nothing invented. */
export function profileFromResume(text: string, options: {currentYear?: number} = {}): ResumeDraft {
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const lines = normalizeText(text)
    .split(/\n+/)
    .map((line) => squash(line))
    .filter(Boolean);
  const grouped = sections(lines);
  const sentences = splitSentences(text);
  const education = new Set(grouped.get('education') ?? []);
  const years = yearsOfExperience(lines, education, currentYear);
  const degree = highestDegree(lines);
  const certs = certifications(lines, grouped.get('certifications') ?? []);
  const skills = listItems(grouped.get('skills') ?? [], 80).slice(0, 200);
  const location = homeLocation(lines.slice(0, 6));
  const clearance = heldClearance(lines);
  const citizen = lines.find((line) => US_CITIZEN.test(line));
  const sponsorship = sponsorshipNeed(lines);
  const modes = wantedModes(lines);
  const types = wantedTypes(lines);
  const travel = travelLimit(lines);
  const pay = payWanted(lines);
  const matches = matchChecklist(sentences).filter(
    (match) => match.present && CHECKLIST_FOR_PROFILE.includes(match.id),
  );
  const profile = tidyProfile(
    merged(emptyProfile(), {
      yearsExperience: years.years,
      degree: degree.degree,
      certifications: certs.certs.slice(0, 50),
      checklist: matches.map((match) => match.id),
      skills,
      location: location.location,
      clearanceHeld: clearance.level,
      usCitizen: citizen ? true : null,
      needsSponsorship: sponsorship.needs,
      payExpectation: pay.pay,
      workModes: modes.modes,
      employmentTypes: types.types,
      travelLimit: travel.limit,
    }),
  );
  return {
    profile,
    evidence: {
      yearsExperience: years.evidence.slice(0, 3),
      degree: degree.evidence.slice(0, 3),
      certifications: certs.evidence.slice(0, 5),
      skills: (grouped.get('skills') ?? []).slice(0, 5),
      location: location.evidence,
      clearance: clearance.evidence,
      usCitizen: citizen ? [citizen] : [],
      needsSponsorship: sponsorship.evidence,
      payExpectation: pay.evidence,
      workModes: modes.evidence,
      employmentTypes: types.evidence,
      travelLimit: travel.evidence,
      checklist: [...new Set(matches.flatMap((match) => match.evidence.slice(0, 1)))],
    },
  };
}
