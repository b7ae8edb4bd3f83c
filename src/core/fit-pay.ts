// The posting's pay against the pay the profile expects (USD a year). Said beside the fit, never in its score:
// the score measures the requirements a profile meets, and pay is what the reader weighs it against.
import type {Fit, PayPeriod, PayVerdict, PostedPay} from './types';
import {usd, usdRange} from './usd';

export type PayAgainstExpectation = NonNullable<Fit['pay']>;

const PERIODLY: Record<PayPeriod, string> = {
  hour: 'hourly',
  day: 'daily',
  week: 'weekly',
  month: 'monthly',
  year: 'yearly',
};

/** How the posted pay stands against `expectation`; one sentence each, the figures in it. */
export function payAgainstExpectation(
  posted: Pick<PostedPay, 'annualMin' | 'annualMax' | 'currency' | 'period'> | null,
  expectation: number,
): PayAgainstExpectation {
  const yours = usd(expectation);
  if (!posted) return {verdict: 'unknown', text: `No posted pay to compare with your ${yours}.`};
  // Another currency is not converted: the comparison would rest on an exchange rate the extension does not have.
  if (posted.currency !== 'USD')
    return {verdict: 'unknown', text: `Posted pay is in ${posted.currency}: not compared with your ${yours} (USD).`};
  const low = Math.round(posted.annualMin);
  const high = Math.round(posted.annualMax);
  // An hourly, daily, weekly or monthly figure, made yearly as the benchmarks are (2,080 hours, 260 days...).
  const range = `${usdRange(low, high)} a year${posted.period === 'year' ? '' : ` (from ${PERIODLY[posted.period]} pay)`}`;
  if (high < expectation) return {verdict: 'below', text: `Posted pay ${range} is below your ${yours}.`};
  if (low >= expectation) return {verdict: 'meets', text: `Posted pay ${range} meets your ${yours}.`};
  return {verdict: 'within', text: `Your ${yours} is within the posted ${range}.`};
}

/** The same verdict in the few words a list card has room for; none when nothing was compared. */
const CARD_WORDS: Record<PayVerdict, string | null> = {
  below: 'below your pay',
  within: 'your pay in range',
  meets: 'meets your pay',
  unknown: null,
};
export const cardPayWords = (verdict: PayVerdict): string | null => CARD_WORDS[verdict];
