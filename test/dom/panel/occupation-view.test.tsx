// The chosen occupation and the implied wage level in the panel and the popup, and the reader's switch
// (remembered per user in storage.local), on a real manager-of-TPMs posting from ../shared/data.
import {render} from 'preact';
import {describe, expect, it, vi} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {benchmarkFor} from '../../../src/background/benchmarks';
import {TabSummary} from '../../../src/popup/TabSummary';
import {createOccupationStore, parseOccupationChoice} from '../../../src/storage/occupation-pref';
import {OCCUPATION_CHOICE_KEY} from '../../../src/storage/keys';
import {Panel} from '../../../src/panel/Panel';
import {summarize} from '../../../src/messages/summary';
import {haveRealPostings, realPostings} from '../../support/dev-postings';
import {renderContainer} from '../../support/render-container';

const container = renderContainer();

const q = (selector: string) => container.querySelector(selector);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const dataset = {benchmarkFor};
const manager = () => realPostings().find((posting) => posting.id === 'metacareers_2025:d189cfe2fc')!;

describe.runIf(haveRealPostings)('panel: occupation and implied level', () => {
  it('shows 11-3021 with its reasons, Level IV step by step, and the minimum against Level IV', () => {
    const analysis = analyze(manager(), {dataset});
    const onChoose = vi.fn();
    render(<Panel analysis={analysis} onChooseOccupation={onChoose} />, container);
    expect(q('[data-testid=occupation]')?.getAttribute('data-soc')).toBe('11-3021');
    expect(q('[data-testid=occupation]')?.textContent).toContain('Computer and Information Systems Managers');
    expect(q('[data-testid=occupation] details')?.textContent).toMatch(/manager of project\/program managers/);
    expect(q('[data-testid=implied-level]')?.getAttribute('data-level')).toBe('4');
    expect(q('[data-testid=implied-level]')?.textContent).toContain(
      '8 years required (Job Zone 4 usually asks more than 2 and up to 4 years; beyond its range: +3)',
    );
    expect(q('[data-testid=implied-comparison]')?.getAttribute('data-meets')).toBe('false');
    expect(q('[data-testid=implied-comparison]')?.textContent).toContain('$388,918');
    // The full I-IV scale of the chosen occupation stays beside it.
    expect(q('[data-testid=salary-benchmark] .figure')?.textContent).toContain(
      '$178,506 · $248,643 · $318,781 · $388,918',
    );
  });

  it("switches occupation through the select, and back to the posting's own", async () => {
    const onChoose = vi.fn();
    render(<Panel analysis={analyze(manager(), {dataset})} onChooseOccupation={onChoose} />, container);
    const select = q('[data-testid=occupation-select]') as HTMLSelectElement;
    expect(select.value).toBe('');
    select.value = '15-1299';
    select.dispatchEvent(new Event('change'));
    await flush();
    expect(onChoose).toHaveBeenLastCalledWith('15-1299');
    render(
      <Panel analysis={analyze(manager(), {dataset, occupation: '15-1299'})} onChooseOccupation={onChoose} />,
      container,
    );
    await flush();
    expect(q('[data-testid=occupation]')?.getAttribute('data-by')).toBe('user');
    expect((q('[data-testid=occupation-select]') as HTMLSelectElement).value).toBe('15-1299');
    select.value = '';
    (q('[data-testid=occupation-select]') as HTMLSelectElement).value = '';
    q('[data-testid=occupation-select]')!.dispatchEvent(new Event('change'));
    await flush();
    expect(onChoose).toHaveBeenLastCalledWith(null);
  });
});

describe.runIf(haveRealPostings)('popup: occupation and implied level', () => {
  it('sums up the occupation and level and offers the switch', async () => {
    const summary = summarize(analyze(manager(), {dataset}), 'https://www.metacareers.com/jobs/1');
    const onChoose = vi.fn();
    render(<TabSummary summary={summary} chosenOccupation={null} onChooseOccupation={onChoose} />, container);
    expect(q('[data-testid=tab-occupation]')?.getAttribute('data-soc')).toBe('11-3021');
    expect(q('[data-testid=tab-implied-level]')?.textContent).toBe('Level IV');
    expect(q('[data-testid=tab-occupation]')?.textContent).toMatch(
      /Posted minimum \$167,000 is below the Level IV wage/,
    );
    const select = q('[data-testid=tab-occupation-select]') as HTMLSelectElement;
    select.value = '13-1082';
    select.dispatchEvent(new Event('change'));
    await flush();
    expect(onChoose).toHaveBeenCalledWith('13-1082');
  });
});

describe('the remembered choice', () => {
  it('keeps an SOC code or nothing, per user in one storage key', async () => {
    const stored = new Map<string, unknown>();
    const store = createOccupationStore({
      get: async (keys) =>
        Object.fromEntries(keys.filter((key) => stored.has(key)).map((key) => [key, stored.get(key)])),
      set: async (items) => void Object.entries(items).forEach(([key, value]) => stored.set(key, value)),
    });
    expect(await store.load()).toBeNull();
    await store.save('11-3021');
    expect(stored.get(OCCUPATION_CHOICE_KEY)).toBe('11-3021');
    expect(await store.load()).toBe('11-3021');
    await store.save('nonsense');
    expect(await store.load()).toBeNull();
    expect([parseOccupationChoice('15-1299'), parseOccupationChoice(15), parseOccupationChoice('15-12999')]).toEqual([
      '15-1299',
      null,
      null,
    ]);
  });
});
