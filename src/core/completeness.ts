import {CHECKLIST} from './checklist';
import type {ChecklistMatch, Completeness, PostedPay} from './types';

/** Facts a good TPM listing states besides the checklist itself, with their weights. */
export const LISTING_FACTS = {
  'pay-range': 2,
  location: 1,
} as const;

export type ListingFact = keyof typeof LISTING_FACTS;

export interface CompletenessInput {
  checklist: readonly ChecklistMatch[];
  posted: PostedPay | null;
  location: string;
  /**
   * Hook for the pay-transparency check (payRangeLikelyRequired from src/core/salary/): when true
   * and no pay is stated, 'pay-range' is listed first among the missing items. It deliberately does
   * not change the weights, so the score of a draft never drops when a sentence naming its place is
   * added.
   */
  payRangeRequired?: boolean;
}

/** 0-100: the weighted share of what a good TPM listing states that this one does; missing heaviest first. */
export function scoreCompleteness({
  checklist,
  posted,
  location,
  payRangeRequired = false,
}: CompletenessInput): Completeness {
  const entries: Array<{id: string; weight: number; present: boolean}> = CHECKLIST.map((item) => ({
    id: item.id,
    weight: item.weight,
    present: checklist.some((match) => match.id === item.id && match.present),
  }));
  entries.push(
    {id: 'pay-range', weight: LISTING_FACTS['pay-range'], present: posted !== null},
    {id: 'location', weight: LISTING_FACTS.location, present: location.trim() !== ''},
  );
  const total = entries.reduce((sum, entry) => sum + entry.weight, 0);
  const present = entries.reduce((sum, entry) => sum + (entry.present ? entry.weight : 0), 0);
  const urgency = (id: string) => (payRangeRequired && id === 'pay-range' ? 1 : 0);
  const missing = entries
    .filter((entry) => !entry.present)
    .sort((a, b) => urgency(b.id) - urgency(a.id) || b.weight - a.weight)
    .map((entry) => entry.id);
  return {score: Math.round((present / total) * 100), missing};
}
