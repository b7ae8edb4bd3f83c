// One salary look-up: the location resolved, every bundled occupation's levels for its wage area,
// and the national figure beside them. The CLI prints it, the popup shows it, analyze() gets a Benchmark.
import {ARTICLE_SALARIES, ARTICLE_SOURCE} from '../data/article-salaries';
import {articleFiguresFor, MAYBE_OUTSIDE_US, OUTSIDE_US, REMOTE_JOB, type SalaryDataset} from '../benchmarks';
import type {Benchmark, BenchmarkFigure} from '../types';
import type {OccupationLevels, SalaryData} from './dataset';
import type {Degree} from '../types';
import {OCCUPATION_NOTES, occupationProfile} from './occupations';
import {impliedWageLevel, type ImpliedLevel} from './wage-level';
import {candidateLabel} from './area-names';
import {resolveLocation, type Resolution, type ResolutionStatus, type ResolvedPlace} from './resolve';

export interface NationalFigure {
  label: string;
  average: number;
  low: number;
  high: number;
  source: string;
  date: string;
}

export interface SalaryLookup {
  query: string;
  status: Resolution['status'];
  note: string;
  remote: boolean;
  resolved: {place: string; county: string; state: string; area: string | null} | null;
  candidates: Array<{place: string; county: string; state: string; area: string | null}>;
  occupations: Array<{
    soc: string;
    title: string;
    note: string;
    annual: {level1: number; level2: number; level3: number; level4: number};
    hourly: {level1: number; level2: number; level3: number; level4: number};
  }>;
  /** The federal table has no national row; this is the article's dated national figure. */
  national: NationalFigure | null;
  source: {name: string; wageYear: string; note: string; attribution: string[]};
  /** With a role (occupation and years): the level the DOL worksheet implies and its wage here. */
  implied?: {
    soc: string;
    title: string;
    level: ImpliedLevel['level'] | null;
    steps: ImpliedLevel['steps'];
    summary: string;
    annual: number | null;
    hourly: number | null;
  };
}

/** A role to place on the worksheet: the occupation and what the job asks. */
export interface LookupRole {
  occupation: string;
  years: number | null;
  degree?: Degree | null;
  /** The job supervises staff. */
  supervises?: boolean;
}

export function nationalFigure(): NationalFigure {
  const national = ARTICLE_SALARIES[0]!;
  return {
    label:
      "National (the federal wage table has no national row; this is the article's 2021 figure for technical project managers)",
    average: national.average,
    low: national.low ?? national.average,
    high: national.high ?? national.average,
    source: ARTICLE_SOURCE.name,
    date: ARTICLE_SOURCE.date,
  };
}

const asLevels = ([level1, level2, level3, level4]: readonly number[]) => ({
  level1: level1!,
  level2: level2!,
  level3: level3!,
  level4: level4!,
});
const shortPlace = ({place, county, state, area}: ResolvedPlace) => ({place, county, state, area});

function impliedFor(role: LookupRole, occupations: SalaryLookup['occupations']): NonNullable<SalaryLookup['implied']> {
  const profile = occupationProfile(role.occupation);
  const row = occupations.find((entry) => entry.soc === role.occupation);
  const title = profile?.onetTitle ?? row?.title ?? role.occupation;
  if (!profile)
    return {
      soc: role.occupation,
      title,
      level: null,
      steps: [],
      summary: `No O*NET Job Zone is bundled for ${role.occupation}: no implied wage level.`,
      annual: null,
      hourly: null,
    };
  const implied = impliedWageLevel({
    profile,
    years: role.years,
    degree: role.degree ?? null,
    supervision: role.supervises ? 'stated by you' : null,
  });
  const key = `level${implied.level}` as const;
  return {
    soc: role.occupation,
    title,
    level: implied.level,
    steps: implied.steps,
    summary: implied.summary,
    annual: row ? row.annual[key] : null,
    hourly: row ? row.hourly[key] : null,
  };
}

export function lookupSalary(data: SalaryData, query: string, role?: LookupRole): SalaryLookup {
  const resolution = resolveLocation(data, query);
  const levels = resolution.resolved ? data.levelsForArea(resolution.resolved.areaIndex) : [];
  const inferred = resolution.resolved?.inferredFromMetro
    ? ' Figures taken from its metro area: the source row for this name belongs to a same-named county.'
    : '';
  const noFigures =
    resolution.resolved && levels.length === 0 ? ' The federal table has no row for this county: no local data.' : '';
  const occupations = levels.map((entry) => ({
    soc: entry.soc,
    title: entry.title,
    note: OCCUPATION_NOTES[entry.soc] ?? '',
    annual: asLevels(entry.annual),
    hourly: asLevels(entry.hourly),
  }));
  return {
    query,
    status: resolution.status,
    note: resolution.note + inferred + noFigures,
    remote: resolution.remote,
    resolved: resolution.resolved ? shortPlace(resolution.resolved) : null,
    candidates: resolution.candidates.map(shortPlace),
    occupations,
    national: nationalFigure(),
    source: {
      name: data.file.source.name,
      wageYear: data.file.source.wageYear,
      note: data.file.source.note,
      attribution: data.file.attribution,
    },
    ...(role ? {implied: impliedFor(role, occupations)} : {}),
  };
}

function levelsFigure(entry: OccupationLevels, area: string, data: SalaryData): BenchmarkFigure {
  return {
    kind: 'levels',
    occupation: entry.title,
    soc: entry.soc,
    low: entry.annual[0],
    high: entry.annual[3],
    levels: entry.annual,
    hourlyLevels: entry.hourly,
    area,
    source: 'US DOL OFLC prevailing wage levels (from BLS OEWS)',
    date: data.file.source.wageYear,
    note: OCCUPATION_NOTES[entry.soc],
  };
}

const REMEMBERED_LOCATIONS = 1000;

/** Why national figures stand in, by how the location resolved (resolved: the county has no figures). */
const FALLBACK_REASONS: Readonly<Record<ResolutionStatus, string>> = {
  resolved: 'no local data',
  'no local data': 'no local data',
  remote: REMOTE_JOB,
  'outside the US': OUTSIDE_US,
  'no location': 'no location',
  ambiguous: 'ambiguous location',
};

/** The county dataset as analyze() uses it: federal levels first (TPM occupation first), the article's figures after. */
export function countySalaryDataset(data: SalaryData): SalaryDataset {
  // A batch of postings names the same few places over and over: each is resolved once. Not a
  // StringMemo, which forgetStrings() empties between postings; the benchmark itself is built anew
  // each time, so that no two analyses share an object.
  let resolutions = new Map<string, Resolution>();
  const resolve = (location: string) => {
    let resolution = resolutions.get(location);
    if (!resolution) {
      // A new Map rather than clear(), whose next table V8 allocates in the old generation (see
      // LiteralScanner.forgetTogether in scan.ts).
      if (resolutions.size >= REMEMBERED_LOCATIONS) resolutions = new Map();
      resolution = resolveLocation(data, location);
      resolutions.set(location, resolution);
    }
    return resolution;
  };
  return {
    benchmarkFor(location: string): Benchmark {
      const resolution = resolve(location);
      const resolved = resolution.resolved;
      const levels = resolved ? data.levelsForArea(resolved.areaIndex) : [];
      const candidates = resolution.candidates.map(candidateLabel);
      // Keys set one by one, in the order a Benchmark is serialised with them; a literal that spreads optional parts
      // before a key is slow in V8 (see merged.ts).
      const extras: Pick<Benchmark, 'resolution' | 'candidates' | 'largestOfName' | 'note'> = {};
      if (resolved)
        extras.resolution = {
          county: resolved.county,
          countyFips: resolved.countyFips,
          state: resolved.state,
          area: resolved.area,
        };
      if (candidates.length > 0) extras.candidates = candidates;
      if (resolution.largestOfName) extras.largestOfName = true;
      extras.note = resolution.note;
      if (resolved && levels.length > 0) {
        return {
          place: resolved.place,
          scope: 'local',
          fallbackReason: null,
          figures: [
            ...levels.map((entry) => levelsFigure(entry, resolved.area!, data)),
            ...articleFiguresFor(location),
          ],
          ...extras,
        };
      }
      const fallbackReason = resolution.abroad ? MAYBE_OUTSIDE_US : FALLBACK_REASONS[resolution.status];
      return {place: 'United States', scope: 'national', fallbackReason, figures: articleFiguresFor(''), ...extras};
    },
  };
}
