// US states and territories by USPS code: small, so location text can be read without the dataset.
export const US_STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'U.S. Virgin Islands',
};

const BY_NAME = new Map(Object.entries(US_STATES).map(([code, name]) => [name.toLowerCase(), code]));
BY_NAME.set('washington dc', 'DC');
BY_NAME.set('washington d.c.', 'DC');
BY_NAME.set('d.c.', 'DC');

/** "CA", "ca", "California", "D.C." -> "CA"/"DC"; anything else -> null. */
export function stateCode(text: string): string | null {
  const trimmed = text.trim().replace(/\.$/, '');
  if (/^[A-Za-z]{2}$/.test(trimmed) && US_STATES[trimmed.toUpperCase()]) return trimmed.toUpperCase();
  return BY_NAME.get(text.trim().toLowerCase()) ?? BY_NAME.get(trimmed.toLowerCase()) ?? null;
}

/**
 * "City, ST" with a real state code, e.g. "San Francisco, CA" (not "Agile, QA"). Words are bounded (the
 * longest US place name's words hold under 30 letters): an unbounded word rescans a run like "A.A.A."
 * from each capital, and drafts a "place" longer than a profile holds.
 */
export function findCityState(line: string): string | null {
  for (const match of line.matchAll(CITY_STATE)) {
    // The state by its code ("Austin, TX") or its name ("Austin, Texas", "Santa Fe, New Mexico").
    const code = match[2] && /^[A-Z]{2}$/.test(match[2]) ? match[2] : match[2] && stateCode(match[2]);
    if (match[1] && code && Object.hasOwn(US_STATES, code)) return `${match[1]}, ${code}`;
  }
  return null;
}

const CITY_STATE =
  /\b([A-Z][A-Za-z.'-]{0,39}(?:\s[A-Z][A-Za-z.'-]{0,39}){0,3}),\s*([A-Z]{2}|[A-Z][a-z]{2,13}(?:\s[A-Z][a-z]{2,9})?)\b/g;
