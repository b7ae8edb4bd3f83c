// "Your postings" in real Chromium: three saved real postings opened under their real hosts are listed,
// exactly those; a status survives a reload; two compare side by side; the CSV export parses back; a
// corrupt import is refused with a message and loses nothing; the panel's Save and the popup's link work.
import {readFileSync} from 'node:fs';
import {parse} from 'csv-parse/sync';
import type {Page} from 'playwright-core';
import {assert, openPanelTitle, squash, STATE_TIMEOUT_MS, type Check, type E2E} from './harness';
import {openPinned} from './saved-checks';
import {readSaved, SAVED_PAGES, type SavedPage} from './saved-pages';

/** Three sites, three postings: LinkedIn, Greenhouse and Indeed pages as saved from their real addresses. */
const FILES = [
  'linkedin/jobdog_linkedin_openai_3915648739.html',
  'greenhouse/jobdog_greenhouse_scaleai_4315289005.html',
  'indeed/talynt_indeed_posting.html',
];
/** A fourth, for the panel's Save with remembering turned off. */
const SAVE_FILE = 'linkedin/jobdog_linkedin_anthropic_4053542511.html';

const pageOf = (file: string): SavedPage => {
  const page = SAVED_PAGES.find((candidate) => candidate.file === file);
  assert(page, `${file} is not in saved-pages.ts`);
  return page;
};

export function postingsChecks(e2e: E2E, htmlDir: string): Check[] {
  const url = `chrome-extension://${e2e.extensionId}/src/postings/index.html`;
  const expectedTitle = (page: SavedPage) => {
    assert(page.expect.kind === 'posting', `${page.file} is not a posting`);
    const title = page.expect.title(readSaved(htmlDir, page), new URL(page.url));
    assert(title, `${page.file} gives no title to expect`);
    return squash(title);
  };

  const setSettings = (settings: {remember: string; forgetAfterDays: number | null} | null) =>
    e2e.worker.evaluate(async (value) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own chrome.* API
      const chrome = (globalThis as any).chrome;
      if (value) await chrome.storage.local.set({postingsSettings: value});
      else await chrome.storage.local.remove('postingsSettings');
    }, settings);

  const openList = async (): Promise<Page> => {
    const page = await e2e.ctx.newPage();
    // Every Content Security Policy violation the page raises, from its first script on (see noViolation).
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as {cspViolations: string[]}).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} by ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    await page.goto(url);
    await page
      .getByTestId('postings-count')
      .filter({hasText: /stored/})
      .waitFor({timeout: STATE_TIMEOUT_MS});
    return page;
  };

  /** Reloads the list until it shows `count` rows (the background writes after it has answered the page). */
  const waitForRows = async (page: Page, count: number) => {
    const started = Date.now();
    for (;;) {
      const rows = await page.getByTestId('posting-row').count();
      if (rows === count) return;
      if (Date.now() - started > STATE_TIMEOUT_MS)
        throw new Error(`the list shows ${rows} postings, expected ${count}`);
      await page.waitForTimeout(250);
      await page.reload();
      await page
        .getByTestId('postings-count')
        .filter({hasText: /stored/})
        .waitFor({timeout: STATE_TIMEOUT_MS});
    }
  };

  const clearAll = async (page: Page) => {
    const clear = page.getByTestId('clear-all');
    if (await clear.isDisabled()) return;
    await clear.click();
    await page.getByTestId('clear-confirm').click();
    await page.getByTestId('postings-message').filter({hasText: 'cleared'}).waitFor({timeout: STATE_TIMEOUT_MS});
  };

  /** The page ran no string as code, nor tried to: zod is set up jitless (src/core/zod-config.ts). */
  const noViolation = async (page: Page) => {
    const seen = await page.evaluate(() => (window as unknown as {cspViolations?: string[]}).cspViolations ?? []);
    assert(seen.length === 0, `Content Security Policy violations: ${seen.join('; ')}`);
  };

  const titlesOn = async (page: Page) =>
    (await page.locator('[data-testid=posting-row] [data-col=title] a').allInnerTexts()).map(squash);

  let three: Promise<string[]> | null = null;
  /** The store holding exactly the three postings (cleared first: the suite's other checks remember too). */
  const openThree = () =>
    (three ??= (async () => {
      const list = await openList();
      await clearAll(list);
      await list.close();
      // Every posting, so the three need not be TPM roles.
      await setSettings({remember: 'all', forgetAfterDays: null});
      const titles: string[] = [];
      for (const file of FILES) {
        const saved = pageOf(file);
        const tab = await openPinned(e2e, saved);
        const shown = squash(await openPanelTitle(tab));
        assert(shown === expectedTitle(saved), `panel shows "${shown}" on ${file}`);
        titles.push(shown);
        await tab.close();
      }
      return titles;
    })());

  return [
    {
      name: 'Your postings lists exactly the three saved real postings opened under their real hosts, raising no Content Security Policy violation',
      run: async () => {
        const titles = await openThree();
        const page = await openList();
        try {
          await waitForRows(page, 3);
          assert(
            JSON.stringify((await titlesOn(page)).sort()) === JSON.stringify([...titles].sort()),
            `listed ${JSON.stringify(await titlesOn(page))}, opened ${JSON.stringify(titles)}`,
          );
          const keys = await page
            .getByTestId('posting-row')
            .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key')));
          assert(
            keys.includes('linkedin:3915648739') &&
              keys.includes('greenhouse:4315289005') &&
              keys.includes('indeed:bf873f62104b48b5'),
            `keys ${keys.join(', ')}`,
          );
          assert(
            /^3 postings stored, about [\d.]+ MB/.test(await page.getByTestId('postings-count').innerText()),
            `count line: ${await page.getByTestId('postings-count').innerText()}`,
          );
          await noViolation(page);
        } finally {
          await page.close();
        }
      },
    },
    {
      name: 'Your postings keeps a status set in place across a reload',
      run: async () => {
        await openThree();
        const page = await openList();
        try {
          await waitForRows(page, 3);
          const row = page.locator('[data-testid=posting-row][data-key="greenhouse:4315289005"]');
          const message = page.getByTestId('postings-message');
          await row.getByTestId('status').selectOption('applied');
          await message.filter({hasText: 'Status saved'}).waitFor({timeout: STATE_TIMEOUT_MS});
          await row.getByTestId('notes').fill('Recruiter call on Tuesday, "bring numbers"');
          await row.getByTestId('notes').blur();
          // Stored once the page says so (a reload before that, on a loaded machine, lost the notes in this test).
          await message.filter({hasText: 'Notes saved'}).waitFor({timeout: STATE_TIMEOUT_MS});
          // Sorting by status puts it last among the three (new < applied).
          await page.locator('button.sort[data-sort=status]').click();
          await page.reload();
          const again = page.locator('[data-testid=posting-row][data-key="greenhouse:4315289005"]');
          await again.waitFor({timeout: STATE_TIMEOUT_MS});
          assert(
            (await again.getByTestId('status').inputValue()) === 'applied',
            `status after reload: ${await again.getByTestId('status').inputValue()}`,
          );
          assert(
            (await again.getByTestId('notes').inputValue()) === 'Recruiter call on Tuesday, "bring numbers"',
            'notes lost on reload',
          );
        } finally {
          await page.close();
        }
      },
    },
    {
      name: 'Your postings compares two postings side by side',
      run: async () => {
        await openThree();
        const page = await openList();
        try {
          await waitForRows(page, 3);
          assert(await page.getByTestId('compare').isDisabled(), 'compare is offered with nothing selected');
          const rows = page.getByTestId('posting-row');
          await rows.nth(0).locator('input[type=checkbox]').check();
          await rows.nth(1).locator('input[type=checkbox]').check();
          await page.getByTestId('compare').click();
          const view = page.getByTestId('compare-view');
          await view.waitFor({timeout: STATE_TIMEOUT_MS});
          assert((await view.getByTestId('compare-column').count()) === 2, 'not two columns');
          const text = await view.innerText();
          assert(
            /Level II where it is/.test(text) && /Years required/.test(text) && /Fit gaps/.test(text),
            'compare lacks pay level, requirements or fit rows',
          );
          assert(/OFLC|no data/.test(text), 'no benchmark source in the comparison');
        } finally {
          await page.close();
        }
      },
    },
    {
      name: 'Your postings exports CSV that parses back to the three postings',
      run: async () => {
        const titles = await openThree();
        const page = await openList();
        try {
          await waitForRows(page, 3);
          const download = page.waitForEvent('download', {timeout: STATE_TIMEOUT_MS});
          await page.getByTestId('export-csv').click();
          const file = await (await download).path();
          const text = readFileSync(file, 'utf8');
          assert(text.includes('\r\n'), 'CSV rows do not end in CRLF (RFC 4180)');
          const rows = parse(text, {columns: true}) as Array<Record<string, string>>;
          assert(rows.length === 3, `${rows.length} CSV rows`);
          assert(
            JSON.stringify(rows.map((row) => squash(row.title ?? '')).sort()) === JSON.stringify([...titles].sort()),
            `CSV titles ${rows.map((row) => row.title).join(' | ')}`,
          );
          assert(
            rows.find((row) => row.key === 'greenhouse:4315289005')?.status === 'applied',
            'the CSV lost the status set earlier',
          );
        } finally {
          await page.close();
        }
      },
    },
    {
      name: 'Your postings refuses a corrupt import with a message and loses nothing; its own JSON export imports back',
      run: async () => {
        await openThree();
        const page = await openList();
        try {
          await waitForRows(page, 3);
          const download = page.waitForEvent('download', {timeout: STATE_TIMEOUT_MS});
          await page.getByTestId('export-json').click();
          const exported = readFileSync(await (await download).path(), 'utf8');
          const corrupt = exported.replace('"status": "applied"', '"status": "hired"');
          assert(corrupt !== exported, 'the export holds no applied status to corrupt');
          await page
            .getByTestId('import-json')
            .setInputFiles({name: 'corrupt.json', mimeType: 'application/json', buffer: Buffer.from(corrupt)});
          const message = await page.getByTestId('postings-message').innerText({timeout: STATE_TIMEOUT_MS});
          assert(/was not imported: .*status.*Nothing was changed/s.test(message), `message: "${message}"`);
          await page.getByTestId('import-json').setInputFiles({
            name: 'cut.json',
            mimeType: 'application/json',
            buffer: Buffer.from(exported.slice(0, 200)),
          });
          await page.getByTestId('postings-message').filter({hasText: 'cut.json'}).waitFor({timeout: STATE_TIMEOUT_MS});
          await page.reload();
          await waitForRows(page, 3);
          const status = await page
            .locator('[data-testid=posting-row][data-key="greenhouse:4315289005"]')
            .getByTestId('status')
            .inputValue();
          assert(status === 'applied', `status after the refused imports: ${status}`);
          await page
            .getByTestId('import-json')
            .setInputFiles({name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported)});
          await page
            .getByTestId('postings-message')
            .filter({hasText: '0 new postings, 3 merged'})
            .waitFor({timeout: STATE_TIMEOUT_MS});
          assert((await page.getByTestId('posting-row').count()) === 3, 'the import changed the number of postings');
        } finally {
          await page.close();
        }
      },
    },
    {
      name: "the panel's Save keeps a posting with remembering off; the panel and the popup open Your postings",
      run: async () => {
        await openThree();
        await setSettings({remember: 'none', forgetAfterDays: null});
        const saved = pageOf(SAVE_FILE);
        const tab = await openPinned(e2e, saved);
        try {
          const title = squash(await openPanelTitle(tab));
          const save = tab.locator('#tpm-lens-panel [data-testid=save-posting]');
          await save.click();
          await tab
            .locator('#tpm-lens-panel [data-testid=save-posting]', {hasText: 'Saved'})
            .waitFor({timeout: STATE_TIMEOUT_MS});
          const opened = e2e.ctx.waitForEvent('page', {timeout: STATE_TIMEOUT_MS});
          await tab.locator('#tpm-lens-panel [data-testid=open-postings]').click();
          const list = await opened;
          await list.waitForURL(url, {timeout: STATE_TIMEOUT_MS});
          await list
            .getByTestId('postings-count')
            .filter({hasText: /stored/})
            .waitFor({timeout: STATE_TIMEOUT_MS});
          await waitForRows(list, 4);
          const row = list.locator('[data-testid=posting-row][data-key="linkedin:4053542511"]');
          assert(
            squash(await row.locator('[data-col=title]').locator('a').innerText()) === title,
            'the saved posting is not listed with its title',
          );
          assert(
            (await row.getByTestId('status').inputValue()) === 'saved',
            'a posting saved from the panel is not marked saved',
          );
          await list.close();
          const popup = await e2e.ctx.newPage();
          await popup.goto(`chrome-extension://${e2e.extensionId}/src/popup/index.html`);
          const fromPopup = e2e.ctx.waitForEvent('page', {timeout: STATE_TIMEOUT_MS});
          await popup.getByTestId('open-postings').click();
          const second = await fromPopup;
          await second.waitForURL(url, {timeout: STATE_TIMEOUT_MS});
          await second.close();
          if (!popup.isClosed()) await popup.close();
        } finally {
          await tab.close();
          await setSettings(null);
        }
      },
    },
  ];
}
