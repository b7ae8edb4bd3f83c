// Pay-transparency laws that require a pay range in job postings, as dated data. A posting placed in one of
// these jurisdictions on or after the effective date, without a range, likely breaks the rule. Each law
// names its statute or ordinance (`source`) and the public pages its date and employer-size threshold were
// checked against (`checked`, as of PAY_TRANSPARENCY_AS_OF). Employer size decides coverage only when the
// posting states it (JobPosting JSON-LD hiringOrganization.numberOfEmployees); otherwise the law "may apply".
import {rememberedBy} from '../memo';
import {placeNamePattern} from '../regex-source';
import {normalizePlaceName, readLocationText} from './location-text';
import {REGION_ALIASES} from './places-data';

export const PAY_TRANSPARENCY_AS_OF = '2026-12-01';

export interface PayTransparencyLaw {
  jurisdiction: string;
  /** USPS state code for US laws; absent for laws outside the US (matched by `names`). */
  state?: string;
  /** For city laws: the lower-case place names it covers; state laws cover the whole state. */
  cities?: string[];
  /** For county laws: the county FIPS codes (matched when the place resolved to a county) and names. */
  counties?: {fips: string[]; names: string[]};
  /** For laws outside the US: lower-case words that name the region in a location ("ontario", "germany"). */
  names?: string[];
  effective: string;
  /** The day the law stopped applying (a county law voided by a later state law), if it did. */
  until?: string;
  /** Fewest employees a covered employer has; 1 when every employer is covered. */
  minEmployees: number;
  /** False when the law lets the range reach applicants another way (before the interview). */
  inPosting: boolean;
  source: string;
  /** Public pages the date and threshold were checked against. */
  checked: string[];
  note: string;
}

export const PAY_TRANSPARENCY_LAWS: PayTransparencyLaw[] = [
  {
    jurisdiction: 'Colorado',
    state: 'CO',
    effective: '2021-01-01',
    minEmployees: 1,
    inPosting: true,
    source: 'Colorado Equal Pay for Equal Work Act (SB 19-085), C.R.S. 8-5-201',
    checked: [
      'postercompliance.com/blog/wage-transparency-laws-2023',
      'kamsa.co pay transparency summary (2022-11-08)',
    ],
    note: 'all employers with staff in Colorado',
  },
  {
    jurisdiction: 'Jersey City, NJ',
    state: 'NJ',
    cities: ['jersey city'],
    effective: '2022-04-13',
    minEmployees: 5,
    inPosting: true,
    source: 'Jersey City Ordinance 22-026, amended by 22-045 (Municipal Code 148-4.1)',
    checked: [
      'jerseycitynj.gov Pay Transparency page',
      'vensure.com July 2022 Jersey City update (22-026 in effect 2022-04-13)',
    ],
    note: 'employers with 5+ employees or contractors',
  },
  {
    jurisdiction: 'Ithaca, NY',
    state: 'NY',
    cities: ['ithaca'],
    effective: '2022-09-01',
    minEmployees: 4,
    inPosting: true,
    source: 'City of Ithaca ordinance (May 4, 2022) amending the Ithaca human rights code',
    checked: ['hrknowledge.com e-alert (2022-08-05)', 'hireimage.com New York transparency laws'],
    note: 'employers with 4+ employees',
  },
  {
    jurisdiction: 'New York City',
    state: 'NY',
    cities: [
      'new york',
      'new york city',
      'nyc',
      'manhattan',
      'brooklyn',
      'queens',
      'bronx',
      'the bronx',
      'staten island',
    ],
    effective: '2022-11-01',
    minEmployees: 4,
    inPosting: true,
    source: 'NYC Local Law 32 of 2022 (amending Admin. Code 8-107)',
    checked: ['hrknowledge.com e-alert (2022-08-05)', 'ddifo.org salary transparency effective November 1'],
    note: 'employers with 4+ employees',
  },
  {
    jurisdiction: 'Westchester County, NY',
    state: 'NY',
    counties: {
      fips: ['36119'],
      names: ['westchester', 'westchester county', 'white plains', 'yonkers', 'new rochelle'],
    },
    effective: '2022-11-06',
    until: '2023-09-17',
    minEmployees: 4,
    inPosting: true,
    source:
      'Westchester County Laws 700.03 (Human Rights Law amendment, 2022); void once New York State law took effect',
    checked: [
      'workforcebulletin.com Westchester law takes effect 2022-11-06',
      'westchester.town.news (null and void once statewide law is in effect)',
    ],
    note: 'employers with 4+ employees',
  },
  {
    jurisdiction: 'California',
    state: 'CA',
    effective: '2023-01-01',
    minEmployees: 15,
    inPosting: true,
    source: 'California SB 1162, Labor Code 432.3',
    checked: ['tcwglobal.com pay transparency by state', 'postercompliance.com/blog/wage-transparency-laws-2023'],
    note: 'employers with 15+ employees',
  },
  {
    jurisdiction: 'Washington',
    state: 'WA',
    effective: '2023-01-01',
    minEmployees: 15,
    inPosting: true,
    source: 'Washington SB 5761, RCW 49.58.110',
    checked: ['usainstants.com state salary transparency laws (Washington from 2023-01-01)'],
    note: 'employers with 15+ employees',
  },
  {
    jurisdiction: 'Albany County, NY',
    state: 'NY',
    counties: {fips: ['36001'], names: ['albany county']},
    effective: '2023-03-09',
    minEmployees: 4,
    inPosting: true,
    source: 'Albany County Local Law "E" (No. 6) for 2022, amending the Omnibus Human Rights Law',
    checked: [
      'natlawreview.com Albany County pay ranges law (expected in effect 2023-03-09)',
      'albanycounty.legistar.com 22-LL-E',
    ],
    note: "employers with 4+ employees (the Human Rights Law's definition)",
  },
  {
    jurisdiction: 'New York State',
    state: 'NY',
    effective: '2023-09-17',
    minEmployees: 4,
    inPosting: true,
    source: 'New York Labor Law 194-b',
    checked: ['payequityadvisor.com (in effect 2023-09-17)'],
    note: 'employers with 4+ employees',
  },
  {
    jurisdiction: 'Hawaii',
    state: 'HI',
    effective: '2024-01-01',
    minEmployees: 50,
    inPosting: true,
    source: 'Hawaii Act 203 (SB 1057, 2023), HRS 378-2.4',
    checked: ['blog.dciconsult.com new and updated pay transparency laws 2024 (fewer than 50 employees exempt)'],
    note: 'employers with 50+ employees',
  },
  {
    jurisdiction: 'District of Columbia',
    state: 'DC',
    effective: '2024-06-30',
    minEmployees: 1,
    inPosting: true,
    source: 'DC Wage Transparency Omnibus Amendment Act of 2023',
    checked: ['dwt.com new pay transparency law for DC employers', 'lindnerlaw.com wage transparency laws in the DMV'],
    note: 'all employers',
  },
  {
    jurisdiction: 'Maryland',
    state: 'MD',
    effective: '2024-10-01',
    minEmployees: 1,
    inPosting: true,
    source: 'Maryland SB 525 (2024), Labor & Employment 3-304.2',
    checked: ['lindnerlaw.com wage transparency laws in the DMV (Maryland from 2024-10-01)'],
    note: 'all employers',
  },
  {
    jurisdiction: 'Illinois',
    state: 'IL',
    effective: '2025-01-01',
    minEmployees: 15,
    inPosting: true,
    source: 'Illinois HB 3129 (Equal Pay Act amendment, 820 ILCS 112/10)',
    checked: [
      'gunder.com Illinois and Minnesota laws take effect 2025-01-01',
      "ogletree.com 5 states' laws take effect in 2025",
    ],
    note: 'employers with 15+ employees',
  },
  {
    jurisdiction: 'Minnesota',
    state: 'MN',
    effective: '2025-01-01',
    minEmployees: 30,
    inPosting: true,
    source: 'Minnesota Statutes 181.173 (2024 session law)',
    checked: ['gunder.com Illinois and Minnesota laws take effect 2025-01-01 (30+ employees in MN)'],
    note: 'employers with 30+ employees in Minnesota',
  },
  {
    jurisdiction: 'New Jersey',
    state: 'NJ',
    effective: '2025-06-01',
    minEmployees: 10,
    inPosting: true,
    source: 'New Jersey S2310 / A3937 (P.L. 2024, c.91)',
    checked: [
      'payequityadvisor.com (in effect 2025-06-01, 10+ employees)',
      'kiernanlaw.net mandatory job posting and pay transparency',
    ],
    note: 'employers with 10+ employees',
  },
  {
    jurisdiction: 'Vermont',
    state: 'VT',
    effective: '2025-07-01',
    minEmployees: 5,
    inPosting: true,
    source: 'Vermont Act 155 (H.704, 2024), 21 V.S.A. 495o',
    checked: [
      "eaccny.com and ogletree.com 2025 summaries (Vermont among the 2025 laws; the day is the statute's, not confirmed by a second source)",
    ],
    note: 'employers with 5+ employees',
  },
  // Acts of 2024, c. 141 took effect 90 days after its July 31, 2024 signing (Oct 29, 2024); its section 7
  // (G.L. c. 149, s. 105F, the posting rule) "shall take effect 1 year after the effective date of this act":
  // October 29, 2025. Summaries giving July 31, 2025 count a year from signing instead.
  {
    jurisdiction: 'Massachusetts',
    state: 'MA',
    effective: '2025-10-29',
    minEmployees: 25,
    inPosting: true,
    source:
      'Massachusetts Acts of 2024, c. 141 (H.4890), s. 7 (G.L. c. 149, s. 105F), in effect one year after the act (Oct 29, 2024)',
    checked: [
      'content.seyfarth.com Massachusetts Wage & Hour Peculiarities 2025 (fully effective 2025-10-29)',
      "reg-track.com H4890 effectiveness (section 105F 1 year after the act's effective date)",
    ],
    note: 'employers with 25+ employees in Massachusetts',
  },
  {
    jurisdiction: 'Cleveland, OH',
    state: 'OH',
    cities: ['cleveland'],
    effective: '2025-10-27',
    minEmployees: 15,
    inPosting: true,
    source: 'Cleveland Ordinance No. 104-2025',
    checked: [
      'shrm.org Cleveland to require salary ranges (in effect Oct. 27)',
      'duanemorris.com Cleveland joins pay equity trend',
    ],
    note: 'employers with 15+ employees in Cleveland',
  },
  {
    jurisdiction: 'Ontario, Canada',
    names: ['ontario', 'toronto', 'ottawa', 'mississauga'],
    effective: '2026-01-01',
    minEmployees: 25,
    inPosting: true,
    source:
      'Ontario Employment Standards Act, 2000 as amended by the Working for Workers Four Act, 2024; O. Reg. 476/24',
    checked: [
      'employmentandlabour.com countdown for Ontario employers',
      'jdsupra.com Stikeman Elliott: effective 2026-01-01',
    ],
    note: 'employers with 25+ employees; not for pay above $200,000 CAD a year; a range no wider than $50,000',
  },
  // The Directive binds member states, not employers: from the transposition deadline national law must
  // give applicants the initial pay or its range in the vacancy notice or before the interview (Art. 5).
  {
    jurisdiction: 'European Union (Pay Transparency Directive)',
    names: [
      'european union',
      'austria',
      'belgium',
      'bulgaria',
      'croatia',
      'cyprus',
      'czechia',
      'czech republic',
      'denmark',
      'estonia',
      'finland',
      'france',
      'germany',
      'greece',
      'hungary',
      'ireland',
      'italy',
      'latvia',
      'lithuania',
      'luxembourg',
      'malta',
      'netherlands',
      'the netherlands',
      'poland',
      'portugal',
      'romania',
      'slovakia',
      'slovenia',
      'spain',
      'sweden',
      'deutschland',
      'españa',
      'italia',
      'nederland',
      'polska',
      'sverige',
      'österreich',
    ],
    effective: '2026-06-07',
    minEmployees: 1,
    inPosting: false,
    source: 'Directive (EU) 2023/970, Art. 5 (transposition by 7 June 2026)',
    checked: [
      'hrlaw.pl (transposition by 2026-06-07)',
      'grove.hr EU pay transparency directive 2026 (Art. 5(1): in the vacancy notice or before the interview)',
    ],
    note: "every employer; the member state's own law decides the form (in the notice or before the interview)",
  },
  {
    jurisdiction: 'Columbus, OH',
    state: 'OH',
    cities: ['columbus'],
    effective: '2027-01-01',
    minEmployees: 15,
    inPosting: true,
    source: 'Columbus Ordinance 2898-2025 (City Code ch. 2335), in force 2025-12-03, enforced from 2027-01-01',
    checked: [
      'ogletree.com Columbus enacts pay transparency ordinance',
      'workforcebulletin.com expanded requirements coming to Columbus',
    ],
    note: 'employers with 15+ employees in Columbus',
  },
  {
    jurisdiction: 'Delaware',
    state: 'DE',
    effective: '2027-09-26',
    minEmployees: 26,
    inPosting: true,
    source: 'Delaware HB 105 (House Substitute 2), signed 2025-09-26, in effect two years later',
    checked: [
      'mondaq.com Delaware law to go into effect September 2027',
      'managease.com Delaware (26+ employees, effective 2027-09-26)',
    ],
    note: 'employers with 26+ employees',
  },
];

export interface PayRangeRequirement {
  /** True when a law requiring the range in the posting was in force on the date and may cover the employer. */
  required: boolean;
  jurisdiction: string;
  effective: string;
  source: string;
  /** 'yes' when the employer is covered (every employer, or its stated size meets the threshold), 'no' when its stated size is below it, 'may' when the posting does not say. */
  applies?: 'yes' | 'no' | 'may';
  /** The law's coverage in words ("employers with 15+ employees"). */
  threshold?: string;
}

export interface PayTransparencyContext {
  /** The county the location resolved to (5-digit FIPS), when known: county laws match on it. */
  countyFips?: string | null | undefined;
  /** The employer's size as the posting states it, when it does. */
  employees?: number | null | undefined;
}

/**
 * Whether `text` names `name` (one of the laws' own place names) as a whole word. Each name's pattern and
 * normalised form are made once, in maps of their own: a reader of many postings (the command line)
 * forgets the remembered places after each posting, and a pattern made per law and posting cost 3% of it.
 */
const WORD_PATTERNS = new Map<string, RegExp>();
const word = (text: string, name: string) => {
  let pattern = WORD_PATTERNS.get(name);
  if (!pattern) {
    pattern = placeNamePattern(name);
    WORD_PATTERNS.set(name, pattern);
  }
  return pattern.test(text);
};
const NORMALIZED_NAMES = new Map<string, string>();
const normalizedName = (name: string) => {
  let normalized = NORMALIZED_NAMES.get(name);
  if (normalized === undefined) NORMALIZED_NAMES.set(name, (normalized = normalizePlaceName(name)));
  return normalized;
};

/**
 * The laws for a place, remembered from posting to posting (forgetStrings leaves them): a list of postings names
 * the same few places again and again.
 */
const lawsForKey = rememberedBy(
  (key: string) => {
    const split = key.indexOf('\u0000');
    return lawsFor(key.slice(split + 1), key.slice(0, split) || null);
  },
  4000,
  false,
);

function lawsFor(location: string, countyFips: string | null): PayTransparencyLaw[] {
  const lower = normalizePlaceName(location);
  const text = readLocationText(location);
  let state = text.state;
  let name = text.name;
  if (!state && name) {
    const alias = REGION_ALIASES.find((region) => region.names.includes(name));
    if (alias) {
      state = alias.state;
      name = normalizePlaceName(alias.label.replace(/,.*$/, ''));
    }
  }
  return PAY_TRANSPARENCY_LAWS.filter((law) => {
    if (law.names) return !state && law.names.some((region) => word(lower, normalizedName(region)));
    if (!state || law.state !== state) return false;
    if (law.cities) return law.cities.includes(name);
    if (law.counties)
      return (
        (countyFips !== null && law.counties.fips.includes(countyFips)) ||
        law.counties.names.some((county) => word(name, county))
      );
    return true;
  });
}

function coverage(law: PayTransparencyLaw, employees: number | null): 'yes' | 'no' | 'may' {
  if (law.minEmployees <= 1) return 'yes';
  if (employees === null) return 'may';
  return employees >= law.minEmployees ? 'yes' : 'no';
}

/**
 * Whether a pay range is likely required in a posting for `location` on `dateISO` (default: the data's
 * as-of date, so the answer never depends on the clock). null when no listed law covers the place
 * (including remote and unknown locations). When several laws apply, the earliest in force is reported.
 */
export function payRangeLikelyRequired(
  location: string,
  dateISO: string = PAY_TRANSPARENCY_AS_OF,
  context: PayTransparencyContext = {},
): PayRangeRequirement | null {
  const employees =
    typeof context.employees === 'number' && Number.isFinite(context.employees) ? context.employees : null;
  const laws = lawsForKey(`${context.countyFips ?? ''}\u0000${location}`)
    .filter((law) => !law.until || law.until > dateISO)
    .sort((a, b) => (a.effective < b.effective ? -1 : 1));
  if (laws.length === 0) return null;
  const inForce = laws.filter((law) => law.effective <= dateISO);
  // A law that covers this employer outranks one its stated size falls under.
  const law = inForce.find((candidate) => coverage(candidate, employees) !== 'no') ?? inForce[0] ?? laws[0]!;
  const applies = coverage(law, employees);
  const required = law.effective <= dateISO && law.inPosting && applies !== 'no';
  return {
    required,
    jurisdiction: law.jurisdiction,
    effective: law.effective,
    source: law.source,
    applies,
    threshold: law.note,
  };
}
