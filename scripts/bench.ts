// npm run bench: the one place for TPM Lens's speed and size goals. Prints figures with the budget beside
// each; asserts nothing. Builds into .tmp/bench/, drives /usr/bin/chromium with the built extension on the
// saved pages in ../shared/data/html (served under their real host names), then runs bench:large,
// bench:route-watch, bench:core, bench:sites, bench:salary, bench:draft, bench:cards, bench:cli and
// bench:postings. BENCH_RUNS sets the number of measured reloads of the largest page (default 15),
// BENCH_PAGE_REPEATS the loads per saved page and mode in the with/without comparison (default 5; the three
// modes interleaved, their order rotating), BENCH_PAGE_FILTER a regex on the saved file names it loads,
// BENCH_BASE_DIST=<folder> the store build of another commit whose loads join the interleaving (a fourth
// mode, "base"): an A/B of the page cost at the same machine load. The page cost is the store build's (what
// users run: no test hooks); the panel figures need the hooks' marks and use the e2e build.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import type {BrowserContext, Page} from 'playwright-core';
import {launchChromium} from '../test/e2e/harness';
import {buildExtension, noopExtension} from './bench-build';
import {servePages, type ServedPage} from '../test/e2e/server';
import {SAVED_PAGES} from '../test/e2e/saved-pages';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, process.env.BENCH_OUT ?? join('.tmp', 'bench'));
const HTML = resolve(process.env.TPM_LENS_DATA ?? join(ROOT, '..', 'shared', 'data'), 'html');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** Loads per saved page and mode for the main-thread comparison (BENCH_PAGE_REPEATS). */
const PAGE_REPEATS = Number(process.env.BENCH_PAGE_REPEATS ?? 5);
const PAGE_FILTER = new RegExp(process.env.BENCH_PAGE_FILTER ?? '');
/** BENCH_BASE_DIST: the store build of another commit (`npm run build:chrome` there), for an A/B of page cost. */
const BASE_DIST = process.env.BENCH_BASE_DIST ? resolve(process.env.BENCH_BASE_DIST) : null;
/** BENCH_ONLY=panel: only the posting -> panel figures (Chromium build, largest page), for quick before/after. */
const PANEL_ONLY = process.env.BENCH_ONLY === 'panel';
/** BENCH_ONLY=page-cost (`npm run bench:page-cost`): only the with/without main-thread comparison per saved page. */
const PAGE_COST_ONLY = process.env.BENCH_ONLY === 'page-cost';
/** Not matched by the manifest: the same page without the content script. */
const CONTROL_HOST = 'control.bench.test';
const DECIDED_TIMEOUT_MS = 8000;

const BUDGET = {contentGzKb: 35, panelMs: 16, longTaskMs: 50, followMs: 300};
/** Service-worker wakes measured for the first-load figure. */
const COLD_WAKES = 7;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
};
const median = (values: number[]) => percentile(values, 0.5);

function build(target: 'chrome' | 'firefox', mode: 'production' | 'e2e' = 'production'): string {
  return buildExtension(join(OUT, `dist-${target}${mode === 'e2e' ? '-e2e' : ''}`), {mode, target});
}

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function printSizes(chromeDir: string, firefoxDir: string): void {
  console.log('\n== Sizes (gzip level 6)');
  const manifest = JSON.parse(readFileSync(join(chromeDir, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{js: string[]}>;
    web_accessible_resources?: Array<{resources: string[]}>;
  };
  // Chrome declares a loader per site; the site's script it imports is a web-accessible resource.
  const loaded = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
  // Greenhouse's is declared twice (in frames too, for its embed): each file once.
  const scripts = [...new Set([...manifest.content_scripts.flatMap((entry) => entry.js), ...loaded])];
  const loaders = scripts.filter((script) => script.endsWith('.loader.js'));
  const gzOf = (script: string) => gzipSync(readFileSync(join(chromeDir, script))).length;
  for (const script of scripts.filter((each) => !loaders.includes(each))) {
    const bytes = readFileSync(join(chromeDir, script));
    console.log(
      `content script ${script}: ${kb(bytes.length)} raw, ${kb(gzOf(script))} gz (budget ${BUDGET.contentGzKb} KB gz)`,
    );
  }
  if (loaders.length) console.log(`${loaders.length} loaders: ${Math.max(...loaders.map(gzOf))} B gz at most`);
  for (const [name, dir] of [
    ['chrome', chromeDir],
    ['firefox', firefoxDir],
  ] as const) {
    const all = files(dir);
    const raw = all.reduce((sum, file) => sum + statSync(file).size, 0);
    const gz = all.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
    const largest = all.map((file) => ({file, size: statSync(file).size})).sort((a, b) => b.size - a.size)[0]!;
    console.log(
      `build ${name}: ${all.length} files, ${kb(raw)} raw, ${kb(gz)} gz; largest ${relative(dir, largest.file)} ${kb(largest.size)} (budget: none set)`,
    );
  }
}

// ---- Browser -------------------------------------------------------------------------------------------

interface Marks {
  script: number | null;
  start: number | null;
  read: number | null;
  analysis: number | null;
  rendered: number | null;
  measure: number | null;
}

/** Runs in the page before its own markup: collects long tasks (the content script cannot be told apart). */
function collectLongTasks() {
  const store: Array<{start: number; duration: number}> = [];
  (window as unknown as {__benchLongTasks: typeof store}).__benchLongTasks = store;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.push({start: entry.startTime, duration: entry.duration});
    }).observe({type: 'longtask', buffered: true});
  } catch {
    // No longtask support: the figures say 0.
  }
}

async function readMarks(page: Page): Promise<Marks> {
  // No named helpers inside evaluate(): tsx's __name wrapper does not exist in the page.
  const [script, start, read, analysis, rendered, measure] = await page.evaluate(() => [
    ...[
      'tpm-lens:content-script-start',
      'tpm-lens:update-start',
      'tpm-lens:posting-read',
      'tpm-lens:analysis-received',
      'tpm-lens:panel-rendered',
    ].map((name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? null),
    performance.getEntriesByName('tpm-lens:posting-to-panel', 'measure').at(-1)?.duration ?? null,
  ]);
  return {
    script: script ?? null,
    start: start ?? null,
    read: read ?? null,
    analysis: analysis ?? null,
    rendered: rendered ?? null,
    measure: measure ?? null,
  };
}

const longTasks = (page: Page) =>
  page.evaluate(
    () => (window as unknown as {__benchLongTasks?: Array<{start: number; duration: number}>}).__benchLongTasks ?? [],
  );

const STATES = ['analyzed', 'not-tpm', 'no-posting', 'unavailable'];

/**
 * The content script's decision, polled from here every 50 ms with a tiny evaluate (not Playwright's
 * requestAnimationFrame polling, which would bill the page tens of ms of script while it waits).
 * With `untilMs`, polls exactly that long whatever happens: the control pages get the same probing.
 */
async function decided(page: Page, timeout = DECIDED_TIMEOUT_MS, untilMs?: number): Promise<string | null> {
  const deadline = Date.now() + (untilMs ?? timeout);
  for (;;) {
    const state = await page.evaluate(() => document.documentElement.dataset.tpmLens ?? null).catch(() => null);
    if (untilMs === undefined && state && STATES.includes(state)) return state;
    if (Date.now() >= deadline) return untilMs === undefined ? null : state;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Stops the extension's service worker the way a browser does after idling (chrome://serviceworker-internals). */
async function stopServiceWorker(ctx: BrowserContext): Promise<boolean> {
  const internals = await ctx.newPage();
  try {
    await internals.goto('chrome://serviceworker-internals/');
    const stop = internals.getByRole('button', {name: 'Stop'});
    await stop.first().waitFor({timeout: 3000});
    for (let index = 0; index < (await stop.count()); index++)
      if (await stop.nth(index).isVisible()) await stop.nth(index).click();
    await internals.getByText('Running Status: STOPPED').first().waitFor({timeout: 3000});
    return true;
  } catch {
    return false;
  } finally {
    await internals.close();
  }
}

interface Load {
  marks: Marks;
  state: string | null;
  /** Long tasks that overlap the content script's work (update start to panel rendered). */
  extensionLongTasks: number[];
}

async function measuredLoad(page: Page, url: string): Promise<Load> {
  await page.goto(url, {waitUntil: 'domcontentloaded'});
  const state = await decided(page);
  const marks = await readMarks(page);
  const tasks = await longTasks(page);
  const from = marks.script ?? marks.start ?? Infinity;
  const to = marks.rendered ?? marks.start ?? -Infinity;
  const extensionLongTasks = tasks
    .filter((task) => task.start < to && task.start + task.duration > from)
    .map((task) => task.duration);
  return {marks, state, extensionLongTasks};
}

function describeLoads(label: string, loads: Load[]): void {
  const total = loads.map((load) => load.marks.measure).filter((value): value is number => value !== null);
  const part = (from: keyof Marks, to: keyof Marks) =>
    loads.map((load) => (load.marks[to] ?? NaN) - (load.marks[from] ?? NaN)).filter((value) => Number.isFinite(value));
  const long = loads.flatMap((load) => load.extensionLongTasks);
  console.log(
    `${label}: posting read -> panel rendered median ${ms(median(total))}, p95 ${ms(percentile(total, 0.95))}, max ${ms(Math.max(...total))} over ${total.length} loads (budget ${BUDGET.panelMs} ms median)`,
  );
  console.log(
    `  parts (median): read the posting ${ms(median(part('start', 'read')))}, background round trip + analysis ${ms(median(part('read', 'analysis')))}, render ${ms(median(part('analysis', 'rendered')))}`,
  );
  console.log(
    `  long tasks overlapping the content script's run (script start to panel rendered): ${long.length}, max ${long.length ? ms(Math.max(...long)) : '-'} (budget: none over ${BUDGET.longTaskMs} ms)`,
  );
}

/** A LinkedIn-style switch of posting without a reload: swap the markup, pushState; time to the new panel. */
async function followSwitches(
  page: Page,
  pages: Array<{path: string; html: string; title: string}>,
  switches: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < switches; index++) {
    const next = pages[(index + 1) % pages.length]!;
    const elapsed = await page.evaluate(
      async ({markup, path, title}) => {
        const parsed = new DOMParser().parseFromString(markup, 'text/html');
        parsed
          .querySelectorAll('noscript, meta[http-equiv], script:not([type="application/ld+json"])')
          .forEach((node) => node.remove());
        const started = performance.now();
        document.title = parsed.title;
        document.body.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
        history.pushState({}, '', path);
        for (let waited = 0; waited < 3000; waited += 5) {
          const shown = document
            .getElementById('tpm-lens-panel')
            ?.shadowRoot?.querySelector('[data-testid=posting-title], [data-testid=not-tpm-chip] button');
          if (shown?.textContent?.includes(title)) return performance.now() - started;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        return NaN;
      },
      {markup: next.html, path: next.path, title: next.title},
    );
    times.push(elapsed);
  }
  return times;
}

type Session = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

/**
 * The page's main-thread time, by kind (CDP Performance.getMetrics, in ms): every task; the script run in
 * it; compiling (V8CompileDuration, not part of ScriptDuration); style recalculation; layout; the rest
 * (parsing, painting, messages from the browser, and script run as promise callbacks: ScriptDuration leaves
 * microtasks out, and the content script does most of its work in them); and the main thread's CPU time,
 * which other work on the machine inflates less than wall time.
 */
const COST_KINDS = {
  task: 'TaskDuration',
  script: 'ScriptDuration',
  compile: 'V8CompileDuration',
  style: 'RecalcStyleDuration',
  layout: 'LayoutDuration',
  other: 'TaskOtherDuration',
  cpu: 'ThreadTime',
} as const;
type CostKind = keyof typeof COST_KINDS;
type Cost = Record<CostKind, number> & {styleCount: number; layoutCount: number};

async function metrics(session: Session): Promise<Cost> {
  const {metrics: list} = await session.send('Performance.getMetrics');
  const value = (name: string) => list.find((metric) => metric.name === name)?.value ?? NaN;
  const cost = Object.fromEntries(
    Object.entries(COST_KINDS).map(([kind, name]) => [kind, value(name) * 1000]),
  ) as Record<CostKind, number>;
  return {...cost, styleCount: value('RecalcStyleCount'), layoutCount: value('LayoutCount')};
}

/**
 * Loads a page in a new tab and watches it for `waitMs` after load, or until the content script's decision
 * when `waitMs` is null: every mode of the comparison gets the same window and the same polling.
 */
async function pageCost(ctx: BrowserContext, url: string, waitMs: number | null) {
  const page = await ctx.newPage();
  const session = await ctx.newCDPSession(page);
  await session.send('Performance.enable');
  const started = Date.now();
  await page.goto(url, {waitUntil: 'load'});
  const loadMs = Date.now() - started;
  const state = waitMs === null ? await decided(page) : await decided(page, DECIDED_TIMEOUT_MS, waitMs);
  const elapsed = Date.now() - started;
  const cost = await metrics(session);
  // A page can navigate itself meanwhile (the 429 body's meta refresh): then there is nothing to read.
  const tasks = await longTasks(page).catch(() => []);
  const marks = await readMarks(page).catch((): Marks => ({
    script: null,
    start: null,
    read: null,
    analysis: null,
    rendered: null,
    measure: null,
  }));
  const from = marks.script ?? marks.start ?? Infinity;
  // No panel (no posting): the content script may have read until now, so every later task counts.
  const to = marks.rendered ?? Infinity;
  const overlapping = tasks.filter((task) => task.start < to && task.start + task.duration > from).length;
  await session.detach();
  await page.close();
  return {...cost, state, elapsed, loadMs, longTasks: tasks.map((task) => task.duration), overlapping};
}

/** Does the manifest declare the content script on this URL? ("https://*.host/*" patterns only.) */
function declaredOn(url: URL, matches: readonly string[]): boolean {
  return matches.some((match) => {
    const host = /^https:\/\/([^/]+)\/\*$/.exec(match)?.[1];
    if (!host) return false;
    return host.startsWith('*.')
      ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
      : url.hostname === host;
  });
}

/**
 * `distDir`: the build with test hooks (its marks time the panel, its page state tells when the content
 * script has decided); `shippedDir`: the store build, whose main-thread cost on each page is what users pay
 * (the hooks' marks and attributes cost a page time of their own).
 */
async function browserBench(distDir: string, shippedDir: string): Promise<void> {
  if (!existsSync(HTML) || !existsSync(CHROMIUM)) {
    console.log(`\n== Browser: skipped (needs ${HTML} and ${CHROMIUM})`);
    return;
  }
  const saved = SAVED_PAGES.filter((page) => existsSync(join(HTML, page.file))).map((page, index) => {
    const url = new URL(page.url);
    return {
      ...page,
      index,
      url,
      bytes: statSync(join(HTML, page.file)).size,
      controlPath: `/${index}${url.pathname}${url.search}`,
    };
  });
  const served: ServedPage[] = saved.flatMap((page) => [
    {
      host: page.url.hostname,
      path: page.url.pathname + page.url.search,
      file: join(HTML, page.file),
      ...(page.status ? {status: page.status} : {}),
    },
    {
      host: CONTROL_HOST,
      path: page.controlPath,
      file: join(HTML, page.file),
      ...(page.status ? {status: page.status} : {}),
    },
  ]);
  const server = await servePages(served);
  const hosts = [...new Set(served.map((page) => page.host))];
  const rules = hosts
    .map((host) => `MAP ${host} 127.0.0.1:${server.port}`)
    .concat('MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1');
  const profileDir = mkdtempSync(join(tmpdir(), 'tpm-lens-bench-'));
  const ctx = await launchChromium(CHROMIUM, profileDir, distDir, rules);
  const noopProfileDir = mkdtempSync(join(tmpdir(), 'tpm-lens-bench-noop-'));
  const shippedProfileDir = mkdtempSync(join(tmpdir(), 'tpm-lens-bench-shipped-'));
  let noop: BrowserContext | null = null;
  let shipped: BrowserContext | null = null;
  let base: BrowserContext | null = null;
  const baseProfileDir = mkdtempSync(join(tmpdir(), 'tpm-lens-bench-base-'));
  try {
    const prepare = async (context: BrowserContext) => {
      await context.addInitScript(collectLongTasks);
      // Saved error pages refresh to the site's home page, which is not served: keep them where they are.
      for (const host of hosts)
        if (!served.some((page) => page.host === host && page.path === '/'))
          await context.route(`https://${host}/`, (route) => route.abort('aborted'));
    };
    await prepare(ctx);
    if (!ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker', {timeout: 10_000});

    if (!PAGE_COST_ONLY) await panelAndSwitches(ctx, saved);
    if (!PANEL_ONLY) {
      noop = await launchChromium(CHROMIUM, noopProfileDir, noopExtension(distDir, join(OUT, 'noop-extension')), rules);
      await prepare(noop);
      shipped = await launchChromium(CHROMIUM, shippedProfileDir, shippedDir, rules);
      await prepare(shipped);
      if (!shipped.serviceWorkers().length) await shipped.waitForEvent('serviceworker', {timeout: 10_000});
      if (BASE_DIST) {
        base = await launchChromium(CHROMIUM, baseProfileDir, BASE_DIST, rules);
        await prepare(base);
        if (!base.serviceWorkers().length) await base.waitForEvent('serviceworker', {timeout: 10_000});
      }
      await pageCostTable(
        {extension: ctx, shipped, noop, base},
        saved.filter((entry) => PAGE_FILTER.test(entry.file)),
        distDir,
      );
    }
  } finally {
    await ctx.close().catch(() => undefined);
    await noop?.close().catch(() => undefined);
    await shipped?.close().catch(() => undefined);
    await base?.close().catch(() => undefined);
    await server.close();
    rmSync(profileDir, {recursive: true, force: true});
    rmSync(noopProfileDir, {recursive: true, force: true});
    rmSync(shippedProfileDir, {recursive: true, force: true});
    rmSync(baseProfileDir, {recursive: true, force: true});
  }
}

type SavedEntry = Omit<(typeof SAVED_PAGES)[number], 'url'> & {
  index: number;
  url: URL;
  bytes: number;
  controlPath: string;
};

async function panelAndSwitches(ctx: BrowserContext, saved: SavedEntry[]): Promise<void> {
  {
    // Posting arrival -> panel on the largest saved page that holds a posting.
    const postings = saved.filter((page) => page.expect.kind === 'posting');
    const largest = [...postings].sort((a, b) => b.bytes - a.bytes)[0]!;
    console.log(
      `\n== Posting -> panel, Chromium, on the largest saved posting page: ${largest.file} (${kb(largest.bytes)}), ${largest.url.href}`,
    );
    const page = await ctx.newPage();
    // A wake is one sample of a noisy process start (one load varied 300-575 ms between runs): the median of several.
    const wakes: Array<{stopped: boolean; load: Load}> = [];
    for (let wake = 0; wake < COLD_WAKES; wake++) {
      const stopped = await stopServiceWorker(ctx);
      wakes.push({stopped, load: await measuredLoad(page, largest.url.href)});
    }
    const stoppedAll = wakes.every((wake) => wake.stopped);
    const coldTotals = wakes.map(({load}) => load.marks.measure).filter((value): value is number => value !== null);
    const coldTrips = wakes
      .map(({load}) => (load.marks.analysis ?? NaN) - (load.marks.read ?? NaN))
      .filter((value) => Number.isFinite(value));
    console.log(
      `first load with the service worker ${stoppedAll ? 'stopped (woken by the message)' : 'running (could not stop it every time)'}, median of ${wakes.length} wakes: ${coldTotals.length ? ms(median(coldTotals)) : `no panel (state ${wakes[0]?.load.state})`}` +
        `, of which background round trip + analysis ${coldTrips.length ? ms(median(coldTrips)) : '-'} (min ${coldTrips.length ? ms(Math.min(...coldTrips)) : '-'}, max ${coldTrips.length ? ms(Math.max(...coldTrips)) : '-'}); long tasks in the page ${wakes.reduce((sum, {load}) => sum + load.extensionLongTasks.length, 0)}`,
    );
    const loads: Load[] = [];
    for (let run = 0; run < RUNS; run++) loads.push(await measuredLoad(page, largest.url.href));
    describeLoads(`warm, ${RUNS} reloads`, loads);
    const states = new Set(loads.map((load) => load.state));
    console.log(`  page state: ${[...states].join(', ')}`);

    // Switching postings without a reload (LinkedIn's guest pages, alternating).
    const linkedin = postings
      .filter((entry) => entry.url.hostname === 'www.linkedin.com' && /^\/jobs\/view\/\d+\/$/.test(entry.url.pathname))
      .slice(0, 2);
    if (linkedin.length === 2) {
      const switchPages = linkedin.map((entry) => {
        const html = readFileSync(join(HTML, entry.file), 'utf8');
        return {
          path: entry.url.pathname,
          html,
          title: (entry.expect.kind === 'posting' ? entry.expect.title(html, entry.url) : null) ?? '',
        };
      });
      await page.goto(linkedin[0]!.url.href, {waitUntil: 'domcontentloaded'});
      await decided(page);
      const times = (await followSwitches(page, switchPages, 8)).filter((value) => Number.isFinite(value));
      console.log(
        `\n== Posting switch without reload (pushState + new markup, LinkedIn guest pages): panel shows the new posting after median ${ms(median(times))}, max ${ms(Math.max(...times))} over ${times.length} switches (budget ${BUDGET.followMs} ms)`,
      );
    }
    await page.close();
  }
}

type Mode = 'with' | 'without' | 'noop' | 'base';
const MODES: readonly Mode[] = ['with', 'without', 'noop'];

/** "median 1.02 (middle half 0.97-1.08, all 0.90-1.31, 12 pages)" for a list of ratios. */
function spread(ratios: readonly number[]): string {
  if (!ratios.length) return '-';
  const f = (value: number) => value.toFixed(2);
  return `median ${f(median([...ratios]))} (middle half ${f(percentile([...ratios], 0.25))}-${f(percentile([...ratios], 0.75))}, all ${f(Math.min(...ratios))}-${f(Math.max(...ratios))}, ${ratios.length} pages)`;
}

/**
 * Main-thread time of each saved page in three modes: with TPM Lens (real host), without any extension
 * (the same file under a host no content script matches) and with the no-op extension (real host). The
 * modes are interleaved load by load, their order rotating, and every load is watched for the same window
 * (what the content script took to decide on a first, uncounted load), so that the machine's other work
 * falls on every mode alike.
 */
async function pageCostTable(
  contexts: {extension: BrowserContext; shipped: BrowserContext; noop: BrowserContext; base: BrowserContext | null},
  saved: SavedEntry[],
  distDir: string,
): Promise<void> {
  const modes: readonly Mode[] = contexts.base ? [...MODES, 'base'] : MODES;
  // The loads measured run the store build; the uncounted first load (the decision's timing, the page state)
  // runs the build with hooks.
  const contextOf = (mode: Mode) =>
    mode === 'noop' ? contexts.noop : mode === 'base' ? contexts.base! : contexts.shipped;
  console.log(
    `\n== Main-thread time per saved page: with TPM Lens (the store build) / without extensions / with a no-op content script (CDP Performance.getMetrics TaskDuration; median of ${PAGE_REPEATS} interleaved loads each; ms; load average ${loadavg()[0]!.toFixed(1)})`,
  );
  console.log(
    'page | KB | state | TaskDuration with / without / no-op | with/without | no-op/without | with/no-op | ScriptDuration with / without | long tasks with / without (max ms) | added by TPM Lens (with - without): script (compile) / style (recalcs) / layout / other | CPU time with/without',
  );
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{matches: string[]}>;
  };
  const matches = manifest.content_scripts.flatMap((script) => script.matches);
  const byState = new Map<string, number[]>();
  const noopWithout: number[] = [];
  const withNoop: number[] = [];
  const noiseRatios: number[] = [];
  const addedScript: number[] = [];
  /** Per page where the content script ran: what each kind of main-thread work adds (median with - median without). */
  const added: Record<CostKind, number[]> = {
    task: [],
    script: [],
    compile: [],
    style: [],
    layout: [],
    other: [],
    cpu: [],
  };
  const cpuRatios: number[] = [];
  /** With a base build: this build's and the base's TaskDuration and CPU time over the page without extensions. */
  const ab = {task: [] as number[], baseTask: [] as number[], cpu: [] as number[], baseCpu: [] as number[]};
  for (const entry of saved) {
    const declared = declaredOn(entry.url, matches);
    const urls: Record<Mode, string> = {
      with: entry.url.href,
      without: `https://${CONTROL_HOST}${entry.controlPath}`,
      noop: entry.url.href,
      base: entry.url.href,
    };
    // An uncounted first load: warms the caches and times the content script's decision.
    const warm = await pageCost(contexts.extension, urls.with, declared ? null : 1000);
    const watchMs = Math.max(300, warm.elapsed - warm.loadMs) + 200;
    const runs: Record<Mode, Array<Awaited<ReturnType<typeof pageCost>>>> = {with: [], without: [], noop: [], base: []};
    for (let repeat = 0; repeat < PAGE_REPEATS; repeat++) {
      for (let step = 0; step < modes.length; step++) {
        const mode = modes[(repeat + step) % modes.length]!;
        runs[mode].push(await pageCost(contextOf(mode), urls[mode], watchMs));
      }
    }
    const mid = (mode: Mode, key: keyof Cost) => median(runs[mode].map((run) => run[key]));
    const more = (key: keyof Cost) => mid('with', key) - mid('without', key);
    const state = declared ? (warm.state ?? runs.with.find((run) => run.state)?.state ?? 'undecided') : null;
    const ratio = mid('with', 'task') / mid('without', 'task');
    const noopRatio = mid('noop', 'task') / mid('without', 'task');
    const ownRatio = mid('with', 'task') / mid('noop', 'task');
    if (state) {
      byState.set(state, [...(byState.get(state) ?? []), ratio]);
      noopWithout.push(noopRatio);
      withNoop.push(ownRatio);
      addedScript.push(mid('with', 'script') - mid('without', 'script'));
      for (const kind of Object.keys(added) as CostKind[]) added[kind].push(more(kind));
      cpuRatios.push(mid('with', 'cpu') / mid('without', 'cpu'));
      if (contexts.base) {
        ab.task.push(ratio);
        ab.baseTask.push(mid('base', 'task') / mid('without', 'task'));
        ab.cpu.push(mid('with', 'cpu') / mid('without', 'cpu'));
        ab.baseCpu.push(mid('base', 'cpu') / mid('without', 'cpu'));
      }
    } else noiseRatios.push(ratio);
    const long = (mode: Mode) => runs[mode].flatMap((run) => run.longTasks);
    const maxOf = (values: number[]) => (values.length ? Math.max(...values).toFixed(0) : '-');
    console.log(
      `${entry.file} | ${(entry.bytes / 1024).toFixed(0)} | ${state ?? 'not run'} | ${MODES.map((mode) => mid(mode, 'task').toFixed(0)).join(' / ')} | ` +
        `${ratio.toFixed(2)} | ${noopRatio.toFixed(2)} | ${ownRatio.toFixed(2)} | ${mid('with', 'script').toFixed(0)} / ${mid('without', 'script').toFixed(0)} | ` +
        `${long('with').length} (${maxOf(long('with'))}) / ${long('without').length} (${maxOf(long('without'))}) | ` +
        `${more('script').toFixed(0)} (${more('compile').toFixed(0)}) / ${more('style').toFixed(0)} (${more('styleCount').toFixed(0)}) / ${more('layout').toFixed(0)} / ${more('other').toFixed(0)} | ` +
        `${(mid('with', 'cpu') / mid('without', 'cpu')).toFixed(2)}` +
        (contexts.base
          ? ` | base build: TaskDuration ${mid('base', 'task').toFixed(0)}, base/without ${(mid('base', 'task') / mid('without', 'task')).toFixed(2)}`
          : ''),
    );
  }
  console.log(
    `TaskDuration with / without, where the content script ran: ${spread([...byState.values()].flat())} (target 1.05 or less)`,
  );
  for (const [state, values] of byState) console.log(`  ${state}: ${spread(values)}`);
  console.log(`  no-op content script / without (what any content script costs): ${spread(noopWithout)}`);
  console.log(`  with / no-op content script (TPM Lens's own code): ${spread(withNoop)}`);
  console.log(
    `  noise floor (pages the content script does not run on, with / without): ${noiseRatios.map((value) => value.toFixed(2)).join(', ') || '-'}`,
  );
  const addedMs = (kind: CostKind) => `${kind} ${ms(median(added[kind]))}`;
  console.log(
    `  where the added time goes (median over pages of with - without): ${(['task', 'script', 'compile', 'style', 'layout', 'other'] as const).map(addedMs).join(', ')} (compile is counted apart from script; other: parsing, painting, messages, and script run in promise callbacks, which ScriptDuration leaves out: a trace of the Workday page put 35-60 ms of the content script's work there)`,
  );
  console.log(`  main-thread CPU time with / without (resists the machine's other load): ${spread(cpuRatios)}`);
  if (contexts.base) {
    console.log(`A/B against the base build (${BASE_DIST}), the same loads interleaved:`);
    console.log(`  TaskDuration this build / without: ${spread(ab.task)}`);
    console.log(`  TaskDuration base build / without: ${spread(ab.baseTask)}`);
    console.log(`  CPU time this build / without: ${spread(ab.cpu)}; base build / without: ${spread(ab.baseCpu)}`);
  }
  console.log(
    `  script time the extension adds per page load (ScriptDuration difference): median ${ms(median(addedScript))}, max ${ms(Math.max(...addedScript))}; load average now ${loadavg()[0]!.toFixed(1)} (other work on the machine inflates every mode)`,
  );
}

/** The part-benches that failed: the run goes on to the others, then says so and exits non-zero. */
const failed: string[] = [];

function runScript(name: string): void {
  console.log(`\n== npm run ${name}`);
  const result = spawnSync('npm', ['run', '--silent', name], {cwd: ROOT, encoding: 'utf8'});
  process.stdout.write(result.stdout);
  if (result.status !== 0) {
    failed.push(name);
    console.log(`(${name} exited ${result.status}:\n${result.stderr.trim().split('\n').slice(-12).join('\n')})`);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`TPM Lens bench, ${new Date().toISOString()}, load average ${loadavg()[0]!.toFixed(1)} on this machine`);
  mkdirSync(OUT, {recursive: true});
  if (PANEL_ONLY || PAGE_COST_ONLY) {
    await browserBench(build('chrome', 'e2e'), build('chrome'));
    console.log(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return;
  }
  const chromeDir = build('chrome');
  const firefoxDir = build('firefox');
  printSizes(chromeDir, firefoxDir);
  await browserBench(build('chrome', 'e2e'), chromeDir);
  runScript('bench:large');
  runScript('bench:route-watch');
  runScript('bench:core');
  runScript('bench:sites');
  runScript('bench:salary');
  runScript('bench:draft');
  runScript('bench:cards');
  runScript('bench:cli');
  // The Postings page runs in the Chromium build made above.
  process.env.BENCH_DIST = chromeDir;
  runScript('bench:postings');
  console.log(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (failed.length) {
    console.log(`FAILED: ${failed.join(', ')} (their figures above are missing or partial)`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
