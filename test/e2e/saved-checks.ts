// One check per saved real page: the panel with the page's own title and the expected verdict, or no
// panel at all where there is no posting or the host is not one the extension matches.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {assert, openPanelTitle, pageState, squash, type Check, type E2E} from './harness';
import {readSaved, SAVED_PAGES, verdictFromTitle, type SavedPage} from './saved-pages';
import type {ServedPage} from './server';
import {isSiteScript, matchesPattern} from '../../src/sites/match-patterns';

/** Does the build's manifest inject the content script at `url`? (match patterns: scheme://host/path) */
export function manifestMatches(dist: string, url: string): boolean {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{js: string[]; matches: string[]}>;
  };
  const target = new URL(url);
  // The sites' scripts (the route watcher's starts one, never reads a page).
  return (manifest.content_scripts ?? []).some(
    (entry) => isSiteScript(entry.js[0]) && entry.matches.some((pattern) => matchesPattern(target, pattern)),
  );
}

export function savedServedPages(htmlDir: string): ServedPage[] {
  return SAVED_PAGES.map((page) => {
    const url = new URL(page.url);
    return {
      host: url.hostname,
      path: url.pathname + url.search,
      file: join(htmlDir, page.file),
      ...(page.status ? {status: page.status} : {}),
    };
  });
}

/** Keeps a tab on the page under test: saved pages carry meta refreshes and links to the live site. */
export async function openPinned(e2e: E2E, page: SavedPage): Promise<Page> {
  const tab = await e2e.ctx.newPage();
  await tab.route(
    (url) => url.href !== page.url,
    (route) => (route.request().isNavigationRequest() ? route.abort('aborted') : route.continue()),
  );
  await tab.goto(page.url, {waitUntil: 'domcontentloaded'});
  return tab;
}

function postingCheck(e2e: E2E, htmlDir: string, page: SavedPage): Check {
  return {
    name: `saved page ${page.file} (${page.why}) shows the panel with its title`,
    run: async () => {
      assert(page.expect.kind === 'posting', 'not a posting page');
      const expectedTitle = page.expect.title(readSaved(htmlDir, page), new URL(page.url));
      assert(expectedTitle, 'the page itself gives no title to expect (derivation broke)');
      const tab = await openPinned(e2e, page);
      try {
        const state = await pageState(tab);
        assert(state === 'analyzed' || state === 'not-tpm', `dataset.tpmLens is ${state}`);
        const title = await openPanelTitle(tab);
        assert(squash(title) === squash(expectedTitle), `panel title "${title}", the page says "${expectedTitle}"`);
        const verdict = await tab.locator('#tpm-lens-panel [data-testid=verdict]').getAttribute('data-verdict');
        assert(verdict === verdictFromTitle(expectedTitle), `verdict ${verdict} for "${expectedTitle}"`);
        assert(
          verdict === (state === 'analyzed' ? 'tpm' : 'not-tpm'),
          `verdict ${verdict} disagrees with state ${state}`,
        );
        assert((await tab.locator('#tpm-lens-panel').count()) === 1, 'more than one panel');
      } finally {
        await tab.close();
      }
    },
  };
}

function noPostingCheck(e2e: E2E, page: SavedPage): Check {
  return {
    name: `saved page ${page.file} (${page.why}) shows no panel`,
    run: async () => {
      const tab = await openPinned(e2e, page);
      try {
        const state = await pageState(tab);
        assert(tab.url() === page.url, `left the page for ${tab.url()}`);
        assert(state === 'no-posting', `dataset.tpmLens is ${state}`);
        assert((await tab.locator('#tpm-lens-panel').count()) === 0, 'panel injected');
      } finally {
        await tab.close();
      }
    },
  };
}

/**
 * Hosts the extension does not match: nothing to wait for, so all pages open together, and a matched
 * page opened after them serves as the clock: once its content script has decided, the unmatched tabs
 * had as long to be injected (were they matched) and must still show no sign of the extension.
 */
function notMatchedCheck(e2e: E2E, pages: SavedPage[], control: SavedPage): Check {
  return {
    name: `saved pages on hosts the extension does not match get no panel (${pages
      .map((page) => new URL(page.url).hostname)
      .filter((host, index, all) => all.indexOf(host) === index)
      .join(', ')})`,
    run: async () => {
      const tabs = await Promise.all(pages.map((page) => openPinned(e2e, page)));
      const controlTab = await openPinned(e2e, control);
      try {
        await Promise.all(tabs.map((tab) => tab.waitForLoadState('load')));
        assert((await pageState(controlTab)) !== null, 'the control page was never analysed');
        for (const [index, tab] of tabs.entries()) {
          const signs = await tab.evaluate(() => ({
            panel: document.getElementById('tpm-lens-panel') !== null,
            state: document.documentElement.dataset.tpmLens ?? null,
          }));
          assert(
            !signs.panel && signs.state === null,
            `${pages[index]!.url}: panel ${signs.panel}, dataset.tpmLens ${signs.state}`,
          );
        }
      } finally {
        await Promise.all([...tabs, controlTab].map((tab) => tab.close()));
      }
    },
  };
}

/**
 * The recruiters' section: on the saved Indeed page, whose JobPosting JSON-LD states no baseSalary, the
 * section (closed at first) lists it as missing; on a page without JSON-LD there is no section.
 */
function structuredDataCheck(e2e: E2E, withJsonLd: SavedPage, withoutJsonLd: SavedPage): Check {
  return {
    name: `the recruiters' structured-data section lists baseSalary as missing on ${withJsonLd.file}, and is absent without JSON-LD`,
    run: async () => {
      const tab = await openPinned(e2e, withJsonLd);
      const bare = await openPinned(e2e, withoutJsonLd);
      try {
        await openPanelTitle(tab);
        const section = tab.locator('#tpm-lens-panel [data-testid=structured-data]');
        await section.waitFor({timeout: 15_000});
        const finding = section.locator('[data-testid=structured-data-finding][data-property=baseSalary]');
        assert(!(await finding.isVisible()), 'the section is open before it is asked for');
        await section.locator('summary').click();
        await finding.waitFor({state: 'visible', timeout: 15_000});
        assert(
          (await finding.getAttribute('data-problem')) === 'missing',
          `baseSalary is ${await finding.getAttribute('data-problem')}`,
        );
        assert(/Google/.test(await section.locator('.source').innerText()), 'the section names no source');
        await openPanelTitle(bare);
        assert(
          (await bare.locator('#tpm-lens-panel [data-testid=structured-data]').count()) === 0,
          `a section on ${withoutJsonLd.file}, which has no JSON-LD`,
        );
      } finally {
        await Promise.all([tab.close(), bare.close()]);
      }
    },
  };
}

/**
 * The screening line on a saved real posting: first in the panel's body, its parts keyboard-focusable
 * buttons, and a part read from the text highlights its sentence in the page (CSS Custom Highlight).
 */
function screeningLineCheck(e2e: E2E, page: SavedPage): Check {
  return {
    name: `the screening line shows on ${page.file} and its sponsorship part highlights its sentence`,
    run: async () => {
      const tab = await openPinned(e2e, page);
      try {
        await openPanelTitle(tab);
        const line = tab.locator('#tpm-lens-panel [data-testid=screening-line]');
        await line.waitFor({timeout: 15_000});
        const text = squash(await line.innerText());
        assert(/Hybrid/.test(text) && /Visa sponsorship/.test(text), `screening line "${text}"`);
        const part = line.locator('button[data-id=sponsorship]');
        await part.focus();
        assert(
          await part.evaluate((button) =>
            button.getRootNode() instanceof ShadowRoot
              ? (button.getRootNode() as ShadowRoot).activeElement === button
              : document.activeElement === button,
          ),
          'the sponsorship part takes no keyboard focus',
        );
        const quote = (await part.getAttribute('title'))?.replace(/^"|"$/g, '') ?? '';
        await tab.keyboard.press('Enter');
        const highlighted = await tab.evaluate(() => {
          const highlight = CSS.highlights.get('tpm-lens-evidence');
          const range = highlight ? [...highlight][0] : undefined;
          return range ? range.toString() : null;
        });
        assert(
          highlighted !== null && squash(highlighted) === squash(quote),
          `highlighted "${highlighted}" for "${quote}"`,
        );
      } finally {
        await tab.close();
      }
    },
  };
}

export function savedPageChecks(e2e: E2E, htmlDir: string, dist: string): Check[] {
  const unmatched = SAVED_PAGES.filter((page) => page.expect.kind === 'not-matched');
  const control = SAVED_PAGES.find((page) => page.expect.kind === 'posting')!;
  return [
    {
      name: "the saved-page table agrees with the build's content-script matches",
      run: async () => {
        const wrong = SAVED_PAGES.filter(
          (page) => manifestMatches(dist, page.url) === (page.expect.kind === 'not-matched'),
        );
        assert(
          wrong.length === 0,
          `update test/e2e/saved-pages.ts, the build ${wrong.map((page) => `${manifestMatches(dist, page.url) ? 'matches' : 'does not match'} ${page.url}`).join('; ')}`,
        );
      },
    },
    ...SAVED_PAGES.filter((page) => page.expect.kind === 'posting').map((page) => postingCheck(e2e, htmlDir, page)),
    ...SAVED_PAGES.filter((page) => page.expect.kind === 'no-posting').map((page) => noPostingCheck(e2e, page)),
    notMatchedCheck(e2e, unmatched, control),
    structuredDataCheck(
      e2e,
      SAVED_PAGES.find((page) => page.file === 'indeed/talynt_indeed_posting.html')!,
      SAVED_PAGES.find((page) => page.file === 'linkedin/jobdog_linkedin_openai_3915648739.html')!,
    ),
    screeningLineCheck(
      e2e,
      SAVED_PAGES.find((page) => page.file === 'linkedin/jobdog_linkedin_anthropic_4053542511.html')!,
    ),
  ];
}
