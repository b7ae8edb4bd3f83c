// Location text -> county and wage area, or an honest "cannot tell": ambiguous names give their
// candidates, remote and unknown locations give none. Never a silent wrong city.
import {merged} from '../merged';
import {cityAbroad, countryInSentence} from './countries';
import {COUNTY_KIND, type County, type NamedCounty, type Place, type SalaryData} from './dataset';
import {normalizePlaceName, otherSpellings, readLocationText, REGION_SUFFIX, regionBase} from './location-text';
import {MULTI_STATE_REGIONS, REGION_ALIASES} from './places-data';
import {stateCode} from './states';

export interface ResolvedPlace {
  /** "Mountain View, CA" or a region's label. */
  place: string;
  county: string;
  countyFips: string;
  state: string;
  /** The wage area's name, or null when the source has no figures for the county. */
  area: string | null;
  areaIndex: number;
  inferredFromMetro: boolean;
}

export type ResolutionStatus = 'resolved' | 'ambiguous' | 'remote' | 'no local data' | 'no location' | 'outside the US';

export interface Resolution {
  query: string;
  status: ResolutionStatus;
  resolved: ResolvedPlace | null;
  /** Other places the text may mean (for a resolved place: other wage areas it may also mean). */
  candidates: ResolvedPlace[];
  /** The posting also says remote (figures shown for the named place). */
  remote: boolean;
  /** How the place was found: plain words for the user. */
  note: string;
  /** An ambiguous name that is also a city abroad: its country ("Toronto": Canada). */
  abroad?: string;
  /**
   * Read as the largest place of a name others have too ("Portland"): the candidates are the other places it may
   * mean, not more workplaces.
   */
  largestOfName?: true;
}

/** The most populous match wins outright only when it is at least 10x the next (quarter-log10 steps). */
const DOMINANT_STEPS = 4;
const MAX_CANDIDATES = 8;

function describe(data: SalaryData, county: County, place: string): ResolvedPlace {
  return {
    place,
    county: county.name,
    countyFips: county.fips,
    state: county.state,
    area: county.area >= 0 ? data.areaName(county.area) : null,
    areaIndex: county.area,
    inferredFromMetro: county.inferredFromMetro,
  };
}

const placeLabel = (place: Place) => `${place.name}, ${place.state}`;

/** A place or a county found by name: its county, its people (quarter-log10 steps) and how it is shown. */
interface Named {
  county: County;
  population: number;
  label: string;
}

/**
 * One of several places or counties of a name: the only one, or the most populous when it is at least 10x
 * the next (the others offered), else a choice for the user. `others`: the matches that would be another
 * answer (a place in the same county's wage area is not).
 */
function fromNamed(
  data: SalaryData,
  query: string,
  remote: boolean,
  matches: readonly Named[],
  others: readonly Named[],
  kind: {one: string; many: string; largest: string; alone: (top: Named) => string},
): Resolution {
  const top = matches[0]!;
  const candidates = matches.slice(0, MAX_CANDIDATES).map((match) => describe(data, match.county, match.label));
  const resolved = (candidatesShown: ResolvedPlace[], note: string): Resolution => ({
    query,
    status: 'resolved',
    resolved: describe(data, top.county, top.label),
    candidates: candidatesShown,
    remote,
    note,
    ...(candidatesShown.length > 0 ? {largestOfName: true as const} : {}),
  });
  if (others.length === 0) return resolved([], kind.alone(top));
  if (top.population - others[0]!.population >= DOMINANT_STEPS) {
    const also = others.length === 1 ? `1 other ${kind.one} has` : `${others.length} other ${kind.many} have`;
    return resolved(
      candidates.filter((candidate) => candidate.place !== top.label),
      `Read as ${top.label}, the ${kind.largest} of that name; ${also} it too.`,
    );
  }
  return {
    query,
    status: 'ambiguous',
    resolved: null,
    candidates,
    remote,
    note: `${matches.length} ${kind.many} are called that; pick one (add the state).`,
  };
}

const PLACES = {
  one: 'place',
  many: 'places',
  largest: 'largest place',
  alone: (top: Named) => `${top.label} is in ${top.county.name}.`,
};

function fromPlaces(data: SalaryData, query: string, remote: boolean, places: Place[]): Resolution {
  const matches = places.map((place) => ({
    county: place.county,
    population: place.population,
    label: placeLabel(place),
  }));
  const top = places[0]!;
  const others = matches.filter(
    (_, index) => index > 0 && (places[index]!.county.area !== top.county.area || places[index]!.state !== top.state),
  );
  return fromNamed(data, query, remote, matches, others, PLACES);
}

/** A county named as the place: "Orange County, CA", "Orleans Parish", "Matanuska-Susitna Borough". */
const COUNTY_NAME = /\b(?:county|parish|borough)$/;

const COUNTIES = {
  one: 'county',
  many: 'counties',
  largest: 'most populous county',
  alone: (top: Named) => `${top.label} is a county: figures shown for its wage area.`,
};

function fromCounties(data: SalaryData, query: string, remote: boolean, counties: readonly NamedCounty[]): Resolution {
  // The source writes some counties without the word ("Bullock"): the label says it.
  const matches = counties.map(({county, population}) => ({
    county,
    population,
    label: `${county.name}${COUNTY_KIND.test(county.name) ? '' : ' County'}, ${county.state}`,
  }));
  return fromNamed(data, query, remote, matches, matches.slice(1), COUNTIES);
}

function regionFor(name: string) {
  const bare = regionBase(name);
  const alias = REGION_ALIASES.find((region) => region.names.includes(name) || region.names.includes(bare));
  return {alias, bare};
}

/** A lower-case place name as places are written: "east texas" as "East Texas". */
const capitalized = (name: string) => name.replace(/\b\w/g, (letter) => letter.toUpperCase());

const NATIONAL_FOR_REFERENCE =
  'the federal wage levels cover US counties only, so the national US figures are shown for reference and pay is not compared with them.';

/**
 * A city outside the US named alone ("Amsterdam"): outside the US when no US place has the name, else the US
 * places are offered as candidates (Amsterdam, NY is a small town; the job is far more likely in the
 * Netherlands, and the text cannot tell), never one of them silently.
 */
function abroadResolution(
  data: SalaryData,
  query: string,
  name: string,
  country: string,
  remote: boolean,
  {placeless = false} = {},
): Resolution {
  const bare = regionBase(name);
  // `placeless`: the state written has no place of the name, so no US place is offered.
  const here = placeless ? [] : data.placesNamed(bare);
  // "Paris, FR" and "Bengaluru, Karnataka" name the city first.
  const city = capitalized(bare.split(',')[0]!);
  const where = countryInSentence(country);
  if (here.length === 0)
    return {
      query,
      status: 'outside the US',
      resolved: null,
      candidates: [],
      remote,
      note: `${city} is in ${where}, outside the US: ${NATIONAL_FOR_REFERENCE}`,
    };
  const named =
    here.length === 1
      ? `a US place has its name too (${placeLabel(here[0]!)})`
      : `${here.length} US places have its name too`;
  return {
    query,
    status: 'ambiguous',
    resolved: null,
    candidates: here.slice(0, MAX_CANDIDATES).map((place) => describe(data, place.county, placeLabel(place))),
    remote,
    note: `${city} is a city in ${where}, and ${named}: add the state for a US place.`,
    abroad: country,
  };
}

/** Postings list several workplaces as "San Francisco, CA; Seattle, WA", "Austin, TX | Remote" or "Remote, US • Bellevue, WA". */
// Leading spaces are read only from the start of their run: `\s*[;|]` rescans a long run from each space.
const SEVERAL_PLACES = /(?:(?<!\s)\s+)?[;|\u2022\u00b7]\s*/;

/** Places of a name in the state written (`inState`), or of the first other spelling of it that has any. */
function placesNamedAsWritten(data: SalaryData, name: string, inState: (places: Place[]) => Place[]): Place[] {
  const named = inState(data.placesNamed(name));
  if (named.length > 0) return named;
  for (const other of otherSpellings(name)) {
    const places = inState(data.placesNamed(other));
    if (places.length > 0) return places;
  }
  return named;
}

/**
 * The county and wage area a location names. Several places: the first that resolves is shown and the
 * others are offered as candidates, so no workplace is silently dropped.
 */
export function resolveLocation(data: SalaryData, query: string, rewritten = false): Resolution {
  const parts = query.split(SEVERAL_PLACES).filter((part) => part.trim() !== '');
  if (parts.length < 2) return resolveOne(data, query, rewritten);
  const each = parts.map((part) => resolveOne(data, part, rewritten));
  const chosen = each.find((resolution) => resolution.resolved) ?? each[0]!;
  const others = each
    .filter((resolution) => resolution !== chosen)
    .flatMap((resolution) => (resolution.resolved ? [resolution.resolved] : []));
  const remote = each.some((resolution) => resolution.remote);
  if (!chosen.resolved) return merged(chosen, {query, remote});
  // The other workplaces join the candidates: they are no longer only the other places of the chosen's name.
  const {largestOfName: _largest, ...withoutLargest} = chosen;
  const note =
    others.length > 0
      ? `Several workplaces: figures shown for ${chosen.resolved.place}. Also: ${others.map((place) => place.place).join('; ')}.`
      : chosen.note;
  return merged(withoutLargest, {query, remote, candidates: [...others, ...chosen.candidates], note});
}

/** A site's word after its place ("San Francisco HQ"); spaces read from the start of their run only. */
const WORKSITE = /(?<!\s)\s+(?:hq|headquarters|office|offices|campus|hub)\s*$/i;
/** What names the kind of office rather than its place: "Home Office", "Branch Office", "Central Office". */
const OFFICE_KIND =
  /^\s*(?:home|branch|central|regional|field|corporate|main|head|local|virtual|remote|satellite|global|district|sales|client|any)\s*$/i;

/** The words that make a part of a state of its name: "Southern California", "Upstate NY", "North Jersey". */
const PART_OF_STATE =
  /^(north|south|east|west|northern|southern|eastern|western|central|upstate|downstate|(?:north|south)(?:east|west)(?:ern)?)(?: (.+))?$/;
/** Short names of a state's parts, as the part's words and the state. */
const STATE_PARTS: Readonly<Record<string, string>> = {socal: 'southern california', norcal: 'northern california'};

/**
 * The state a part-of-a-state name is in ("southern california", or "upstate" with NY written), with the part's
 * word and the state as written; null when the name is not one, or the state written is another. A region of
 * that name comes first (South Florida and Northern Virginia each have one core).
 */
function partOfState(name: string, written: string | null): {state: string; named: string; rest?: string} | null {
  const match = PART_OF_STATE.exec(STATE_PARTS[name] ?? name);
  if (!match) return null;
  const [, named = '', rest] = match;
  const state = rest === undefined ? written : rest === 'jersey' ? 'NJ' : stateCode(rest);
  return state && (!written || written === state) ? {state, named, ...(rest ? {rest} : {})} : null;
}

/** A careers site's word for a job open in several places it does not list ("Multiple Locations, United States"). */
const NO_PLACE_NAMED = /^(?:multiple|various|several|many|all|\d+)(?: us)? (?:locations|cities|offices|sites)$/;

const COUNTRY_FIRST = /^(?:us|usa|u\.s\.a?\.?|united states(?: of america)?)$/i;

/**
 * Other ways the same place may be written, for a text the reader could not place, most specific first:
 * - the state before the city, as applicant-tracking systems write it ("US-CA-San Jose", "USA, Texas, Dallas",
 *   "United States-California-San Diego", "CA San Francisco");
 * - several places joined by "or" or "/" ("San Francisco or New York", "Sunnyvale/San Jose, CA"), read as
 *   several workplaces (a state written after the last is given to each);
 * - the state after the city without a comma, in any case ("Austin Texas", "seattle wa");
 * - one part of a street address ("12625 High Bluff Dr, San Diego, CA 92130"), from the last;
 * - a metro area's first principal city ("Providence-Warwick Area");
 * - the city after its district, with no state ("SoMa, San Francisco").
 */
function otherWritings(query: string, state: string | null): string[] {
  const writings: string[] = [];
  // A district or campus in brackets after the place: "Arlington, VA (Crystal City)", "Seattle, WA (South Lake Union)".
  const unbracketed = query.replace(/(?:(?<!\s)\s+)?\([^()]*\)\s*$/, '');
  if (unbracketed !== query && unbracketed.trim()) writings.push(unbracketed);
  // A hyphenated name written with a space: "Winston Salem, NC" (Winston-Salem).
  const [named = '', ...after] = query.split(',');
  const cityWords = named.trim().split(/\s+/);
  if (cityWords.length === 2 && after.length > 0) writings.push([cityWords.join('-'), ...after].join(','));
  // The employer's site named after its place: "San Francisco HQ", "New York Office", "Austin, TX Campus".
  const site = query.replace(WORKSITE, '');
  if (site !== query && site.trim() && !OFFICE_KIND.test(site)) writings.push(site);
  const first = query.split(',')[0]!.trim();
  // Leading spaces from the start of their run only (`(?<!\s)`): a long run is not rescanned from each space.
  const tokens = query.split(/(?:(?<!\s)\s+)?[,\-\u2013\u2014]\s*/).filter(Boolean);
  const countryFirst = tokens.length > 2 && COUNTRY_FIRST.test(tokens[0]!);
  if (countryFirst) tokens.shift();
  const leading = tokens.length >= 2 ? tokens[0]! : '';
  // Without the country first, only a state's code in capitals leads ("CA-San Francisco"; not "Indiana-...").
  if (countryFirst || /^[A-Z]{2}$/.test(leading)) {
    const code = stateCode(leading);
    if (code) writings.push(`${tokens.slice(1).join('-')}, ${code}`);
  }
  // A state's name first, with a spaced dash, as some careers sites write it: "California - San Francisco".
  const [stateFirst = '', ...afterState] = query.split(/(?<!\s)\s+[-\u2013\u2014]\s+/);
  const leadingState = afterState.length > 0 && stateFirst.trim().length > 2 ? stateCode(stateFirst.trim()) : null;
  if (leadingState) writings.push(`${afterState.join(' - ')}, ${leadingState}`);
  const [, ahead = '', city = ''] = /^([A-Z]{2})\s+(.+)$/.exec(first) ?? [];
  if (stateCode(ahead)) writings.push(`${city}, ${ahead}`);
  const several = query.split(/(?<!\s)\s+or\s+|(?:(?<!\s)\s+)?\/\s*/);
  if (several.length > 1) {
    const tail = /,\s*[A-Za-z]{2}\s*$/.exec(several.at(-1)!)?.[0] ?? '';
    writings.push(several.map((place) => (tail && !place.includes(',') ? place + tail : place)).join('; '));
  }
  const words = query.trim().split(/\s+/);
  for (const take of [2, 1]) {
    const code = words.length > take ? stateCode(words.slice(-take).join(' ')) : null;
    if (code) writings.push(`${words.slice(0, -take).join(' ')}, ${code}`);
  }
  // A metro area named by its principal cities, the first of them its core, as the census and LinkedIn name
  // them: "Greater Syracuse-Auburn Area", "Oxnard-Thousand Oaks-Ventura Area", "Allentown-Bethlehem-Easton, PA-NJ".
  const [head = '', ...rest] = query.split(',');
  const cities = head.split(/(?<=[a-z.])-(?=[A-Z])/);
  if (cities.length > 1) {
    const suffix = REGION_SUFFIX.exec(cities.at(-1)!.trimEnd())?.[0] ?? '';
    const states = rest.map((part, index) =>
      index === 0 ? part.replace(/^(\s*[A-Z]{2})(?:-[A-Z]{2})+\s*$/, '$1') : part,
    );
    writings.push([cities[0]! + suffix, ...states].join(','));
  }
  const parts = query.split(',').map((part) => part.trim());
  // A district before its city, with no state: "SoMa, San Francisco", "Capitol Hill, Seattle".
  if (!state && parts.length === 2 && /^[A-Za-z][A-Za-z .'-]*$/.test(parts[1]!)) writings.push(parts[1]!);
  // Several cities with no state, the first of them read as a list's first place is: "Austin, New York City, Palo Alto".
  if (!state && parts.length > 2 && parts.every((part) => /^[A-Za-z][A-Za-z .'-]*$/.test(part)))
    writings.push(...parts);
  const before = parts.slice(0, -1);
  // A list of states names no place in its last ("California, Florida, New York": "Florida, NY" is a village);
  // one state's name among places is a city's ("Vermont Avenue, Washington, District of Columbia").
  const states = before.filter((part) => stateCode(part)).length;
  if (state && parts.length > 2 && states < 2)
    for (const part of [...before].reverse())
      if (/^[A-Za-z][A-Za-z .'-]*$/.test(part)) writings.push(`${part}, ${state}`);
  // Cities before a state's name, none of them in that state or a state, where the name is also a city's: "San
  // Francisco, Seattle, New York" lists three cities, read by the first as above.
  if (state && before.length > 0 && states === 0 && parts.every((part) => /^[A-Za-z][A-Za-z .'-]{2,}$/.test(part)))
    writings.push(...before);
  return writings;
}

/** A state's code that is also a city's short name, written alone ("LA", "la"). */
const CODE_ALSO_CITY: Readonly<Record<string, {label: string; county: string}>> = {
  LA: {label: 'Los Angeles, CA', county: '06037'},
};

function resolveOne(data: SalaryData, query: string, rewritten = false): Resolution {
  const text = readLocationText(query);
  const base = {query, remote: text.remote};
  /** No place: national figures, and why. */
  const declined = (status: Exclude<ResolutionStatus, 'resolved' | 'ambiguous'>, note: string): Resolution =>
    merged(base, {status, resolved: null, candidates: [], note});
  /**
   * A state named alone: its place when the whole state is one wage area (DC, Rhode Island), or when the
   * state's largest place bears its name ("New York" in a job's location is New York City far more often
   * than anywhere else in the state; said in the note), else national figures.
   */
  const stateAlone = (state: string): Resolution => {
    const name = data.stateNames.get(state) ?? state;
    const {largest, oneArea: sharesOneArea} = data.stateSummary(state);
    const oneArea = largest !== null && sharesOneArea;
    const namesake = largest !== null && largest.name.toLowerCase() === name.toLowerCase();
    if (!largest || !(oneArea || namesake))
      return declined('no local data', `${name} alone spans several wage areas: name a city.`);
    return merged(base, {
      status: 'resolved',
      resolved: describe(data, largest.county, oneArea ? name : placeLabel(largest)),
      candidates: [],
      note: oneArea
        ? `${name} is one wage area; figures shown for ${largest.county.name}.`
        : `${name} alone is read as ${placeLabel(largest)}, the state's largest place; the rest of the state is in other wage areas.`,
    });
  };
  // Before the ZIP: a French or German postal code ("75008 Paris, France") is five digits too.
  if (text.country) return declined('outside the US', `${text.country} is outside the US: ${NATIONAL_FOR_REFERENCE}`);
  if (text.zip) {
    const county = data.countyForZip(text.zip);
    if (county && (!text.state || text.state === county.state)) {
      return merged(base, {
        status: 'resolved',
        resolved: describe(data, county, `ZIP ${text.zip}`),
        candidates: [],
        note: `ZIP ${text.zip} is in ${county.name}, ${county.state}.`,
      });
    }
  }
  /** A remote job, within a state or not: no place whose figures it would be paid by. */
  const remoteWithin = (state: string | null) =>
    declined(
      'remote',
      `Remote${state ? ` within ${data.stateNames.get(state) ?? state}` : ''}: no place to look up, national figures shown.`,
    );
  if (!text.name) {
    if (text.remote) return remoteWithin(text.state);
    if (text.state) return stateAlone(text.state);
    if (text.countryOnly) return declined('no local data', 'Only the country is given: national figures shown.');
    if (text.zip) return declined('no local data', `ZIP ${text.zip} is not in the bundled ZIP table.`);
    return declined('no location', 'No location given.');
  }
  if (text.abroad) return abroadResolution(data, query, text.name, text.abroad, text.remote);
  if (!text.state && !text.zip && MULTI_STATE_REGIONS.has(text.name)) {
    // "Eastern US" is read as "eastern": said as written.
    const direction = /^(?:north|south|east|west|central|eastern|western|southern|northern)$/.test(text.name);
    // "PNW" as written.
    const shown = text.name.length <= 3 ? text.name.toUpperCase() : capitalized(text.name);
    const region = `${shown}${direction ? ' US' : ''}`;
    return declined(
      text.remote ? 'remote' : 'no local data',
      `${region} spans several states and wage areas: name a city. National figures shown.`,
    );
  }
  if (NO_PLACE_NAMED.test(text.name))
    return declined(
      text.remote ? 'remote' : 'no local data',
      `Several locations${text.state ? ` in ${data.stateNames.get(text.state) ?? text.state}` : ''}, none named: national figures shown.`,
    );
  const inState = (places: Place[]) => places.filter((place) => !text.state || place.state === text.state);
  // A region's name first where it is also a small place's ("Long Island" is not Long Island, KS).
  const {alias: named, bare} = regionFor(text.name);
  // A region of another state than the one written is not that region ("Nova, TX" is not Northern Virginia);
  // a region over several states is any of them ("Washington DC-Baltimore Area, MD"). A name other states share
  // ("Fairfield County") is the region only where its state is written.
  const written = text.state || null;
  const alias =
    named &&
    (written === null
      ? !named.needsState
      : written === named.state ||
        named.alsoStates?.includes(written) ||
        named.alsoCounties.some((fips) => data.countyByFips.get(fips)?.state === written))
      ? named
      : undefined;
  const exact = alias ? [] : placesNamedAsWritten(data, text.name, inState);
  // A part of a state named in full is that part, not a town of the name ("East Texas" is not East Texas, PA;
  // a state written decides); a compass word with a state is a town where the state has one ("Central, AK").
  const partOf = alias ? null : partOfState(text.name, text.state);
  if (partOf && (partOf.rest !== undefined || exact.length === 0)) {
    const stateName = data.stateNames.get(partOf.state) ?? partOf.state;
    const label = capitalized(`${partOf.named} ${partOf.rest ?? stateName}`);
    return declined(
      text.remote ? 'remote' : 'no local data',
      `${label} covers several wage areas of ${stateName}: name a city. National figures shown.`,
    );
  }
  if (exact.length > 0) return fromPlaces(data, query, text.remote, exact);
  if (alias) {
    const county = data.countyByFips.get(alias.county);
    if (county) {
      const also = alias.alsoCounties.flatMap((fips) => {
        const other = data.countyByFips.get(fips);
        return other && other.area !== county.area ? [describe(data, other, `${other.name}, ${other.state}`)] : [];
      });
      // "Orange County, CA" names its county already: said once.
      const namesCounty = alias.label.startsWith(`${county.name},`);
      const shown = namesCounty ? alias.label : `${alias.label} (shown: ${county.name})`;
      const note =
        also.length > 0
          ? `${alias.label} spans several wage areas; figures shown for ${county.name}. Also: ${also.map((item) => item.area).join('; ')}.`
          : namesCounty
            ? `${alias.label} is a county: figures shown for its wage area.`
            : `${alias.label} is read as ${county.name}.`;
      return merged(base, {status: 'resolved', resolved: describe(data, county, shown), candidates: also, note});
    }
  }
  // "Greater Seattle Area", "Austin Metropolitan Area": the region's main city.
  const regional = bare !== text.name ? inState(data.placesNamed(bare)) : [];
  if (regional.length > 0) return fromPlaces(data, query, text.remote, regional);
  if (COUNTY_NAME.test(text.name)) {
    const counties = data.countiesNamed(text.name).filter(({county}) => !text.state || county.state === text.state);
    if (counties.length > 0) return fromCounties(data, query, text.remote, counties);
  }
  // "DC" or "ri": a state's code alone, which the location reader leaves as a name ("IN" and "OR" are words).
  const state = !text.state && /^[a-z]{2}$/.test(text.name.replace(/\./g, '')) ? stateCode(text.name) : null;
  // "Remote - TX" as "Remote - Texas": a remote job within the state.
  if (state && text.remote) return remoteWithin(state);
  // "LA" alone is Louisiana's code and Los Angeles's short name, as people type it into a look-up: the city is
  // offered beside the state, never chosen for it.
  const cityOfCode = state ? CODE_ALSO_CITY[state] : undefined;
  const cityCounty =
    cityOfCode && query.trim().toUpperCase() === state ? data.countyByFips.get(cityOfCode.county) : undefined;
  if (state && cityOfCode && cityCounty) {
    const stateName = data.stateNames.get(state) ?? state;
    return merged(base, {
      status: 'ambiguous',
      resolved: null,
      candidates: [describe(data, cityCounty, cityOfCode.label)],
      note: `${state} is ${stateName}'s code and ${cityOfCode.label}'s short name: pick ${cityOfCode.label}, or name a city in ${stateName}.`,
    });
  }
  if (state) return stateAlone(state);
  // "Berlin, DE", "Tbilisi, Georgia": a city abroad, with a US state's code or name where it has no place; also before
  // its region, as JSON-LD addresses write a place abroad ("Bengaluru, Karnataka, IN", "Munich, Bavaria, DE").
  // Not a US place with its county ("Paris, Lamar County, TX": Paris, TX is a place).
  const abroadFirst = (city: string) => (inState(data.placesNamed(city)).length === 0 ? cityAbroad(city) : null);
  const abroadCity = text.state
    ? (cityAbroad(regionBase(text.name)) ?? abroadFirst(regionBase(text.name.split(', ')[0]!)))
    : null;
  if (abroadCity) return abroadResolution(data, query, text.name, abroadCity, text.remote, {placeless: true});
  // Last resorts, tried only where nothing above placed the text: other ways of writing a place.
  if (!rewritten) {
    let abroad: Resolution | null = null;
    for (const other of otherWritings(query, text.state)) {
      const resolution = resolveLocation(data, other, true);
      if (resolution.status === 'resolved')
        return merged(resolution, {query, remote: text.remote || resolution.remote});
      abroad ??= resolution.abroad ? resolution : null;
    }
    // Written another way the text names a city abroad and no US place ("London or Tel Aviv", "Paris / Berlin"):
    // said as the same places listed with ";" are.
    if (abroad) return merged(abroad, {query, remote: text.remote || abroad.remote});
  }
  return declined(
    text.remote ? 'remote' : 'no local data',
    `"${query.trim()}" is not a US place in the bundled tables${text.state ? ` for ${text.state}` : ''}: national figures shown.`,
  );
}

export {normalizePlaceName};
