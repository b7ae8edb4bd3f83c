// npm run data: builds src/core/data/salary-dataset.json from ../shared/data/{salary,geo}.
// Deterministic: the same inputs give byte-identical output (sorted keys and rows, no clock).
// Counties whose wage figures are identical for every bundled occupation share one wage area, which
// is how OFLC publishes them (one set of levels per metro area or nonmetropolitan area).
import {createHash} from 'node:crypto';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse} from 'csv-parse/sync';
import {SalaryDataFileSchema} from '../src/core/salary/schema';
import {
  encodeDigits,
  packLevels,
  type CountyRow,
  type Levels,
  type SalaryDataFile,
  type WageArea,
} from '../src/core/salary/format';
import {DEFAULT_SOC} from '../src/core/salary/occupations';
import {normalizePlaceName} from '../src/core/salary/location-text';
import {countyNameKey} from './salary-county-key';

const ROOT = join(import.meta.dirname, '..');
const SHARED = process.env.TPM_LENS_SHARED_DATA ?? join(ROOT, '..', 'shared', 'data');
const OUT = process.env.TPM_LENS_SALARY_OUT ?? join(ROOT, 'src', 'core', 'data', 'salary-dataset.json');

const FILES = {
  wages: 'salary/oflc_prevailing_wage_levels_by_county.csv',
  counties: 'geo/county_cbsa_2023.csv',
  places: 'geo/us_places_simplemaps.csv',
  zips: 'geo/us_zip_places_geonames.csv',
} as const;

type Row = Record<string, string>;

function readCsv(relative: string): {rows: Row[]; sha256: string} {
  const path = join(SHARED, relative);
  if (!existsSync(path)) throw new Error(`missing input ${path} (set TPM_LENS_SHARED_DATA to the shared data folder)`);
  const text = readFileSync(path);
  return {
    rows: parse(text, {columns: true, skip_empty_lines: true}) as Row[],
    sha256: createHash('sha256').update(text).digest('hex'),
  };
}

const STATE_NAMES: Record<string, string> = {};

interface CountyInfo {
  fips: string;
  state: string;
  names: Set<string>;
  displayName: string | null;
  cbsa: {code: string; title: string; type: string; division: string; divisionTitle: string} | null;
}

function collectCounties(cbsaRows: Row[], placeRows: Row[], zipRows: Row[]): Map<string, CountyInfo> {
  const counties = new Map<string, CountyInfo>();
  const touch = (fips: string, state: string) => {
    let info = counties.get(fips);
    if (!info) counties.set(fips, (info = {fips, state, names: new Set(), displayName: null, cbsa: null}));
    return info;
  };
  for (const row of cbsaRows) {
    const info = touch(row.county_fips!, row.state!);
    info.names.add(row.county_name!);
    info.displayName = row.county_name!;
    STATE_NAMES[row.state!] = row.state_name!;
    info.cbsa = {
      code: row.cbsa_code!,
      title: row.cbsa_title!,
      type: row.cbsa_type!,
      division: row.metro_division_code ?? '',
      divisionTitle: row.metro_division_title ?? '',
    };
  }
  for (const row of zipRows) {
    if (!row.county_fips || !row.county_name) continue;
    touch(row.county_fips, row.state_code!).names.add(row.county_name);
    STATE_NAMES[row.state_code!] ??= row.state_name!;
  }
  for (const row of placeRows) {
    touch(row.county_fips!, row.state_id!).names.add(row.county_name!);
    STATE_NAMES[row.state_id!] ??= row.state_name!;
  }
  for (const info of counties.values()) {
    // GeoNames writes "Buena Vista (city)" and "Yukon-Koyukuk (CA)"; show what the county is called.
    const longest = [...info.names].sort((a, b) => b.length - a.length || compareText(a, b))[0]!;
    info.displayName ??= longest.replace(/\s*\(city\)$/, ' city').replace(/\s*\(CA\)$/, ' Census Area');
  }
  return counties;
}

interface WageRow {
  state: string;
  county: string;
  soc: string;
  title: string;
  hourly: [number, number, number, number];
  annual: [number, number, number, number];
}

function readWages(rows: Row[]): WageRow[] {
  return rows.map((row) => {
    const hourly = [1, 2, 3, 4].map((level) => Number(row[`level${level}_hourly`])) as WageRow['hourly'];
    const annual = [1, 2, 3, 4].map((level) => Number(row[`level${level}_annual`])) as WageRow['annual'];
    hourly.forEach((value, index) => {
      if (!Number.isFinite(value) || Math.round(value * 2080) !== annual[index])
        throw new Error(`wage row ${row.state}|${row.county} ${row.soc_code}: annual is not hourly x 2080`);
    });
    return {state: row.state!, county: row.county!, soc: row.soc_code!, title: row.soc_title!, hourly, annual};
  });
}

/** Occupation order: the default (TPM) occupation first, then by SOC code. */
function occupationOrder(wages: WageRow[]): Array<{soc: string; title: string}> {
  const titles = new Map(wages.map((row) => [row.soc, row.title]));
  return [...titles]
    .map(([soc, title]) => ({soc, title}))
    .sort((a, b) => Number(b.soc === DEFAULT_SOC) - Number(a.soc === DEFAULT_SOC) || compareText(a.soc, b.soc));
}

/** Joins the name-keyed wage table onto county FIPS codes. Reports what could not be joined. */
function joinWages(wages: WageRow[], counties: Map<string, CountyInfo>, socs: string[]) {
  const vectors = new Map<string, number[][]>();
  for (const row of wages) {
    const key = `${row.state}|${countyNameKey(row.county)}`;
    const vector = vectors.get(key) ?? socs.map(() => []);
    vector[socs.indexOf(row.soc)] = row.hourly.map((value) => Math.round(value * 100));
    vectors.set(key, vector);
  }
  const candidates = new Map<string, string[]>();
  for (const info of [...counties.values()].sort((a, b) => compareText(a.fips, b.fips))) {
    const keys = new Set([...info.names].map((name) => `${info.state}|${countyNameKey(name)}`));
    for (const key of keys) if (vectors.has(key)) candidates.set(key, [...(candidates.get(key) ?? []), info.fips]);
  }
  const assigned = new Map<string, string>();
  const collisions: string[] = [];
  for (const [key, fipsList] of candidates) if (fipsList.length === 1) assigned.set(fipsList[0]!, key);
  // The wage table has one row for a name that two counties share (Baltimore city and Baltimore County):
  // the row belongs to the county whose metro-area neighbours carry the same figures.
  for (const [key, fipsList] of candidates) {
    if (fipsList.length === 1) continue;
    const vector = JSON.stringify(vectors.get(key));
    const matching = fipsList.filter((fips) => {
      const own = counties.get(fips)!;
      const peers = [...assigned].filter(([other]) => {
        const info = counties.get(other)!;
        return own.cbsa ? info.cbsa?.code === own.cbsa.code : !info.cbsa && info.state === own.state;
      });
      return peers.some(([, peerKey]) => JSON.stringify(vectors.get(peerKey)) === vector);
    });
    for (const fips of matching) assigned.set(fips, key);
    collisions.push(`${key}: ${fipsList.join('/')} -> ${matching.join('/') || 'none'}`);
  }
  const usedKeys = new Set(assigned.values());
  const unjoined = [...vectors.keys()].filter((key) => !usedKeys.has(key));
  return {vectors, assigned, collisions, unjoined};
}

function areaName(members: CountyInfo[], weight: (fips: string) => number): {name: string; cbsa: string | null} {
  // Named after the 2023 metro area that holds most of the area's people (OFLC areas follow older
  // delineations, so an area may reach into a neighbouring metro area: that is said, not hidden).
  const metro = new Map<string, {title: string; weight: number; divisions: Set<string>; divisionTitle: string}>();
  for (const info of members) {
    if (info.cbsa?.type !== 'Metro') continue;
    const entry = metro.get(info.cbsa.code) ?? {
      title: info.cbsa.title,
      weight: 0,
      divisions: new Set(),
      divisionTitle: info.cbsa.divisionTitle,
    };
    entry.weight += weight(info.fips);
    entry.divisions.add(info.cbsa.division);
    metro.set(info.cbsa.code, entry);
  }
  const ranked = [...metro].sort((a, b) => b[1].weight - a[1].weight || compareText(a[0], b[0]));
  const states = [...new Set(members.map((info) => info.state))].sort();
  if (ranked.length === 0) {
    const stateNames = states.map((state) => STATE_NAMES[state] ?? state).join(', ');
    return {
      name: `Nonmetropolitan ${stateNames} (${members.length} ${members.length === 1 ? 'county' : 'counties'})`,
      cbsa: null,
    };
  }
  const [code, entry] = ranked[0]!;
  const oneDivision = entry.divisions.size === 1 && !entry.divisions.has('');
  const title = oneDivision ? entry.divisionTitle : entry.title;
  const others = ranked.length - 1;
  return {
    name: others > 0 ? `${title} and parts of ${others} nearby metro ${others === 1 ? 'area' : 'areas'}` : title,
    cbsa: oneDivision ? [...entry.divisions][0]! : code,
  };
}

/** Population in quarter steps of log10: enough to rank places, far smaller than counts. */
function populationDigit(population: string): number {
  return Math.round(Math.log10(Math.max(1, Number(population) || 1)) * 4);
}

/** Locale-independent order (the build must not depend on the machine's locale). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Counties the wage table has no row for (its one row went to a same-named county): OFLC areas are
 * metro areas, so when every other county of the metro area carries one and the same figures, use them.
 */
function inferFromMetro(
  counties: Map<string, CountyInfo>,
  assigned: Map<string, string>,
  vectors: Map<string, number[][]>,
): Map<string, string> {
  const inferred = new Map<string, string>();
  for (const info of counties.values()) {
    if (assigned.has(info.fips) || info.cbsa?.type !== 'Metro') continue;
    const peerKeys = [...assigned]
      .filter(([fips]) => counties.get(fips)!.cbsa?.code === info.cbsa!.code)
      .map(([, key]) => key);
    const distinct = new Set(peerKeys.map((key) => JSON.stringify(vectors.get(key))));
    if (peerKeys.length > 0 && distinct.size === 1) inferred.set(info.fips, peerKeys[0]!);
  }
  return inferred;
}

function build(): SalaryDataFile {
  const wagesCsv = readCsv(FILES.wages);
  const cbsaCsv = readCsv(FILES.counties);
  const placesCsv = readCsv(FILES.places);
  const zipsCsv = readCsv(FILES.zips);
  const wages = readWages(wagesCsv.rows);
  const occupations = occupationOrder(wages);
  const socs = occupations.map((occupation) => occupation.soc);
  const counties = collectCounties(cbsaCsv.rows, placesCsv.rows, zipsCsv.rows);
  const {vectors, assigned, collisions, unjoined} = joinWages(wages, counties, socs);

  const inferred = inferFromMetro(counties, assigned, vectors);
  const wageKeyOf = (fips: string) => assigned.get(fips) ?? inferred.get(fips);

  // A county's weight for naming its area: its largest place's population.
  const countyWeight = new Map<string, number>();
  for (const row of placesCsv.rows)
    countyWeight.set(row.county_fips!, Math.max(countyWeight.get(row.county_fips!) ?? 0, Number(row.population) || 0));

  const areaIndexByVector = new Map<string, number>();
  const areaMembers: CountyInfo[][] = [];
  const areaVectors: number[][][] = [];
  for (const fips of [...counties.keys()].filter((fips) => wageKeyOf(fips)).sort()) {
    const vector = vectors.get(wageKeyOf(fips)!)!;
    const id = JSON.stringify(vector);
    let index = areaIndexByVector.get(id);
    if (index === undefined) {
      areaIndexByVector.set(id, (index = areaVectors.length));
      areaVectors.push(vector);
      areaMembers.push([]);
    }
    areaMembers[index]!.push(counties.get(fips)!);
  }
  const areas: WageArea[] = areaVectors.map((vector, index) => ({
    ...areaName(areaMembers[index]!, (fips) => countyWeight.get(fips) ?? 0),
    hourlyCents: vector.map((levels) => packLevels(levels as Levels)),
  }));

  const countyRows: CountyRow[] = [...counties.values()]
    .sort((a, b) => compareText(a.fips, b.fips))
    .map((info) => {
      const key = wageKeyOf(info.fips);
      return [
        info.fips,
        info.displayName!,
        key ? areaIndexByVector.get(JSON.stringify(vectors.get(key)))! : -1,
        inferred.has(info.fips) ? 1 : 0,
      ];
    });
  const countyIndex = new Map(countyRows.map(([fips], index) => [fips, index]));
  const states = [...new Set(countyRows.map(([fips]) => counties.get(fips)!.state))]
    .sort()
    .map((code): [string, string] => [code, STATE_NAMES[code] ?? code]);

  // Towns the place table lacks (New England towns, NJ townships: "Danvers, MA", "Warren, NJ") are
  // still USPS place names in the ZIP table: add each once, with its county when all its ZIPs agree.
  const known = new Set(
    placesCsv.rows.flatMap((row) => [
      `${row.state_id}|${normalizePlaceName(row.city!)}`,
      `${row.state_id}|${normalizePlaceName(row.city_ascii!)}`,
    ]),
  );
  const postal = new Map<string, {city: string; state: string; counties: Set<string>}>();
  for (const row of zipsCsv.rows) {
    if (!row.place_name || !counties.has(row.county_fips ?? '') || !STATE_NAMES[row.state_code!]) continue;
    const key = `${row.state_code}|${normalizePlaceName(row.place_name)}`;
    if (known.has(key)) continue;
    const entry = postal.get(key) ?? {city: row.place_name, state: row.state_code!, counties: new Set<string>()};
    entry.counties.add(row.county_fips!);
    postal.set(key, entry);
  }
  const postalPlaces: Row[] = [...postal.values()]
    .filter((entry) => entry.counties.size === 1 && wageKeyOf([...entry.counties][0]!))
    .map((entry) => ({
      city: entry.city,
      state_id: entry.state,
      county_fips: [...entry.counties][0]!,
      population: '0',
      id: `zip:${entry.state}`,
    }));
  // In the order the extension searches them (normalised name), so it need not sort them at start-up.
  const searchKey = new Map([...placesCsv.rows, ...postalPlaces].map((row) => [row, normalizePlaceName(row.city!)]));
  const places = [...searchKey.keys()].sort(
    (a, b) =>
      compareText(searchKey.get(a)!, searchKey.get(b)!) ||
      compareText(a.city!, b.city!) ||
      compareText(a.county_fips!, b.county_fips!) ||
      compareText(a.id!, b.id!),
  );
  for (const row of places) if (row.city!.includes('|')) throw new Error(`place name with "|": ${row.city}`);

  // ZIP -> county from GeoNames. Where GeoNames still uses a retired county (Connecticut's eight
  // counties, replaced by planning regions in 2022), the ZIP's place name leads to the current one.
  const placeCounty = new Map<string, Set<string>>();
  for (const row of placesCsv.rows) {
    const key = `${row.state_id}|${row.city_ascii!.toLowerCase()}`;
    placeCounty.set(key, (placeCounty.get(key) ?? new Set()).add(row.county_fips!));
  }
  const zipCounty = (row: Row): string | null => {
    const fips = row.county_fips ?? '';
    if (/^\d{5}$/.test(fips) && wageKeyOf(fips)) return fips;
    const viaPlace = placeCounty.get(`${row.state_code}|${row.place_name!.toLowerCase()}`);
    if (viaPlace?.size === 1) return [...viaPlace][0]!;
    return counties.has(fips) ? fips : null;
  };
  const zipEntries = zipsCsv.rows
    .filter((row) => /^\d{5}$/.test(row.postal_code!))
    .map((row) => ({zip: Number(row.postal_code), county: zipCounty(row)}))
    .filter((entry): entry is {zip: number; county: string} => entry.county !== null)
    .sort((a, b) => a.zip - b.zip || compareText(a.county, b.county));
  const zipDeltas: number[] = [];
  const runs: Array<[number, number]> = [];
  let previous = 0;
  for (const {zip, county} of zipEntries) {
    if (zip === previous && zipDeltas.length > 0) continue;
    zipDeltas.push(zip - previous);
    previous = zip;
    const index = countyIndex.get(county)!;
    const last = runs.at(-1);
    if (last && last[0] === index && last[1] < 64) last[1] += 1;
    else runs.push([index, 1]);
  }

  const data: SalaryDataFile = {
    version: 1,
    source: {
      name: 'US Department of Labor, OFLC prevailing wage levels I-IV (FLAG wage library, computed from BLS OEWS)',
      wageYear: 'July 2025 - June 2026 (most likely; the source does not state it)',
      note: 'Levels I-IV are roughly the 17th, 34th, 50th and 67th percentiles of the OEWS wage distribution for the area. Annual = hourly x 2080.',
      origin:
        'ankitjawla/H1B-Wage-Tracker @ 69dff673822703b0620a9ce4b86046193a99bf58, public/data/soc/*.json (US government data, public domain)',
      files: Object.fromEntries(
        [
          [FILES.wages, wagesCsv.sha256],
          [FILES.counties, cbsaCsv.sha256],
          [FILES.places, placesCsv.sha256],
          [FILES.zips, zipsCsv.sha256],
        ].map(([file, sha]) => [file!, sha!]),
      ),
    },
    attribution: [
      'US cities data: simplemaps.com Basic US Cities Database (https://simplemaps.com/data/us-cities), CC BY 4.0; reformatted.',
      'Postal code data (c) GeoNames (geonames.org), CC BY 4.0.',
      'County to metro area: US Census Bureau, OMB delineation July 2023 (public domain).',
    ],
    occupations,
    areas,
    states,
    counties: countyRows,
    places: {
      names: places.map((row) => row.city!).join('|'),
      counties: places.map((row) => encodeDigits(countyIndex.get(row.county_fips!)!, 2)).join(''),
      populations: places.map((row) => encodeDigits(populationDigit(row.population!), 1)).join(''),
    },
    zips: {
      deltas: zipDeltas,
      countyRuns: runs.map(([index, count]) => encodeDigits(index, 2) + encodeDigits(count - 1, 1)).join(''),
    },
  };
  const report = {
    wageKeys: vectors.size,
    countiesWithWages: assigned.size,
    countiesInferredFromMetro: [...inferred.keys()],
    countiesWithoutWages: [...counties.keys()].filter((fips) => !wageKeyOf(fips)),
    areas: areas.length,
    places: placesCsv.rows.length,
    postalPlaces: postalPlaces.length,
    zips: zipDeltas.length,
    zipsDropped: zipsCsv.rows.length - zipEntries.length,
    collisions,
    unjoinedWageKeys: unjoined,
  };
  console.error(JSON.stringify(report, null, 1));
  return data;
}

const data = SalaryDataFileSchema.parse(build()) as SalaryDataFile;
writeFileSync(OUT, `${JSON.stringify(data)}\n`);
console.error(`wrote ${OUT}`);
