// The list mode's background side: message shapes checked on arrival, the remembered-analysis cache, and
// the batch judge (one request answers every card of a batch, with the remembered figures).
import {describe, expect, it} from 'vitest';
import {createCardJudge} from '../../../src/background/cards';
import {isMessage} from '../../../src/messages';
import {MAX_CARDS_PER_BATCH, type CardRequest} from '../../../src/messages/cards';
import {loadSalaryDatasetSync} from '../../../src/core/salary/load-node';
import {createRememberedStore, MAX_REMEMBERED} from '../../../src/storage/remembered';

function memoryArea() {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (keys: string[]) =>
      Object.fromEntries(keys.filter((key) => data.has(key)).map((key) => [key, data.get(key)])),
    set: async (items: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
  };
}

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
  it('accept a batch of well-formed cards and remembered figures, nothing else', () => {
    expect(isMessage({type: 'tpm-lens/cards', cards: [card('indeed:a', 'Technical Program Manager')]})).toBe(true);
    expect(isMessage({type: 'tpm-lens/cards', cards: [{key: 'x', title: 1}]})).toBe(false);
    expect(isMessage({type: 'tpm-lens/cards', cards: Array(MAX_CARDS_PER_BATCH + 1).fill(card('k', 't'))})).toBe(false);
    expect(isMessage({type: 'tpm-lens/cards', cards: [card('', 'Technical Program Manager')]})).toBe(false);
    expect(isMessage({type: 'tpm-lens/remember', key: 'linkedin:1', figures: figures('2026-12-01T00:00:00Z')})).toBe(
      true,
    );
    expect(
      isMessage({type: 'tpm-lens/remember', key: 'linkedin:1', figures: {...figures('x'), completeness: 400}}),
    ).toBe(false);
  });
});

describe('remembered analyses', () => {
  it('keeps the newest, looks up by key, and reads a damaged value as nothing remembered', async () => {
    const area = memoryArea();
    const store = createRememberedStore(area);
    await store.remember('indeed:a', figures('2026-12-01T10:00:00Z', 64));
    await store.remember('indeed:b', figures('2026-12-01T11:00:00Z', null));
    const found = await store.lookup(['indeed:a', 'indeed:b', 'indeed:c']);
    expect(found.get('indeed:a')?.fit).toBe(64);
    expect(found.get('indeed:b')?.fit).toBeNull();
    expect(found.has('indeed:c')).toBe(false);
    area.data.set('rememberedAnalyses', 'not an object');
    expect((await store.lookup(['indeed:a'])).size).toBe(0);
  });

  it('forgets the oldest beyond its cap', async () => {
    const area = memoryArea();
    const store = createRememberedStore(area);
    const many = Object.fromEntries(
      Array.from({length: MAX_REMEMBERED}, (_, index) => [
        `k:${index}`,
        figures(new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString()),
      ]),
    );
    area.data.set('rememberedAnalyses', many);
    await store.remember('k:new', figures('2026-12-01T00:00:00Z'));
    const kept = area.data.get('rememberedAnalyses') as Record<string, unknown>;
    expect(Object.keys(kept)).toHaveLength(MAX_REMEMBERED);
    expect(kept['k:new']).toBeDefined();
    expect(kept['k:0']).toBeUndefined();
  });
});

describe('the background card judge', () => {
  const dataset = loadSalaryDatasetSync();

  it('answers a whole batch at once, with county pay positions and remembered fit', async () => {
    const area = memoryArea();
    const store = createRememberedStore(area);
    await store.remember('indeed:tpm', figures('2026-12-01T10:00:00Z', 72));
    const judge = createCardJudge({
      benchmarkFor: (location) => dataset.benchmarkFor(location),
      lookup: (keys) => store.lookup(keys),
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
  });

  it('still judges the cards when the cache cannot be read', async () => {
    const judge = createCardJudge({
      benchmarkFor: (location) => dataset.benchmarkFor(location),
      lookup: () => Promise.reject(new Error('storage gone')),
    });
    const reply = await judge([card('indeed:tpm', 'Technical Program Manager')]);
    expect(reply.ok && reply.results[0]!.card.isTechnicalProjectManager).toBe('yes');
  });
});
