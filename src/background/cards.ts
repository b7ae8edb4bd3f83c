// List cards for the content script: one batch per request, judged with the same county data as the
// panel, each with the figures of its posting when the user opened it before.
import {analyzeCard} from '../core/card';
import {cardPayWords, payAgainstExpectation} from '../core/fit-pay';
import type {Benchmark} from '../core/types';
import type {CardRequest, CardsReply, RememberedFigures} from '../messages/cards';
import {errorMessage} from '../core/error-message';

export interface CardJudgeDeps {
  benchmarkFor: (location: string) => Benchmark;
  lookup: (keys: readonly string[]) => Promise<Map<string, RememberedFigures>>;
  /** The stored "Dim non-TPM roles" choice. */
  dimmed: () => Promise<boolean>;
  /** The profile's pay expectation (USD a year), null when it states none. */
  payExpectation?: () => Promise<number | null>;
}

/** Places a list repeats ("Portland, OR 97204" on half its cards); resolving one costs a few ms. */
const MAX_PLACES = 300;

export function createCardJudge(deps: CardJudgeDeps) {
  const places = new Map<string, Benchmark>();
  const dataset = {
    benchmarkFor: (location: string) => {
      let benchmark = places.get(location);
      if (!benchmark) {
        if (places.size >= MAX_PLACES) places.clear();
        benchmark = deps.benchmarkFor(location);
        places.set(location, benchmark);
      }
      return benchmark;
    },
  };
  /** `url`: the list page's address (its country places a card the US tables cannot). */
  return async (cards: readonly CardRequest[], url?: string): Promise<CardsReply> => {
    try {
      // A cache that cannot be read costs the cards their fit, never their verdict; a choice that cannot be
      // read leaves the cards undimmed.
      const [remembered, dim, expectation] = await Promise.all([
        deps.lookup(cards.map((card) => card.key)).catch(() => new Map<string, RememberedFigures>()),
        deps.dimmed().catch(() => false),
        (deps.payExpectation?.() ?? Promise.resolve(null)).catch(() => null),
      ]);
      const results = cards.map(({key, title, company, location, salaryText, payPeriod}) => {
        const card = analyzeCard(
          {title, company, location, salaryText, ...(payPeriod ? {payPeriod} : {})},
          {dataset, ...(url ? {url} : {})},
        );
        // Posted pay only: a site's own estimate is no employer's offer to hold an expectation against.
        const yours =
          expectation !== null && card.pay && !card.pay.estimatedBy
            ? cardPayWords(payAgainstExpectation(card.pay, expectation).verdict)
            : null;
        return {key, card, remembered: remembered.get(key) ?? null, ...(yours ? {yours} : {})};
      });
      return {ok: true, results, dim};
    } catch (error) {
      return {ok: false, error: errorMessage(error)};
    }
  };
}
