// npm run bench:cards: the cost of list mode. Prints figures beside their budgets; asserts nothing.
// 1. The card verdict in the core (title, company, location, pay line): a page of 25 cards, first use and
//    steady state, with and without the county pay position (steady with pay: on pay lines and places not
//    seen before, as bench:core's steady state reads text not seen before).
// 2. In Chromium with the built extension, on every saved list page served under its real host, traced: the
//    CPU time TPM Lens spends marking the page's cards (the thread's CPU clock, so a loaded machine does not
//    inflate it; median of BENCH_RUNS runs), then 25 appended cards, then a 100-card scroll (four pages of
//    25 appended), with the long tasks seen meanwhile and whose they are. The budget's figure counts the
//    whole tasks that are TPM Lens's own (the scan's timer, the answer's port message with its decoding);
//    the time between its own stamps alone (its spans) is printed beside it.
// Builds (with test hooks, as build:e2e) into .tmp/bench-cards/ (BENCH_OUT sets another folder; BENCH_DIST
// benches a build made beforehand instead). BENCH_RUNS: traced runs per page (5); BENCH_PAGES: a regular
// expression on the page names, to bench only those (e.g. "LinkedIn|Indeed search 2022"). BENCH_BASE_DIST: an
// e2e build of another commit, benched in runs alternating with this one's on each page (an A/B at the same
// machine load); its figures print under this build's.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {performance} from 'node:perf_hooks';
import type {BrowserContext, Page} from 'playwright-core';
import {analyzeCard, type CardInput} from '../src/core/card';
import {loadSalaryDatasetSync} from '../src/core/salary/load-node';
import {LIST_MARKS} from '../src/content/list-measure';
import {launchChromium} from '../test/e2e/harness';
import {buildExtension} from './bench-build';
import {savedServedPages} from '../test/e2e/saved-checks';
import {servePages} from '../test/e2e/server';
import {median} from './bench-stats';
import {isExtensionScript, startTrace, type TraceEvent} from './bench-trace';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, process.env.BENCH_OUT ?? join('.tmp', 'bench-cards'));
const DATA = resolve(ROOT, '..', 'shared', 'data');
const BUDGET = {corePageMs: 1, markMs: 8, longTaskMs: 50};
const ms = (value: number) => `${value.toFixed(2)} ms`;

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
  // Steady state with pay, measured as the title verdict's is, once the code has run (here on every page)
  // and, as bench:core's steady state, on text never seen before: each round gives every pay line and place
  // another spacing, a new string for every memo (the places remembered, V8's caches) with the same reading.
  const unseen = (page: CardInput[], round: number) =>
    page.map((card) => ({
      ...card,
      location: card.location + ' '.repeat(round + 1),
      salaryText: card.salaryText && card.salaryText + ' '.repeat(round + 1),
    }));
  const pageOf = (page: CardInput[]) => {
    const started = performance.now();
    for (const card of page) analyzeCard(card, {dataset});
    return performance.now() - started;
  };
  for (let round = 0; round < PAY_WARM_ROUNDS; round++) for (const page of pages) pageOf(unseen(page, round));
  const payRounds = Array.from({length: PAY_ROUNDS}, (_, index) => PAY_WARM_ROUNDS + index);
  const steadyPay = pages.map((page) => median(payRounds.map((round) => pageOf(unseen(page, round)))));
  const paidMost = Math.max(...pages.map((page) => page.filter((card) => card.salaryText).length));
  console.log(`first page (patterns compiled on first use): ${ms(first)}`);
  console.log(
    `a page of 25 cards, title verdict:           ${ms(median(steady))} median (budget well under ${BUDGET.corePageMs} ms)`,
  );
  console.log(
    `a page of 25 cards, with pay and county position, the pay and place code's first use: ${ms(median(withPay))} median (${cards.filter((card) => card.salaryText).length} of ${cards.length} dev postings carry a pay line)`,
  );
  console.log(
    `a page of 25 cards, with pay and county position, steady state (pay lines and places not seen before): ${ms(median(steadyPay))} median, ` +
      `${ms(Math.max(...steadyPay))} on the page with the most pay lines (${paidMost} of 25) (budget well under ${BUDGET.corePageMs} ms)`,
  );
}

/** bench:cards' steady state with pay: rounds run before measuring, then rounds measured (median per page). */
const PAY_WARM_ROUNDS = 5;
const PAY_ROUNDS = 9;

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

/** Every card carries a live mark (waited on by the bench, in the page's own world). */
const allMarked = (card: string) =>
  [...document.querySelectorAll(card)].every((element) => element.querySelector('[data-tpm-lens-card]')?.shadowRoot);

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

/** Where the bench's own phases begin (marks the bench writes into the page's timeline). */
const PHASE = {appended: 'bench-cards:append-25', scroll: 'bench-cards:scroll-100'} as const;
const LONG_TASK_US = BUDGET.longTaskMs * 1000;
/** The page's rendering steps after a change to its DOM (see Phase.render). */
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint']);
/** Trace events that begin running a script in a task (compiling one included). */
const SCRIPT_ENTRIES = new Set(['FunctionCall', 'EvaluateScript', 'V8.ParseProgram', 'V8.Compile', 'v8.run']);

interface Phase {
  /** CPU time of TPM Lens's list work (the spans between its start and end stamps), ms. */
  cpu: number;
  /**
   * The same work counted by whole task where the task is TPM Lens's own (the scan's timer, the answer's
   * port message: its decoding and dispatch too), by span where it runs in the page's task (a mutation
   * observer's callback): the main-thread time the budget is about, ms.
   */
  taskCpu: number;
  /** The same spans on the wall clock (what a loaded machine inflates), ms. */
  wall: number;
  /** Of `cpu`: V8 compiling functions on their first call (lazy compilation: cold code), ms. */
  compile: number;
  /**
   * The rendering the page did from the phase's first list work on (style, layout, pre-paint, paint: CPU ms,
   * and the number of layouts). The saved pages are served under a CSP that runs none of their own scripts,
   * so after load it is mostly the marks and the header going in: what the JS figures above leave out.
   */
  render: number;
  layouts: number;
  /** Tasks over 50 ms on the wall clock: all, those with TPM Lens's script in them, and those over 50 ms of CPU. */
  longTasks: number;
  oursLong: number;
  cpuLong: number;
  oursCpuLong: number;
}

/**
 * Splits a trace of one page's load and appends into the three phases. The content script's list work is
 * bracketed by its own stamps (LIST_MARKS): their trace events carry the CPU clock (tts), so another process
 * taking the core mid-span adds nothing. Long tasks are the renderer main thread's top-level tasks over 50
 * ms; a task is ours when TPM Lens's script (an extension URL) ran in it.
 */
function phases(events: TraceEvent[]): {load: Phase; appended: Phase; scroll: Phase; extensionCpu: number} {
  // A stamp's event is named TimeStamp, with the stamp's name as its message (an older build, benched
  // against this one, wrote User Timing marks, named as the mark).
  for (const event of events)
    if (event.name === 'TimeStamp' && event.args?.data?.message) event.name = event.args.data.message;
  const first = events.find((event) => event.name === LIST_MARKS.start);
  if (!first) throw new Error('no list stamp in the trace: was the build made with test hooks?');
  const main = events.filter((event) => event.pid === first.pid && event.tid === first.tid).sort((a, b) => a.ts - b.ts);
  const at = (name: string) => main.find((event) => event.name === name)?.ts ?? Infinity;
  const bounds = [-Infinity, at(PHASE.appended), at(PHASE.scroll), Infinity];
  const phaseOf = (ts: number) => (ts < bounds[1]! ? 0 : ts < bounds[2]! ? 1 : 2);
  const result = [0, 1, 2].map((): Phase => ({
    cpu: 0,
    taskCpu: 0,
    wall: 0,
    compile: 0,
    render: 0,
    layouts: 0,
    longTasks: 0,
    oursLong: 0,
    cpuLong: 0,
    oursCpuLong: 0,
  }));
  const tasks = main.filter((event) => event.ph === 'X' && event.cat.includes('toplevel'));
  const entries = main.filter((event) => SCRIPT_ENTRIES.has(event.name));
  /**
   * The outermost task the span starting at `ts` runs in, when the task is plainly TPM Lens's own: the first
   * script it runs is TPM Lens's (its timer, its port's message). Otherwise (a mutation observer's callback in
   * the page's task, a DevTools evaluation) null: the span alone counts.
   */
  const taskOf = (ts: number) => {
    const task = tasks
      .filter((each) => each.ts <= ts && ts <= each.ts + (each.dur ?? 0))
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
    if (!task) return null;
    const entry = entries.find((event) => event.ts >= task.ts && event.ts <= ts);
    return entry?.name === 'FunctionCall' && (entry.args?.data?.url ?? '').startsWith('chrome-extension://')
      ? task
      : null;
  };
  const counted = new Set<TraceEvent>();
  let open: TraceEvent | null = null;
  let compiledUntil = -Infinity;
  for (const event of main) {
    if (event.name === LIST_MARKS.start) open = event;
    else if (event.name === LIST_MARKS.end && open) {
      const phase = result[phaseOf(open.ts)]!;
      const span = ((event.tts ?? 0) - (open.tts ?? 0)) / 1000;
      phase.cpu += span;
      const task = taskOf(open.ts);
      if (!task) phase.taskCpu += span;
      else if (!counted.has(task)) {
        counted.add(task);
        phase.taskCpu += (task.tdur ?? 0) / 1000;
      }
      phase.wall += (event.ts - open.ts) / 1000;
      open = null;
    } else if (open && event.name === 'V8.CompileCode' && event.ts >= compiledUntil) {
      // Outermost compile events only: a function's compile can hold another's.
      result[phaseOf(open.ts)]!.compile += (event.tdur ?? 0) / 1000;
      compiledUntil = event.ts + (event.dur ?? 0);
    }
  }
  // Outermost events only: a Paint holds Paints of its own.
  let renderedUntil = -Infinity;
  for (const event of main) {
    if (event.ph !== 'X' || !RENDER_EVENTS.has(event.name) || event.ts < first.ts || event.ts < renderedUntil) continue;
    const phase = result[phaseOf(event.ts)]!;
    phase.render += (event.tdur ?? 0) / 1000;
    if (event.name === 'Layout') phase.layouts++;
    renderedUntil = event.ts + (event.dur ?? 0);
  }
  const ourCalls = main.filter(isExtensionScript);
  // Top-level calls only (a FunctionCall can nest in another): the extension's CPU time on the page.
  let extensionCpu = 0;
  let until = -Infinity;
  for (const call of ourCalls) {
    if (call.ts < until) continue;
    extensionCpu += (call.tdur ?? 0) / 1000;
    until = call.ts + (call.dur ?? 0);
  }
  for (const task of main) {
    if (task.ph !== 'X' || !task.cat.includes('toplevel') || (task.dur ?? 0) <= LONG_TASK_US) continue;
    const phase = result[phaseOf(task.ts)]!;
    const end = task.ts + task.dur!;
    const mine = ourCalls.some((call) => call.ts >= task.ts && call.ts < end);
    const cpuLong = (task.tdur ?? 0) > LONG_TASK_US;
    phase.longTasks++;
    if (mine) phase.oursLong++;
    if (cpuLong) phase.cpuLong++;
    if (cpuLong && mine) phase.oursCpuLong++;
  }
  return {load: result[0]!, appended: result[1]!, scroll: result[2]!, extensionCpu};
}

/** One traced run on a list page: load, 25 appended cards, then four more pages of 25 (a 100-card scroll). */
async function tracedRun(context: BrowserContext, list: (typeof LIST_PAGES)[number]) {
  const page = await context.newPage();
  const stop = await startTrace(await context.newCDPSession(page), [
    'toplevel',
    'devtools.timeline',
    'blink.user_timing',
    'disabled-by-default-v8.compile',
  ]);
  try {
    await page.goto(list.url, {waitUntil: 'domcontentloaded'});
    await page.waitForFunction(allMarked, list.card, {timeout: 30_000});
    const cards = await page.evaluate((card) => document.querySelectorAll(card).length, list.card);
    // Quiet first: the answers' repaint and any late work of the load belong to the load.
    await page.waitForTimeout(300);
    await page.evaluate((name) => performance.mark(name), PHASE.appended);
    await append(page, list, 25, 0);
    await page.waitForTimeout(100);
    await page.evaluate((name) => performance.mark(name), PHASE.scroll);
    for (let round = 1; round <= 4; round++) await append(page, list, 25, round);
    await page.waitForTimeout(100);
    return {cards, ...phases(await stop())};
  } finally {
    await page.close();
  }
}

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** The figures of one build on one page, from its runs. */
function report(label: string, runs: Array<Awaited<ReturnType<typeof tracedRun>>>): void {
  const cards = runs[0]!.cards;
  const of = (pick: (run: (typeof runs)[number]) => number) => median(runs.map(pick));
  const longs = (phase: 'load' | 'appended' | 'scroll') =>
    `${of((run) => run[phase].longTasks)} (TPM Lens in ${of((run) => run[phase].oursLong)}; over 50 ms of CPU: ${of((run) => run[phase].cpuLong)}, TPM Lens in ${of((run) => run[phase].oursCpuLong)})`;
  const loadCpu = of((run) => run.load.cpu);
  const loadTasks = of((run) => run.load.taskCpu);
  const fewest = Math.min(...runs.map((run) => run.load.taskCpu));
  // A page of 25 cards: this page's load, less or plus its missing or extra cards at the appended cards'
  // cost each (scaling the whole load by 25/cards would count the page's fixed cost once per card).
  const page25 = (load: number, appended: number) => load + ((25 - cards) * appended) / 25;
  const tasks25 = page25(
    loadTasks,
    of((run) => run.appended.taskCpu),
  );
  const spans25 = page25(
    loadCpu,
    of((run) => run.appended.cpu),
  );
  const phase = (name: 'appended' | 'scroll') =>
    `${ms(of((run) => run[name].taskCpu))} CPU (spans ${ms(of((run) => run[name].cpu))}, wall ${ms(of((run) => run[name].wall))})`;
  console.log(
    `${label.padEnd(22)} ${String(cards).padStart(2)} cards on load: ${ms(loadTasks)} CPU in TPM Lens's tasks, ${ms(tasks25)} for a page of 25 (budget ${BUDGET.markMs} ms; least of ${runs.length} ${ms(fewest)}); ` +
      `in its spans alone ${ms(loadCpu)}, ${ms(spans25)} for a page of 25 (of it compiling cold code ${ms(of((run) => run.load.compile))}; wall ${ms(of((run) => run.load.wall))}); ` +
      `25 appended: ${phase('appended')}; 100-card scroll: ${phase('scroll')}`,
  );
  console.log(
    `${''.padEnd(22)} long tasks (median): on load ${longs('load')}; 25 appended ${longs('appended')}; scroll ${longs('scroll')}; ` +
      `all TPM Lens script CPU on load (start-up, posting, list): ${ms(of((run) => run.extensionCpu))}`,
  );
  const render = (name: 'load' | 'appended' | 'scroll') =>
    `${ms(of((run) => run[name].render))} in ${of((run) => run[name].layouts)} layouts`;
  console.log(
    `${''.padEnd(22)} the page's rendering from the first scan on (style, layout, pre-paint, paint; CPU, median): ` +
      `on load ${render('load')}; 25 appended ${render('appended')}, 100-card scroll ${render('scroll')} (both with the new cards' own rendering)`,
  );
}

async function browserBench(dist: string, baseDist: string | null): Promise<void> {
  console.log(
    `\n== List mode in Chromium: CPU time of TPM Lens's own card work on the page's main thread (the thread's CPU clock in a trace, median of ${RUNS} runs; wall clock beside it); budget ${BUDGET.markMs} ms per 25 cards, no long task over ${BUDGET.longTaskMs} ms`,
  );
  const pages = savedServedPages(join(DATA, 'html'));
  const server = await servePages(pages);
  const rules = [...new Set(pages.map((page) => page.host))]
    .map((host) => `MAP ${host} 127.0.0.1:${server.port}`)
    .concat('MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1');
  const builds = [{label: '', dist}, ...(baseDist ? [{label: 'base', dist: baseDist}] : [])];
  const profiles = builds.map(() => mkdtempSync(join(tmpdir(), 'tpm-lens-bench-cards-')));
  const contexts: BrowserContext[] = [];
  try {
    for (const [index, build] of builds.entries())
      contexts.push(
        await launchChromium(process.env.CHROMIUM ?? '/usr/bin/chromium', profiles[index]!, build.dist, rules),
      );
    if (baseDist) console.log(`this build: ${dist}; base: ${baseDist} (runs alternate)`);
    const only = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES, 'i') : null;
    for (const list of LIST_PAGES.filter((page) => !only || only.test(page.name))) {
      const runs = builds.map((): Array<Awaited<ReturnType<typeof tracedRun>>> => []);
      for (let run = 0; run < RUNS; run++)
        for (const [index, context] of contexts.entries()) runs[index]!.push(await tracedRun(context, list));
      for (const [index, build] of builds.entries()) report(build.label ? `  ${build.label}` : list.name, runs[index]!);
    }
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
    server.close();
    for (const profile of profiles) rmSync(profile, {recursive: true, force: true});
  }
}

async function main(): Promise<void> {
  console.log(
    `TPM Lens bench:cards, ${new Date().toISOString()}, load average ${loadavg()[0]!.toFixed(1)} on this machine`,
  );
  coreBench();
  if (process.env.BENCH_ONLY === 'core') return;
  // BENCH_DIST: a build made beforehand (with test hooks), e.g. another revision's, to compare under the same load.
  await browserBench(
    process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : build(),
    process.env.BENCH_BASE_DIST ? resolve(process.env.BENCH_BASE_DIST) : null,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
