// Real-browser checks of the options page: fill the profile, open a saved posting and compare the
// panel's fit with the core's; paste a real listing into the draft checker and compare what it
// misses with the core's. Build first (`npm run build:chrome`, or set DIST), then
// `npm run test:e2e:options`. Prints one line per check and `e2e-options: N passed, N failed`.
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {isDeepStrictEqual} from 'node:util';
import {join, resolve} from 'node:path';
import {chromium, type BrowserContext, type Page} from 'playwright-core';
import {parseHtmlDocument} from '../../src/cli/html-document';
import {analyze} from '../../src/core/analyze';
import {analyzeDraft} from '../../src/core/draft';
import type {Profile} from '../../src/core/types';
import {readPosting} from '../../src/sites/read';
import {servePages, type ServedPage} from './server';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = resolve(process.env.DIST ?? join(ROOT, 'dist'));
const DATA = process.env.TPM_LENS_DATA ?? resolve(ROOT, '..', 'shared', 'data');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const INDEED_HOST = 'www.indeed.com';
const INDEED_PATH = '/viewjob?jk=bf873f62104b48b5';
const INDEED_FILE = join(DATA, 'html', 'indeed', 'talynt_indeed_posting.html');

/** What the test types into the options page, and the profile the core should see as a result. */
const PROFILE: Profile = {
  version: 1,
  yearsExperience: 6,
  degree: 'bachelor',
  certifications: ['PMP'],
  checklist: ['communication', 'team-leadership', 'technical-skills'],
  skills: ['Linux', 'Python'],
  location: 'Austin, TX',
  payExpectation: 150000,
};

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

type Row = {title: string | null; description: string; salary_text: string | null};
const rows = (): Row[] =>
  readFileSync(join(DATA, 'postings', 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);

/** Real postings one after another, cut at 2,000 words: a long listing for the per-keystroke figure. */
function longDraft(): string {
  const words = rows().map((row) => row.description).join('\n').split(/(?<=\s)/);
  let draft = 'Technical Program Manager\n';
  let count = 0;
  for (const word of words) {
    if (count >= 2000) break;
    draft += word;
    if (word.trim()) count++;
  }
  return draft;
}

function realTpmListing(): string {
  const row = rows().find((candidate) => /technical (?:program|project) manager/i.test(candidate.title ?? '') && !candidate.salary_text);
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
  await page.getByText('Profile saved').waitFor({timeout: 5000});
}

async function main(): Promise<number> {
  for (const [what, path] of [['saved pages', INDEED_FILE], ['build', join(DIST, 'manifest.json')], ['Chromium', CHROMIUM]] as const) {
    if (!existsSync(path)) {
      console.log(`e2e-options: ${what} not found at ${path}`);
      console.log('e2e-options: 0 passed, 1 failed');
      return 1;
    }
  }
  const pages: ServedPage[] = [{host: INDEED_HOST, path: INDEED_PATH, file: INDEED_FILE}];
  const server = await servePages(pages);
  const rules = [`MAP ${INDEED_HOST} 127.0.0.1:${server.port}`, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'];
  const profileDir = mkdtempSync(join(tmpdir(), 'tpm-lens-e2e-options-'));
  let context: BrowserContext | undefined;
  let passed = 0;
  let failed = 0;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${DIST}`,
        `--load-extension=${DIST}`,
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
    const ctx = context;
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', {timeout: 10_000}));
    const optionsUrl = `chrome-extension://${new URL(worker.url()).host}/src/options/index.html`;

    const checks: Array<{name: string; run: () => Promise<void>}> = [
      {
        name: 'the profile filled on the options page is stored in storage.sync',
        run: async () => {
          const page = await ctx.newPage();
          await page.goto(optionsUrl);
          await fillProfile(page);
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the extension page's own chrome.* API
          const stored = await page.evaluate(async () => (await (globalThis as any).chrome.storage.sync.get('profile')).profile);
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
          await page.goto(`https://${INDEED_HOST}${INDEED_PATH}`, {waitUntil: 'domcontentloaded'});
          const panel = page.locator('#tpm-lens-panel');
          const chip = panel.locator('[data-testid=not-tpm-chip] button').first();
          await panel.locator('[data-testid=panel], [data-testid=not-tpm-chip]').first().waitFor({timeout: 8000});
          if (await chip.count()) await chip.click();
          const fit = panel.locator('[data-testid=fit-score][data-has-profile=true] .score');
          await fit.waitFor({timeout: 8000});
          const shown = Number((await fit.innerText()).trim());
          const doc = parseHtmlDocument(readFileSync(INDEED_FILE, 'utf8'), `https://${INDEED_HOST}${INDEED_PATH}`);
          const read = readPosting(doc, new URL(`https://${INDEED_HOST}${INDEED_PATH}`));
          assert(read, 'the core reads no posting from the saved page');
          const expected = analyze(read.posting, {profile: PROFILE}).fit;
          assert(expected && shown === expected.score, `panel shows ${shown}, core says ${expected?.score}`);
          console.log(`  fit ${shown}/100; missing ${expected.missing.join(', ') || 'nothing'}`);
          await page.close();
        },
      },
      {
        name: 'the draft checker lists what a real listing misses, as the core does',
        run: async () => {
          const listing = realTpmListing();
          const page = await ctx.newPage();
          await page.goto(`${optionsUrl}#draft`);
          await page.fill('#draft-text', listing);
          await page.locator('[data-testid=draft-report]').waitFor({timeout: 5000});
          const missing = await page.locator('[data-testid=draft-missing] li').evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
          const expected = analyzeDraft({text: listing}).analysis.completeness.missing;
          assert(JSON.stringify(missing) === JSON.stringify(expected), `page lists ${missing.join(',')}; core ${expected.join(',')}`);
          assert(missing.includes('pay-range'), 'a listing without pay should miss the pay range');
          // Per-keystroke figure in the browser on a 2,000-word draft: input event to rendered report.
          await page.fill('#draft-text', longDraft());
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
          console.log(`  2,000-word draft; input event to rendered report: median ${times[10]!.toFixed(1)} ms, max ${times[19]!.toFixed(1)} ms`);
          await page.close();
        },
      },
    ];

    for (const check of checks) {
      try {
        await check.run();
        passed++;
        console.log(`ok - ${check.name}`);
      } catch (error) {
        failed++;
        console.log(`not ok - ${check.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await context?.close();
    await server.close();
    rmSync(profileDir, {recursive: true, force: true});
  }
  console.log(`e2e-options: ${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
