// The Postings page in a DOM (happy-dom) over a real store (fake-indexeddb) of records made from real
// postings: rows, sort, filter, a status edited in place, compare, and a corrupt record reported.
import 'fake-indexeddb/auto';
import {IDBFactory} from 'fake-indexeddb';
import {openDB} from 'idb';
import {render} from 'preact';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {UpkeepReply} from '../../../src/messages';
import {PostingsApp} from '../../../src/postings/PostingsApp';
import {DB_VERSION} from '../../../src/storage/postings-layout';
import {analyze} from '../../../src/core/analyze';
import {emptyProfile} from '../../../src/core/profile';
import type {Profile} from '../../../src/core/types';
import {benchmarkFor} from '../../../src/background/benchmarks';
import {recordFromAnalysis, type PostingRecord} from '../../../src/storage/posting-record';
import {summaryOf} from '../../../src/storage/posting-summary';
import {createPostingsStore, type PostingsStore} from '../../../src/storage/postings-db';
import {DEFAULT_POSTINGS_SETTINGS} from '../../../src/storage/postings-settings';
import {haveRealPostings} from '../../support/dev-postings';
import {context, sitePostings} from '../../support/posting-records';

const COUNT = 60;
let container: HTMLElement;
let store: PostingsStore;
let upkeep: ReturnType<typeof vi.fn<() => Promise<UpkeepReply | null>>>;

const rowKeys = () =>
  [...container.querySelectorAll('[data-testid=posting-row]')].map((row) => row.getAttribute('data-key'));
const text = (selector: string) => container.querySelector(selector)?.textContent ?? '';

async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 10) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function change(element: Element | null, value: string, type: 'change' | 'input' = 'change'): void {
  if (!element) throw new Error('no such element');
  (element as HTMLInputElement).value = value;
  element.dispatchEvent(new Event(type, {bubbles: true}));
}

/** The filter select whose label starts with `label`. */
const filterSelect = (label: string) =>
  [...container.querySelectorAll('fieldset.filters label')]
    .find((element) => element.textContent?.startsWith(label))!
    .querySelector('select');

const compareButton = () => container.querySelector<HTMLButtonElement>('[data-testid=compare]')!;

/** Ticks the records' rows (they must be in view) and opens the compare view on them. */
async function compareRecords(records: readonly PostingRecord[], compare = compareButton()): Promise<void> {
  for (const record of records)
    container
      .querySelector<HTMLInputElement>(`[data-testid=posting-row][data-key="${record.key}"] input[type=checkbox]`)!
      .click();
  await until(() => !compare.disabled, 'compare enabled');
  compare.click();
  await until(() => container.querySelector('[data-testid=compare-view]') !== null, 'the compare view');
}

/** The compare view's cells in the row labelled `label`, column by column. */
const compareCells = (label: string) =>
  [
    ...[...container.querySelectorAll('[data-testid=compare-view] tr')]
      .find((row) => row.querySelector('th')?.textContent === label)!
      .querySelectorAll('td'),
  ].map((cell) => cell.textContent);

/** A fresh store holding the records (and, with `broken`, one damaged on disk), and the page over it. */
async function mountPage(records: readonly PostingRecord[], {broken = false} = {}): Promise<void> {
  globalThis.indexedDB = new IDBFactory();
  store = createPostingsStore();
  await store.importEntries(records.map((record) => ({record, text: null})));
  if (broken) {
    // One record damaged on disk: the page must list the others and say what happened to it.
    const db = await openDB('tpm-lens-postings', DB_VERSION);
    const damaged = {...records[0]!, key: 'lever:broken', keys: ['lever:broken'], verdict: 'perhaps'};
    await db.put('postings', damaged);
    await db.put('summaries', {...summaryOf(records[0]!), key: 'lever:broken', keys: ['lever:broken'], fit: 'high'});
    db.close();
  }
  upkeep = vi.fn(async (): Promise<UpkeepReply | null> => {
    // Re-analysis waits for the rows: by now they are in the document.
    expect(rowKeys().length).toBeGreaterThan(0);
    return {ok: true, reanalysed: 0, forgotten: 0};
  });
  container = document.createElement('div');
  document.body.append(container);
  render(
    <PostingsApp
      store={async () => store}
      loadSettings={async () => DEFAULT_POSTINGS_SETTINGS}
      saveSettings={async () => undefined}
      upkeep={upkeep}
      download={() => undefined}
      usage={async () => 5_000_000}
    />,
    container,
  );
}

function unmountPage(): void {
  render(null, container);
  container.remove();
  store.close();
}

describe.skipIf(!haveRealPostings)('the Postings page', () => {
  // Distinct times, the newest last; three statuses.
  const records: PostingRecord[] = sitePostings(COUNT).map((posting, index) => ({
    // The wage data as the extension bundles it (load-node reads files, which happy-dom's URL cannot name).
    ...recordFromAnalysis(
      posting,
      analyze(posting, {dataset: {benchmarkFor}}),
      context(new Date(Date.UTC(2026, 9, 1, 0, index)).toISOString()),
    ),
    status: (['new', 'saved', 'applied'] as const)[index % 3]!,
  }));
  const newestFirst = [...records].reverse();

  beforeEach(async () => {
    await mountPage(records, {broken: true});
    await until(() => /^60 postings stored/.test(text('[data-testid=postings-count]')), 'every row');
  });
  afterEach(unmountPage);

  it('lists the newest first, renders only a window of rows, and reports the corrupt record kept aside', async () => {
    const keys = rowKeys();
    // A window of rows, not 60: the others are spacer height.
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.length).toBeLessThan(COUNT);
    expect(keys).toEqual(newestFirst.slice(0, keys.length).map((record) => record.key));
    expect(container.querySelector('tr.spacer')).not.toBeNull();
    await until(() => text('[data-testid=unreadable]') !== '', 'the report of the record kept aside');
    expect(text('[data-testid=unreadable]')).toMatch(/1 stored posting could not be read and was kept aside/);
    expect(text('[data-testid=unreadable]')).toMatch(/lever:broken: verdict/);
    expect(text('[data-testid=postings-count]')).toMatch(/about 4\.8 MB used/);
    await until(() => upkeep.mock.calls.length === 1, 're-analysis after the rows');
    expect((await store.aside()).map((entry) => entry.key)).toEqual(['lever:broken']);
  });

  it('sorts by a column, both ways', async () => {
    const byTitle = [...newestFirst].sort((a, b) =>
      a.title.toLowerCase() < b.title.toLowerCase() ? -1 : a.title.toLowerCase() > b.title.toLowerCase() ? 1 : 0,
    );
    const sortButton = container.querySelector<HTMLButtonElement>('button.sort[data-sort=title]')!;
    sortButton.click();
    await until(() => rowKeys()[0] === byTitle[0]!.key, 'ascending titles');
    const shown = rowKeys();
    expect(shown).toEqual(byTitle.slice(0, shown.length).map((record) => record.key));
    expect(sortButton.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    sortButton.click();
    await until(() => sortButton.closest('th')!.getAttribute('aria-sort') === 'descending', 'descending');
    const titles = [...container.querySelectorAll('[data-testid=posting-row] [data-col=title]')].map((cell) =>
      cell.getAttribute('title')!.toLowerCase(),
    );
    expect(titles).toEqual([...titles].sort().reverse());
    expect(titles[0]).toBe(byTitle.at(-1)!.title.toLowerCase());
  });

  it('filters by text and by status', async () => {
    const target = newestFirst[7]!;
    const word = target.company;
    change(container.querySelector('input[type=search]'), word, 'input');
    const matching = newestFirst.filter((record) =>
      [record.title, record.company, record.location, record.site, record.notes]
        .join('\n')
        .toLowerCase()
        .includes(word.toLowerCase()),
    );
    await until(() => rowKeys().length === matching.length, 'the text filter');
    expect(rowKeys()).toEqual(matching.map((record) => record.key));
    expect(text('[data-testid=filtered-count]')).toBe(`${matching.length} of ${COUNT} match the filter.`);
    change(container.querySelector('input[type=search]'), '', 'input');
    change(container.querySelector('fieldset.filters select'), 'applied');
    const applied = newestFirst.filter((record) => record.status === 'applied');
    await until(() => rowKeys().length === applied.length, 'the status filter');
    expect(rowKeys()).toEqual(applied.map((record) => record.key));
  });

  it('shows the screening facts in a column the text filter searches (neither before)', async () => {
    const word = 'mid level';
    const said = (record: PostingRecord) => Object.values(record.screening ?? {}).join(' \u00b7 ');
    const matching = newestFirst.filter((record) =>
      [record.title, record.company, record.location, said(record), record.site, record.notes]
        .join('\n')
        .toLowerCase()
        .includes(word),
    );
    expect(matching.some((record) => said(record).toLowerCase().includes(word))).toBe(true);
    change(container.querySelector('input[type=search]'), word, 'input');
    await until(() => rowKeys().length === matching.length, 'the text filter');
    expect(rowKeys()).toEqual(matching.map((record) => record.key));
    const first = container.querySelector(`[data-testid=posting-row][data-key="${matching[0]!.key}"]`)!;
    expect(first.textContent).toContain(said(matching[0]!));
  });

  it('edits a status in place: stored, and the row shows it', async () => {
    const key = newestFirst[2]!.key;
    const select = () =>
      container.querySelector<HTMLSelectElement>(`[data-testid=posting-row][data-key="${key}"] [data-testid=status]`)!;
    change(select(), 'interviewing');
    let stored = '';
    await until(() => {
      void store.records([key]).then(({records: [record]}) => (stored = record?.status ?? ''));
      return stored === 'interviewing';
    }, 'the stored status');
    expect(select().value).toBe('interviewing');
    expect((await store.summaries()).summaries.find((row) => row.key === key)!.status).toBe('interviewing');
    // The page says so once it is stored: closing it from then on loses nothing.
    await until(
      () => container.querySelector('[data-testid=postings-message]')?.textContent?.includes('Status saved') ?? false,
      'the saved message',
    );
    expect(container.querySelector('[data-testid=postings-message]')!.textContent).toBe('Status saved: interviewing.');
  });

  it('compares two selected postings side by side', async () => {
    const compare = compareButton();
    expect(compare.disabled).toBe(true);
    await compareRecords(newestFirst.slice(0, 2), compare);
    const view = text('[data-testid=compare-view]');
    expect(view).toMatch(/Compare 2 postings/);
    for (const record of newestFirst.slice(0, 2)) expect(view).toContain(record.title);
    // The screening facts side by side, as the panel's line says them (no such rows before format 2).
    const compared = newestFirst.slice(0, 2);
    expect(compareCells('Work mode')).toEqual(compared.map((record) => record.screening?.workMode ?? 'not stated'));
    expect(compareCells('Seniority')).toEqual(compared.map((record) => record.screening?.seniority ?? 'not stated'));
  });
});

/** The postings as the extension records them for a profile, a minute apart, the last the newest. */
const scored = (postings: ReturnType<typeof sitePostings>, profile: Profile): PostingRecord[] =>
  postings.map((posting, index) =>
    recordFromAnalysis(
      posting,
      analyze(posting, {dataset: {benchmarkFor}, profile}),
      context(new Date(Date.UTC(2026, 9, 1, 0, index)).toISOString(), 'profile-1'),
    ),
  );

describe.skipIf(!haveRealPostings)('the Postings page with a profile', () => {
  const profile = {...emptyProfile(), payExpectation: 150_000, skills: ['Jira', 'SQL', 'Python', 'Confluence']};
  // Rows 30 to 79 of the dev postings: some state no pay, the others fall on every side of $150,000.
  const records = scored(sitePostings(80).slice(30), profile);
  const cell = (key: string, column: string) =>
    container.querySelector(`[data-testid=posting-row][data-key="${key}"] [data-col=${column}]`)!;
  const verdicts = new Set(records.map((record) => record.fit?.pay?.verdict));

  beforeEach(async () => {
    await mountPage(records);
    await until(() => /^50 postings stored/.test(text('[data-testid=postings-count]')), 'every row');
  });
  afterEach(unmountPage);

  it('shows the posted pay against yours and your skills it names, per row (neither before)', () => {
    // Real postings that fall on every side of the expectation, so that each word is checked.
    expect([...verdicts].sort()).toEqual(['below', 'meets', 'unknown', 'within']);
    const words = {below: 'below yours', within: 'yours in range', meets: 'meets yours', unknown: 'not compared'};
    for (const key of rowKeys()) {
      const {fit} = records.find((record) => record.key === key)!;
      const {verdict} = fit!.pay!;
      // Unknown for want of posted pay says so; pay in another currency is not compared.
      const posted = records.find((record) => record.key === key)!.pay;
      expect(cell(key!, 'yourPay').textContent).toBe(
        verdict === 'unknown' && !posted ? 'no posted pay' : words[verdict],
      );
      expect(cell(key!, 'yourPay').getAttribute('title')).toBe(fit!.pay!.text);
      expect(cell(key!, 'skills').textContent).toBe(fit!.skills!.named.join(', ') || 'none');
      expect(cell(key!, 'skills').getAttribute('title')).toBe(fit!.skills!.text);
    }
  });

  it('sorts by pay against yours (below first, not compared last) and by skills named', async () => {
    const rank = {below: 0, within: 1, meets: 2, unknown: 3};
    container.querySelector<HTMLButtonElement>('button.sort[data-sort=yourPay]')!.click();
    const shownRanks = () =>
      rowKeys().map((key) => rank[records.find((record) => record.key === key)!.fit!.pay!.verdict]);
    await until(() => shownRanks()[0] === 0, 'below first');
    expect(shownRanks()).toEqual([...shownRanks()].sort((a, b) => a - b));
    const skillsButton = container.querySelector<HTMLButtonElement>('button.sort[data-sort=skills]')!;
    skillsButton.click();
    skillsButton.click();
    const most = Math.max(...records.map((record) => record.fit!.skills!.named.length));
    expect(most).toBeGreaterThan(0);
    await until(() => skillsButton.closest('th')!.getAttribute('aria-sort') === 'descending', 'descending');
    const counts = rowKeys().map((key) => records.find((record) => record.key === key)!.fit!.skills!.named.length);
    expect(counts[0]).toBe(most);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('filters by pay against yours (no such filter before)', async () => {
    const select = filterSelect('Your pay');
    const below = records.filter((record) => record.fit!.pay!.verdict === 'below');
    expect(below.length).toBeGreaterThan(0);
    change(select, 'below');
    await until(
      () => text('[data-testid=filtered-count]') === `${below.length} of 50 match the filter.`,
      'below yours',
    );
    expect(rowKeys().length).toBeGreaterThan(0);
    expect(rowKeys().every((key) => below.some((record) => record.key === key))).toBe(true);
    change(select, 'not-below');
    await until(
      () => text('[data-testid=filtered-count]') === `${records.length - below.length} of 50 match the filter.`,
      'the count',
    );
    expect(rowKeys().some((key) => below.some((record) => record.key === key))).toBe(false);
  });

  it('compares pay against yours and skills named side by side', async () => {
    // Two rows in view whose pay stands differently against yours.
    const shown = rowKeys().map((key) => records.find((record) => record.key === key)!);
    const first = shown.find((record) => record.fit!.pay!.verdict !== 'unknown')!;
    const pair = [first, shown.find((record) => record.fit!.pay!.verdict !== first.fit!.pay!.verdict)!];
    await compareRecords(pair);
    const columns = [...container.querySelectorAll('[data-testid=compare-column]')].map((th) => th.textContent);
    const inOrder = pair.map((record) => columns.findIndex((title) => title!.startsWith(record.title)));
    const byColumn = [...pair].sort((a, b) => inOrder[pair.indexOf(a)]! - inOrder[pair.indexOf(b)]!);
    expect(compareCells('Pay against yours')).toEqual(byColumn.map((record) => record.fit!.pay!.text));
    expect(compareCells('Your skills it names')).toEqual(
      byColumn.map((record) => record.fit!.skills!.named.join(', ') || 'none'),
    );
  });
});

describe.skipIf(!haveRealPostings)('the Postings page with a profile, pay in another currency', () => {
  const profile = {...emptyProfile(), payExpectation: 150_000};
  // The dev postings that post pay in rupees (a month), and the first ones in dollars.
  const records: PostingRecord[] = scored(sitePostings(200), profile)
    .filter((record) => record.pay)
    .sort((a, b) => Number(a.pay!.currency === 'USD') - Number(b.pay!.currency === 'USD'))
    .slice(0, 8);
  const cell = (key: string) =>
    container.querySelector(`[data-testid=posting-row][data-key="${key}"] [data-col=yourPay]`)!;

  beforeEach(async () => {
    await mountPage(records);
    await until(() => /^8 postings stored/.test(text('[data-testid=postings-count]')), 'every row');
  });
  afterEach(unmountPage);

  it('says pay in another currency is not compared, with the reason in the tooltip', () => {
    const foreign = records.filter((record) => record.pay!.currency !== 'USD');
    expect(foreign.length).toBeGreaterThan(0);
    for (const record of records) {
      const {verdict, text: sentence} = record.fit!.pay!;
      expect(verdict === 'unknown', record.title).toBe(record.pay!.currency !== 'USD');
      expect(cell(record.key).textContent).toBe(
        verdict === 'unknown'
          ? 'not compared'
          : {below: 'below yours', within: 'yours in range', meets: 'meets yours'}[verdict],
      );
      expect(cell(record.key).getAttribute('title')).toBe(sentence);
    }
    expect(foreign.map((record) => cell(record.key).getAttribute('title'))).toEqual(
      foreign.map((record) => `Posted pay is in ${record.pay!.currency}: not compared with your $150,000 (USD).`),
    );
  });
});

describe.skipIf(!haveRealPostings)('the Postings page with a profile that rules some postings out', () => {
  // Rows 30 to 79 of the dev postings against a profile that takes on-site work only: the remote ones are blocked.
  const profile = {...emptyProfile(), payExpectation: 150_000, workModes: ['onsite' as const]};
  const records = scored(sitePostings(80).slice(30), profile);
  const blocked = records.filter((record) => record.fit?.blockers);
  const fitCell = (key: string) =>
    container.querySelector(`[data-testid=posting-row][data-key="${key}"] [data-col=fit]`)!;

  beforeEach(async () => {
    await mountPage(records);
    await until(() => /^50 postings stored/.test(text('[data-testid=postings-count]')), 'every row');
  });
  afterEach(unmountPage);

  it('says a fit is blocked and why, in the cell and side by side (neither before)', async () => {
    expect(blocked.length).toBeGreaterThan(0);
    expect(blocked.length).toBeLessThan(records.length);
    for (const key of rowKeys()) {
      const record = records.find((candidate) => candidate.key === key)!;
      const reasons = record.fit!.blockers;
      expect(fitCell(key!).textContent).toBe(reasons ? '0 blocked' : String(record.fit!.score));
      expect(fitCell(key!).getAttribute('title')).toBe(reasons ? `Blocked: ${reasons.join('; ')}` : '');
      // Remote or hybrid, which the profile does not accept.
      for (const reason of reasons ?? []) expect(reason).toMatch(/^posting is (?:remote|hybrid); you accept on-site$/);
    }
    // A blocked row and an open one among those in view.
    const shown = rowKeys().map((key) => records.find((record) => record.key === key)!);
    const pair = [shown.find((record) => record.fit!.blockers)!, shown.find((record) => !record.fit!.blockers)!];
    await compareRecords(pair);
    const cells = compareCells('Your fit');
    expect(cells).toContain(`0/100 (blocked: ${pair[0]!.fit!.blockers!.join('; ')})`);
    expect(cells).toContain(`${pair[1]!.fit!.score}/100`);
  });

  it('filters by whether the profile rules a posting out (no such filter before)', async () => {
    const select = filterSelect('Fit');
    change(select, 'blocked');
    await until(
      () => text('[data-testid=filtered-count]') === `${blocked.length} of 50 match the filter.`,
      'blocked only',
    );
    expect(rowKeys().every((key) => blocked.some((record) => record.key === key))).toBe(true);
    change(select, 'open');
    await until(
      () => text('[data-testid=filtered-count]') === `${records.length - blocked.length} of 50 match the filter.`,
      'open only',
    );
    expect(rowKeys().some((key) => blocked.some((record) => record.key === key))).toBe(false);
  });
});
