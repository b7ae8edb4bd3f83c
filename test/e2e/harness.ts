// What every Chromium e2e check shares: the browser with the built extension, the page server's host
// names, and small waits on conditions (never on fixed sleeps: the machine may be loaded).
import type {BrowserContext, Page, Worker} from 'playwright-core';
import {chromium} from 'playwright-core';

/** Generous: the first load on a busy 2-core machine can take seconds. Retries in the content script add ~5 s. */
export const STATE_TIMEOUT_MS = 15_000;

export type Check = {name: string; run: () => Promise<void>};

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
export function launchChromium(executablePath: string, profileDir: string, dist: string, rules: string[]): Promise<BrowserContext> {
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

