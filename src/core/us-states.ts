/** USPS codes of the states, DC and Puerto Rico: tells "Austin, TX" apart from "Agile, QA". */
export const US_STATE_CODES: ReadonlySet<string> = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR'.split(' '),
);

/**
 * "City, ST" with a real state code, e.g. "San Francisco, CA". Words are bounded (the longest US place
 * name's words hold under 30 letters): an unbounded word rescans a run like "A.A.A." from each capital.
 */
export function findCityState(line: string): string | null {
  for (const match of line.matchAll(/\b([A-Z][A-Za-z.'-]{0,39}(?:\s[A-Z][A-Za-z.'-]{0,39}){0,3}),\s*([A-Z]{2})\b/g)) {
    if (match[1] && match[2] && US_STATE_CODES.has(match[2])) return `${match[1]}, ${match[2]}`;
  }
  return null;
}
