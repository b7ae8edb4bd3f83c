// The decoded salary dataset: places, ZIPs and counties indexed for look-up. Built once from the
// bundled JSON (SalaryDataFile); decoding takes a few milliseconds and happens only when asked for.
import {decodeDigits, unpackLevels, type Levels, type SalaryDataFile} from './format';
import {normalizePlaceName} from './location-text';
import {PLACE_COUNTY_OVERRIDES} from './places-data';

export interface County {
  fips: string;
  name: string;
  state: string;
  /** Index into SalaryData.areas, or -1: the source has no row for this county. */
  area: number;
  inferredFromMetro: boolean;
}

/** A county found by name, with the people of its places (quarter-log10 steps, as Place has it). */
export interface NamedCounty {
  county: County;
  population: number;
}

export interface Place {
  name: string;
  state: string;
  county: County;
  /** Rough population (quarter steps of log10), for ranking only. */
  population: number;
}

export interface OccupationLevels {
  soc: string;
  title: string;
  hourly: Levels;
  /** Hourly x 2080, rounded: the same rule the source uses. */
  annual: Levels;
}

/** How the source names a county-level area: "Orange County", "Orleans Parish", "Baltimore city", "Ponce Municipio". */
export const COUNTY_KIND = /\b(?:county|parish|borough|municipality|city|census area|municipio|area|region)$/i;

const NEEDS_NORMALIZING = /[^a-z -]|\b(?:st|saint|ft|mt)\b|\s\s/;

/** normalizePlaceName, skipping the slow path for the plain ASCII names most places have. */
function placeKey(name: string): string {
  const lower = name.toLowerCase().trim();
  return NEEDS_NORMALIZING.test(lower) ? normalizePlaceName(name) : lower;
}

export class SalaryData {
  readonly file: SalaryDataFile;
  readonly counties: County[];
  readonly countyByFips: Map<string, County>;
  readonly places: Place[];
  /** Places ordered by normalised name: for prefix search, and for look-up by name (placesNamed). */
  readonly placesByPrefix: Array<{key: string; place: Place}>;
  readonly stateNames: Map<string, string>;
  /** Per state: stateSummary's answer (built on first use). */
  private states: Map<string, {largest: Place | null; oneArea: boolean; area: number | null}> | null = null;
  private countiesByName: Map<string, NamedCounty[]> | null = null;
  private readonly zipCodes: Int32Array;
  private readonly zipCounties: Int32Array;

  constructor(file: SalaryDataFile) {
    this.file = file;
    this.stateNames = new Map(file.states);
    this.counties = file.counties.map(([fips, name, area, inferred]) => ({
      fips,
      name,
      state: STATE_FIPS[fips.slice(0, 2)] ?? '',
      area,
      inferredFromMetro: inferred === 1,
    }));
    this.countyByFips = new Map(this.counties.map((county) => [county.fips, county]));
    this.places = file.places.names.split('|').map((name, index) => {
      const county = this.counties[decodeDigits(file.places.counties, index * 2, 2)]!;
      return {name, state: county.state, county, population: decodeDigits(file.places.populations, index, 1)};
    });
    // No map by name: the sorted list answers a look-up by name in a binary search, and building a map of
    // 40,000 names was a third of decoding the dataset, which the first analysis after the background
    // starts waits for.
    this.placesByPrefix = this.places.map((place) => ({key: placeKey(place.name), place}));
    // The build writes places in this order already; sort only if a hand-edited file is not (stable:
    // places of one name keep the file's order).
    if (this.placesByPrefix.some((entry, index) => index > 0 && this.placesByPrefix[index - 1]!.key > entry.key)) {
      this.placesByPrefix.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    }
    for (const [where, fips] of Object.entries(PLACE_COUNTY_OVERRIDES)) {
      const [state, key = ''] = where.split('|');
      const county = this.countyByFips.get(fips);
      if (county) for (const place of this.placesNamed(key)) if (place.state === state) place.county = county;
    }
    const zips: number[] = [];
    const zipCounties: number[] = [];
    let zip = 0;
    for (const delta of file.zips.deltas) zips.push((zip += delta));
    for (let index = 0; index < file.zips.countyRuns.length; index += 3) {
      const county = decodeDigits(file.zips.countyRuns, index, 2);
      const count = decodeDigits(file.zips.countyRuns, index + 2, 1) + 1;
      for (let repeat = 0; repeat < count; repeat += 1) zipCounties.push(county);
    }
    this.zipCodes = Int32Array.from(zips);
    this.zipCounties = Int32Array.from(zipCounties);
  }

  /**
   * A state's most populous place (the first of those ranked equal; null for a code with no places) and
   * whether all its counties share one wage area. Every state's summary is built in one pass, on first use.
   */
  stateSummary(state: string): {largest: Place | null; oneArea: boolean} {
    if (!this.states) {
      const states = new Map<string, {largest: Place | null; oneArea: boolean; area: number | null}>();
      const of = (code: string) => {
        let summary = states.get(code);
        if (!summary) states.set(code, (summary = {largest: null, oneArea: true, area: null}));
        return summary;
      };
      for (const county of this.counties) {
        const summary = of(county.state);
        if (summary.area === null) summary.area = county.area;
        else if (summary.area !== county.area) summary.oneArea = false;
      }
      for (const place of this.places) {
        const summary = of(place.state);
        if (!summary.largest || place.population > summary.largest.population) summary.largest = place;
      }
      this.states = states;
    }
    const summary = this.states.get(state);
    return {largest: summary?.largest ?? null, oneArea: summary?.oneArea ?? false};
  }

  /** The places of a normalised name, most populous first (a new array). */
  placesNamed(key: string): Place[] {
    const entries = this.placesByPrefix;
    const places: Place[] = [];
    for (let index = firstAtOrAfter(entries, key); index < entries.length && entries[index]!.key === key; index++)
      places.push(entries[index]!.place);
    return places.length > 1 ? places.sort((a, b) => b.population - a.population) : places;
  }

  /**
   * The counties of a normalised name ("orange county", "orleans parish"), most populous first (by the
   * people of their places). The source writes about 1,400 counties without the word ("Jackson" for Jackson County,
   * MO): each is also found with it. Built in one pass, on first use.
   */
  countiesNamed(key: string): readonly NamedCounty[] {
    if (!this.countiesByName) {
      // A county's people: the sum of its places' (from their quarter-log10 steps), back in steps.
      const people = new Map<County, number>();
      for (const place of this.places)
        people.set(place.county, (people.get(place.county) ?? 0) + 10 ** (place.population / 4));
      const byName = new Map<string, NamedCounty[]>();
      const add = (name: string, county: County) => {
        const entry = {county, population: 4 * Math.log10(people.get(county) ?? 1)};
        const counties = byName.get(name);
        if (counties) counties.push(entry);
        else byName.set(name, [entry]);
      };
      for (const county of this.counties) {
        const name = placeKey(county.name);
        add(name, county);
        if (!COUNTY_KIND.test(name)) add(`${name} county`, county);
      }
      for (const counties of byName.values()) counties.sort((a, b) => b.population - a.population);
      this.countiesByName = byName;
    }
    return this.countiesByName.get(key) ?? [];
  }

  countyForZip(zip: string): County | null {
    const target = Number(zip);
    let low = 0;
    let high = this.zipCodes.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const value = this.zipCodes[middle]!;
      if (value === target) return this.counties[this.zipCounties[middle]!] ?? null;
      if (value < target) low = middle + 1;
      else high = middle - 1;
    }
    return null;
  }

  /** Every bundled occupation's levels for a wage area, the default (TPM) occupation first. */
  levelsForArea(area: number): OccupationLevels[] {
    const wageArea = this.file.areas[area];
    if (!wageArea) return [];
    return this.file.occupations.map((occupation, index) => {
      const hourly = unpackLevels(wageArea.hourlyCents[index]!).map((cents) => cents / 100) as Levels;
      return {
        soc: occupation.soc,
        title: occupation.title,
        hourly,
        annual: hourly.map((value) => Math.round(value * 2080)) as Levels,
      };
    });
  }

  areaName(area: number): string | null {
    return this.file.areas[area]?.name ?? null;
  }
}

/** The first entry whose key is `prefix` or sorts after it (binary search over the sorted keys). */
export function firstAtOrAfter(entries: ReadonlyArray<{key: string}>, prefix: string): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (entries[middle]!.key < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

// FIPS state codes are a fixed public standard (ANSI INCITS 38).
const STATE_FIPS: Record<string, string> = {
  '01': 'AL',
  '02': 'AK',
  '04': 'AZ',
  '05': 'AR',
  '06': 'CA',
  '08': 'CO',
  '09': 'CT',
  '10': 'DE',
  '11': 'DC',
  '12': 'FL',
  '13': 'GA',
  '15': 'HI',
  '16': 'ID',
  '17': 'IL',
  '18': 'IN',
  '19': 'IA',
  '20': 'KS',
  '21': 'KY',
  '22': 'LA',
  '23': 'ME',
  '24': 'MD',
  '25': 'MA',
  '26': 'MI',
  '27': 'MN',
  '28': 'MS',
  '29': 'MO',
  '30': 'MT',
  '31': 'NE',
  '32': 'NV',
  '33': 'NH',
  '34': 'NJ',
  '35': 'NM',
  '36': 'NY',
  '37': 'NC',
  '38': 'ND',
  '39': 'OH',
  '40': 'OK',
  '41': 'OR',
  '42': 'PA',
  '44': 'RI',
  '45': 'SC',
  '46': 'SD',
  '47': 'TN',
  '48': 'TX',
  '49': 'UT',
  '50': 'VT',
  '51': 'VA',
  '53': 'WA',
  '54': 'WV',
  '55': 'WI',
  '56': 'WY',
  '60': 'AS',
  '66': 'GU',
  '69': 'MP',
  '72': 'PR',
  '78': 'VI',
};
