// What every Chromium e2e check shares: the browser with the built extension, the page server's host
// names, and small waits on conditions (never on fixed sleeps: the machine may be loaded).
import type {BrowserContext, Page, Worker} from 'playwright-core';
import {chromium} from 'playwright-core';
import {readFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import {errorMessage} from '../../src/core/error-message';

/** Generous: the first load on a busy 2-core machine can take seconds. Retries in the content script add ~5 s. */
export const STATE_TIMEOUT_MS = 15_000;

export type Check = {name: string; run: () => Promise<void>};

/** The machine's CPU time so far, in clock ticks: all of it, and what the hypervisor gave other guests. */
export interface CpuClock {
  total: number;
  steal: number;
}

/** Linux's /proc/stat "cpu" line; null elsewhere (no steal is then counted). */
export function cpuClock(): CpuClock | null {
  try {
    const fields = /^cpu\s+(.*)$/m.exec(readFileSync('/proc/stat', 'utf8'))![1]!.trim().split(/\s+/).map(Number);
    // user nice system idle iowait irq softirq steal (guest times are counted in user already).
    return {total: fields.slice(0, 8).reduce((sum, value) => sum + value, 0), steal: fields[7] ?? 0};
  } catch {
    return null;
  }
}

/**
 * A time budget for the page to follow something (cards marked, the panel moved). On a machine running
 * more than one runnable task per core (shared CI, parallel builds) every step of the page slows down
 * alike, so the budget is scaled by the load and the scaled figure is printed; on a machine at or under
 * one task per core it is the budget itself. `since` (a cpuClock() taken when the timed step began): a
 * virtual machine whose host took a share of its CPU meanwhile (steal time, which the load average does
 * not count; 18-25% was seen here while a check ran) gets the budget over what was left to it.
 */
export function loadScaledBudget(budgetMs: number, since?: CpuClock | null): {ms: number; note: string} {
  const perCore = loadavg()[0]! / Math.max(1, cpus().length);
  const now = since ? cpuClock() : null;
  const ticks = since && now ? now.total - since.total : 0;
  const stolen = ticks > 0 ? Math.min(0.9, (now!.steal - since!.steal) / ticks) : 0;
  const scale = Math.max(1, perCore) / (1 - stolen);
  if (scale <= 1) return {ms: budgetMs, note: ''};
  const ms = budgetMs * scale;
  const why = [
    perCore > 1 ? `load ${perCore.toFixed(1)} per core` : '',
    stolen > 0 ? `${(stolen * 100).toFixed(0)}% of the CPU stolen by the host` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {ms, note: ` (${why}: budget ${ms.toFixed(0)} ms)`};
}

/** Runs checks in order, printing one line each; a failing check does not stop the others. */
export async function runChecks(checks: readonly Check[], only?: RegExp): Promise<{passed: number; failed: number}> {
  let passed = 0;
  let failed = 0;
  for (const check of checks) {
    if (only && !only.test(check.name)) continue;
    const started = Date.now();
    try {
      await check.run();
      passed++;
      console.log(`  ok   ${check.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  FAIL ${check.name}: ${errorMessage(error)}`);
    }
  }
  return {passed, failed};
}

/** What a group of checks gets to work with. */
export interface E2E {
  ctx: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens https://host/path in a new tab (the host is mapped onto the local page server). */
  open(host: string, path: string): Promise<Page>;
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Whitespace-insensitive form for comparing titles read by different means. */
export const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Resolves to dataset.tpmLens once the content script has decided, or null if it never does. */
export async function pageState(page: Page, timeout = STATE_TIMEOUT_MS): Promise<string | null> {
  try {
    const handle = await page.waitForFunction(() => document.documentElement.dataset.tpmLens ?? false, null, {timeout});
    return (await handle.jsonValue()) as string;
  } catch {
    return null;
  }
}

/** The panel's title, opening the "Not a TPM role" chip first when that is what is shown. */
export async function openPanelTitle(page: Page): Promise<string> {
  const host = page.locator('#tpm-lens-panel');
  await host.locator('[data-testid=panel], [data-testid=not-tpm-chip]').first().waitFor({timeout: STATE_TIMEOUT_MS});
  const chip = host.locator('[data-testid=not-tpm-chip] button').first();
  if (await chip.count()) await chip.click();
  return (await host.locator('[data-testid=posting-title]').innerText({timeout: STATE_TIMEOUT_MS})).trim();
}

/** Chromium with the extension at `dist` loaded, host names mapped by `rules`. */
export function launchChromium(
  executablePath: string,
  profileDir: string,
  dist: string,
  rules: string[],
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    // Playwright turns the back/forward cache off; the navigation checks need it as users have it.
    ignoreDefaultArgs: ['--disable-extensions', '--disable-back-forward-cache'],
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=${rules.join(', ')}`,
      '--ignore-certificate-errors',
    ],
  });
}

/**
 * Forgets the panel's remembered collapse and closed postings (storage.local). The suite reuses one
 * browser profile: a check that collapses or closes the panel would otherwise change the next ones.
 */
export async function clearPanelPrefs(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own chrome.* API
    await (globalThis as any).chrome.storage.local.remove(['panelCollapsed', 'dismissedPostings']);
  });
}

/** Polls storage.local until `key` holds a value `accept` takes (a condition, not a fixed sleep). */
export async function waitForLocal(
  worker: Worker,
  key: string,
  accept: (value: unknown) => boolean,
  timeout = STATE_TIMEOUT_MS,
): Promise<unknown> {
  const started = Date.now();
  for (;;) {
    const value = await worker.evaluate(async (name) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own chrome.* API
      return ((await (globalThis as any).chrome.storage.local.get(name)) as Record<string, unknown>)[name];
    }, key);
    if (accept(value)) return value;
    if (Date.now() - started > timeout) throw new Error(`storage.local.${key} is ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs a runner's main and exits with its code; a crash still prints the summary line CI reads. */
export function exitWith(label: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      console.log(`${label}: 0 passed, 1 failed`);
      process.exit(1);
    },
  );
}
