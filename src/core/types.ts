import type {ChecklistId, ChecklistKind} from './ids';
import type {PayRangeRequirement} from './salary/pay-transparency';
import type {ScreeningDetails, ScreeningFacts} from './screening';
import type {EmploymentTypeKey} from './screening-ids';

/** A job posting as read from a page, a JSON Lines row or a text file. Every field is plain text. */
export interface Posting {
  id?: string;
  site?: string;
  url?: string;
  title: string;
  company: string;
  location: string;
  /** Pay as the site states it apart from the description ("$120K - $150K a year"), or ''. */
  salaryText: string;
  description: string;
  /**
   * The description's length on the page when the reader kept only its first characters (a page reader
   * stops a little past what the core analyses, see input-limits.ts); absent when `description` is whole.
   */
  descriptionChars?: number;
  /**
   * Set when a page reader stopped reading the description at the cap without counting the rest (on a
   * 10 MB page the count alone cost more than the whole read): the page holds more than `description`.
   */
  descriptionCut?: boolean;
  /** The employer's number of employees when the page states it (JSON-LD hiringOrganization.numberOfEmployees). */
  employerSize?: number;
  /** The page's JobPosting employmentType ("FULL_TIME", "CONTRACTOR, TEMPORARY"), when it states one. */
  employmentType?: string;
  /**
   * The short lines under the title of a page read without markup for its place or type ("Remote (United
   * States)", "Full Time"), when those are missing: read into them by withHeaderFacts (header-facts.ts) as the
   * posting arrives, never analysed or kept themselves.
   */
  headerLines?: string[];
}

export type Degree = 'bachelor' | 'master' | 'doctorate';
export const DEGREE_RANK: Record<Degree, number> = {bachelor: 1, master: 2, doctorate: 3};

/** How a posting's pay stands against the profile's expectation (src/core/fit-pay.ts). */
export const PAY_VERDICTS = ['below', 'within', 'meets', 'unknown'] as const;
export type PayVerdict = (typeof PAY_VERDICTS)[number];

export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface PostedPay {
  min: number;
  max: number;
  period: PayPeriod;
  /** ISO 4217 code. Only USD is compared with the US benchmarks. */
  currency: string;
  annualMin: number;
  annualMax: number;
  /** The text the figures were read from. */
  text: string;
  /** Set when the figure is a job site's own estimate ("Glassdoor"), not pay the employer states. */
  estimatedBy?: string;
}

export interface Detection {
  isTechnicalProjectManager: boolean;
  /** 0-1: how strongly the title and text point at a technical project/program management role. */
  score: number;
  reasons: string[];
}

export interface Requirements {
  minYearsExperience: number | null;
  degree: Degree | null;
  certifications: string[];
  /** Sentences each requirement was read from, for the panel. */
  evidence: {
    years: string[];
    degree: string[];
    certifications: string[];
    /** Per sentence above, where in it the figure, degree or certification read stands (start, end). */
    at?: {
      years: Array<[number, number] | null>;
      degree: Array<[number, number] | null>;
      certifications: Array<[number, number] | null>;
    };
  };
}

export interface ChecklistMatch {
  id: ChecklistId;
  kind: ChecklistKind;
  label: string;
  present: boolean;
  /** The posting's own sentences that show the item, at most a few, in posting order. */
  evidence: string[];
  /**
   * Per evidence sentence, where in it the words that show the item stand (start and end, as string
   * indices), or null where not known; absent when none is.
   */
  shownAt?: Array<[number, number] | null>;
}

export interface BenchmarkFigure {
  /** What the figure measures: 'average', 'range', or an OFLC wage level. */
  kind: 'average' | 'range' | 'levels';
  /** Occupation the figure is for (e.g. "Technical Project Manager" or an SOC title). */
  occupation: string;
  soc?: string;
  /** Annual USD. For 'average' low = high = average. For 'levels' the four OFLC levels. */
  low: number;
  high: number;
  average?: number;
  levels?: [number, number, number, number];
  /** For 'levels': the same four levels per hour, as the source publishes them. */
  hourlyLevels?: [number, number, number, number];
  /** For 'levels': the wage area the levels belong to. */
  area?: string;
  source: string;
  /** The date or wage year the figure describes. */
  date: string;
  note?: string;
}

export interface Benchmark {
  /** The place the figures are for, as shown to the user ("San Francisco, CA", "United States"). */
  place: string;
  scope: 'local' | 'state' | 'national';
  /**
   * Why national figures are used when they are: "no local data", "remote", "no location", "ambiguous location",
   * or "the job is outside the US" (OUTSIDE_US: shown for reference, pay not compared with them), or "the place
   * may be outside the US" (MAYBE_OUTSIDE_US: a city abroad named alone that US places share; not compared either).
   */
  fallbackReason: string | null;
  figures: BenchmarkFigure[];
  /** The county the location resolved to, when the county dataset was used and it resolved. */
  resolution?: {county: string; countyFips: string; state: string; area: string | null};
  /** Other places the location may mean ("Springfield, MA"), when it is ambiguous or spans wage areas. */
  candidates?: string[];
  /** The place was read as the largest of a name others share ("Portland"): the candidates are those others. */
  largestOfName?: boolean;
  /** How the location was read, in plain words. */
  note?: string;
  /** The occupation the pay is measured against and why (src/core/salary/occupation-choice.ts). */
  occupation?: {soc: string; title: string; why: string[]; by: 'rules' | 'user'};
  /** The wage level the posting's own requirements imply (DOL worksheet, src/core/salary/wage-level.ts). */
  impliedLevel?: {
    level: 1 | 2 | 3 | 4;
    steps: Array<{
      factor: 'experience' | 'education' | 'special-skills' | 'supervision';
      points: number;
      evidence: string;
    }>;
    summary: string;
  };
}

export interface PayComparison {
  /** 'not-comparable' when the pay is not in USD (the reason says why). */
  position: 'below' | 'within' | 'above' | 'not-comparable';
  /** Posted annual midpoint minus the reference, as a fraction of the reference. */
  deltaFraction: number | null;
  reference: {label: string; low: number; high: number; source: string; date: string} | null;
  /** Rough percentile of the posted midpoint where wage levels allow it. */
  percentile: number | null;
  /** Against wage levels: below level I, between two levels, or above level IV. */
  band?: 'below-level-1' | 'level-1-2' | 'level-2-3' | 'level-3-4' | 'above-level-4';
  summary: string;
  /** Whether the posted minimum meets the implied level's wage for the area; null when it cannot be said. */
  meetsImpliedLevel?: boolean | null;
  /** That comparison in words ("Posted minimum $197,000 is below the Level III wage ..."). */
  impliedLevelSummary?: string;
}

export interface Completeness {
  score: number;
  missing: string[];
}

export interface Fit {
  /** 0 when a hard blocker stands: the score says so instead of averaging it away. */
  score: number;
  met: string[];
  missing: string[];
  unknown: string[];
  /** Screening facts that rule the profile out, shown first (src/core/fit-blockers.ts). */
  blockers?: Array<{id: string; reason: string}>;
  /** The posted pay against the profile's pay expectation, when the profile states one (src/core/fit-pay.ts). */
  pay?: {verdict: PayVerdict; text: string};
  /** The profile's key skills the posting names, when the profile lists some (src/core/fit-skills.ts). */
  skills?: {named: string[]; text: string};
  /** Where the job is against the profile's home, when both are placed and the job is not remote (src/core/fit-place.ts). */
  place?: {away: boolean; text: string};
}

export interface Profile {
  version: number;
  yearsExperience: number | null;
  degree: Degree | null;
  certifications: string[];
  checklist: ChecklistId[];
  skills: string[];
  location: string | null;
  payExpectation: number | null;
  /** Needs a visa sponsored to work: true, false, or null when unsaid. Optional: older profiles lack it. */
  needsSponsorship?: boolean | null;
  /** The security clearance held (CLEARANCES_HELD: "none", "Secret", "TS/SCI"...), or null when unsaid. */
  clearanceHeld?: string | null;
  /** A US citizen: true, false, or null when unsaid. */
  usCitizen?: boolean | null;
  /** Work modes accepted; empty means any. */
  workModes?: Array<'remote' | 'hybrid' | 'onsite'>;
  /** The most travel accepted, as a percentage of the time; null when unsaid. */
  travelLimit?: number | null;
  /** Employment types accepted ("full-time", "contract"...); empty means any. Optional: older profiles lack it. */
  employmentTypes?: EmploymentTypeKey[];
}

export interface Analysis {
  id: string;
  site: string;
  posting: {title: string; company: string; location: string; salaryText: string; url?: string};
  detection: Detection;
  requirements: {
    minYearsExperience: number | null;
    degree: Degree | null;
    certifications: string[];
  } & ScreeningFacts;
  /** Office days, remote scope, polygraph and the sentences behind each screening fact. */
  screening: ScreeningDetails;
  checklist: ChecklistMatch[];
  salary: {
    posted: PostedPay | null;
    benchmark: Benchmark | null;
    comparison: PayComparison | null;
    /** A pay-transparency law covering the posting's place, whether or not the posting states pay. */
    transparency: PayRangeRequirement | null;
    /** Pay figures that were stated but cannot be believed, and why; only when `posted` is null. */
    unread?: {text: string; reason: string};
    /** A job site's own estimate on the pay line ("(Glassdoor est.)"), shown as one; never posted pay. */
    estimate?: PostedPay;
  };
  completeness: Completeness;
  fit: Fit | null;
  /** Fields cut to the core's input limits (src/core/input-limits.ts); absent when nothing was cut. */
  truncated?: Truncation[];
  /** Why a saved profile could not be read, when it could not: there is a profile, it failed to load. */
  profileProblem?: string;
}

/** A field of the posting that was longer than the core reads: only its first `analysedChars` were analysed. */
export interface Truncation {
  field: 'title' | 'company' | 'location' | 'salaryText' | 'description';
  analysedChars: number;
  /** Absent when the page reader did not count what it left unread (Posting.descriptionCut). */
  totalChars?: number;
}
