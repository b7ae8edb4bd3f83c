// Where the job is against where the profile's owner lives. An on-site or hybrid job in another metro area means a
// move or a long commute: the score cannot weigh it (the profile does not say whether its owner would move), but a
// reader screens on it first, so the fit says it. Places are compared by the wage areas of the bundled salary tables
// (OMB metropolitan areas, as DOL OFLC uses them): "Jersey City, NJ" is in the New York area, "Tacoma, WA" in the
// Seattle one. A remote job is left to the residency blocker (fit-blockers.ts).
import {merged} from './merged';
import type {WorkMode} from './work-mode';
import {candidateFromLabel, metroArea} from './salary/area-names';
import type {SalaryDataset} from './benchmarks';
import type {Benchmark} from './types';

/** A place as the salary tables resolved it. */
export interface Placed {
  place: string;
  /** "King County, WA"; null for a place a benchmark only lists (Benchmark.candidates). */
  county: string | null;
  /** The metro area's name; null for a county outside any. */
  area: string | null;
}

export interface FitPlace {
  /** The job is in another area than the home. */
  away: boolean;
  text: string;
}

/**
 * The places a benchmark resolved: the workplaces (the one its figures are for, then the others it lists: more
 * workplaces, or the other wage areas of a region) and, for a name read as its largest place ("Portland"), the other
 * places the name may mean. None when it fell back to state or national figures.
 */
export function placedBy(benchmark: Benchmark): JobPlaces {
  const resolution = benchmark.resolution;
  if (!resolution || benchmark.fallbackReason !== null) return {workplaces: [], sameName: []};
  const others = (benchmark.candidates ?? []).map((label) => merged(candidateFromLabel(label), {county: null}));
  const chosen = {place: benchmark.place, county: `${resolution.county}, ${resolution.state}`, area: resolution.area};
  return benchmark.largestOfName
    ? {workplaces: [chosen], sameName: others}
    : {workplaces: [chosen, ...others], sameName: []};
}

/** Where the job is: its workplaces, and the other places of the name the first was read from (placedBy). */
export interface JobPlaces {
  workplaces: Placed[];
  sameName: Placed[];
}

/** The profile's home as the salary tables place it; remembered, as one profile meets every posting of a session. */
let lastHome: {dataset: SalaryDataset; location: string; placed: Placed | undefined} | null = null;
export function homeOf(dataset: SalaryDataset, location: string | null): Placed | undefined {
  if (!location?.trim()) return undefined;
  if (lastHome?.dataset !== dataset || lastHome.location !== location)
    lastHome = {dataset, location, placed: placedBy(dataset.benchmarkFor(location)).workplaces[0]};
  return lastHome.placed;
}

/** The metro area; outside one only the county is one place (metroArea). */
const metroOf = ({area}: Placed) => metroArea(area);
const sameArea = (a: Placed, b: Placed) =>
  (metroOf(a) !== null && metroOf(a) === metroOf(b)) || (a.county !== null && a.county === b.county);

const MODE_WORDS: Record<'hybrid' | 'onsite' | 'unsaid', string> = {
  onsite: 'On-site in',
  hybrid: 'Hybrid in',
  unsaid: 'Based in',
};

/**
 * The job's workplaces (the first as the posting names it, then the others it lists) against the home, or null
 * when the job is remote or either side is not placed. Near when any workplace is in the home's area. Of the other
 * places of the name the first was read from ("Portland" read as Portland, OR), one in the home's area is named,
 * since the posting may mean it.
 */
export function placeAgainstHome(
  workMode: WorkMode | null,
  {workplaces, sameName}: JobPlaces,
  home: Placed | undefined,
  /** No mode stated, but living near an office required (screening details): the job is not remote either. */
  nearOffice = false,
): FitPlace | null {
  const [first] = workplaces;
  if (workMode === 'remote' || !first || !home) return null;
  const opening = MODE_WORDS[workMode ?? 'unsaid'];
  const near = workplaces.find((workplace) => sameArea(workplace, home));
  if (near) {
    const where = metroOf(near) ?? near.county ?? near.place;
    return {away: false, text: `${opening} ${near.place}, in your area (${where})`};
  }
  const others =
    workplaces.length > 1 ? ` (or ${workplaces.length - 1} more place${workplaces.length > 2 ? 's' : ''})` : '';
  const another = metroOf(first) !== null && metroOf(home) !== null ? 'another metro area' : 'another area';
  const unless = workMode === null && !nearOffice ? 'unless the job is remote, ' : '';
  const homeNamesake = sameName.find((place) => sameArea(place, home));
  const namesake = homeNamesake
    ? ` (read as the largest place of its name; if the posting means ${homeNamesake.place}, it is in your area)`
    : '';
  return {
    away: true,
    text: `${opening} ${first.place}${others}${namesake}; your home, ${home.place}, is in ${another}: ${unless}a move or a long commute`,
  };
}
