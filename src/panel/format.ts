import {grouped} from '../core/digits';
import type {PayPeriod, PostedPay} from '../core/types';
import {usd, usdRange} from '../core/usd';

const PERIOD_WORD: Record<PayPeriod, string> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
};

export function postedPayText(posted: PostedPay): string {
  const money = (value: number) => (posted.currency === 'USD' ? usd(value) : `${grouped(value)} ${posted.currency}`);
  const stated = posted.min === posted.max ? money(posted.min) : `${money(posted.min)}-${money(posted.max)}`;
  const annual =
    posted.period === 'year' || posted.currency !== 'USD'
      ? ''
      : ` (about ${usdRange(posted.annualMin, posted.annualMax)} a year)`;
  return `${stated} ${PERIOD_WORD[posted.period]}${annual}`;
}

/** Listing facts completeness scores besides the checklist ids. */
const FACT_LABELS: Record<string, string> = {'pay-range': 'Pay range', location: 'Location'};

/** Checklist labels by id. The analysis carries them, so the panel never loads the checklist's patterns. */
export type Labels = ReadonlyMap<string, string>;

export function labelsOf(checklist: ReadonlyArray<{id: string; label: string}>): Labels {
  return new Map(checklist.map((item) => [item.id, item.label]));
}

export function missingLabel(id: string, labels: Labels): string {
  if (id.startsWith('certification:')) return id.slice('certification:'.length);
  return labels.get(id) ?? FACT_LABELS[id] ?? id;
}
