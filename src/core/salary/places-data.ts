// Names that are not places but are how postings and job boards write locations, as data.
// Each maps to the county whose figures are shown, plus the other wage areas the name also covers
// (shown as candidates, so a region that spans two wage areas is never silently one of them).

export interface RegionAlias {
  /** Lower-case phrase as written after "greater", "metro", "area" words are removed, or in full. */
  names: string[];
  label: string;
  /** USPS code of the core county's state. */
  state: string;
  /** County FIPS shown by default (the region's core). */
  county: string;
  /** Other counties of the region that sit in different wage areas. */
  alsoCounties: string[];
  /** Other states the region reaches into, which a location may name instead ("DMV, VA"). */
  alsoStates?: string[];
  /** Read only where the location names the state: the name is also another state's ("Fairfield County"). */
  needsState?: boolean;
}

export const REGION_ALIASES: RegionAlias[] = [
  {
    names: ['san francisco bay area', 'bay area', 'sf bay area'],
    label: 'San Francisco Bay Area',
    state: 'CA',
    county: '06075',
    alsoCounties: ['06085'],
  },
  {
    // Santa Clara County (San Jose's wage area), and San Mateo County's end of it (San Francisco's).
    names: ['silicon valley'],
    label: 'Silicon Valley',
    state: 'CA',
    county: '06085',
    alsoCounties: ['06081'],
  },
  {
    names: [
      'new york city',
      'nyc',
      'new york metropolitan area',
      'greater new york',
      'new york city metropolitan area',
      'tri-state area',
    ],
    label: 'New York City',
    state: 'NY',
    county: '36061',
    alsoCounties: ['34013'],
    alsoStates: ['NJ', 'CT', 'PA'],
  },
  {
    names: [
      'washington dc-baltimore area',
      'dc metro area',
      'dc metro',
      'dc area',
      'washington dc area',
      'washington d.c. area',
      'dmv',
      'washington dc metro',
      'washington dc metro area',
      'washington d.c. metro area',
      'greater washington',
      'washington d.c. metropolitan area',
    ],
    label: 'Washington DC area',
    state: 'DC',
    county: '11001',
    alsoCounties: ['24510'],
    alsoStates: ['MD', 'VA', 'WV'],
  },
  {
    names: ['dallas-fort worth metroplex', 'dfw', 'dallas-fort worth', 'dallas fort worth'],
    label: 'Dallas-Fort Worth',
    state: 'TX',
    county: '48113',
    alsoCounties: ['48439'],
  },
  {
    names: ['los angeles metropolitan area', 'greater los angeles', 'la metro'],
    label: 'Los Angeles area',
    state: 'CA',
    county: '06037',
    alsoCounties: ['06059'],
  },
  {
    names: ['research triangle', 'research triangle park', 'rtp', 'raleigh-durham-chapel hill area', 'raleigh-durham'],
    label: 'Research Triangle, NC',
    state: 'NC',
    county: '37183',
    alsoCounties: ['37063'],
  },
  // Connecticut's eight counties, retired as county-equivalents in 2022 for nine planning regions (US Census Bureau,
  // "Change to County-Equivalents in the State of Connecticut", Federal Register, June 2022): the wage tables have the
  // regions only. Each old county is read as the region holding most of its people, with the others it reaches into.
  ...(
    [
      ['fairfield county', 'Fairfield County, CT', '09190', ['09120']],
      ['hartford county', 'Hartford County, CT', '09110', []],
      ['litchfield county', 'Litchfield County, CT', '09160', ['09140']],
      ['middlesex county', 'Middlesex County, CT', '09130', []],
      ['new haven county', 'New Haven County, CT', '09170', ['09140']],
      ['new london county', 'New London County, CT', '09180', []],
      ['tolland county', 'Tolland County, CT', '09110', []],
      ['windham county', 'Windham County, CT', '09150', []],
    ] as const
  ).map(([name, label, county, alsoCounties]) => ({
    names: [name],
    label,
    state: 'CT',
    county,
    alsoCounties: [...alsoCounties],
    needsState: true,
  })),
  {
    names: ['quad cities', 'quad city area'],
    label: 'Quad Cities',
    state: 'IA',
    county: '19163',
    alsoCounties: [],
    alsoStates: ['IL'],
  },
  {
    names: ['front range', 'colorado front range'],
    label: 'Colorado Front Range',
    state: 'CO',
    county: '08031',
    alsoCounties: ['08013', '08041', '08069'],
  },
  {
    names: ['hudson valley', 'mid-hudson valley', 'mid hudson valley'],
    label: 'Hudson Valley, NY',
    state: 'NY',
    county: '36027',
    alsoCounties: ['36111', '36119'],
  },
  // Hawaii's islands, as postings name them: each is one county (Census Bureau FIPS codes).
  {names: ['oahu', "o'ahu"], label: 'Oahu, HI', state: 'HI', county: '15003', alsoCounties: []},
  {names: ['maui'], label: 'Maui, HI', state: 'HI', county: '15009', alsoCounties: []},
  {names: ['kauai', "kaua'i"], label: 'Kauai, HI', state: 'HI', county: '15007', alsoCounties: []},
  {
    names: ['big island', 'hawaii island', 'island of hawaii'],
    label: 'Hawaii Island, HI',
    state: 'HI',
    county: '15001',
    alsoCounties: [],
  },
  {
    names: ['greater seattle area', 'seattle metropolitan area', 'puget sound'],
    label: 'Greater Seattle Area',
    state: 'WA',
    county: '53033',
    alsoCounties: [],
  },
  {
    names: ['greater boston', 'greater boston area', 'boston metropolitan area'],
    label: 'Greater Boston',
    state: 'MA',
    county: '25025',
    alsoCounties: [],
    alsoStates: ['NH'],
  },
  {
    names: ['greater chicago area', 'chicagoland', 'chicago metropolitan area'],
    label: 'Greater Chicago Area',
    state: 'IL',
    county: '17031',
    alsoCounties: [],
    alsoStates: ['IN', 'WI'],
  },
  {
    names: ['denver metropolitan area', 'greater denver area'],
    label: 'Denver Metropolitan Area',
    state: 'CO',
    county: '08031',
    alsoCounties: [],
  },
  {
    names: ['greater cleveland', 'greater cleveland area'],
    label: 'Greater Cleveland',
    state: 'OH',
    county: '39035',
    alsoCounties: [],
  },
  {
    // Miami-Dade, Broward (Fort Lauderdale) and Palm Beach: three metropolitan divisions of one metro area.
    names: ['miami-fort lauderdale', 'south florida', 'greater miami', 'miami metropolitan area', 'miami-dade'],
    label: 'Miami-Fort Lauderdale',
    state: 'FL',
    county: '12086',
    alsoCounties: ['12011', '12099'],
  },
  {
    names: ['long island'],
    label: 'Long Island, NY',
    state: 'NY',
    county: '36059',
    alsoCounties: ['36103'],
  },
  {
    // LinkedIn's "Greater Tampa Bay Area"; Hillsborough and Pinellas are one wage area.
    names: ['tampa bay', 'tampa bay area'],
    label: 'Tampa Bay area, FL',
    state: 'FL',
    county: '12057',
    alsoCounties: [],
  },
  {
    // LinkedIn's "Buffalo-Niagara Falls Area".
    names: ['buffalo-niagara falls', 'buffalo-niagara'],
    label: 'Buffalo-Niagara Falls, NY',
    state: 'NY',
    county: '36029',
    alsoCounties: [],
  },
  {
    // Riverside and San Bernardino counties, one wage area.
    names: ['inland empire'],
    label: 'Inland Empire, CA',
    state: 'CA',
    county: '06065',
    alsoCounties: [],
  },
  {
    // Fairfax, Arlington, Loudoun, Prince William, Alexandria: all in the Washington wage area. "NoVA" as
    // postings write it (Nova, OH is a village of a few hundred people).
    names: ['northern virginia', 'nova'],
    label: 'Northern Virginia',
    state: 'VA',
    county: '51059',
    alsoCounties: [],
  },
  // Business districts that postings write as a place but the place table does not hold (not incorporated,
  // not census places): each inside one county. Tysons was Tysons Corner until 2015; National Landing is the
  // name given in 2019 to Crystal City, Pentagon City and Potomac Yard.
  {names: ['tysons corner'], label: 'Tysons Corner, VA', state: 'VA', county: '51059', alsoCounties: []},
  ...['Crystal City', 'National Landing', 'Pentagon City', 'Rosslyn'].map((name) => ({
    names: [name.toLowerCase()],
    label: `${name}, VA`,
    state: 'VA',
    county: '51013',
    alsoCounties: [],
  })),
  {names: ['kendall square'], label: 'Kendall Square, MA', state: 'MA', county: '25017', alsoCounties: []},
  // Atlanta's business district, not the small place of its name in Bryan County (Savannah's side of the state).
  {names: ['buckhead'], label: 'Buckhead, Atlanta, GA', state: 'GA', county: '13121', alsoCounties: []},
  // Regions as people in them name them. "Orange County" alone is California's (OC): seven other states
  // have one, and a posting there names its state ("Orange County, FL" is Florida's county).
  {names: ['orange county'], label: 'Orange County, CA', state: 'CA', county: '06059', alsoCounties: []},
  // Alameda and Contra Costa counties, both in San Francisco's wage area.
  {names: ['east bay'], label: 'East Bay, CA', state: 'CA', county: '06001', alsoCounties: []},
  // Norfolk, Virginia Beach, Chesapeake, Newport News, Hampton: one wage area.
  {names: ['hampton roads'], label: 'Hampton Roads, VA', state: 'VA', county: '51710', alsoCounties: []},
  {names: ['space coast'], label: 'Space Coast, FL', state: 'FL', county: '12009', alsoCounties: []},
  // Short names of cities, as people type them and some postings write them.
  {names: ['philly'], label: 'Philadelphia, PA', state: 'PA', county: '42101', alsoCounties: []},
  {names: ['sf'], label: 'San Francisco, CA', state: 'CA', county: '06075', alsoCounties: []},
  {names: ['vegas'], label: 'Las Vegas, NV', state: 'NV', county: '32003', alsoCounties: []},
  {names: ['slc', 'salt lake'], label: 'Salt Lake City, UT', state: 'UT', county: '49035', alsoCounties: []},
  {names: ['st. pete'], label: 'St. Petersburg, FL', state: 'FL', county: '12103', alsoCounties: []},
  // Kansas City, MO and KS: one wage area.
  {names: ['kc'], label: 'Kansas City, MO', state: 'MO', county: '29095', alsoCounties: [], alsoStates: ['KS']},
  {names: ['atl'], label: 'Atlanta, GA', state: 'GA', county: '13121', alsoCounties: []},
  {
    names: ['twin cities', 'greater minneapolis-st. paul area', 'minneapolis-st. paul', 'minneapolis-saint paul'],
    label: 'Twin Cities, MN',
    state: 'MN',
    county: '27053',
    alsoCounties: [],
    alsoStates: ['WI'],
  },
];

const aliasNames = (label: string): string[] => REGION_ALIASES.find((region) => region.label === label)?.names ?? [];

/** The nine counties of the Association of Bay Area Governments. */
const BAY_AREA_COUNTIES = ['06001', '06013', '06041', '06055', '06075', '06081', '06085', '06095', '06097'];

/**
 * Regions a pay list names in place of cities ("Bay Area California: $186,500 - $252,500", "Southern California:
 * $171,000 - $231,500"), with every county in them (REGION_ALIASES lists one county per wage area): the nine counties
 * of the Association of Bay Area Governments; Northern California as the Bay Area Council Economic Institute's
 * "Northern California Megaregion" (2016): those nine, the Sacramento area (El Dorado, Placer, Sacramento, Sutter,
 * Yolo, Yuba), the northern San Joaquin Valley (Merced, San Joaquin, Stanislaus) and the Monterey Bay (Monterey,
 * San Benito, Santa Cruz); Silicon Valley's two; and Southern California's eight (the six of the Southern
 * California Association of Governments with San Diego and Santa Barbara).
 */
export const REGION_COUNTIES: ReadonlyArray<{names: readonly string[]; counties: ReadonlySet<string>}> = [
  {names: aliasNames('San Francisco Bay Area'), counties: new Set(BAY_AREA_COUNTIES)},
  {
    names: ['northern california', 'norcal', 'nor cal'],
    counties: new Set([
      ...BAY_AREA_COUNTIES,
      ...['06017', '06061', '06067', '06101', '06113', '06115'],
      ...['06047', '06077', '06099'],
      ...['06053', '06069', '06087'],
    ]),
  },
  {names: aliasNames('Silicon Valley'), counties: new Set(['06081', '06085'])},
  {
    names: ['southern california', 'socal', 'so cal'],
    counties: new Set(['06025', '06037', '06059', '06065', '06071', '06073', '06083', '06111']),
  },
];

/**
 * Regions of several states, as postings name them ("Remote - Midwest", "Pacific Northwest", "Eastern US"): no
 * wage area, and never the small town that bears the name (Midwest, WY; Southwest, PA; Great Lakes, IL; Eastern,
 * KY). Lower case, as a location's name is read.
 */
export const MULTI_STATE_REGIONS: ReadonlySet<string> = new Set([
  'midwest',
  'the midwest',
  'midwestern',
  'northeast',
  'northeastern',
  'southeast',
  'southeastern',
  'southwest',
  'southwestern',
  'northwest',
  'northwestern',
  'pacific northwest',
  'pnw',
  'new england',
  'mid-atlantic',
  'mid atlantic',
  'great lakes',
  'great plains',
  'gulf coast',
  'east coast',
  'west coast',
  'mountain west',
  'rocky mountains',
  'sun belt',
  'sunbelt',
  'the south',
  'deep south',
  'north',
  'south',
  'east',
  'west',
  'central',
  'eastern',
  'western',
  'southern',
  'northern',
]);

/**
 * Places whose primary county in the place table is not the one a reader means: simplemaps gives
 * "New York, NY" the county of Queens (its urban-area row); "New York, NY" in a posting means Manhattan.
 * The five boroughs share one wage area, so only the county shown changes.
 */
export const PLACE_COUNTY_OVERRIDES: Record<string, string> = {
  'NY|new york': '36061',
};
