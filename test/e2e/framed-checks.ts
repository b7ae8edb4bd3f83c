// A company's careers page that shows its Greenhouse job in an iframe (?gh_jid= on the company's own host, the
// job at boards.greenhouse.io/embed/job_app): the content script runs in that frame (SiteAdapter.framedPaths)
// and shows the panel there, while the company's page, a host the extension does not match, gets nothing. The
// frame serves the saved real Greenhouse page: Greenhouse's embed renders the same job board.
import {join} from 'node:path';
import {assert, squash, STATE_TIMEOUT_MS, type Check, type E2E} from './harness';
import {readSaved, SAVED_PAGES} from './saved-pages';
import type {ServedPage} from './server';

/** The company's page, the job board's frame in it, and the saved page the frame serves (also test/e2e/firefox.ts). */
export const FRAMED = {
  company: {host: 'careers.example.com', path: '/jobs/?gh_jid=4315289005'},
  embed: {host: 'boards.greenhouse.io', path: '/embed/job_app?for=scaleai&token=4315289005'},
  saved: SAVED_PAGES.find((page) => page.file === 'greenhouse/jobdog_greenhouse_scaleai_4315289005.html')!,
};
const {company: COMPANY, embed: EMBED, saved: SAVED} = FRAMED;

export function framedServedPages(htmlDir: string): ServedPage[] {
  return [
    {
      ...COMPANY,
      body: `<!doctype html><title>Careers | Example</title><main><h1>Open roles</h1><iframe id="grnhse_iframe" title="Greenhouse Job Board" width="100%" height="2400" src="https://${EMBED.host}${EMBED.path}"></iframe></main>`,
      // The saved pages' CSP lets nothing load; this page must load its frame.
      csp: `default-src 'none'; frame-src https://${EMBED.host}`,
    },
    {...EMBED, file: join(htmlDir, SAVED.file)},
  ];
}

export function framedChecks(e2e: E2E, htmlDir: string): Check[] {
  return [
    {
      name: "a Greenhouse job in a company's careers page frame shows the panel in the frame, the page gets nothing",
      run: async () => {
        assert(SAVED.expect.kind === 'posting', 'the saved Greenhouse page is not a posting');
        const expectedTitle = SAVED.expect.title(readSaved(htmlDir, SAVED), new URL(SAVED.url));
        const page = await e2e.open(COMPANY.host, COMPANY.path);
        try {
          const frameElement = await page.waitForSelector('#grnhse_iframe', {timeout: STATE_TIMEOUT_MS});
          const frame = await frameElement.contentFrame();
          assert(frame, 'the careers page has no job frame');
          const state = await frame
            .waitForFunction(() => document.documentElement.dataset.tpmLens ?? false, null, {timeout: STATE_TIMEOUT_MS})
            .then((handle) => handle.jsonValue())
            .catch(() => null);
          assert(state === 'analyzed' || state === 'not-tpm', `the frame's dataset.tpmLens is ${String(state)}`);
          const host = frame.locator('#tpm-lens-panel');
          await host
            .locator('[data-testid=panel], [data-testid=not-tpm-chip]')
            .first()
            .waitFor({timeout: STATE_TIMEOUT_MS});
          const chip = host.locator('[data-testid=not-tpm-chip] button').first();
          if (await chip.count()) await chip.click();
          const title = (
            await host.locator('[data-testid=posting-title]').innerText({timeout: STATE_TIMEOUT_MS})
          ).trim();
          assert(
            expectedTitle && squash(title) === squash(expectedTitle),
            `panel title "${title}", the job says "${expectedTitle}"`,
          );
          assert((await page.locator('#tpm-lens-panel').count()) === 0, "a panel on the company's own page");
          const pageState = await page.evaluate(() => document.documentElement.dataset.tpmLens ?? null);
          assert(pageState === null, `the company's page has dataset.tpmLens ${pageState}`);
        } finally {
          await page.close();
        }
      },
    },
  ];
}
