// A figure written with a plain "$" (or no mark at all) is read as US dollars. In a job in Canada, Australia and
// the other countries whose own currency is a dollar, the posting means that one: "$80,000 a year" for a job in
// Toronto, ON (ca.indeed.com) is Canadian dollars. Only a country the location names for certain decides (not a
// city's name alone, which a US place may share), and never over "USD" or "US$" written in the figure. For the
// site's pay line: a description may quote a range for another country's roles.
import {merged} from './merged';
import {readLocationText} from './salary/location-text';
import type {PostedPay} from './types';

/** Countries whose currency is written "$" as the US dollar is (money.ts reads a plain "$" as USD). */
const LOCAL_DOLLARS: Readonly<Record<string, string>> = {
  Canada: 'CAD',
  Australia: 'AUD',
  'New Zealand': 'NZD',
  Singapore: 'SGD',
  'Hong Kong': 'HKD',
  Mexico: 'MXN',
};

const US_DOLLARS_NAMED = /\bUSD\b|\bUS\s?\$|\bU\.?S\.? dollars?\b|\bUS-dollars?\b/i;

/** The pay in the currency of the job's country when the figure wrote a plain "$" or no currency at all. */
export function inLocalDollars<Pay extends PostedPay>(pay: Pay | null, location: string): Pay | null {
  if (!pay || pay.currency !== 'USD' || US_DOLLARS_NAMED.test(pay.text)) return pay;
  const country = readLocationText(location).country;
  const currency = country ? LOCAL_DOLLARS[country] : undefined;
  // merged's type takes `currency` out of Pay and puts it back as a string: still a Pay.
  return currency ? (merged(pay, {currency}) as Pay) : pay;
}
