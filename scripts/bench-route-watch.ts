// npm run bench:route-watch: what TPM Lens costs a page that cannot hold a posting, where the issue asks for
// nothing but a route check: LinkedIn's feed (its profiles and messages alike), where only the route watcher
// runs (src/content/router.ts). Traced loads in Chromium, the page's main-thread CPU in TPM Lens's own
// script (its start and every call into it, thread clock), median, beside a no-op content script declared on
// the same pages. Prints figures only. BENCH_DIST: a store build made beforehand (default: built into
// .tmp/bench-route-watch/); BENCH_BASE_DIST: another commit's store build, its loads alternated with these;
// BENCH_RUNS: loads per build (10).
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {launchChromium} from '../test/e2e/harness';
import {servePages} from '../test/e2e/server';
import {buildExtension, noopExtension} from './bench-build';
import {median} from './bench-stats';
import {extensionCpu, startTrace} from './bench-trace';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, '.tmp', 'bench-route-watch');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const FEED = 'https://www.linkedin.com/feed/';
/** A feed-like page: a title and a few hundred blocks of text, no script of its own (the server's CSP). */
const FEED_PAGE = `<!doctype html><title>Feed | LinkedIn</title><main><h1>Feed</h1>${'<div><p>A post in the feed.</p></div>'.repeat(300)}</main>`;

/** TPM Lens's CPU on one load of the feed: its outermost script events on the page's main thread, ms. */
async function load(context: Awaited<ReturnType<typeof launchChromium>>): Promise<number> {
  const page = await context.newPage();
  const stop = await startTrace(await context.newCDPSession(page), ['toplevel', 'devtools.timeline']);
  await page.goto(FEED, {waitUntil: 'load'});
  // The content script runs at document_idle, and a route watcher's first poll would come within this.
  await page.waitForTimeout(1500);
  const events = await stop();
  await page.close();
  return extensionCpu(events);
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`bench:route-watch: skipped (needs ${CHROMIUM})`);
    return;
  }
  const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : buildExtension(join(OUT, 'dist'));
  const builds: Array<[string, string]> = [
    ['TPM Lens', dist],
    ['no-op content script on the same pages', noopExtension(dist, join(OUT, 'noop'))],
    ...(process.env.BENCH_BASE_DIST ? [['base build', resolve(process.env.BENCH_BASE_DIST)] as [string, string]] : []),
  ];
  const server = await servePages([{host: 'www.linkedin.com', path: '/feed/', body: FEED_PAGE}]);
  const rules = [`MAP www.linkedin.com 127.0.0.1:${server.port}`, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'];
  const contexts = [];
  const profiles: string[] = [];
  try {
    for (const [, folder] of builds) {
      const profile = mkdtempSync(join(tmpdir(), 'tpm-lens-bench-route-'));
      profiles.push(profile);
      const context = await launchChromium(CHROMIUM, profile, folder, rules);
      await load(context); // A first load, uncounted: the browser's own caches warm.
      contexts.push(context);
    }
    const cpu: number[][] = builds.map(() => []);
    for (let run = 0; run < RUNS; run++)
      for (const [index, context] of contexts.entries()) cpu[index]!.push(await load(context));
    console.log(
      `== A page that cannot hold a posting (LinkedIn feed, ${FEED}): TPM Lens's script CPU on the page's main thread (trace, thread clock; median of ${RUNS} loads, builds alternated; load average ${loadavg()[0]!.toFixed(1)})`,
    );
    for (const [index, [label]] of builds.entries())
      console.log(
        `${label.padEnd(40)} ${median(cpu[index]!).toFixed(2)} ms (least ${Math.min(...cpu[index]!).toFixed(2)}, most ${Math.max(...cpu[index]!).toFixed(2)})`,
      );
    console.log('(budget: a route check; the no-op line is what any content script costs the page)');
  } finally {
    for (const context of contexts) await context.close().catch(() => undefined);
    await server.close();
    for (const profile of profiles) rmSync(profile, {recursive: true, force: true});
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
