import {merged} from './merged';
import {articleDataset, comparePay, OUTSIDE_US, type SalaryDataset} from './benchmarks';
import {readTitle, type TitleKind} from './detect';
import {extractPayLine} from './pay';
import {payEstimatedBy, siteEstimate} from './pay-estimate';
import {inLocalDollars} from './local-currency';
import {normalizeText} from './normalize';
import {benchmarkOnSite} from './site-country';

export {payEstimatedBy};
import type {PayComparison, PayPeriod, PostedPay} from './types';

// The verdict on a job card of a result list: only what the card shows (title, company, location, pay
// line), no description. Same title vocabulary as the posting's detection (detect.ts), same pay reader
// and benchmarks as the panel.

export interface CardInput {
  title: string;
  company: string;
  location: string;
  /** The card's pay line as shown, or ''. */
  salaryText: string;
  /** The pay period the site states for this card outside its pay line, when it does. */
  payPeriod?: PayPeriod;
}

export type CardVerdict = 'yes' | 'maybe' | 'no';

export interface CardAnalysis {
  isTechnicalProjectManager: CardVerdict;
  reasons: string[];
  /** Annualised; `estimatedBy` is set when the figure is the site's estimate, not the employer's pay. */
  pay: PostedPay | null;
  /** The pay's midpoint against the local benchmark: "below level I", "level I-II", ... "above level IV". */
  benchmarkPosition: string | null;
  /** Where benchmarkPosition comes from, with its source and date (every figure carries both). */
  benchmark: {label: string; source: string; date: string} | null;
}

/**
 * A title alone: a named TPM or a technical domain right beside the PM role is "yes"; a project or
 * program manager whose domain the title does not settle is "maybe" (the posting's text decides once
 * opened); a title naming another role (product, engineering manager, scrum master, construction...)
 * or no PM role at all is "no".
 */
const VERDICT: Record<TitleKind, CardVerdict> = {
  tpm: 'yes',
  'tech-pm': 'yes',
  pm: 'maybe',
  excluded: 'no',
  other: 'no',
};

const BAND_TEXT: Record<NonNullable<PayComparison['band']>, string> = {
  'below-level-1': 'below level I',
  'level-1-2': 'level I-II',
  'level-2-3': 'level II-III',
  'level-3-4': 'level III-IV',
  'above-level-4': 'above level IV',
};

function position(comparison: PayComparison | null): string | null {
  if (!comparison || comparison.position === 'not-comparable') return null;
  if (comparison.band) return BAND_TEXT[comparison.band];
  return comparison.position === 'within' ? 'within the benchmark' : `${comparison.position} the benchmark`;
}

/** `url`: the list page's address, whose country places a card the US tables cannot (site-country.ts). */
export function analyzeCard(card: CardInput, options: {dataset?: SalaryDataset; url?: string} = {}): CardAnalysis {
  const title = normalizeText(card.title).trim();
  const reading = readTitle(title);
  const verdict = VERDICT[reading.kind];
  const estimate = siteEstimate(card.salaryText);
  const posted = card.salaryText.trim() ? extractPayLine(estimate?.text ?? card.salaryText, card.payPeriod) : null;
  const read = posted && estimate ? merged(posted, {estimatedBy: estimate.by}) : posted;
  const placed = read ? benchmarkOnSite(options.dataset ?? articleDataset, card.location, options.url) : null;
  const benchmark = placed?.benchmark ?? null;
  // Only a job the resolver placed in another country can be paid in its dollar.
  const pay = placed && benchmark?.fallbackReason === OUTSIDE_US ? inLocalDollars(read, placed.location) : read;
  const comparison = pay ? comparePay(pay, benchmark) : null;
  const benchmarkPosition = position(comparison);
  const reference = benchmarkPosition ? comparison?.reference : null;
  return {
    isTechnicalProjectManager: verdict,
    reasons: [reading.reason],
    pay,
    benchmarkPosition,
    benchmark: reference ? {label: reference.label, source: reference.source, date: reference.date} : null,
  };
}
