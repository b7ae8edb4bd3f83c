// Whole numbers written the way en-US writes them ("1,048,576", "$167,000"), without Intl: the first
// toLocaleString call in a page's content script initialises ICU number formatting, about 60 ms on the
// page's own thread (measured by `npm run bench:large`), to place a few commas.

/** `value` rounded to a whole number, digits grouped by three with commas; non-finite values as String() writes them. */
export function grouped(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const whole = Math.round(value);
  // BigInt spells out every digit where String() would switch to exponent notation (1e21 and above).
  const digits = (Math.abs(whole) >= 1e21 ? BigInt(whole) : whole).toString().replace('-', '');
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let at = out.length; at < digits.length; at += 3) out += `,${digits.slice(at, at + 3)}`;
  return whole < 0 ? `-${out}` : out;
}
