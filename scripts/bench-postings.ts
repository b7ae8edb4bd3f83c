// "Your postings" at scale: 10,000 stored postings made from the real postings in ../shared/data. Prints
// figures beside their budgets and asserts nothing:
// - space: bytes per posting (record + stored text) and for 1,000 postings;
// - the store's added cost per analysis (building the record; the whole write, measured on fake-indexeddb,
//   which is slower than a browser's IndexedDB, so an upper bound) - budget 2 ms;
// - in real Chromium with the built extension: the Postings page's first rows (navigation to the rows
//   rendered, budget 300 ms) and a sort by a column (click to sorted rows rendered, budget 50 ms).
// npx tsx scripts/bench-postings.ts   (BENCH_DIST=<built extension> skips the build; CHROMIUM=<path>)
import 'fake-indexeddb/auto';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {performance} from 'node:perf_hooks';
import {analyze} from '../src/core/analyze';
import {loadSalaryDatasetSync} from '../src/core/salary/load-node';
import type {Posting} from '../src/core/types';
import {sortRows, SORT_KEYS} from '../src/postings/table';
import {recordFromAnalysis, textOf, type PostingRecord} from '../src/storage/posting-record';
import {summaryOf} from '../src/storage/posting-summary';
import {createPostingsStore} from '../src/storage/postings-db';
import {launchChromium} from '../test/e2e/harness';
import {buildExtension} from './bench-build';
import {median} from './bench-stats';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = join(ROOT, '..', 'shared', 'data', 'postings', 'dev.jsonl');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const COUNT = 10_000;
/** The page's first read (FIRST_ROWS, src/postings/use-rows.ts). */
const FIRST_ROWS = 50;
const BUDGET = {firstRowsMs: 300, sortMs: 50, storeMs: 2};

const ms = (value: number) => `${value.toFixed(2)} ms`;

const postings: Posting[] = readFileSync(DATA, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line, index) => {
    const row = JSON.parse(line) as Record<string, string | null>;
    return {
      id: `greenhouse:${index}`,
      site: 'greenhouse',
      url: `https://boards.greenhouse.io/example/jobs/${index}`,
      title: row.title ?? '',
      company: row.company ?? '',
      location: row.location ?? '',
      salaryText: row.salary_text ?? '',
      description: row.description ?? '',
    };
  });
const dataset = loadSalaryDatasetSync();
const analyses = postings.map((posting) => analyze(posting, {dataset}));
const context = {analysisVersion: 'bench', profileStamp: null, now: new Date('2026-12-01T00:00:00Z')};
const base = postings.map((posting, index) => recordFromAnalysis(posting, analyses[index]!, context));

/** The real records again and again, each with its own key, dates and status: 10,000 postings. */
function generated(): PostingRecord[] {
  const statuses = ['new', 'saved', 'applied', 'interviewing', 'offer', 'rejected', 'archived'] as const;
  return Array.from({length: COUNT}, (_, index) => {
    const record = base[index % base.length]!;
    const key = `bench:${index}`;
    const seen = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
    return {
      ...record,
      key,
      keys: [key],
      links: [{...record.links[0]!, key}],
      firstSeen: seen,
      lastSeen: seen,
      analyzedAt: seen,
      status: statuses[index % statuses.length]!,
    };
  });
}

function space(): void {
  const encoder = new TextEncoder();
  const records = base.map((record) => encoder.encode(JSON.stringify(record)).length);
  const rows = base.map((record) => encoder.encode(JSON.stringify(summaryOf(record))).length);
  const texts = base.map(
    (record, index) => encoder.encode(JSON.stringify(textOf(record.key, postings[index]!))).length,
  );
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const per = mean(records) + mean(rows) + mean(texts);
  console.log(
    `space: ${(mean(records) / 1024).toFixed(1)} KB record + ${(mean(rows) / 1024).toFixed(1)} KB table row + ${(mean(texts) / 1024).toFixed(1)} KB text per posting (mean of ${base.length} real postings, as JSON); 1,000 postings about ${((per * 1000) / 1024 / 1024).toFixed(1)} MB, 10,000 about ${((per * COUNT) / 1024 / 1024).toFixed(0)} MB`,
  );
}

async function storeCost(): Promise<void> {
  // What runs once an analysis is answered: building the record (synchronous), then the write.
  const build: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const [index, posting] of postings.entries()) {
      const start = performance.now();
      recordFromAnalysis(posting, analyses[index]!, context);
      build.push(performance.now() - start);
    }
  }
  const store = createPostingsStore({name: 'bench'});
  await store.importEntries(generated().map((record) => ({record, text: null})));
  const writes: number[] = [];
  for (const [index, posting] of postings.slice(0, 100).entries()) {
    const start = performance.now();
    await store.remember(posting, analyses[index]!, context);
    writes.push(performance.now() - start);
  }
  console.log(
    `store cost per analysis: building the record ${ms(median(build))} median (budget ${BUDGET.storeMs} ms; it runs after the analysis is answered)`,
  );
  console.log(
    `  the whole write into a store of ${COUNT.toLocaleString('en-US')}: ${ms(median(writes))} median on fake-indexeddb (Node; an upper bound, off the analysis's path)`,
  );
  store.close();
}

function sortInNode(records: PostingRecord[]): void {
  // A column's first sort computes each row's sort values (kept per row); a later click compares them.
  const rows = records.map(summaryOf);
  const time = (run: () => void) => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  const times = SORT_KEYS.map((key) => {
    const first = time(() => sortRows(rows, key, 'asc'));
    const again = median([0, 1, 2, 3, 4].map((round) => time(() => sortRows(rows, key, round % 2 ? 'desc' : 'asc'))));
    return {key, first, again};
  });
  const slowest = times.reduce((worst, entry) => (entry.first > worst.first ? entry : worst));
  console.log(
    `sort ${COUNT.toLocaleString('en-US')} table rows (Node, no rendering): slowest column ${slowest.key} ${ms(slowest.first)} the first time, then ${ms(slowest.again)} median (budget ${BUDGET.sortMs} ms with rendering)`,
  );
}

function built(): string {
  if (process.env.BENCH_DIST) return resolve(process.env.BENCH_DIST);
  return buildExtension(join(ROOT, '.tmp', 'bench-postings', 'dist'));
}

async function inChromium(generatedRecords: PostingRecord[]): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`page figures: skipped (no Chromium at ${CHROMIUM})`);
    return;
  }
  const dist = built();
  // Records analysed by this build's version, as they are once the background has caught up (none stale).
  const {version} = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {version: string};
  const records = generatedRecords.map((record) => ({...record, analysisVersion: version}));
  const profile = mkdtempSync(join(tmpdir(), 'tpm-lens-bench-postings-'));
  const context = await launchChromium(CHROMIUM, profile, dist, ['MAP * ~NOTFOUND']);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', {timeout: 30_000}));
    const url = `chrome-extension://${new URL(worker.url()).host}/src/postings/index.html`;
    const page = await context.newPage();
    await page.goto(url);
    await page
      .getByTestId('postings-count')
      .filter({hasText: /stored/})
      .waitFor({timeout: 30_000});
    // Written straight into the page's database (records and their table rows), in slices (one message each).
    for (let start = 0; start < records.length; start += 1000) {
      await page.evaluate(
        async ({slice, rows}) => {
          const db = await new Promise<IDBDatabase>((done, fail) => {
            const request = indexedDB.open('tpm-lens-postings');
            request.onsuccess = () => done(request.result);
            request.onerror = () => fail(request.error);
          });
          const tx = db.transaction(['postings', 'summaries'], 'readwrite');
          for (const record of slice) tx.objectStore('postings').put(record);
          for (const row of rows) tx.objectStore('summaries').put(row);
          await new Promise((done, fail) => {
            tx.oncomplete = done;
            tx.onerror = () => fail(tx.error);
          });
          db.close();
        },
        {slice: records.slice(start, start + 1000), rows: records.slice(start, start + 1000).map(summaryOf)},
      );
    }
    const firstRows: number[] = [];
    const scriptStarts: number[] = [];
    const firstReads: number[] = [];
    const paints: number[] = [];
    const sorts: number[] = [];
    for (let round = 0; round < 5; round++) {
      await page.reload();
      await page.waitForFunction(() => performance.getEntriesByName('postings:rows').length > 0, null, {
        timeout: 30_000,
      });
      firstRows.push(await page.evaluate(() => performance.getEntriesByName('postings:rows')[0]!.startTime));
      scriptStarts.push(
        await page.evaluate(() => performance.getEntriesByName('postings:script')[0]?.startTime ?? NaN),
      );
      firstReads.push(
        await page.evaluate(() => performance.getEntriesByName('postings:first-read')[0]?.startTime ?? NaN),
      );
      await page.waitForFunction(() => performance.getEntriesByName('postings:painted').length > 0, null, {
        timeout: 30_000,
      });
      paints.push(await page.evaluate(() => performance.getEntriesByName('postings:painted')[0]!.startTime));
      // Once every record is loaded, sort by title (a string column: the slowest kind).
      await page
        .getByTestId('postings-count')
        .filter({hasText: /^10000 postings/})
        .waitFor({timeout: 60_000});
      await page.evaluate(() => performance.clearMarks());
      await page.locator('button.sort[data-sort=title]').click();
      await page.waitForFunction(() => performance.getEntriesByName('postings:sorted').length > 0, null, {
        timeout: 30_000,
      });
      sorts.push(
        await page.evaluate(
          () =>
            performance.getEntriesByName('postings:sorted')[0]!.startTime -
            performance.getEntriesByName('postings:sort')[0]!.startTime,
        ),
      );
    }
    console.log(
      `page with ${COUNT.toLocaleString('en-US')} postings: first rows ${ms(median(firstRows))} median from navigation (budget ${BUDGET.firstRowsMs} ms; the page's script starts at ${ms(median(scriptStarts))}, its first ${FIRST_ROWS} rows are read and checked at ${ms(median(firstReads))}, and painted by ${ms(median(paints))})`,
    );
    console.log(
      `  sort by title, click to sorted rows rendered: ${ms(median(sorts))} median (budget ${BUDGET.sortMs} ms)`,
    );
  } finally {
    await context.close();
    rmSync(profile, {recursive: true, force: true});
  }
}

async function main(): Promise<void> {
  console.log(
    `postings bench: ${base.length} real postings made into ${COUNT.toLocaleString('en-US')}; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
  );
  space();
  const records = generated();
  sortInNode(records);
  await storeCost();
  await inChromium(records);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
