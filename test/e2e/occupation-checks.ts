// The occupation and implied wage level in real Chromium: the panel shows the occupation the posting points
// to and the level its requirements imply; switching it in the panel is remembered in storage.local (one
// choice per user), re-analyses the posting, shows in the popup's tab summary, and the popup switches it back.
import type {Page} from 'playwright-core';
import {assert, STATE_TIMEOUT_MS, waitForLocal, type Check, type E2E} from './harness';
import {splitPanePath, type PanePosting} from './split-pane';

const KEY = 'occupationChoice';

async function clearChoice(e2e: E2E): Promise<void> {
  await e2e.worker.evaluate(async (key) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own chrome.* API
    await (globalThis as any).chrome.storage.local.remove(key);
  }, KEY);
}

export function occupationChecks(e2e: E2E, postings: readonly PanePosting[]): Check[] {
  return [
    {
      name: 'occupation and implied level: shown in the panel and the popup, switched in both, remembered per user',
      run: async () => {
        await clearChoice(e2e);
        const pages: Page[] = [];
        try {
          const page = await e2e.open('www.linkedin.com', splitPanePath(postings[0]!.id));
          pages.push(page);
          const panel = page.locator('#tpm-lens-panel');
          const occupation = panel.locator('[data-testid=occupation]');
          await occupation.waitFor({timeout: STATE_TIMEOUT_MS});
          const suggested = (await occupation.getAttribute('data-soc')) ?? '';
          assert(/^\d\d-\d{4}$/.test(suggested), `no occupation code in the panel ("${suggested}")`);
          assert(
            (await occupation.getAttribute('data-by')) === 'rules',
            'the posting did not decide the occupation with nothing chosen',
          );
          const level = Number(await panel.locator('[data-testid=implied-level]').getAttribute('data-level'));
          assert([1, 2, 3, 4].includes(level), `implied level ${level}`);
          // The select sizes itself to its longest occupation title: it must stay inside the panel's column.
          const [box, column] = await Promise.all([
            panel.locator('[data-testid=occupation-select]').boundingBox(),
            occupation.boundingBox(),
          ]);
          assert(
            box && column && box.x + box.width <= column.x + column.width + 0.5,
            `the occupation select reaches ${box ? box.x + box.width : '?'} px, past its column's edge at ${column ? column.x + column.width : '?'} px`,
          );
          assert(
            /Level (I|II|III|IV)\b/.test(await panel.locator('[data-testid=implied-level]').innerText()),
            'the implied level is not named in words',
          );

          // Switch in the panel: remembered, and the posting is analysed again against the new occupation.
          const other = suggested === '11-3021' ? '13-1082' : '11-3021';
          await panel.locator('[data-testid=occupation-select]').selectOption(other);
          await waitForLocal(e2e.worker, KEY, (value) => value === other);
          await panel
            .locator(`[data-testid=occupation][data-soc="${other}"][data-by=user]`)
            .waitFor({timeout: STATE_TIMEOUT_MS});

          // The popup (reading the active tab) shows the same choice and level, and switches back.
          const popup = await e2e.ctx.newPage();
          pages.push(popup);
          await page.bringToFront();
          await popup.goto(`chrome-extension://${e2e.extensionId}/src/popup/index.html`);
          const line = popup.locator('[data-testid=tab-occupation]');
          await line.waitFor({timeout: STATE_TIMEOUT_MS});
          assert(
            (await line.getAttribute('data-soc')) === other,
            `popup shows ${await line.getAttribute('data-soc')}, panel ${other}`,
          );
          assert(
            /^Level (I|II|III|IV)$/.test(await popup.locator('[data-testid=tab-implied-level]').innerText()),
            'popup names no implied level',
          );
          const select = popup.locator('[data-testid=tab-occupation-select]');
          await select.waitFor({timeout: STATE_TIMEOUT_MS});
          assert((await select.inputValue()) === other, `popup switch shows ${await select.inputValue()}`);
          await select.selectOption('');
          await waitForLocal(e2e.worker, KEY, (value) => value === null || value === undefined);
          await panel
            .locator(`[data-testid=occupation][data-soc="${suggested}"][data-by=rules]`)
            .waitFor({timeout: STATE_TIMEOUT_MS});
        } finally {
          await Promise.all(pages.map((tab) => tab.close()));
          await clearChoice(e2e);
        }
      },
    },
  ];
}
