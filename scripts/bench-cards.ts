// npm run bench:cards: the cost of list mode. Prints figures beside their budgets; asserts nothing.
// 1. The card verdict in the core (title, company, location, pay line): a page of 25 cards, first use and
//    steady state, with and without the county pay position.
// 2. In Chromium with the built extension, on every saved list page served under its real host: the
//    main-thread time TPM Lens spends marking the page's cards (its own performance measures), then 25
//    appended cards, then a 100-card scroll (four pages of 25 appended), with the long tasks seen meanwhile.
// Builds (with test hooks, as build:e2e) into .tmp/bench-cards/ (BENCH_OUT sets another folder).
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {performance} from 'node:perf_hooks';
import type {Page} from 'playwright-core';
import {analyzeCard, type CardInput} from '../src/core/card';
import {loadSalaryDatasetSync} from '../src/core/salary/load-node';
import {LIST_MEASURE} from '../src/content/list-measure';
import {launchChromium} from '../test/e2e/harness';
import {buildExtension} from './bench-build';
import {savedServedPages} from '../test/e2e/saved-checks';
import {servePages} from '../test/e2e/server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, process.env.BENCH_OUT ?? join('.tmp', 'bench-cards'));
const DATA = resolve(ROOT, '..', 'shared', 'data');
const BUDGET = {corePageMs: 1, markMs: 8, longTaskMs: 50};
const ms = (value: number) => `${value.toFixed(2)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function coreBench(): void {
  console.log('\n== Card verdict in the core (25 cards a page, dev postings)');
  const rows = readFileSync(join(DATA, 'postings', 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, string | null>);
  const cards: CardInput[] = rows.map((row) => ({
    title: row.title ?? '',
    company: row.company ?? '',
    location: row.location ?? '',
    salaryText: row.salary_text ?? '',
  }));
  const pages = Array.from({length: Math.floor(cards.length / 25)}, (_, index) =>
    cards.slice(index * 25, index * 25 + 25),
  );
  const dataset = loadSalaryDatasetSync();
  const time = (page: CardInput[], withPay: boolean) => {
    const started = performance.now();
    for (const card of page) analyzeCard(withPay ? card : {...card, salaryText: ''}, {dataset});
    return performance.now() - started;
  };
  const first = time(pages[0]!, false);
  const steady = pages.slice(1).flatMap((page) => [time(page, false), time(page, false)]);
  const withPay = pages.flatMap((page) => [time(page, true)]);
  console.log(`first page (patterns compiled on first use): ${ms(first)}`);
  console.log(
    `a page of 25 cards, title verdict:           ${ms(median(steady))} median (budget well under ${BUDGET.corePageMs} ms)`,
  );
  console.log(
    `a page of 25 cards, with pay and county position: ${ms(median(withPay))} median (${cards.filter((card) => card.salaryText).length} of ${cards.length} dev postings carry a pay line)`,
  );
}

function build(): string {
  // The e2e mode: list mode's timing measures and the verdict hooks this bench waits on are test hooks.
  return buildExtension(join(OUT, 'dist'), {mode: 'e2e'});
}

const LIST_PAGES = [
  {
    name: 'Indeed search 2022',
    url: 'https://ca.indeed.com/jobs?q=developer&l=Toronto',
    card: '.job_seen_beacon',
    id: 'a[data-jk]',
    attr: 'data-jk',
  },
  {
    name: 'Indeed search 2026',
    url: 'https://www.indeed.com/q-data-analyst-l-portland,-or-jobs.html',
    card: '.job_seen_beacon',
    id: 'a[data-jk]',
    attr: 'data-jk',
  },
  {
    name: 'LinkedIn search 2025',
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=4205971663',
    card: 'li[data-occludable-job-id]:has(.job-card-container)',
    id: null,
    attr: 'data-occludable-job-id',
  },
  {
    name: 'Glassdoor search',
    url: 'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm',
    card: '[data-test="jobListing"]',
    id: null,
    attr: 'data-jobid',
  },
  {
    name: 'ZipRecruiter search',
    url: 'https://www.ziprecruiter.com/jobs-search',
    card: '.job_result_two_pane_v2',
    id: 'article[id^="job-card-"]',
    attr: 'id',
  },
] as const;

/** Main-thread time of TPM Lens's card work so far (its own measures), and long tasks seen since `since`. */
const figures = (page: Page, since: number) =>
  page.evaluate(
    ({measure, since}) => ({
      mainThread: performance.getEntriesByName(measure).reduce((sum, entry) => sum + entry.duration, 0),
      longTasks: ((window as unknown as {benchLongTasks?: number[]}).benchLongTasks ?? []).filter(
        (start) => start >= since,
      ).length,
      now: performance.now(),
    }),
    {measure: LIST_MEASURE, since},
  );

/** Appends `count` copies of the first card with new ids; resolves once all carry a live mark. */
const append = (page: Page, list: (typeof LIST_PAGES)[number], count: number, round: number) =>
  page.evaluate(
    ({card, id, attr, count, round}) =>
      new Promise<void>((resolve, reject) => {
        const first = document.querySelector(card)!;
        const unit = first.parentElement?.tagName === 'LI' ? first.parentElement : first;
        const copies: Element[] = [];
        for (let index = 0; index < count; index++) {
          const copy = unit.cloneNode(true) as Element;
          const cardCopy = copy.matches(card) ? copy : copy.querySelector(card)!;
          (id ? cardCopy.querySelector(id)! : cardCopy).setAttribute(
            attr,
            attr === 'id' ? `job-card-b${round}x${index}` : `${8000000 + round * 1000 + index}`,
          );
          copies.push(cardCopy);
          unit.parentElement!.append(copy);
        }
        const started = performance.now();
        const timer = setInterval(() => {
          if (copies.every((copy) => copy.querySelector('[data-tpm-lens-card]')?.shadowRoot)) {
            clearInterval(timer);
            resolve();
          } else if (performance.now() - started > 20_000) {
            clearInterval(timer);
            reject(new Error('appended cards not marked'));
          }
        }, 5);
      }),
    {card: list.card, id: list.id, attr: list.attr, count, round},
  );

async function browserBench(dist: string): Promise<void> {
  console.log(
    `\n== List mode in Chromium (main-thread time of TPM Lens's own card work; budget ${BUDGET.markMs} ms per 25 cards, no long task over ${BUDGET.longTaskMs} ms)`,
  );
  const pages = savedServedPages(join(DATA, 'html'));
  const server = await servePages(pages);
  const rules = [...new Set(pages.map((page) => page.host))]
    .map((host) => `MAP ${host} 127.0.0.1:${server.port}`)
    .concat('MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1');
  const profile = mkdtempSync(join(tmpdir(), 'tpm-lens-bench-cards-'));
  const context = await launchChromium(process.env.CHROMIUM ?? '/usr/bin/chromium', profile, dist, rules);
  try {
    await context.addInitScript(() => {
      const starts: number[] = [];
      (window as unknown as {benchLongTasks: number[]}).benchLongTasks = starts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) starts.push(entry.startTime);
      }).observe({type: 'longtask', buffered: true});
    });
    for (const list of LIST_PAGES) {
      const page = await context.newPage();
      await page.goto(list.url, {waitUntil: 'domcontentloaded'});
      await page.waitForFunction(
        (card) =>
          [...document.querySelectorAll(card)].every(
            (element) => element.querySelector('[data-tpm-lens-card]')?.shadowRoot,
          ),
        list.card,
        {timeout: 30_000},
      );
      const cards = await page.evaluate((card) => document.querySelectorAll(card).length, list.card);
      const loaded = await figures(page, 0);
      await append(page, list, 25, 0);
      const after25 = await figures(page, loaded.now);
      for (let round = 1; round <= 4; round++) await append(page, list, 25, round);
      const after100 = await figures(page, after25.now);
      const per25 = (loaded.mainThread * 25) / cards;
      console.log(
        `${list.name.padEnd(22)} ${String(cards).padStart(2)} cards on load: ${ms(loaded.mainThread)} (${ms(per25)} per 25; budget ${BUDGET.markMs} ms), ` +
          `25 appended: ${ms(after25.mainThread - loaded.mainThread)}, 100-card scroll: ${ms(after100.mainThread - after25.mainThread)}, ` +
          `long tasks: ${loaded.longTasks} on load, ${after25.longTasks + after100.longTasks} while appending`,
      );
      await page.close();
    }
  } finally {
    await context.close();
    server.close();
    rmSync(profile, {recursive: true, force: true});
  }
}

async function main(): Promise<void> {
  console.log(
    `TPM Lens bench:cards, ${new Date().toISOString()}, load average ${loadavg()[0]!.toFixed(1)} on this machine`,
  );
  coreBench();
  if (process.env.BENCH_ONLY === 'core') return;
  await browserBench(build());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
