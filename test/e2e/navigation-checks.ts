// Navigation rules on the split-pane test page (split-pane.ts): the panel follows the selected posting
// within 300 ms, never paints the previous one again, never doubles; back/forward and a back/forward-cache
// restore show the right posting. Times are taken with the page's own performance.now(): the click
// handler stamps the click, a MutationObserver in the page stamps each change of the panel.
import type {Page, Worker} from 'playwright-core';
import {assert, loadScaledBudget, STATE_TIMEOUT_MS, type Check, type E2E} from './harness';
import {splitPanePath, type PanePosting} from './split-pane';

export const FOLLOW_LIMIT_MS = 300;
/** The content script polls once a second at most: a window that long shows a late repaint, if any. */
const SETTLE_WINDOW_MS = 1000;
const HOST = 'www.linkedin.com';

type Sample = {t: number; title: string | null; node: number; hosts: number; headings: number};
type Hooks = {clickAt: number; contentAt: number; popAt: number; contentDelayMs: number; restored: number};

/** Records every change of the panel (title, its heading element, number of panels) with a timestamp. */
function installSampler(): void {
  const scope = window as unknown as {tpmSamples?: Sample[]};
  if (scope.tpmSamples) return;
  const samples: Sample[] = [];
  const ids = new WeakMap<Element, number>();
  let nextId = 1;
  let observedRoot: ShadowRoot | null = null;
  const read = () => {
    const hosts = document.querySelectorAll('#tpm-lens-panel');
    const root = hosts[0]?.shadowRoot ?? null;
    if (root && root !== observedRoot) {
      observer.observe(root, {subtree: true, childList: true, characterData: true, attributes: true});
      observedRoot = root;
    }
    const headings = root ? [...root.querySelectorAll('[data-testid=posting-title]')] : [];
    const chip = root?.querySelector('[data-testid=not-tpm-chip] button') ?? null;
    const shown = headings[0] ?? chip;
    if (shown && !ids.has(shown)) ids.set(shown, nextId++);
    const title = headings[0]?.textContent?.trim() ?? chip?.getAttribute('title')?.replace(/^TPM Lens: /, '') ?? null;
    const sample = {
      t: performance.now(),
      title,
      node: shown ? ids.get(shown)! : 0,
      hosts: hosts.length,
      headings: headings.length,
    };
    const last = samples.at(-1);
    if (
      !last ||
      last.title !== sample.title ||
      last.node !== sample.node ||
      last.hosts !== sample.hosts ||
      last.headings !== sample.headings
    )
      samples.push(sample);
  };
  const observer = new MutationObserver(read);
  observer.observe(document.documentElement, {subtree: true, childList: true});
  read();
  scope.tpmSamples = samples;
}

const samples = (page: Page) => page.evaluate(() => (window as unknown as {tpmSamples: Sample[]}).tpmSamples);
const hooks = (page: Page) => page.evaluate(() => (window as unknown as {tpmTest: Hooks}).tpmTest);

async function waitForTitle(page: Page, title: string): Promise<void> {
  await page.waitForFunction(
    (expected) => (window as unknown as {tpmSamples: Sample[]}).tpmSamples.at(-1)?.title === expected,
    title,
    {timeout: STATE_TIMEOUT_MS},
  );
}

/**
 * Runs `act`, waits for `to` and a settle window, then checks the panel's history since `act`:
 * one panel at most, `from` never painted afresh (a new element) and never back once gone, `to` kept
 * once shown. Returns ms from the page's own stamp (`since`) to the first sample showing `to`.
 */
async function transition(
  page: Page,
  from: string,
  to: string,
  since: keyof Hooks,
  act: () => Promise<void>,
): Promise<number> {
  const before = await samples(page);
  const previousNode = before.at(-1)?.node ?? 0;
  await act();
  const arrived = await waitForTitle(page, to).then(
    () => true,
    () => false,
  );
  if (arrived) await page.waitForTimeout(SETTLE_WINDOW_MS);
  const after = (await samples(page)).slice(before.length);
  const stamp = (await hooks(page))[since];
  /** "62ms:Title#3x1": time since the stamp, title shown, heading element id, number of panels. */
  const describe = () =>
    after
      .map((sample) => `${(sample.t - stamp).toFixed(0)}ms:${sample.title ?? '-'}#${sample.node}x${sample.hosts}`)
      .join(' ');
  assert(arrived, `the panel never showed "${to}" (from "${from}"): ${describe() || 'no change at all'}`);
  assert(
    after.every((sample) => sample.hosts <= 1 && sample.headings <= 1),
    `the panel doubled: ${describe()}`,
  );
  const left = after.findIndex((sample) => sample.title !== from);
  assert(
    !after.some((sample) => sample.title === from && sample.node !== previousNode),
    `the previous posting was painted again: ${describe()}`,
  );
  assert(
    left < 0 || !after.slice(left).some((sample) => sample.title === from),
    `the previous posting came back: ${describe()}`,
  );
  const shown = after.findIndex((sample) => sample.title === to);
  assert(
    shown >= 0 && after.slice(shown).every((sample) => sample.title === to),
    `the panel did not stay on the selected posting: ${describe()}`,
  );
  return after[shown]!.t - stamp;
}

const clickItem = (page: Page, posting: PanePosting) =>
  page.locator(`[data-occludable-job-id="${posting.id}"] a`).click();

/** The background's stored summary for a page URL (polled: reports are asynchronous). */
async function storedTitle(worker: Worker, url: string): Promise<string | null> {
  return worker.evaluate(async (pageUrl) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own chrome.* API
    const chrome = (globalThis as any).chrome;
    for (let i = 0; i < 50; i++) {
      const stored: Record<string, {url: string; title: string}> = await chrome.storage.session.get(null);
      const entry = Object.values(stored).find((summary) => summary.url === pageUrl);
      if (entry) return entry.title;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return null;
  }, url);
}

const summarize = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `n=${sorted.length} min ${sorted[0]!.toFixed(0)} median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} max ${sorted.at(-1)!.toFixed(0)} ms`;
};

export function navigationChecks(e2e: E2E, postings: PanePosting[]): Check[] {
  const [a, b, c] = postings as [PanePosting, PanePosting, PanePosting];
  let tab: Page | null = null;
  /** The split-pane tab, opened on posting A on first use and kept across the checks (they build on its history). */
  const splitPane = async () => {
    if (tab) return tab;
    tab = await e2e.open(HOST, splitPanePath(a.id));
    await tab.waitForFunction(() => 'tpmTest' in window, null, {timeout: STATE_TIMEOUT_MS});
    await tab.evaluate(installSampler);
    await waitForTitle(tab, a.title);
    return tab;
  };
  /** The posting the page's URL selects, and the one `steps` further down the list. */
  const onScreen = (page: Page) =>
    postings.find((posting) => posting.id === new URL(page.url()).searchParams.get('currentJobId')) ?? a;
  const next = (from: PanePosting, steps: number) => postings[(postings.indexOf(from) + steps) % postings.length]!;
  const overLimit = (label: string, times: number[]) => {
    const budget = loadScaledBudget(FOLLOW_LIMIT_MS);
    const slow = times.filter((time) => time > budget.ms);
    assert(
      slow.length === 0,
      `${label}: ${slow.length} of ${times.length} over ${FOLLOW_LIMIT_MS} ms${budget.note} (${summarize(times)})`,
    );
  };

  return [
    {
      name: 'split pane: the panel shows the posting selected on load, as the TPM role people labelled it',
      run: async () => {
        const page = await splitPane();
        assert((await page.locator('#tpm-lens-panel').count()) === 1, 'not exactly one panel');
        // The saved pages are all other roles; this is the verdict's other side (labels: is_tpm "yes").
        const verdict = await page.locator('#tpm-lens-panel [data-testid=verdict]').getAttribute('data-verdict');
        assert(verdict === 'tpm', `verdict ${verdict} for "${a.title}", labelled a TPM role`);
      },
    },
    {
      name: `split pane: a click (content replaced, pushState) moves the panel within ${FOLLOW_LIMIT_MS} ms, never back, never doubled`,
      run: async () => {
        const page = await splitPane();
        const times: number[] = [];
        const order = [a, b, c, a, b, c, a];
        for (let index = 1; index < order.length; index++) {
          const [from, to] = [order[index - 1]!, order[index]!];
          times.push(await transition(page, from.title, to.title, 'clickAt', () => clickItem(page, to)));
          assert(new URL(page.url()).searchParams.get('currentJobId') === to.id, `URL did not follow: ${page.url()}`);
        }
        console.log(`    click to panel: ${summarize(times)}`);
        overLimit('click to panel', times);
      },
    },
    {
      name: 'split pane: two quick clicks end on the second posting, the first never painted after it',
      run: async () => {
        const page = await splitPane();
        // From the posting on screen: the next, then the one after 60 ms later, faster than any analysis finishes.
        const current = onScreen(page);
        const first = next(current, 1);
        const second = next(current, 2);
        await transition(page, current.title, second.title, 'clickAt', () =>
          page.evaluate(
            ([firstId, secondId]) => {
              document.querySelector<HTMLElement>(`[data-occludable-job-id="${firstId}"] a`)!.click();
              setTimeout(
                () => document.querySelector<HTMLElement>(`[data-occludable-job-id="${secondId}"] a`)!.click(),
                60,
              );
            },
            [first.id, second.id],
          ),
        );
      },
    },
    {
      name: 'split pane: six quick clicks (faster than an analysis) end on the last posting; no earlier one painted after it',
      run: async () => {
        const page = await splitPane();
        // Clicks 25-70 ms apart, each while the one before is still being read or analysed (some before
        // the page has replaced the pane), going back and forth. Whatever the timing, once the last click
        // is made the panel may show "reading" and then the last posting only, and must stay on it.
        const current = onScreen(page);
        const order = [1, 2, 0, 1, 0, 2].map((steps) => next(current, steps));
        const last = order.at(-1)!;
        const before = (await samples(page)).length;
        await page.evaluate(
          (ids) =>
            new Promise<void>((resolve) => {
              const gaps = [25, 70, 40, 30, 55];
              const click = (index: number) => {
                document.querySelector<HTMLElement>(`[data-occludable-job-id="${ids[index]}"] a`)!.click();
                if (index + 1 < ids.length) setTimeout(() => click(index + 1), gaps[index]);
                else resolve();
              };
              click(0);
            }),
          order.map((posting) => posting.id),
        );
        const arrived = await waitForTitle(page, last.title).then(
          () => true,
          () => false,
        );
        if (arrived) await page.waitForTimeout(SETTLE_WINDOW_MS);
        const lastClick = (await hooks(page)).clickAt;
        const all = (await samples(page)).slice(before);
        const describe = () =>
          all
            .map((sample) => `${(sample.t - lastClick).toFixed(0)}ms:${sample.title ?? '-'}x${sample.hosts}`)
            .join(' ');
        assert(arrived, `the panel never showed "${last.title}": ${describe()}`);
        assert(
          all.every((sample) => sample.hosts <= 1 && sample.headings <= 1),
          `the panel doubled: ${describe()}`,
        );
        const stale = all.filter((sample) => sample.t >= lastClick && sample.title && sample.title !== last.title);
        assert(stale.length === 0, `an earlier click's posting was painted after the last click: ${describe()}`);
        assert(all.at(-1)?.title === last.title, `the panel did not stay on "${last.title}": ${describe()}`);
        assert(new URL(page.url()).searchParams.get('currentJobId') === last.id, `URL did not follow: ${page.url()}`);
      },
    },
    {
      name: `split pane: when the URL changes before the posting arrives, the panel waits for it (within ${FOLLOW_LIMIT_MS} ms of its arrival)`,
      run: async () => {
        const page = await splitPane();
        // Longer than the content script's slowest poll, so a read at the URL change would meet the old posting.
        await page.evaluate(() => {
          (window as unknown as {tpmTest: Hooks}).tpmTest.contentDelayMs = 1200;
        });
        try {
          const from = onScreen(page);
          const to = next(from, 1);
          const elapsed = await transition(page, from.title, to.title, 'contentAt', () => clickItem(page, to));
          console.log(`    posting arrival to panel: ${elapsed.toFixed(0)} ms`);
          overLimit('arrival to panel', [elapsed]);
        } finally {
          await page.evaluate(() => {
            (window as unknown as {tpmTest: Hooks}).tpmTest.contentDelayMs = 0;
          });
        }
      },
    },
    {
      name: 'split pane: back and forward show the posting of each history entry',
      run: async () => {
        const page = await splitPane();
        // Two entries of its own: whatever is on screen, then P, then Q; back goes to P, forward to Q.
        const current = onScreen(page);
        const p = next(current, 1);
        const q = next(current, 2);
        await transition(page, current.title, p.title, 'clickAt', () => clickItem(page, p));
        await transition(page, p.title, q.title, 'clickAt', () => clickItem(page, q));
        const times: number[] = [];
        times.push(
          await transition(page, q.title, p.title, 'popAt', () =>
            page.goBack({waitUntil: 'commit'}).then(() => undefined),
          ),
        );
        assert(new URL(page.url()).searchParams.get('currentJobId') === p.id, `back went to ${page.url()}`);
        times.push(
          await transition(page, p.title, q.title, 'popAt', () =>
            page.goForward({waitUntil: 'commit'}).then(() => undefined),
          ),
        );
        assert(new URL(page.url()).searchParams.get('currentJobId') === q.id, `forward went to ${page.url()}`);
        console.log(`    popstate to panel: ${times.map((time) => time.toFixed(0)).join(', ')} ms`);
        overLimit('popstate to panel', times);
      },
    },
    {
      name: 'split pane: leaving and coming back (back/forward cache) shows the right posting again',
      run: async () => {
        const page = await splitPane();
        const url = page.url();
        const current = onScreen(page);
        const restoredBefore = (await hooks(page)).restored;
        // Chromium says why it did not use the cache, if it did not.
        const cdp = await e2e.ctx.newCDPSession(page);
        const notRestored: string[] = [];
        cdp.on('Page.backForwardCacheNotUsed', (event: {notRestoredExplanations: Array<{reason: string}>}) =>
          notRestored.push(...event.notRestoredExplanations.map((explanation) => explanation.reason)),
        );
        await cdp.send('Page.enable');
        await page.goto(`https://${HOST}/feed/`, {waitUntil: 'domcontentloaded'});
        // A restore from the cache fires no load events: wait for the commit, then on conditions.
        await page.goBack({waitUntil: 'commit'});
        assert(page.url() === url, `back went to ${page.url()}`);
        await page.waitForFunction(() => 'tpmTest' in window, null, {timeout: STATE_TIMEOUT_MS});
        const restored = (await hooks(page)).restored > restoredBefore;
        if (!restored) await page.evaluate(installSampler);
        await waitForTitle(page, current.title);
        assert((await page.locator('#tpm-lens-panel').count()) === 1, 'not exactly one panel after coming back');
        // The page reported "gone" on leaving; back, it must report its posting again.
        const stored = await storedTitle(e2e.worker, url);
        assert(stored === current.title, `background holds "${stored}" for the restored page`);
        assert(
          restored,
          `the page was reloaded, not restored from the back/forward cache (Chromium: ${notRestored.join(', ') || 'no reason given'})`,
        );
        await page.close();
        tab = null;
      },
    },
  ];
}
