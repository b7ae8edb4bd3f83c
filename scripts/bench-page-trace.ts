// npm run bench:page-trace: what TPM Lens's content script costs a page's main thread, by kind of work, in an
// A/B fine enough for changes of a millisecond. bench:page-cost's TaskDuration ratios swing 10-20% from run to
// run on this machine (pages the script does not run on read 0.87-1.21); here each load is traced and the
// renderer main thread's CPU time (the thread clock, which other processes inflate less) is summed over its
// top-level tasks and split by trace event, self time (an event's CPU less its children's), loads of the two
// builds alternated. Prints figures only.
// BENCH_DIST: this build (default: the store build of this tree, made into .tmp/bench-page-trace/dist);
// BENCH_BASE_DIST: the other (default: a no-op content script with the same matches, the cost of any content
// script); BENCH_PAGE_FILTER: a regular expression on the saved pages' file names (default: the pages the
// content script runs on); BENCH_PAGE_REPEATS: traced loads per page and build (6); BENCH_WAIT_MS: how long
// each load is watched after its load event (2500); BENCH_TOP: event rows per page (12).
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import type {BrowserContext} from 'playwright-core';
import {launchChromium} from '../test/e2e/harness';
import {manifestMatches, savedServedPages} from '../test/e2e/saved-checks';
import {servePages} from '../test/e2e/server';
import {SAVED_PAGES} from '../test/e2e/saved-pages';
import {buildExtension, noopExtension} from './bench-build';
import {median} from './bench-stats';
import {startTrace, type TraceEvent} from './bench-trace';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, '.tmp', 'bench-page-trace');
const HTML = resolve(ROOT, '..', 'shared', 'data', 'html');
const REPEATS = Number(process.env.BENCH_PAGE_REPEATS ?? 6);
const WAIT_MS = Number(process.env.BENCH_WAIT_MS ?? 2500);
const TOP = Number(process.env.BENCH_TOP ?? 12);
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading'];

/** One traced load: the main thread's CPU over its top-level tasks, and self CPU per event name (ms). */
interface Load {
  cpu: number;
  self: Map<string, number>;
}

/**
 * Self CPU per event on the page's renderer main thread (the thread that parsed the page's HTML): an event's
 * thread time less its children's, nested by wall-clock intervals. Events that ran TPM Lens's script (an
 * extension URL) are named apart ("[ext]"), as are top-level tasks ("(top)": work outside any event below).
 */
function splitLoad(events: TraceEvent[], host: string): Load {
  const parse = events.find((event) => event.name === 'ParseHTML' && (event.args?.beginData?.url ?? '').includes(host));
  const main = events
    .filter((event) => parse && event.pid === parse.pid && event.tid === parse.tid)
    .filter((event) => event.ph === 'X' && event.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const open: Array<{end: number; key: string; self: number}> = [];
  let cpu = 0;
  const close = (entry: {key: string; self: number}) =>
    self.set(entry.key, (self.get(entry.key) ?? 0) + entry.self / 1000);
  for (const event of main) {
    while (open.length && open.at(-1)!.end <= event.ts) close(open.pop()!);
    const parent = open.at(-1);
    if (parent) parent.self -= event.tdur!;
    else cpu += event.tdur!;
    const url = event.args?.data?.url ?? event.args?.data?.scriptName ?? '';
    const key = `${event.name}${url.startsWith('chrome-extension://') ? ' [ext]' : ''}${parent ? '' : ' (top)'}`;
    open.push({end: event.ts + (event.dur ?? 0), key, self: event.tdur!});
  }
  while (open.length) close(open.pop()!);
  return {cpu: cpu / 1000, self};
}

async function tracedLoad(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  const stop = await startTrace(await context.newCDPSession(page), CATEGORIES);
  let events: TraceEvent[];
  try {
    await page.goto(url, {waitUntil: 'load'});
    await page.waitForTimeout(WAIT_MS);
  } finally {
    events = await stop();
    await page.close();
  }
  return splitLoad(events, new URL(url).host);
}

const ms = (value: number) => value.toFixed(2).padStart(7);

async function main(): Promise<void> {
  const dist = process.env.BENCH_DIST
    ? resolve(process.env.BENCH_DIST)
    : buildExtension(join(OUT, 'dist'), {mode: 'production'});
  const base = process.env.BENCH_BASE_DIST
    ? resolve(process.env.BENCH_BASE_DIST)
    : noopExtension(dist, join(OUT, 'noop-extension'));
  const filter = process.env.BENCH_PAGE_FILTER ? new RegExp(process.env.BENCH_PAGE_FILTER) : null;
  const pages = SAVED_PAGES.filter(
    (page) => existsSync(join(HTML, page.file)) && (filter ? filter.test(page.file) : manifestMatches(dist, page.url)),
  );
  console.log(
    `TPM Lens bench:page-trace, ${new Date().toISOString()}, load average ${loadavg()[0]!.toFixed(1)}; this build ${dist}, base ${base}; ` +
      `${REPEATS} traced loads a page and build, alternated, each going first in turn and watched ${WAIT_MS} ms after load; CPU ms on the page's main thread (medians)`,
  );
  const served = savedServedPages(HTML);
  const server = await servePages(served);
  const rules = [...new Set(served.map((page) => page.host))]
    .map((host) => `MAP ${host} 127.0.0.1:${server.port}`)
    .concat('MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1');
  const profiles = [mkdtempSync(join(tmpdir(), 'tpm-lens-trace-')), mkdtempSync(join(tmpdir(), 'tpm-lens-trace-'))];
  const contexts: BrowserContext[] = [];
  const differences: number[] = [];
  try {
    for (const [index, build] of [dist, base].entries())
      contexts.push(await launchChromium(process.env.CHROMIUM ?? '/usr/bin/chromium', profiles[index]!, build, rules));
    for (const page of pages) {
      const loads: [Load[], Load[]] = [[], []];
      // An uncounted first load per build warms the caches (the page's, the extension's service worker). The
      // builds take turns going first (ABBA...), so that neither always loads right after the other. Per-page
      // differences still swing by 5-20 ms between runs of the same two builds: read a few ms over many pages.
      for (let repeat = -1; repeat < REPEATS; repeat++)
        for (const index of repeat % 2 === 0 ? [1, 0] : [0, 1]) {
          const load = await tracedLoad(contexts[index]!, page.url);
          if (repeat >= 0) loads[index]!.push(load);
        }
      const cpu = loads.map((runs) => median(runs.map((run) => run.cpu)));
      differences.push(cpu[0]! - cpu[1]!);
      console.log(
        `\n${page.file}: main thread ${ms(cpu[0]!)} this build, ${ms(cpu[1]!)} base, difference ${ms(cpu[0]! - cpu[1]!)}`,
      );
      // Each event's median self time per build (0 in a load without it), the largest differences first.
      const names = new Set(loads.flatMap((runs) => runs.flatMap((run) => [...run.self.keys()])));
      const rows = [...names].map((name) => {
        const [mine, theirs] = loads.map((runs) => median(runs.map((run) => run.self.get(name) ?? 0)));
        return {name, mine: mine!, theirs: theirs!};
      });
      rows.sort((a, b) => Math.abs(b.mine - b.theirs) - Math.abs(a.mine - a.theirs));
      for (const row of rows.slice(0, TOP))
        console.log(`  ${ms(row.mine)} ${ms(row.theirs)} ${ms(row.mine - row.theirs)}  ${row.name}`);
    }
    if (differences.length > 1)
      console.log(
        `\nmain-thread CPU, this build less base, median over ${differences.length} pages: ${ms(median(differences))} ms`,
      );
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
    server.close();
    for (const profile of profiles) rmSync(profile, {recursive: true, force: true});
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
