// The list mode's background side: message shapes checked on arrival and the batch judge (one request
// answers every card of a batch, with the remembered figures; test/unit/storage/postings-db.test.ts reads them from
// the "Your postings" store).
import {describe, expect, it} from 'vitest';
import {createCardJudge} from '../../../src/background/cards';
import {isMessage} from '../../../src/messages';
import {MAX_CARDS_PER_BATCH, type CardRequest} from '../../../src/messages/cards';
import {loadSalaryDatasetSync} from '../../../src/core/salary/load-node';

const card = (key: string, title: string, extra: Partial<CardRequest> = {}): CardRequest => ({
  key,
  title,
  company: 'Acme',
  location: 'Seattle, WA',
  salaryText: '',
  ...extra,
});
const figures = (at: string, fit: number | null = 70) => ({tpm: true, completeness: 80, fit, at});

describe('card messages', () => {
  it('accept a batch of well-formed cards, nothing else', () => {
    expect(isMessage({type: 'tpm-lens/cards', cards: [card('indeed:a', 'Technical Program Manager')]})).toBe(true);
    expect(isMessage({type: 'tpm-lens/cards', cards: [{key: 'x', title: 1}]})).toBe(false);
    expect(isMessage({type: 'tpm-lens/cards', cards: Array(MAX_CARDS_PER_BATCH + 1).fill(card('k', 't'))})).toBe(false);
    expect(isMessage({type: 'tpm-lens/cards', cards: [card('', 'Technical Program Manager')]})).toBe(false);
    // A pay period the page's data states is one of the core's five, or the batch is refused.
    expect(isMessage({type: 'tpm-lens/cards', cards: [card('g:1', 'TPM', {payPeriod: 'month'})]})).toBe(true);
    expect(isMessage({type: 'tpm-lens/cards', cards: [{...card('g:1', 'TPM'), payPeriod: 'toString'}]})).toBe(false);
    // The content script no longer sends figures to remember: the background keeps its own analyses.
    expect(isMessage({type: 'tpm-lens/remember', key: 'linkedin:1', figures: figures('2026-12-01T00:00:00Z')})).toBe(
      false,
    );
  });
});

describe('the background card judge', () => {
  const dataset = loadSalaryDatasetSync();

  it("sets each card's posted pay against the profile's expectation, never a site's estimate", async () => {
    // Each card said nothing of the expectation before.
    const judge = (expectation: number | null) =>
      createCardJudge({
        benchmarkFor: (location) => dataset.benchmarkFor(location),
        dimmed: async () => false,
        lookup: async () => new Map(),
        payExpectation: async () => expectation,
      });
    const cards = [
      card('indeed:low', 'Technical Program Manager', {salaryText: '$120K - $140K a year'}),
      card('indeed:range', 'Technical Program Manager', {salaryText: '$140K - $160K a year'}),
      card('indeed:high', 'Technical Program Manager', {salaryText: '$160K - $190K a year'}),
      card('glassdoor:est', 'Technical Program Manager', {salaryText: '$120K - $140K (Glassdoor est.)'}),
      card('indeed:none', 'Technical Program Manager'),
    ];
    const reply = await judge(150000)(cards);
    expect(reply.ok && reply.results.map((result) => result.yours ?? null)).toEqual([
      'below your pay',
      'your pay in range',
      'meets your pay',
      null,
      null,
    ]);
    const without = await judge(null)(cards);
    expect(without.ok && without.results.every((result) => result.yours === undefined)).toBe(true);
  });

  it("reads a card the tables cannot place in the list page's country (a US remote job before)", async () => {
    const judge = createCardJudge({
      benchmarkFor: (location) => dataset.benchmarkFor(location),
      dimmed: async () => false,
      lookup: async () => new Map(),
    });
    const remote = card('indeed:ca', 'Technical Program Manager', {location: 'Remote', salaryText: '$80,000 a year'});
    const canada = await judge([remote], 'https://ca.indeed.com/jobs?q=tpm');
    expect(canada.ok && canada.results[0]!.card).toMatchObject({pay: {currency: 'CAD'}, benchmarkPosition: null});
    const us = await judge([remote], 'https://www.indeed.com/jobs?q=tpm');
    expect(us.ok && us.results[0]!.card.pay?.currency).toBe('USD');
  });

  it('answers a whole batch at once, with county pay positions, remembered fit and the dim choice', async () => {
    const remembered = new Map([['indeed:tpm', figures('2026-12-01T10:00:00Z', 72)]]);
    const judge = createCardJudge({
      benchmarkFor: (location) => dataset.benchmarkFor(location),
      dimmed: async () => true,
      lookup: async (keys) =>
        new Map(keys.flatMap((key) => (remembered.has(key) ? [[key, remembered.get(key)!]] : []))),
    });
    const reply = await judge([
      card('indeed:tpm', 'Technical Program Manager', {salaryText: '$150K - $190K a year'}),
      card('indeed:pm', 'Product Manager'),
    ]);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.results.map((result) => [result.key, result.card.isTechnicalProjectManager])).toEqual([
      ['indeed:tpm', 'yes'],
      ['indeed:pm', 'no'],
    ]);
    expect(reply.results[0]!.card.benchmarkPosition).toMatch(/level/);
    expect(reply.results[0]!.remembered?.fit).toBe(72);
    expect(reply.results[1]!.remembered).toBeNull();
    expect(reply.dim).toBe(true);
  });

  it("reads a card's pay in the period the page states for it", async () => {
    const judge = createCardJudge({
      benchmarkFor: (location) => dataset.benchmarkFor(location),
      dimmed: async () => false,
      lookup: async () => new Map(),
    });
    const line = {salaryText: '$4,000 - $6,000'};
    const reply = await judge([card('g:1', 'TPM', line), card('g:2', 'TPM', {...line, payPeriod: 'week'})]);
    if (!reply.ok) throw new Error(reply.error);
    // Without the page's period the figures' size decides (a month); with it, the page's word wins.
    expect(reply.results.map(({card}) => card.pay?.period)).toEqual(['month', 'week']);
  });

  it('still judges the cards when the cache or the dim choice cannot be read', async () => {
    const judge = createCardJudge({
      benchmarkFor: (location) => dataset.benchmarkFor(location),
      dimmed: () => Promise.reject(new Error('storage gone')),
      lookup: () => Promise.reject(new Error('storage gone')),
    });
    const reply = await judge([card('indeed:tpm', 'Technical Program Manager')]);
    expect(reply.ok && reply.results[0]!.card.isTechnicalProjectManager).toBe('yes');
    expect(reply.ok && reply.dim).toBe(false);
  });
});
