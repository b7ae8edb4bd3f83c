// Screenshots for visual review: the popup (look-ups for "Mountain View, CA" and "Remote", the current
// tab's summary), the options page (profile filled, draft checker with a real listing pasted) and the
// panel in light and dark on saved pages, at 1366x768 and at a narrow 900 px window. Headless Chromium
// with the built extension, pages served under their real host names as in the e2e run.
// Needs the build with test hooks (open shadow root): npm run build:e2e, or
//   OUT_DIR=.tmp/dist-shots npx vite build --mode e2e && DIST=.tmp/dist-shots SHOTS=.tmp/shots npx tsx scripts/screenshots.ts
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import type {Page} from 'playwright-core';
import {launchChromium, STATE_TIMEOUT_MS} from '../test/e2e/harness';
import {servePages} from '../test/e2e/server';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(process.env.DIST ?? join(ROOT, 'dist-e2e'));
const SHOTS = resolve(process.env.SHOTS ?? join(ROOT, '.tmp', 'shots'));
const DATA = process.env.TPM_LENS_DATA ?? resolve(ROOT, '..', 'shared', 'data');

/** A TPM posting (the repository's sample, a real Microsoft listing) and a saved Indeed page with JSON-LD. */
const TPM = {
  url: 'https://www.indeed.com/viewjob?jk=a236b8c953c539fa',
  file: join(ROOT, 'samples', 'principal-tpm-ai-ml.indeed.html'),
};
const JSON_LD = {
  url: 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5',
  file: join(DATA, 'html', 'indeed', 'talynt_indeed_posting.html'),
};

const PROFILE = {
  version: 1,
  yearsExperience: 8,
  degree: 'bachelor',
  certifications: ['PMP', 'CSM'],
  checklist: ['communication', 'stakeholder-management', 'delivery', 'planning', 'risk-management', 'technical-skills'],
  skills: ['Azure', 'Python', 'SQL'],
  location: 'Seattle, WA',
  payExpectation: 185000,
};

const SIZES = [
  {name: '1366', width: 1366, height: 768},
  {name: '900', width: 900, height: 768},
] as const;

function realTpmListing(): string {
  for (const line of readFileSync(join(DATA, 'postings', 'dev.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as {title: string | null; description: string; salary_text: string | null};
    if (/technical (?:program|project) manager/i.test(row.title ?? '') && row.description.length > 2000)
      return `${row.title}\n${row.description}`;
  }
  throw new Error('no TPM listing in dev.jsonl');
}

function jsonLdOf(file: string): string {
  return (
    /<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/i.exec(readFileSync(file, 'utf8'))?.[1]?.trim() ?? ''
  );
}

async function main() {
  mkdirSync(SHOTS, {recursive: true});
  const pages = [TPM, JSON_LD].map((page) => {
    const url = new URL(page.url);
    return {host: url.hostname, path: url.pathname + url.search, file: page.file};
  });
  const server = await servePages(pages);
  const profileDir = mkdtempSync(join(tmpdir(), 'tpm-lens-shots-'));
  const context = await launchChromium('/usr/bin/chromium', profileDir, DIST, [
    `MAP www.indeed.com 127.0.0.1:${server.port}`,
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
  ]);
  const saved: string[] = [];
  const shoot = async (page: Page, name: string, fullPage = false) => {
    const path = join(SHOTS, `${name}.png`);
    await page.screenshot({path, fullPage});
    saved.push(path);
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const base = `chrome-extension://${id}/src`;

    // Popup look-ups: the popup is 360 px wide; the window is tall enough to show all of it.
    const popup = await context.newPage();
    await popup.setViewportSize({width: 360, height: 760});
    await popup.goto(`${base}/popup/index.html`);
    await popup.getByLabel('Occupation').waitFor({timeout: STATE_TIMEOUT_MS});
    await popup.locator('#salary-place').pressSequentially('Mountain View');
    await popup
      .getByRole('option', {name: /^Mountain View, CA/})
      .first()
      .click();
    await popup.getByTestId('lookup-levels').waitFor();
    await shoot(popup, 'popup-lookup-mountain-view', true);
    await popup.locator('#salary-place').fill('');
    await popup.locator('#salary-place').pressSequentially('Remote');
    await popup.keyboard.press('Escape');
    await popup.getByTestId('lookup-national').waitFor();
    await shoot(popup, 'popup-lookup-remote', true);

    // The current tab's summary: the posting's tab is the active one when the popup reads it.
    const posting = await context.newPage();
    await posting.goto(TPM.url, {waitUntil: 'domcontentloaded'});
    await posting.locator('#tpm-lens-panel [data-testid=panel]').waitFor({timeout: STATE_TIMEOUT_MS});
    await posting.bringToFront();
    await popup.reload();
    await popup.getByTestId('tab-summary').waitFor({timeout: STATE_TIMEOUT_MS});
    await popup.getByLabel('Occupation').waitFor({timeout: STATE_TIMEOUT_MS});
    await shoot(popup, 'popup-tab-summary', true);
    // Closed on the page: the summary offers the panel back; taking the offer restores it.
    await posting.locator('#tpm-lens-panel').getByRole('button', {name: 'Close TPM Lens'}).click();
    await popup.reload();
    const again = popup.getByRole('button', {name: 'Show the panel again'});
    await again.waitFor({timeout: STATE_TIMEOUT_MS});
    await shoot(popup, 'popup-tab-summary-closed', true);
    await again.click();
    await posting.locator('#tpm-lens-panel [data-testid=panel]').waitFor({timeout: STATE_TIMEOUT_MS});
    await posting.close();

    // Options: the profile tab filled (a saved profile), and the draft checker with a real listing.
    await worker.evaluate(async (profile) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own chrome.* API
      await (globalThis as any).chrome.storage.sync.set({profile});
    }, PROFILE);
    const options = await context.newPage();
    for (const size of SIZES) {
      await options.setViewportSize({width: size.width, height: size.height});
      await options.goto(`${base}/options/index.html`);
      await options.locator('#years').waitFor();
      await options.waitForFunction(() => (document.querySelector('#years') as HTMLInputElement | null)?.value === '8');
      await shoot(options, `options-profile-${size.name}`, true);
      await options.goto(`${base}/options/index.html#draft`);
      await options.reload();
      await options.fill('#draft-text', realTpmListing());
      await options.locator('details.jsonld > summary').click();
      await options.fill('#jsonld-text', jsonLdOf(JSON_LD.file));
      await options.locator('[data-testid=draft-report]').waitFor({timeout: STATE_TIMEOUT_MS});
      await shoot(options, `options-draft-${size.name}`, true);
    }
    await options.close();

    // The panel, light and dark, on the TPM posting (with the profile: fit is scored) and, for the
    // recruiters' section, on the saved Indeed page with JSON-LD.
    for (const size of SIZES) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await context.newPage();
        await page.setViewportSize({width: size.width, height: size.height});
        await page.emulateMedia({colorScheme: scheme});
        await page.goto(TPM.url, {waitUntil: 'domcontentloaded'});
        await page
          .locator('#tpm-lens-panel [data-testid=fit-score][data-has-profile=true]')
          .waitFor({timeout: STATE_TIMEOUT_MS});
        await shoot(page, `panel-${scheme}-${size.name}`);
        await page.locator('#tpm-lens-panel [data-testid=salary-benchmark]').scrollIntoViewIfNeeded();
        await shoot(page, `panel-pay-${scheme}-${size.name}`);
        // Two checklist items opened: their sentences, the words that show each marked.
        const opened = page.locator('#tpm-lens-panel [data-testid=checklist-item] details');
        for (const index of [0, 1]) await opened.nth(index).locator('summary').click();
        await opened.nth(0).scrollIntoViewIfNeeded();
        await shoot(page, `panel-evidence-${scheme}-${size.name}`);
        await page.goto(JSON_LD.url, {waitUntil: 'domcontentloaded'});
        const chip = page.locator('#tpm-lens-panel [data-testid=not-tpm-chip] button').first();
        await chip.waitFor({timeout: STATE_TIMEOUT_MS});
        await shoot(page, `panel-chip-${scheme}-${size.name}`);
        await chip.click();
        const section = page.locator('#tpm-lens-panel [data-testid=structured-data]');
        await section.locator('summary').click();
        await section.locator('.source').scrollIntoViewIfNeeded();
        await shoot(page, `panel-recruiters-${scheme}-${size.name}`);
        await page.close();
      }
    }

    // Your postings: the two postings the panels remembered, scored with the profile.
    const postings = await context.newPage();
    for (const size of SIZES) {
      for (const scheme of ['light', 'dark'] as const) {
        await postings.setViewportSize({width: size.width, height: size.height});
        await postings.emulateMedia({colorScheme: scheme});
        await postings.goto(`${base}/postings/index.html`);
        await postings.getByTestId('posting-row').first().waitFor({timeout: STATE_TIMEOUT_MS});
        await shoot(postings, `postings-${scheme}-${size.name}`);
        // Scrolled sideways: the box and the title stay.
        await postings.getByTestId('postings-scroll').evaluate((scroller) => (scroller.scrollLeft = 10_000));
        await shoot(postings, `postings-scrolled-${scheme}-${size.name}`);
      }
    }
    await postings.close();
  } finally {
    await context.close();
    await server.close();
    rmSync(profileDir, {recursive: true, force: true});
  }
  for (const path of saved) console.log(path);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
