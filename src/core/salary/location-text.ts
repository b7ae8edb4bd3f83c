// Reads a posting's location text into its parts without any place data: remote/hybrid words, a ZIP,
// a state, and the place or region name. Pure and small (the pay-transparency check uses it too).
import {cityAbroad, countryOf} from './countries';
import {stateCode} from './states';
import {rememberedBy} from '../memo';

export interface LocationText {
  /** The place or region name, lower-case, without state, country, ZIP or work-mode words. */
  name: string;
  state: string | null;
  zip: string | null;
  remote: boolean;
  /** True when the text names only the country ("United States", "USA"). */
  countryOnly: boolean;
  /**
   * A country other than the US that the text names as its place ("Remote - Canada", "London, United
   * Kingdom", "Toronto, ON"), or null. Then `name` and `state` are empty: "Canada" is not Canada, KY, and in
   * "Toronto, ON, CA" the CA is the country, not California.
   */
  country: string | null;
  /**
   * The country of a city outside the US that the text names alone, without a state or country ("Amsterdam",
   * "Toronto (Hybrid)", "Bengaluru"), or null. A US place may share the name (Amsterdam, NY): the text cannot tell.
   */
  abroad: string | null;
}

/** The words of a location line for a remote job, and for the other work modes. */
const REMOTE_WORDS = String.raw`remote|anywhere|work from home|wfh|telecommute|virtual|distributed|home[- ]?based|homeoffice`;
const OTHER_MODE_WORDS = String.raw`hybrid|on-?site|in[- ]office`;

const REMOTE = new RegExp(String.raw`\b(?:${REMOTE_WORDS})\b|^\s*home[- ]office\s*$`, 'i');
/** Words that go with a mode's word: "Remote friendly", "Hybrid eligible", "Remote-first". */
export const MODE_COMPANIONS = String.raw`flexible|first|friendly|optional|eligible|possible|preferred|based|only`;
/** A work mode's words with those that go with it ("Remote friendly", "Hybrid eligible", "Remote within US"). */
const WORK_MODE = new RegExp(
  String.raw`\b(?:${REMOTE_WORDS}|${OTHER_MODE_WORDS}|${MODE_COMPANIONS}|or|in|the|across|throughout|within|us-based|location)\b`,
  'gi',
);
// "America" alone is the country, but "Young America" and "Little America" are towns. Here and below,
// leading spaces are read only from the start of their run (`(?<!\s)\s+`, optional where `\s*` was):
// the same matches, and a long run of spaces is not rescanned from each of its characters.
const COUNTRY =
  /(?:,\s*|(?<!\s)\s+|^)(?:united states(?: of america)?|u\.?s\.?a\.?|u\.s\.|us)\s*$|^\s*(?:america|nationwide)\s*$/i;
/** A part that is the country and nothing else ("United States", "Nationwide"). */
const onlyCountry = (part: string) => COUNTRY.test(part) && part.replace(COUNTRY, '').trim() === '';
/** The US named anywhere in the text ("US or Canada"); "US" only in capitals ("us" is a word). */
const NAMES_US = /(?<![\w.])(?:US|USA|U\.S\.(?:A\.)?)(?![\w.])|\b[Uu]nited [Ss]tates\b|\bUNITED STATES\b/;
// A part is a work mode only when it names one: "Remote friendly" is, but Friendly (MD) and Only (TN) are towns.
const NAMES_WORK_MODE = new RegExp(String.raw`\b(?:${REMOTE_WORDS}|${OTHER_MODE_WORDS}|flexible|us-based)\b`, 'i');

export function normalizePlaceName(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      // "Minneapolis\u2013St. Paul" as "Minneapolis-St. Paul": dashes of every width are one.
      .replace(/[\u2010-\u2015]/g, '-')
      .toLowerCase()
      .replace(/\bsaint\b|\bst\b\.?/g, 'st.')
      .replace(/\bft\b\.?/g, 'fort')
      .replace(/\bmt\b\.?/g, 'mount')
      .replace(/\bmtn\b\.?/g, 'mountain')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Other spellings of a normalised place name, for a name that has no place as written:
 * - "Mt" is "Mount" in most names ("Mt. Vernon") and "Mountain" in a few ("Mt View");
 * - the Postal Service shortens "-borough" to "-boro", and the tables keep whichever the Census uses
 *   ("Foxborough, MA" is listed as Foxboro, "Hillsboro, NC" as Hillsborough);
 * - a New Jersey or Pennsylvania township is listed under its name alone ("Cherry Hill Township").
 */
export function otherSpellings(name: string): string[] {
  const spellings: string[] = [];
  if (name.startsWith('mount ')) spellings.push(`mountain ${name.slice(6)}`);
  if (name.endsWith('borough')) spellings.push(name.slice(0, -3));
  else if (name.endsWith('boro')) spellings.push(`${name}ugh`);
  const township = /^(.+?) (?:township|twp\.?)$/.exec(name)?.[1];
  if (township) spellings.push(township);
  return spellings;
}

/** What follows a region's name ("Seattle Metropolitan Area", "Texas Metropolitan Area", "Dallas Metroplex"). */
export const REGION_SUFFIX = /(?<!\s)\s+(?:(?:metropolitan|metro)(?:\s+area)?|area|metroplex|region)$/i;
/**
 * A region's main place: "greater seattle area" and "austin metropolitan area" as "seattle" and "austin"; a
 * city's district, "downtown los angeles" and "midtown manhattan", as the city.
 */
export function regionBase(name: string): string {
  return name
    .replace(/^(?:greater|metro|downtown|midtown|uptown)\s+/, '')
    .replace(REGION_SUFFIX, '')
    .trim();
}

/** Words a location line holds in place of a place: "Field-based", "Travel - Multiple Locations", "TBD". */
const NO_PLACE =
  /^(?:field[- ]based|in the field|travel(?:ing)?|tbd|to be determined|negotiable|flexible|various|n\/a|(?:the )?office|hq|headquarters)$/i;
/** A work mode after the place or country: "US Remote", "Seattle Hybrid". */
const MODE_AFTER = /(?<!\s)\s+(?:remote|hybrid|on-?site)$/i;
/**
 * The employer's site after a place given alone: "Munich HQ", "Berlin Office", "Austin Campus". Not a kind of office
 * ("Home Office"), nor a place's own name with its state ("Napi Headquarters, NM").
 */
const SITE_AFTER =
  /(?<!\s|\b(?:home|head|main|branch|regional|corporate|field|post|back|front))\s+(?:hq|headquarters|office|campus)$/i;
/** A distance from the place, for a remote job near it: "Remote within 50 miles of Denver, CO". */
const NEAR = /^(?:within|up to)\s+\d+\s*(?:miles?|mi|km|kilometers?|kilometres?)\s+(?:of|from)\s+/i;
/**
 * A mode glued to a place or country by a hyphen: "Remote-USA", "US-Remote" (read as "Remote, USA", "US, Remote"); not
 * to a word that goes with the mode ("Remote-Friendly" is no remote job in Friendly, MD).
 */
const GLUED_MODE = new RegExp(
  String.raw`\b(remote|hybrid|onsite|on-site)-(?=[a-z])(?!(?:${MODE_COMPANIONS}|ok)\b)|(?<=[a-z])-(?=(?:remote|hybrid|onsite|on-site)\b)`,
  'gi',
);
/** "OK" said of a work mode ("Miami (Remote OK)"), which is no state's code there (Miami, OK is in Oklahoma). */
const MODE_OK = /\b(remote|hybrid|wfh) (?:ok|okay)\b/gi;
/**
 * Work-mode words before a place ("Temporarily Remote in Seattle", "Hybrid remote in Austin", Indeed's "Hybrid work
 * in Boston, MA").
 */
const MODE_BEFORE =
  /^(?:(?:hybrid|remote|on-?site|in|based|temporarily|temporary|fully|partially|partly)\s+)+(?:work(?:ing)?\s+in\s+)?/i;
/**
 * A work mode offered beside the place: "Seattle, WA or Remote", "Remote or Seattle". Spaces are read from the
 * start of their run only (`(?<!\s)`): from each space of a long run, the pattern would rescan the rest.
 */
const OR_MODE =
  /(?<!\s)\s+(?:or|and|\/|&)\s+(?:remote|hybrid|on-?site)$|^(?:remote|hybrid|on-?site)\s+(?:or|and|\/|&)\s+/i;

/** A work mode with its office days beside the place ("Irvine, CA (Hybrid 3 days)"). */
const SCHEDULE = /^(?:hybrid|remote|on-?site|in[- ]office)\s+\d[\d-]*\s*(?:x|days?|times)\b/i;
/**
 * A time zone the work keeps, not a place: "Remote (PST)", "Remote - Eastern Time Zone". Not "CT" or "MT" (states),
 * nor "Central" alone (Central, AK).
 */
const ZONE = String.raw`(?:pacific|mountain|central|eastern|atlantic|alaska|hawaii)(?:\s+(?:standard|daylight))?\s+time(?:\s+zones?)?|(?:[pmce][sd]t|et|ct|mt|pt)\s+time(?:\s+zones?)?|[pmce][sd]t|et|pt|(?:us\s+)?time\s+zones?`;
/**
 * Where a remote job may be done, said of the whole country or beyond it, not a place: "Remote - Continental US",
 * "Remote (US only)", "Remote across the US", "Remote (Lower 48)", "Remote - North America". Read only beside a
 * remote word (Continental, OH is a village).
 */
const REMOTE_SCOPE =
  /^(?:(?:across|throughout|within|in|anywhere in)(?:\s+the)?|(?:(?:across|throughout|within|in|anywhere in)\s+)?(?:the\s+)?(?:continental|contiguous|mainland|lower\s+48)(?:\s+(?:us|usa|u\.s\.?|united states))?|(?:us|usa|u\.s\.?)(?:\s+only)?|only|global(?:ly)?|worldwide|international|north\s+america|(?:the\s+)?americas)$/i;
const TIME_ZONE = new RegExp(String.raw`^(?:${ZONE})(?:\s*(?:/|&|or|and)\s*(?:${ZONE}))*$`, 'i');
/**
 * The hours a remote job keeps after the region that sets them: "Remote (EU time zone)", "UK hours" (as "EU", "UK"),
 * and a zone's leeway ("CET +/- 2h", "CET ± 3 hours", as "CET").
 */
const HOURS_OF =
  /(?<=\w)\s+(?:time\s*zones?|timezones?|time|hours|working hours|business hours)$|(?<=\w)\s*(?:\+\s*\/\s*-|\u00b1|\+-)\s*\d{1,2}\s*(?:h|hrs?|hours?)?$/i;
/** A form's label before the place: "Location: Seattle, WA", "Job Locations: Austin, TX". */
export const LOCATION_LABEL = /^\s*(?:job\s+|work\s+|primary\s+)?locations?\s*:\s*/i;
const MORE_PLACES = /(?:\(\s*)?(?:\+\s*\d+|\band\s+\d+|&\s*\d+)\s+(?:more|others?|locations?)\b.*$/i;
/** What a line adds after its place in brackets: "Remote (EU time zone) + Quarterly Meet-ups". */
const ADDED_AFTER = /(?<=\))\s*\+\s*[A-Za-z].*$/;

/**
 * Countries or regions joined by slashes, as boards write a job open in several ("UK/Europe", "Germany/Netherlands",
 * "Remote (UK/EU)"), or one with its work mode ("India/Remote"): the first of them, when every piece is a country
 * or region outside the US or a work mode. Null when a piece is the US or a state ("US/Canada", "CA/IN": IN is
 * also India's code), or names no country ("Toronto/Vancouver" is read as cities are).
 */
function slashedCountry(part: string | undefined, placeWords: (piece: string) => boolean): string | null {
  if (!part?.includes('/')) return null;
  const pieces = part
    .split('/')
    .map((piece) => piece.trim())
    .filter((piece) => piece && placeWords(piece));
  if (pieces.length === 0 || pieces.some((piece) => onlyCountry(piece) || stateCode(piece))) return null;
  const countries = pieces.map((piece) => countryOf([piece]));
  return countries.every((country) => country !== null) ? countries[0]! : null;
}

/**
 * The parts of a location text. Remembered from posting to posting (a list of postings names the same few places
 * again and again, and several readers of one posting ask): the answer is shared, never to be changed.
 */
export const readLocationText: (raw: string) => Readonly<LocationText> = rememberedBy(readParts, 4000, false);

function readParts(raw: string): LocationText {
  // A posting with several locations is read by its first one.
  // Careers sites and boards add how many other places there are ("Mountain View, California, United States
  // + 2 more locations", "Boston, MA +2 locations", "Austin, TX and 3 other locations", "Denver, CO (+1 other)").
  let text = (raw.split(/(?:(?<!\s)\s+)?(?:;|\||\n|\u2022|\u00b7)\s*/)[0] ?? '')
    .replace(MORE_PLACES, '')
    .replace(ADDED_AFTER, '')
    .replace(LOCATION_LABEL, '')
    .trimEnd();
  const remote = REMOTE.test(raw);
  const zip = /\b(\d{5})(?:-\d{4})?\b/.exec(text)?.[1] ?? null;
  if (zip) text = text.replace(/\b\d{5}(?:-\d{4})?\b/, ' ');
  text = text
    .replace(MODE_OK, '$1')
    .replace(GLUED_MODE, '$1, ')
    .replace(/[()[\]]/g, ',')
    .replace(
      /(?<!\s)\s+[-\u2013\u2014:]\s+|(?<=\w):\s+|^\s*[-\u2013\u2014:]\s*|(?:(?<!\s)\s+)?[-\u2013\u2014:]\s*$/g,
      ',',
    );
  let parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  let countryOnly = false;
  // Drop country and work-mode parts ("Remote", "Hybrid", "United States").
  // "IN" and "OR" are states, not words.
  const placeWords = (part: string) =>
    /^[A-Z]{2}$/.test(part) ||
    !NAMES_WORK_MODE.test(part) ||
    part.replace(WORK_MODE, '').replace(/[^a-z]/gi, '') !== '';
  parts = parts.filter((part) => {
    if (onlyCountry(part)) {
      countryOnly = true;
      return false;
    }
    // "Hybrid 3 days", "Onsite 4x/week": a schedule, not a place.
    return !SCHEDULE.test(part) && !TIME_ZONE.test(part) && placeWords(part);
  });
  parts = parts
    .map((part) => {
      const withoutCountry = part.replace(HOURS_OF, '').replace(COUNTRY, '');
      // "Remote US", "Hybrid USA": the country after the mode, with no place between.
      if (withoutCountry !== part && !placeWords(withoutCountry.trim())) countryOnly = true;
      const rest = withoutCountry.replace(OR_MODE, '').replace(MODE_BEFORE, '').replace(MODE_AFTER, '').trim();
      // "Nationwide Remote": the country's word once the mode is gone.
      if (rest && onlyCountry(rest)) {
        countryOnly = true;
        return '';
      }
      return rest.replace(NEAR, '');
    })
    .filter((part) => part && placeWords(part) && !NO_PLACE.test(part) && !(remote && REMOTE_SCOPE.test(part)));
  if (parts.length === 1) parts[0] = parts[0]!.replace(SITE_AFTER, '');
  // "Remote (US or Canada)", "Seattle, WA or Remote (Canada)": the US is one of the places offered, so the
  // other countries are left aside.
  if (countryOf(parts) && (NAMES_US.test(raw) || (parts.length > 1 && stateCode(parts.at(-2)!)))) {
    parts = parts.filter((part) => countryOf([part]) === null);
    if (parts.length === 0) countryOnly = true;
  }
  const country = countryOf(parts) ?? slashedCountry(parts.at(-1), placeWords);
  if (country) return {name: '', state: null, zip, remote, countryOnly: false, country, abroad: null};
  let state: string | null = null;
  // "NY, NY": the state's namesake city, written as its state (read as "NY" alone).
  if (parts.length === 2 && /^[A-Z]{2}$/.test(parts[0]!) && parts[0] === parts[1] && stateCode(parts[0]!))
    parts = parts.slice(1);
  // "Dallas, TX - Data Center", "Washington, DC - Navy Yard": a site's name after the city and its state code.
  if (parts.length > 2) {
    const stateAt = parts.findLastIndex((part, index) => index > 0 && /^[A-Z]{2}$/.test(part) && stateCode(part));
    if (stateAt > 0 && stateAt < parts.length - 1 && !stateCode(parts.at(-1)!)) parts = parts.slice(0, stateAt + 1);
  }
  if (parts.length > 1) {
    const last = parts.at(-1)!;
    // "Austin, Texas Metropolitan Area": the state before the region's words.
    const code =
      stateCode(last) ?? stateCode(last.replace(/(?<!\s)\s+\d.*$/, '')) ?? stateCode(last.replace(REGION_SUFFIX, ''));
    if (code) {
      state = code;
      parts = parts.slice(0, -1);
    }
  } else if (parts.length === 1) {
    // "Austin TX" without a comma.
    const match = /^(.*\S)\s+([A-Za-z]{2})$/.exec(parts[0]!);
    const code = match && /^[A-Z]{2}$/.test(match[2]!) ? stateCode(match[2]!) : null;
    if (match && code) {
      state = code;
      parts = [match[1]!];
    }
  }
  let name = normalizePlaceName(parts.join(', '));
  // "Texas" or "Remote, California": a state alone.
  if (!state && parts.length === 1 && stateCode(parts[0]!) && !/^[a-z]{2}$/i.test(parts[0]!)) {
    state = stateCode(parts[0]!);
    name = '';
  }
  // A city's name alone ("Amsterdam Area" as "Amsterdam"): no state, ZIP or second part to place it in the US;
  // or with its province or state, which is no US state ("Bengaluru, Karnataka", "Munich, Bavaria", as Indeed
  // India and others write them without the country); or a town with the city it belongs to ("Reading (London)").
  const abroad =
    state || zip
      ? null
      : parts.length === 1
        ? cityAbroad(regionBase(name))
        : parts.length === 2
          ? (cityAbroad(normalizePlaceName(parts[0]!)) ?? cityAbroad(normalizePlaceName(parts[1]!)))
          : null;
  return {name, state, zip, remote, countryOnly: countryOnly && name === '' && !zip, country: null, abroad};
}
