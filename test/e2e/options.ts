// Real-browser checks of the options page, part of the main e2e run (run.ts): fill the profile, open a
// saved posting and compare the panel's fit with the core's; paste a real listing into the draft
// checker and compare what it misses with the core's.
import {readFileSync} from 'node:fs';
import {isDeepStrictEqual} from 'node:util';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {parseHtmlDocument} from '../../src/cli/html-document';
import {analyze} from '../../src/core/analyze';
import {analyzeDraft} from '../../src/core/draft';
import {emptyProfile} from '../../src/core/profile';
import type {Profile} from '../../src/core/types';
import {readPosting} from '../../src/sites/read';
import {longDraft} from '../../scripts/long-draft';
import {assert, STATE_TIMEOUT_MS, type Check, type E2E} from './harness';

/** A saved Indeed posting the main run serves under its real address. */
const INDEED_URL = 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5';
const INDEED_FILE = 'indeed/talynt_indeed_posting.html';

/** What the test types into the options page, and the profile the core should see as a result. */
// Fields the form leaves untouched are stored with their "not said" values.
const PROFILE: Profile = {
  ...emptyProfile(),
  yearsExperience: 6,
  degree: 'bachelor',
  certifications: ['PMP'],
  checklist: ['communication', 'team-leadership', 'technical-skills'],
  skills: ['Linux', 'Python'],
  location: 'Austin, TX',
  payExpectation: 150000,
};

type Row = {title: string | null; description: string; salary_text: string | null};
const rows = (dataDir: string): Row[] =>
  readFileSync(join(dataDir, 'postings', 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);

/** Real postings one after another, cut at 2,000 words: a long listing for the per-keystroke figure. */
function draftFromRows(dataDir: string): string {
  return longDraft(rows(dataDir).map((row) => row.description));
}

export function realTpmListing(dataDir: string): string {
  const row = rows(dataDir).find(
    (candidate) => /technical (?:program|project) manager/i.test(candidate.title ?? '') && !candidate.salary_text,
  );
  assert(row, 'no TPM listing without pay in dev.jsonl');
  return `${row.title}\n${row.description}`;
}

async function fillProfile(page: Page): Promise<void> {
  await page.fill('#years', String(PROFILE.yearsExperience));
  await page.selectOption('#degree', PROFILE.degree ?? '');
  await page.fill('#certifications', PROFILE.certifications.join('\n'));
  for (const id of PROFILE.checklist) await page.check(`input[name=checklist][value="${id}"]`);
  await page.fill('#skills', PROFILE.skills.join(', '));
  await page.fill('#location', PROFILE.location ?? '');
  await page.fill('#pay', String(PROFILE.payExpectation));
  await page.getByRole('button', {name: 'Save profile'}).click();
  await page.getByText('Profile saved').waitFor({timeout: STATE_TIMEOUT_MS});
}

/** The profile is left saved by the first check and removed by the last, so other checks see none. */
export function optionsChecks(e2e: E2E, dataDir: string): Check[] {
  const ctx = e2e.ctx;
  const optionsUrl = `chrome-extension://${e2e.extensionId}/src/options/index.html`;
  return [
    {
      name: 'the profile filled on the options page is stored in storage.sync',
      run: async () => {
        const page = await ctx.newPage();
        await page.goto(optionsUrl);
        await fillProfile(page);
        // The extension page's own chrome.* API, typed just enough for this read.
        type ChromeSync = {chrome: {storage: {sync: {get(key: string): Promise<Record<string, unknown>>}}}};
        const stored = await page.evaluate(
          async () => (await (globalThis as unknown as ChromeSync).chrome.storage.sync.get('profile')).profile,
        );
        assert(isDeepStrictEqual(stored, PROFILE), `stored ${JSON.stringify(stored)}`);
        await page.reload();
        assert((await page.inputValue('#years')) === '6', 'the saved profile is not shown again after a reload');
        await page.close();
      },
    },
    {
      name: "a saved posting's panel shows the core's fit score for that profile",
      run: async () => {
        const page = await ctx.newPage();
        await page.goto(INDEED_URL, {waitUntil: 'domcontentloaded'});
        const panel = page.locator('#tpm-lens-panel');
        const chip = panel.locator('[data-testid=not-tpm-chip] button').first();
        await panel
          .locator('[data-testid=panel], [data-testid=not-tpm-chip]')
          .first()
          .waitFor({timeout: STATE_TIMEOUT_MS});
        if (await chip.count()) await chip.click();
        const fit = panel.locator('[data-testid=fit-score][data-has-profile=true] .score');
        await fit.waitFor({timeout: STATE_TIMEOUT_MS});
        const shown = Number((await fit.innerText()).trim());
        const doc = parseHtmlDocument(readFileSync(join(dataDir, 'html', INDEED_FILE), 'utf8'), INDEED_URL);
        const read = readPosting(doc, new URL(INDEED_URL));
        assert(read, 'the core reads no posting from the saved page');
        const expected = analyze(read.posting, {profile: PROFILE}).fit;
        assert(expected && shown === expected.score, `panel shows ${shown}, core says ${expected?.score}`);
        // The pay and key skills set beside the score, as the core words them.
        const lines = await panel.locator('[data-testid=fit-score] p').allInnerTexts();
        for (const beside of [expected.pay?.text, expected.skills?.text])
          assert(
            beside && lines.filter((line) => line === beside).length === 1,
            `panel lines ${JSON.stringify(lines)} should hold ${beside} once`,
          );
        console.log(`    fit ${shown}/100; missing ${expected.missing.join(', ') || 'nothing'}; ${expected.pay?.text}`);
        await page.close();
      },
    },
    {
      name: 'the draft checker lists what a real listing misses, as the core does',
      run: async () => {
        const listing = realTpmListing(dataDir);
        const page = await ctx.newPage();
        await page.goto(`${optionsUrl}#draft`);
        await page.fill('#draft-text', listing);
        await page.locator('[data-testid=draft-report]').waitFor({timeout: STATE_TIMEOUT_MS});
        const missing = await page
          .locator('[data-testid=draft-missing] li')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
        const expected = analyzeDraft({text: listing}).analysis.completeness.missing;
        assert(
          JSON.stringify(missing) === JSON.stringify(expected),
          `page lists ${missing.join(',')}; core ${expected.join(',')}`,
        );
        assert(missing.includes('pay-range'), 'a listing without pay should miss the pay range');
        // Per-keystroke figure in the browser on a 2,000-word draft: input event to rendered report.
        await page.fill('#draft-text', draftFromRows(dataDir));
        const times = await page.evaluate(async () => {
          const field = document.querySelector<HTMLTextAreaElement>('#draft-text')!;
          const samples: number[] = [];
          for (let index = 0; index < 20; index++) {
            const start = performance.now();
            field.value += index % 2 ? ' x' : '\nRisks';
            field.dispatchEvent(new Event('input', {bubbles: true}));
            await new Promise((done) => setTimeout(done, 0));
            samples.push(performance.now() - start);
          }
          return samples.sort((a, b) => a - b);
        });
        console.log(
          `    2,000-word draft; input event to rendered report: median ${times[10]!.toFixed(1)} ms, max ${times[19]!.toFixed(1)} ms`,
        );
        await page.close();
      },
    },
    {
      name: 'the profile is removed again (later checks expect none)',
      run: async () => {
        await e2e.worker.evaluate(async () => {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own chrome.* API
          await (globalThis as any).chrome.storage.sync.remove('profile');
        });
      },
    },
  ];
}
