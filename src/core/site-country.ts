// The country a job board's address names: Indeed's country sites ("ca.indeed.com"), and boards and careers
// sites under a country's domain ("glassdoor.co.in", "jobindex.dk"). A posting there whose location the US tables
// cannot place ("Remote", "Kharagpur") is a job in that country, not a US job with national figures: its pay is
// not compared with US figures, and a plain "$" is that country's dollar. A location the tables place (a US city,
// a state) is read as written, whatever the address.
import {merged} from './merged';
import {MAYBE_OUTSIDE_US, OUTSIDE_US, type SalaryDataset} from './benchmarks';
import {countryInSentence} from './salary/countries';
import {readLocationText} from './salary/location-text';
import type {Benchmark} from './types';

/** Country codes as the domains write them, for the countries the location reader names (countries.ts). */
const BY_CODE: Readonly<Record<string, string>> = {
  ca: 'Canada',
  uk: 'United Kingdom',
  gb: 'United Kingdom',
  ie: 'Ireland',
  in: 'India',
  au: 'Australia',
  nz: 'New Zealand',
  sg: 'Singapore',
  hk: 'Hong Kong',
  my: 'Malaysia',
  ph: 'Philippines',
  id: 'Indonesia',
  th: 'Thailand',
  vn: 'Vietnam',
  jp: 'Japan',
  kr: 'South Korea',
  tw: 'Taiwan',
  cn: 'China',
  pk: 'Pakistan',
  ae: 'United Arab Emirates',
  sa: 'Saudi Arabia',
  qa: 'Qatar',
  il: 'Israel',
  tr: 'Turkey',
  za: 'South Africa',
  ng: 'Nigeria',
  ke: 'Kenya',
  eg: 'Egypt',
  ma: 'Morocco',
  de: 'Germany',
  fr: 'France',
  nl: 'Netherlands',
  be: 'Belgium',
  lu: 'Luxembourg',
  ch: 'Switzerland',
  at: 'Austria',
  es: 'Spain',
  pt: 'Portugal',
  it: 'Italy',
  gr: 'Greece',
  pl: 'Poland',
  cz: 'Czechia',
  sk: 'Slovakia',
  hu: 'Hungary',
  ro: 'Romania',
  bg: 'Bulgaria',
  hr: 'Croatia',
  rs: 'Serbia',
  ua: 'Ukraine',
  se: 'Sweden',
  no: 'Norway',
  dk: 'Denmark',
  fi: 'Finland',
  ee: 'Estonia',
  lv: 'Latvia',
  lt: 'Lithuania',
  mx: 'Mexico',
  br: 'Brazil',
  ar: 'Argentina',
  cl: 'Chile',
  pe: 'Peru',
  uy: 'Uruguay',
};

/**
 * Indeed's country sites, "ca.indeed.com" (www. and the US site have none). LinkedIn's "ca.linkedin.com" is left
 * out: its subdomain is the reader's language, and it lists jobs anywhere.
 */
const INDEED_COUNTRY = /^([a-z]{2})\.indeed\.com$/;
/** The last label(s) of a host under a country's domain: "glassdoor.co.in", "seek.com.au", "jobindex.dk". */
const COUNTRY_DOMAIN = /\.(?:(?:co|com|org|gov)\.)?([a-z]{2})$/;
/** Country domains sold as generic names: "remote.co", "jobs.io", "careers.ai". */
const GENERIC_DOMAINS = new Set(['co', 'io', 'ai', 'me', 'tv', 'ly', 'gg', 'fm', 'sh', 'so', 'to', 'us']);

/** A job's address: its host without "www.", and the country other than the US it names, if any. */
function siteOf(url: string | undefined): {host: string; country: string | null} | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const code = INDEED_COUNTRY.exec(host)?.[1] ?? COUNTRY_DOMAIN.exec(host)?.[1];
  const country = code && !GENERIC_DOMAINS.has(code) ? (BY_CODE[code] ?? null) : null;
  return {host: host.replace(/^www\./, ''), country};
}

/** The country other than the US a job's address names, or null (a generic or US address, or no address). */
export const siteCountry = (url: string | undefined): string | null => siteOf(url)?.country ?? null;

/**
 * What the tables read when they could not place the location: a place of no known country, or a city abroad
 * that US places share ("Copenhagen": Copenhagen, NY too), which the site's country settles.
 */
const UNPLACED = new Set(['no local data', 'remote', 'no location', MAYBE_OUTSIDE_US]);

/**
 * The benchmark for a job's location, and the location it was read as: the location itself, or, where the US
 * tables cannot place it and the job's address names another country, the location in that country.
 */
export function benchmarkOnSite(
  dataset: SalaryDataset,
  location: string,
  url: string | undefined,
): {benchmark: Benchmark; location: string} {
  const benchmark = dataset.benchmarkFor(location);
  // Only the county tables say why they could not place a location (the note); the article's figures alone
  // place no city, so they cannot tell a US city from one abroad.
  if (benchmark.resolution || !benchmark.note || !UNPLACED.has(benchmark.fallbackReason ?? ''))
    return {benchmark, location};
  const site = siteOf(url);
  const country = site?.country;
  if (!site || !country) return {benchmark, location};
  // A state or ZIP is a US place the tables may lack ("Murray Hill, NJ"), not one abroad.
  const text = readLocationText(location);
  if (text.state || text.zip) return {benchmark, location};
  const there = location.trim() ? `${location.trim()}, ${country}` : country;
  const abroad = dataset.benchmarkFor(there);
  if (abroad.fallbackReason !== OUTSIDE_US) return {benchmark, location};
  const what = location.trim() ? `"${location.trim()}"` : 'A job with no location';
  return {
    benchmark: merged(abroad, {
      note: `${what} on ${site.host} is read as in ${countryInSentence(country)}, the site's country. ${abroad.note ?? ''}`.trim(),
    }),
    location: there,
  };
}
