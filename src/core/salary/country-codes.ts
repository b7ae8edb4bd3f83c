// Country codes as places end with them, each to the country's name in countries.ts's list, which reads them only in
// capitals, as a part of their own.

/**
 * Three-letter country codes (ISO 3166) as careers sites write them last in a place ("Montreal-QC-CAN" in a
 * Workday address): read only in capitals, as a part of their own.
 */
const ALPHA_3_NAMES: Readonly<Record<string, string>> = {
  CAN: 'Canada',
  MEX: 'Mexico',
  GBR: 'United Kingdom',
  IRL: 'Ireland',
  DEU: 'Germany',
  FRA: 'France',
  NLD: 'Netherlands',
  BEL: 'Belgium',
  ESP: 'Spain',
  PRT: 'Portugal',
  ITA: 'Italy',
  POL: 'Poland',
  CHE: 'Switzerland',
  AUT: 'Austria',
  SWE: 'Sweden',
  DNK: 'Denmark',
  NOR: 'Norway',
  FIN: 'Finland',
  CZE: 'Czechia',
  ROU: 'Romania',
  ISR: 'Israel',
  IND: 'India',
  SGP: 'Singapore',
  JPN: 'Japan',
  KOR: 'South Korea',
  CHN: 'China',
  PHL: 'Philippines',
  AUS: 'Australia',
  NZL: 'New Zealand',
  BRA: 'Brazil',
  ARG: 'Argentina',
  COL: 'Colombia',
  ZAF: 'South Africa',
};

export const ALPHA_3: ReadonlyMap<string, string> = new Map(Object.entries(ALPHA_3_NAMES));

/**
 * Two-letter country codes (ISO 3166-1 alpha-2), as a JobPosting's addressCountry gives them last in a place
 * ("Kalubowila, Western, LK"): read only in capitals, as a part of their own, and only those that are no US state or
 * territory code (IN, DE, CA, IL, ... stay states) nor a Canadian province's (NL, PE, SK are read as provinces).
 */
export const ALPHA_2: ReadonlyMap<string, string> = new Map(
  `
  GB United Kingdom; IE Ireland; AU Australia; NZ New Zealand; FR France; BE Belgium; LU Luxembourg;
  CH Switzerland; AT Austria; ES Spain; PT Portugal; IT Italy; GR Greece; PL Poland; CZ Czechia; HU Hungary;
  RO Romania; BG Bulgaria; HR Croatia; RS Serbia; SI Slovenia; UA Ukraine; EE Estonia; LV Latvia; LT Lithuania;
  SE Sweden; NO Norway; DK Denmark; FI Finland; IS Iceland; CY Cyprus; TR Turkey; EG Egypt;
  AE United Arab Emirates; SA Saudi Arabia; QA Qatar; JO Jordan; LB Lebanon; BH Bahrain; KW Kuwait; OM Oman;
  PK Pakistan; BD Bangladesh; LK Sri Lanka; NP Nepal; SG Singapore; MY Malaysia; PH Philippines; VN Vietnam;
  TH Thailand; CN China; HK Hong Kong; TW Taiwan; JP Japan; KR South Korea; KZ Kazakhstan; UZ Uzbekistan;
  MX Mexico; BR Brazil; CL Chile; UY Uruguay; EC Ecuador; BO Bolivia; PY Paraguay; VE Venezuela; CR Costa Rica;
  GT Guatemala; HN Honduras; SV El Salvador; NI Nicaragua; DO Dominican Republic; JM Jamaica;
  TT Trinidad and Tobago; ZA South Africa; NG Nigeria; KE Kenya; GH Ghana; UG Uganda; RW Rwanda; TZ Tanzania;
  ET Ethiopia; ZM Zambia; ZW Zimbabwe; DZ Algeria; RU Russia`
    .trim()
    .split(/;\s*/)
    .map((pair) => [pair.slice(0, 2), pair.slice(3)]),
);
