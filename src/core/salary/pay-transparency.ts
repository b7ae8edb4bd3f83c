// Pay-transparency laws that require a pay range in job postings, as dated data. A posting placed in
// one of these jurisdictions on or after the effective date, without a range, likely breaks the rule.
// Thresholds (employer size) are noted but not checked: the posting rarely says how big the employer is,
// hence "likely required". Compiled from the statutes and ordinances named; checked as of AS_OF.
import {normalizePlaceName, readLocationText} from './location-text';
import {REGION_ALIASES} from './places-data';

export const PAY_TRANSPARENCY_AS_OF = '2026-11-26';

export interface PayTransparencyLaw {
  jurisdiction: string;
  /** USPS state code the law belongs to. */
  state: string;
  /** For city laws: the lower-case place names it covers; state laws cover the whole state. */
  cities?: string[];
  effective: string;
  source: string;
  note: string;
}

export const PAY_TRANSPARENCY_LAWS: PayTransparencyLaw[] = [
  {jurisdiction: 'Colorado', state: 'CO', effective: '2021-01-01', source: 'Colorado Equal Pay for Equal Work Act (SB 19-085), C.R.S. 8-5-201', note: 'all employers with staff in Colorado'},
  {jurisdiction: 'New York City', state: 'NY', cities: ['new york', 'new york city', 'nyc', 'manhattan', 'brooklyn', 'queens', 'bronx', 'the bronx', 'staten island'], effective: '2022-11-01', source: 'NYC Local Law 32 of 2022 (amending Admin. Code 8-107)', note: 'employers with 4+ employees'},
  {jurisdiction: 'California', state: 'CA', effective: '2023-01-01', source: 'California SB 1162, Labor Code 432.3', note: 'employers with 15+ employees'},
  {jurisdiction: 'Washington', state: 'WA', effective: '2023-01-01', source: 'Washington SB 5761, RCW 49.58.110', note: 'employers with 15+ employees'},
  {jurisdiction: 'New York State', state: 'NY', effective: '2023-09-17', source: 'New York Labor Law 194-b', note: 'employers with 4+ employees'},
  {jurisdiction: 'Hawaii', state: 'HI', effective: '2024-01-01', source: 'Hawaii Act 203 (SB 1057, 2023), HRS 378-2.4', note: 'employers with 50+ employees'},
  {jurisdiction: 'District of Columbia', state: 'DC', effective: '2024-06-30', source: 'DC Wage Transparency Omnibus Amendment Act of 2023', note: 'all employers'},
  {jurisdiction: 'Maryland', state: 'MD', effective: '2024-10-01', source: 'Maryland SB 525 (2024), Labor & Employment 3-304.2', note: 'all employers'},
  {jurisdiction: 'Illinois', state: 'IL', effective: '2025-01-01', source: 'Illinois HB 3129 (Equal Pay Act amendment, 820 ILCS 112/10)', note: 'employers with 15+ employees'},
  {jurisdiction: 'Minnesota', state: 'MN', effective: '2025-01-01', source: 'Minnesota Statutes 181.173 (2024 session law)', note: 'employers with 30+ employees in Minnesota'},
  {jurisdiction: 'New Jersey', state: 'NJ', effective: '2025-06-01', source: 'New Jersey S2310 / A3937 (P.L. 2024, c.91)', note: 'employers with 10+ employees'},
  {jurisdiction: 'Vermont', state: 'VT', effective: '2025-07-01', source: 'Vermont Act 155 (H.704, 2024), 21 V.S.A. 495o', note: 'employers with 5+ employees'},
  {jurisdiction: 'Massachusetts', state: 'MA', effective: '2025-10-29', source: 'Massachusetts Frances Perkins Workplace Equity Act (H.4890, 2024)', note: 'employers with 25+ employees in Massachusetts'},
  {jurisdiction: 'Cleveland, OH', state: 'OH', cities: ['cleveland'], effective: '2025-10-27', source: 'Cleveland Ordinance 0147-2024 (Codified Ordinances 663)', note: 'employers with 15+ employees in Cleveland'},
];

export interface PayRangeRequirement {
  /** True when the law was in force on the date asked about. */
  required: boolean;
  jurisdiction: string;
  effective: string;
  source: string;
}

function lawsFor(location: string): PayTransparencyLaw[] {
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
  if (!state) return [];
  return PAY_TRANSPARENCY_LAWS.filter((law) => law.state === state && (!law.cities || law.cities.includes(name)));
}

/**
 * Whether a pay range is likely required in a posting for `location` on `dateISO` (default: the data's
 * as-of date, so the answer never depends on the clock). null when no listed law covers the place
 * (including remote and unknown locations). When several laws apply, the earliest in force is reported.
 */
export function payRangeLikelyRequired(location: string, dateISO: string = PAY_TRANSPARENCY_AS_OF): PayRangeRequirement | null {
  const laws = lawsFor(location).sort((a, b) => (a.effective < b.effective ? -1 : 1));
  if (laws.length === 0) return null;
  const inForce = laws.find((law) => law.effective <= dateISO);
  const law = inForce ?? laws[0]!;
  return {required: Boolean(inForce), jurisdiction: law.jurisdiction, effective: law.effective, source: law.source};
}
