import {employerName} from './employer';
import {articleDataset, comparePay, OUTSIDE_US, REMOTE_JOB, type SalaryDataset} from './benchmarks';
import {CHECKLIST} from './checklist';
import {scoreCompleteness} from './completeness';
import {detectTechnicalProjectManager} from './detect';
import {scoreFit} from './fit';
import {homeOf, placeAgainstHome, placedBy} from './fit-place';
import {matchChecklist, PHRASE_IDS} from './match';
import {extractPay, readPay} from './pay';
import {siteEstimate} from './pay-estimate';
import {benchmarkOnSite} from './site-country';
import {limitPosting} from './input-limits';
import {inLocalDollars} from './local-currency';
import {extractRequirements} from './requirements';
import {payRangeLikelyRequired} from './salary/pay-transparency';
import {benchmarkForRole, withImpliedLevel} from './salary/role-benchmark';
import {readScreening, type Screening} from './screening';
import {forgetStrings, readingTogether} from './memo';
import {merged} from './merged';
import {normalizeText} from './normalize';
import {splitSentences} from './text';
import type {Analysis, Benchmark, ChecklistMatch, Detection, Posting, Profile, Requirements, Truncation} from './types';

export interface AnalyzeOptions {
  dataset?: SalaryDataset;
  profile?: Profile | null;
  /** ISO date the pay-transparency laws are judged on; defaults to the law data's as-of date. */
  date?: string;
  /** Why a saved profile could not be used (the panel says so instead of offering to set one up). */
  profileProblem?: string;
  /** The reader's chosen occupation (SOC code); absent or null lets the posting decide. */
  occupation?: string | null;
}

type Spans = Array<[number, number] | null>;

/** The structured requirements decide the three requirement items; their sentences are the evidence. */
function withRequirements(phraseMatches: ChecklistMatch[], requirements: Requirements): ChecklistMatch[] {
  const {evidence} = requirements;
  const fromRequirements: Partial<Record<string, {present: boolean; sentences: string[]; at?: Spans}>> = {
    experience: {present: requirements.minYearsExperience !== null, sentences: evidence.years, at: evidence.at?.years},
    degree: {present: requirements.degree !== null, sentences: evidence.degree, at: evidence.at?.degree},
    'pm-certification': {
      present: requirements.certifications.length > 0,
      sentences: evidence.certifications,
      at: evidence.at?.certifications,
    },
  };
  return CHECKLIST.map(({id, kind, label}) => {
    const override = fromRequirements[id];
    if (!override)
      return phraseMatches.find((match) => match.id === id) ?? {id, kind, label, present: false, evidence: []};
    // A sentence the posting says twice is shown once (matchChecklist's items are so already).
    const shown: string[] = [];
    const shownAt: Spans = [];
    override.sentences.forEach((sentence, index) => {
      if (shown.length >= 3 || shown.includes(sentence)) return;
      shown.push(sentence);
      shownAt.push(override.at?.[index] ?? null);
    });
    return {
      id,
      kind,
      label,
      present: override.present,
      evidence: shown,
      ...(shownAt.some((span) => span !== null) ? {shownAt} : {}),
    };
  });
}

/** Everything TPM Lens says about one posting. Pure: the same posting always gives the same analysis. */
export function analyze(posting: Posting, options: AnalyzeOptions = {}): Analysis {
  return analyzeMany([posting], options)[0]!;
}

/** A posting's text as every reader takes it. */
interface Read {
  posting: Posting;
  truncated: Truncation[];
  title: string;
  sentences: string[];
}

/** The id (else the address) of the last posting analysed, when it had one. */
let lastAnalysed: string | undefined;
const postingKey = (posting: Posting) => posting.id ?? posting.url;

/**
 * Forgets what the readers remembered of sentences (memo.ts) when none of these postings is the one analysed last.
 * Memory pays when a posting is read again: the draft checker after a keystroke, a page analysed twice. Another
 * posting's sentences would never be asked for again, and carrying them cost about 4% of each analysis of one
 * posting after another (median of 30 alternated pairs over the dev postings, 2026-12-07). A posting without an id
 * or address may be the last one again: memory is kept.
 */
function forgetOtherPostings(postings: readonly Posting[]): void {
  const keys = postings.map(postingKey);
  if (lastAnalysed !== undefined && keys.every((key) => key !== undefined && key !== lastAnalysed)) forgetStrings();
  lastAnalysed = keys.at(-1);
}

function readPosting(fullPosting: Posting): Read {
  const {posting, truncated} = limitPosting(fullPosting);
  return {
    posting,
    truncated,
    title: normalizeText(posting.title).trim(),
    sentences: splitSentences(posting.description),
  };
}

/**
 * analyze() of each posting, the same analyses, in order. Each reader goes over every posting before the next one
 * starts: its code and its patterns' compiled code stay in the processor's caches, where one posting after another
 * through every reader evicts them (about an eighth less time per posting in batches of 20 to 50, measured over the
 * dev postings on 2026-12-07; a batch of hundreds gains less, its sentences no longer fitting in the caches).
 */
export function analyzeMany(postings: readonly Posting[], options: AnalyzeOptions = {}): Analysis[] {
  return readingTogether(postings.length > 1, () => analyzeTogether(postings, options));
}

function analyzeTogether(postings: readonly Posting[], options: AnalyzeOptions): Analysis[] {
  forgetOtherPostings(postings);
  const read = postings.map(readPosting);
  const detections = read.map(({title, sentences}) => detectTechnicalProjectManager(title, sentences));
  const requirements = read.map(({sentences}) => extractRequirements(sentences));
  const phrases = read.map(({sentences}) => matchChecklist(sentences, PHRASE_IDS));
  const screenings = read.map(({posting, title, sentences}, index) =>
    readScreening({
      title,
      location: posting.location,
      ...(posting.employmentType ? {employmentType: posting.employmentType} : {}),
      sentences,
      minYears: requirements[index]!.minYearsExperience,
    }),
  );
  // The place as read: a location the tables cannot place, on a job site of another country, is there.
  const places = read.map(({posting}) =>
    benchmarkOnSite(options.dataset ?? articleDataset, posting.location, posting.url),
  );
  const benchmarks = read.map(({title, sentences}, index) =>
    benchmarkForRole(places[index]!.benchmark, {
      title,
      sentences,
      technical: detections[index]!.isTechnicalProjectManager,
      requirements: requirements[index]!,
      chosenSoc: options.occupation,
      clearance: screenings[index]!.facts.clearance,
    }),
  );
  return read.map((text, index) =>
    analysisOf(
      text,
      {
        detection: detections[index]!,
        requirements: requirements[index]!,
        phraseMatches: phrases[index]!,
        screening: screenings[index]!,
        placed: places[index]!,
        benchmark: benchmarks[index]!,
      },
      options,
    ),
  );
}

/** What the readers analyzeMany runs posting after posting found in one. */
interface Readings {
  detection: Detection;
  requirements: Requirements;
  phraseMatches: ChecklistMatch[];
  screening: Screening;
  placed: {benchmark: Benchmark; location: string};
  benchmark: Benchmark;
}

/** The rest of one posting's analysis, from what the readers above found. */
function analysisOf(
  {posting, truncated, title, sentences}: Read,
  {detection, requirements, phraseMatches, screening, placed, benchmark}: Readings,
  options: AnalyzeOptions,
): Analysis {
  const checklist = withRequirements(phraseMatches, requirements);
  // A site's own estimate on the pay line is never posted pay (extractPay skips it): shown as an estimate.
  const lineEstimate = siteEstimate(posting.salaryText);
  const estimated = lineEstimate ? extractPay(lineEstimate.text, '') : null;
  const estimate = inLocalDollars(
    estimated && lineEstimate ? merged(estimated, {estimatedBy: lineEstimate.by}) : null,
    placed.location,
  );
  // The resolved place picks the posting's own range when the text gives one per place.
  const where = benchmark.resolution
    ? {
        place: benchmark.place,
        county: benchmark.resolution.county,
        countyFips: benchmark.resolution.countyFips,
        area: benchmark.resolution.area,
      }
    : benchmark.fallbackReason === REMOTE_JOB
      ? {place: 'Remote', remote: true}
      : null;
  const abroad = benchmark.fallbackReason === OUTSIDE_US;
  // A pay line that is the site's estimate states no posted pay: only the description may.
  const payLine = lineEstimate ? '' : posting.salaryText;
  const {posted: read, unread} = readPay(payLine, posting.description, where, abroad);
  // The site's pay line is the local statement; a description may quote another country's range ("For
  // U.S.-based roles, we expect ... $148,200" on a job in Montreal).
  const fromLine = abroad && read !== null && normalizeText(payLine).includes(read.text);
  const posted = fromLine ? inLocalDollars(read, placed.location) : read;
  const transparency = payRangeLikelyRequired(posting.location, options.date, {
    countyFips: benchmark.resolution?.countyFips,
    employees: posting.employerSize,
  });
  // The requirements as stated (without their evidence), then the screening facts. Written out rather than
  // `{evidence, ...stated} = requirements` and `{...stated, ...facts}`: about 6 us a posting in V8 (see merged.ts).
  const stated: Analysis['requirements'] = {
    minYearsExperience: requirements.minYearsExperience,
    degree: requirements.degree,
    certifications: requirements.certifications,
    ...screening.facts,
  };
  return {
    id: posting.id ?? '',
    site: posting.site ?? '',
    posting: {
      title: posting.title,
      company: employerName(posting.company),
      location: posting.location,
      salaryText: posting.salaryText,
      ...(posting.url ? {url: posting.url} : {}),
    },
    detection,
    requirements: stated,
    screening: screening.details,
    checklist,
    salary: {
      posted,
      benchmark,
      comparison: withImpliedLevel(comparePay(posted, benchmark), posted, benchmark),
      transparency,
      ...(estimate ? {estimate} : {}),
      ...(unread ? {unread} : {}),
    },
    completeness: scoreCompleteness({
      checklist,
      posted,
      location: posting.location,
      payRangeRequired: transparency?.required ?? false,
    }),
    fit: options.profile
      ? scoreFit(
          {
            requirements: stated,
            checklist,
            screening: screening.details,
            posted,
            sentences: [title, ...sentences],
            place: placeAgainstHome(
              screening.facts.workMode,
              placedBy(benchmark),
              homeOf(options.dataset ?? articleDataset, options.profile.location),
              screening.details.nearOffice === true,
            ),
          },
          options.profile,
        )
      : null,
    ...(truncated.length ? {truncated} : {}),
    ...(!options.profile && options.profileProblem ? {profileProblem: options.profileProblem} : {}),
  };
}
