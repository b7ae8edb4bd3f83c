import type {CardAnalysis} from '../core/card';
import type {PayPeriod} from '../core/types';

// The list mode's messages: one batch of cards per request (never one request per card), each answered
// with the figures of its posting when "Your postings" remembers it.

/** What a card shows, keyed like postings (site id + job id). */
export interface CardRequest {
  key: string;
  title: string;
  company: string;
  location: string;
  salaryText: string;
  /** The period the site states for the card's pay outside its pay line (see CardList.payPeriods). */
  payPeriod?: PayPeriod;
}

/** What is remembered of a posting opened before: enough for its card, small enough to keep hundreds. */
export interface RememberedFigures {
  tpm: boolean;
  completeness: number;
  fit: number | null;
  /** Why the fit is 0 (src/core/fit-blockers.ts), as the panel says it; absent when nothing blocks. */
  blockers?: string[];
  /** ISO time of the analysis. */
  at: string;
}

export interface CardResult {
  key: string;
  card: CardAnalysis;
  remembered: RememberedFigures | null;
  /** The card's posted pay against the profile's pay expectation, in a few words ("below your pay"). */
  yours?: string;
}

/** The verdicts, and the stored "Dim non-TPM roles" choice: the list needs it with its first answers, not a read of its own. */
export interface CardsAnswer {
  results: CardResult[];
  dim: boolean;
}

export type CardsReply = ({ok: true} & CardsAnswer) | {ok: false; error: string};

/** More cards than any list page shows at once; a bigger batch is not ours. */
export const MAX_CARDS_PER_BATCH = 200;
const MAX_FIELD_CHARS = 2000;

const isText = (value: unknown) => typeof value === 'string' && value.length <= MAX_FIELD_CHARS;
const PERIODS: ReadonlySet<unknown> = new Set<PayPeriod>(['hour', 'day', 'week', 'month', 'year']);

function isCardRequest(value: unknown): value is CardRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (['key', 'title', 'company', 'location', 'salaryText'] as const).every((name) => isText(v[name])) &&
    (v.key as string).length > 0 &&
    (v.payPeriod === undefined || PERIODS.has(v.payPeriod))
  );
}

export function isCardsBatch(value: unknown): value is CardRequest[] {
  return Array.isArray(value) && value.length <= MAX_CARDS_PER_BATCH && value.every(isCardRequest);
}
