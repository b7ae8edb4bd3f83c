// Countries other than the US, as postings name them in a location ("Remote - Canada", "London, United Kingdom",
// "Toronto, ON"). A country named as the place is not a US town of that name (Canada, KY; Poland, OH; Peru, IN),
// and the federal wage tables say nothing about it. Names are lower-case; each maps to the country shown.

const COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  Canada: [
    'canada',
    // Provinces and territories, which Canadian postings give in place of the country.
    'ontario',
    'quebec',
    'québec',
    'british columbia',
    'alberta',
    'manitoba',
    'saskatchewan',
    'nova scotia',
    'new brunswick',
    'newfoundland and labrador',
    'prince edward island',
    'yukon',
    'northwest territories',
    'nunavut',
  ],
  'United Kingdom': [
    'united kingdom',
    'uk',
    'u.k.',
    'great britain',
    'gb',
    'england',
    'scotland',
    'wales',
    'northern ireland',
  ],
  Ireland: ['ireland', 'republic of ireland'],
  India: ['india'],
  Australia: ['australia', 'au', 'new south wales', 'nsw', 'queensland', 'qld', 'vic', 'tasmania'],
  'New Zealand': ['new zealand', 'nz'],
  Germany: ['germany', 'deutschland'],
  France: ['france'],
  Netherlands: ['netherlands', 'the netherlands'],
  Belgium: ['belgium'],
  Luxembourg: ['luxembourg'],
  Switzerland: ['switzerland'],
  Austria: ['austria'],
  Spain: ['spain'],
  Portugal: ['portugal'],
  Italy: ['italy'],
  Greece: ['greece'],
  Poland: ['poland'],
  Czechia: ['czechia', 'czech republic'],
  Slovakia: ['slovakia'],
  Hungary: ['hungary'],
  Romania: ['romania'],
  Bulgaria: ['bulgaria'],
  Croatia: ['croatia'],
  Serbia: ['serbia'],
  Slovenia: ['slovenia'],
  Ukraine: ['ukraine'],
  Estonia: ['estonia'],
  Latvia: ['latvia'],
  Lithuania: ['lithuania'],
  Sweden: ['sweden'],
  Norway: ['norway'],
  Denmark: ['denmark'],
  Finland: ['finland'],
  Iceland: ['iceland'],
  Israel: ['israel'],
  Turkey: ['turkey', 'türkiye', 'turkiye'],
  Egypt: ['egypt'],
  'United Arab Emirates': ['united arab emirates', 'uae'],
  'Saudi Arabia': ['saudi arabia'],
  Qatar: ['qatar'],
  Jordan: ['jordan'],
  Lebanon: ['lebanon'],
  Pakistan: ['pakistan'],
  Bangladesh: ['bangladesh'],
  'Sri Lanka': ['sri lanka'],
  Nepal: ['nepal'],
  Singapore: ['singapore'],
  Malaysia: ['malaysia'],
  Indonesia: ['indonesia'],
  Philippines: ['philippines', 'the philippines'],
  Vietnam: ['vietnam', 'viet nam'],
  Thailand: ['thailand'],
  China: ['china'],
  'Hong Kong': ['hong kong'],
  Taiwan: ['taiwan'],
  Japan: ['japan'],
  'South Korea': ['south korea', 'korea', 'republic of korea'],
  Mexico: ['mexico', 'méxico'],
  Brazil: ['brazil', 'brasil'],
  Argentina: ['argentina'],
  Chile: ['chile'],
  Colombia: ['colombia'],
  Peru: ['peru'],
  Uruguay: ['uruguay'],
  'Costa Rica': ['costa rica'],
  Panama: ['panama'],
  Jamaica: ['jamaica'],
  'South Africa': ['south africa'],
  Nigeria: ['nigeria'],
  Kenya: ['kenya'],
  Ghana: ['ghana'],
  Morocco: ['morocco'],
};

const BY_NAME = new Map(Object.entries(COUNTRIES).flatMap(([country, names]) => names.map((name) => [name, country])));

/** Canadian province codes, written as a state code is ("Toronto, ON"): none is a US state's code. */
const PROVINCE_CODES = new Set(['ON', 'QC', 'BC', 'AB', 'MB', 'SK', 'NS', 'NB', 'NL', 'PE', 'YT', 'NT', 'NU']);

/**
 * The country other than the US that a location's last part names ("Canada", "United Kingdom", "ON" for
 * Ontario), or null. Two-letter codes count only in capitals and only where no US state has them ("UK", "AU",
 * "NZ", a province's); "Toronto, ON, CA" is Canada by its province, though CA alone is California.
 */
export function countryOf(parts: readonly string[]): string | null {
  const last = parts.at(-1)?.trim() ?? '';
  if (!last) return null;
  if (/^[A-Za-z]{2}$/.test(last)) {
    if (PROVINCE_CODES.has(last)) return 'Canada';
    if (last === 'CA' && parts.length >= 3 && PROVINCE_CODES.has(parts.at(-2)!.trim())) return 'Canada';
    return last === last.toUpperCase() ? (BY_NAME.get(last.toLowerCase()) ?? null) : null;
  }
  const whole = BY_NAME.get(last.toLowerCase().replace(/\s+/g, ' '));
  if (whole) return whole;
  // Without a comma: "Paris France", "Sydney NSW", "Toronto ON", "Auckland New Zealand". Not where the words
  // before make a US place of the name (West Jordan, UT; Little Canada, MN; New England, ND; Lake Wales, FL).
  const words = last.split(/\s+/);
  for (let take = Math.min(3, words.length - 1); take >= 1; take--) {
    if (US_NAME_PREFIX.has(words[words.length - take - 1]!.toLowerCase())) continue;
    const tail = words.slice(words.length - take).join(' ');
    // A short code only in capitals ("Sydney NSW"): "Melbourne Vic" may be a person's or a street's name.
    if (tail.length <= 3 && tail !== tail.toUpperCase()) continue;
    if (tail.length === 2 && PROVINCE_CODES.has(tail)) return 'Canada';
    const country = BY_NAME.get(tail.toLowerCase());
    if (country) return country;
  }
  return null;
}

/** Words that make a US place's name of another place's: New Lebanon, West Jordan, East Peru, La France. */
const US_NAME_PREFIX = new Set([
  'new',
  'old',
  'little',
  'east',
  'west',
  'north',
  'south',
  'upper',
  'lower',
  'lake',
  'mount',
  'mt',
  'fort',
  'port',
  'la',
  'el',
  'le',
]);
