// Real-browser tests: the built extension in Chromium, on every saved job-board page served under its
// real host name, a split-pane test page for the navigation rules, the popup's salary look-up and the
// options page, all in one browser launch, on the build with test hooks (dist-e2e/); then the store
// build (dist/) against a page that looks for the extension, in a second launch (test/e2e/shipped-checks.ts).
// Build first (`npm run build && npm run build:e2e`), then `npm run test:e2e`. DIST_E2E and DIST pick
// other build folders (default dist-e2e/ and dist/); E2E_ONLY=<regex> runs the checks whose name matches.
// Prints one line per check and a summary line `e2e: N passed, N failed`; exits non-zero on failure.
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import type {BrowserContext, Page, Request, Worker} from 'playwright-core';
import {
  assert,
  clearPanelPrefs,
  launchChromium,
  openPanelTitle,
  pageState,
  exitWith,
  runChecks,
  STATE_TIMEOUT_MS,
  waitForLocal,
  type Check,
  type E2E,
} from './harness';
import {listChecks} from './list-checks';
import {navigationChecks} from './navigation-checks';
import {occupationChecks} from './occupation-checks';
import {optionsChecks} from './options';
import {popupChecks} from './popup-checks';
import {postingsChecks} from './postings-checks';
import {savedPageChecks, savedServedPages} from './saved-checks';
import {shippedBuildChecks} from './shipped-checks';
import {unlistedPages} from './saved-pages';
import {servePages, type ServedPage} from './server';
import {framedChecks, framedServedPages} from './framed-checks';
import {siteScriptChecks, siteScriptServedPages} from './site-script-checks';
import {pickPostings, SPLIT_PANE_CSP, splitPaneHtml, splitPanePath, type PanePosting} from './split-pane';
import {BOARD_PAGES} from '../support/boards';
import {REPO, SHARED_DATA as DATA, SHARED_HTML} from '../support/shared';
import {errorMessage} from '../../src/core/error-message';

const DIST = resolve(process.env.DIST_E2E ?? join(REPO, 'dist-e2e'));
const SHIPPED_DIST = resolve(process.env.DIST ?? join(REPO, 'dist'));
const HTML = SHARED_HTML;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ONLY = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY, 'i') : null;

const OPENAI_PATH = '/jobs/view/3915648739/';
const OPENAI_FILE = join(HTML, 'linkedin', 'jobdog_linkedin_openai_3915648739.html');

async function main(): Promise<number> {
  if (!existsSync(HTML)) {
    console.log(`e2e: SKIPPED - saved pages not found at ${HTML} (set TPM_LENS_DATA to ../shared/data)`);
    return process.env.E2E_REQUIRE_DATA ? 1 : 0;
  }
  if (!existsSync(join(DIST, 'manifest.json'))) {
    console.log(`e2e: no build at ${DIST}: run \`npm run build:e2e\` first`);
    console.log('e2e: 0 passed, 1 failed');
    return 1;
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`e2e: Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM)`);
    console.log('e2e: 0 passed, 1 failed');
    return 1;
  }

  const unlisted = unlistedPages(HTML);
  if (unlisted.length) {
    console.log(`e2e: saved pages missing from test/e2e/saved-pages.ts: ${unlisted.join(', ')}`);
    console.log('e2e: 0 passed, 1 failed');
    return 1;
  }
  const panePostings = pickPostings(DATA, 3);
  const PAGES: ServedPage[] = [
    ...savedServedPages(HTML),
    ...framedServedPages(HTML),
    ...siteScriptServedPages(),
    // A shell for the SPA check: the posting's markup arrives later, as on LinkedIn after a click.
    {
      host: 'www.linkedin.com',
      path: '/feed/',
      body: '<!doctype html><title>Feed | LinkedIn</title><main><h1>Feed</h1></main>',
    },
    // A matched page's content under a host the extension does not match.
    {host: 'example.org', path: OPENAI_PATH, file: OPENAI_FILE},
    ...panePostings.map((posting) => ({
      host: 'www.linkedin.com',
      path: splitPanePath(posting.id),
      body: splitPaneHtml(panePostings),
      csp: SPLIT_PANE_CSP,
    })),
    // Company boards and a Workday search on the markup of saved ones (no saved page can be bundled).
    ...BOARD_PAGES.map((board) => {
      const url = new URL(board.url);
      return {host: url.host, path: url.pathname + url.search, body: board.html};
    }),
  ];
  const SERVED_HOSTS = new Set(PAGES.map((page) => page.host));
  /** The served pages' own markup, which names the resources they ask for. */
  const SERVED_MARKUP = PAGES.map((page) => page.body ?? (page.file ? readFileSync(page.file, 'utf8') : ''));
  const server = await servePages(PAGES);
  const rules = [...SERVED_HOSTS]
    .map((host) => `MAP ${host} 127.0.0.1:${server.port}`)
    .concat('MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1');
  const profileDir = mkdtempSync(join(tmpdir(), 'tpm-lens-e2e-'));
  let context: BrowserContext | undefined;
  const requests: Request[] = [];
  /** Requests the page's CSP stopped before they left the renderer: the saved pages' own resources. */
  const blockedByPageCsp = new Set<Request>();
  /** Requests whose outcome (a response or a failure) was reported. */
  const settled = new Set<Request>();
  const pageErrors: string[] = [];
  let passed = 0;
  let failed = 0;
  try {
    context = await launchChromium(CHROMIUM, profileDir, DIST, rules);
    const ctx = context;
    ctx.on('request', (request) => requests.push(request));
    ctx.on('requestfailed', (request) => {
      settled.add(request);
      if (request.failure()?.errorText === 'csp') blockedByPageCsp.add(request);
    });
    ctx.on('requestfinished', (request) => settled.add(request));
    ctx.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)));
    const worker: Worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', {timeout: 30_000}));
    const extensionId = new URL(worker.url()).host;

    const open = async (host: string, path: string) => {
      const page = await ctx.newPage();
      await page.goto(`https://${host}${path}`, {waitUntil: 'domcontentloaded'});
      return page;
    };

    const e2e: E2E = {ctx, worker, extensionId, open};

    const checks: Check[] = [
      ...savedPageChecks(e2e, HTML, DIST),
      ...framedChecks(e2e, HTML),
      ...siteScriptChecks(e2e),
      ...navigationChecks(e2e, panePostings),
      ...popupChecks(e2e, DATA),
      ...listChecks(e2e),
      ...occupationChecks(e2e, panePostings),
      {
        name: 'LinkedIn guest posting shows the panel with its title',
        run: async () => {
          const page = await open('www.linkedin.com', OPENAI_PATH);
          const state = await pageState(page);
          assert(state === 'analyzed' || state === 'not-tpm', `dataset.tpmLens is ${state}`);
          const title = await openPanelTitle(page);
          const documentTitle = await page.title();
          assert(
            title.length > 0 && documentTitle.includes(title),
            `panel title "${title}" is not the page's posting ("${documentTitle}")`,
          );
          const panel = page.locator('#tpm-lens-panel');
          const items = panel.locator('[data-testid=checklist-item]');
          assert((await items.count()) === 21, `expected 21 checklist items, got ${await items.count()}`);
          const presence = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-present')));
          assert(
            presence.every((value) => value === 'true' || value === 'false'),
            `bad data-present values: ${presence.join(',')}`,
          );
          assert(
            /\d/.test(await panel.locator('[data-testid=completeness-score]').innerText()),
            'completeness shows no number',
          );
          const fit = await panel.locator('[data-testid=fit-score]').innerText();
          assert(
            /profile/i.test(fit) && !/\d/.test(fit),
            `with no profile the fit should invite, without a number: "${fit}"`,
          );
          const optionsOpened = ctx.waitForEvent('page', {timeout: STATE_TIMEOUT_MS});
          await panel.getByRole('button', {name: 'Set up your profile'}).click();
          const options = await optionsOpened;
          assert(
            options.url().startsWith(`chrome-extension://${extensionId}/src/options/`),
            `"Set up your profile" opened ${options.url()}`,
          );
          await options.close();
          const salary = await panel.locator('[data-testid=salary-benchmark]').innerText();
          assert(
            /Source: [^\n]+, [^\n]*\d{4}/.test(salary) || /no data/.test(salary),
            `salary shows neither a sourced, dated figure nor "no data": "${salary}"`,
          );
          // The posting is in San Francisco: the background's county dataset answers with wage levels.
          const kinds = (await panel.locator('[data-testid=salary-benchmark]').getAttribute('data-kinds')) ?? '';
          assert(kinds.split(' ').includes('levels'), `no county wage levels in the benchmark (kinds: "${kinds}")`);
          const verdict = await panel.locator('[data-testid=verdict]').getAttribute('data-verdict');
          assert(
            verdict === (state === 'analyzed' ? 'tpm' : 'not-tpm'),
            `verdict ${verdict} disagrees with state ${state}`,
          );
          // The panel's own styles apply inside its shadow root even under the page's strict CSP.
          const position = await panel.evaluate((host) => getComputedStyle(host).position);
          assert(position === 'fixed', `panel styles did not apply (position: ${position})`);
          await page.close();
        },
      },
      {
        name: 'collapse is remembered on the next posting; a closed posting stays closed until the popup shows it again',
        run: async () => {
          await clearPanelPrefs(worker);
          const [first, second] = panePostings as [PanePosting, PanePosting];
          const pages: Page[] = [];
          try {
            const page = await open('www.linkedin.com', splitPanePath(first.id));
            pages.push(page);
            const panel = page.locator('#tpm-lens-panel');
            await panel.locator('[data-testid=panel]').waitFor({timeout: STATE_TIMEOUT_MS});
            assert(
              await panel.locator('#tpm-lens-body').isVisible(),
              'a TPM posting did not open in full with nothing remembered',
            );
            await panel.getByRole('button', {name: 'Collapse TPM Lens'}).click();
            assert(!(await panel.locator('#tpm-lens-body').isVisible()), 'body still visible after collapsing');
            await waitForLocal(worker, 'panelCollapsed', (value) => value === true);

            // Another posting, another page load: it opens collapsed.
            const next = await open('www.linkedin.com', splitPanePath(second.id));
            pages.push(next);
            const nextPanel = next.locator('#tpm-lens-panel');
            const expand = nextPanel.getByRole('button', {name: 'Expand TPM Lens'});
            await expand.waitFor({timeout: STATE_TIMEOUT_MS});
            assert(!(await nextPanel.locator('#tpm-lens-body').isVisible()), 'the next posting did not open collapsed');
            await expand.click();
            assert(await nextPanel.locator('#tpm-lens-body').isVisible(), 'body hidden after expanding');
            await waitForLocal(worker, 'panelCollapsed', (value) => value === false);

            // Closed from the keyboard, and still closed when the user comes back to the posting.
            await nextPanel.getByRole('button', {name: 'Close TPM Lens'}).focus();
            await next.keyboard.press('Enter');
            await next.waitForFunction(() => !document.getElementById('tpm-lens-panel'), null, {
              timeout: STATE_TIMEOUT_MS,
            });
            const closed = (await waitForLocal(
              worker,
              'dismissedPostings',
              (value) => Array.isArray(value) && value.length === 1,
            )) as string[];
            await next.reload({waitUntil: 'domcontentloaded'});
            assert((await pageState(next)) === 'analyzed', 'the closed posting was not analysed on the way back');
            // The summary tells the popup the panel is closed: the same closing key.
            const summary = await worker.evaluate(async (key) => {
              // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own chrome.* API
              const chrome = (globalThis as any).chrome;
              for (let i = 0; i < 100; i++) {
                const stored: Record<string, {dismissedKey?: string}> = await chrome.storage.session.get(null);
                const found = Object.values(stored).find((entry) => entry.dismissedKey === key);
                if (found) return found;
                await new Promise((resolve) => setTimeout(resolve, 50));
              }
              return null;
            }, closed[0]!);
            assert(summary, 'no tab summary says the panel is closed');
            assert(
              (await next.locator('#tpm-lens-panel').count()) === 0,
              'the closed posting showed its panel again after a reload',
            );
            // The first posting was never closed: it still shows.
            await page.reload({waitUntil: 'domcontentloaded'});
            await panel.locator('[data-testid=panel]').waitFor({timeout: STATE_TIMEOUT_MS});

            // The popup's current-tab summary offers the way back (the popup reads the active tab).
            const popup = await ctx.newPage();
            pages.push(popup);
            await next.bringToFront();
            await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
            const again = popup.getByRole('button', {name: 'Show the panel again'});
            await again.waitFor({timeout: STATE_TIMEOUT_MS});
            await again.click();
            await nextPanel.locator('[data-testid=panel]').waitFor({timeout: STATE_TIMEOUT_MS});
            await waitForLocal(worker, 'dismissedPostings', (value) => Array.isArray(value) && value.length === 0);
          } finally {
            await Promise.all(pages.map((tab) => tab.close()));
            await clearPanelPrefs(worker);
          }
        },
      },
      {
        name: 'evidence is highlighted in the posting without changing its DOM',
        run: async () => {
          const page = await open('www.linkedin.com', OPENAI_PATH);
          await pageState(page);
          await openPanelTitle(page);
          const panel = page.locator('#tpm-lens-panel');
          const item = panel.locator('[data-testid=checklist-item] details').first();
          assert((await item.count()) === 1, 'no checklist item with evidence');
          const before = await page.evaluate(() => document.body.innerHTML.length);
          await item.locator('summary').click();
          await item.getByRole('button', {name: 'show in posting'}).first().click();
          const highlighted = await page.evaluate(() => {
            const highlight = CSS.highlights.get('tpm-lens-evidence');
            const range = highlight ? [...highlight][0] : undefined;
            return range instanceof Range ? range.toString() : null;
          });
          // A long sentence is shown cut around the words that show the item, the whole sentence its title.
          const blockquote = item.locator('blockquote').first();
          const quote =
            (await blockquote.getAttribute('title')) ??
            (await blockquote.innerText()).replace(/show in posting$/, '').trim();
          const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();
          assert(
            highlighted !== null && squash(highlighted) === squash(quote),
            `highlighted "${highlighted}" for "${quote}"`,
          );
          const after = await page.evaluate(() => document.body.innerHTML.length);
          assert(before === after, 'the page DOM changed');
          // The highlight's style reaches the sentence's own element, and not the rest of the page (a rule
          // for every element restyled the whole document on the first click: 1.3 s on a 10 MB page).
          // No named helpers inside evaluate(): tsx's __name wrapper does not exist in the page.
          const painted = await page.evaluate(() => {
            const range = [...(CSS.highlights.get('tpm-lens-evidence') ?? [])][0] as Range | undefined;
            const own = range?.startContainer.parentElement ?? null;
            const styles = [...document.querySelectorAll('body *')].map((element) => ({
              element,
              background: getComputedStyle(element, '::highlight(tpm-lens-evidence)').backgroundColor,
            }));
            const ownBackground = styles.find((style) => style.element === own)?.background ?? null;
            const styledOthers = styles.filter(
              ({element, background}) =>
                background === ownBackground && element !== own && !element.contains(own) && !own?.contains(element),
            ).length;
            return {own: ownBackground, styledOthers};
          });
          assert(painted.own === 'rgb(255, 229, 138)', `the sentence's highlight background is ${painted.own}`);
          assert(painted.styledOthers === 0, `${painted.styledOthers} other elements carry the highlight style`);
          await page.close();
        },
      },
      {
        name: 'panel follows the dark colour scheme',
        run: async () => {
          const page = await ctx.newPage();
          const background = async (scheme: 'light' | 'dark') => {
            await page.emulateMedia({colorScheme: scheme});
            await page.goto(`https://www.linkedin.com${OPENAI_PATH}`, {waitUntil: 'domcontentloaded'});
            await pageState(page);
            await openPanelTitle(page);
            return page
              .locator('#tpm-lens-panel [data-testid=panel]')
              .evaluate((panel) => getComputedStyle(panel).backgroundColor);
          };
          const light = await background('light');
          const dark = await background('dark');
          assert(light !== dark, `same background in light and dark: ${light}`);
          await page.close();
        },
      },
      {
        name: 'background keeps the tab summary and sets the badge',
        run: async () => {
          const page = await open('www.linkedin.com', OPENAI_PATH);
          await pageState(page);
          const shown = await openPanelTitle(page);
          const completeness = (
            await page.locator('#tpm-lens-panel [data-testid=completeness-score] .score').innerText()
          ).trim();
          const url = page.url();
          const found = await worker.evaluate(async (pageUrl) => {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own chrome.* API
            const chrome = (globalThis as any).chrome;
            // Without the "tabs" permission tab URLs are hidden: find the tab through its stored summary.
            for (let i = 0; i < 20; i++) {
              const stored: Record<string, {url: string}> = await chrome.storage.session.get(null);
              const entry = Object.entries(stored).find(([, summary]) => summary.url === pageUrl);
              const tabId = entry ? Number(entry[0].replace('tab:', '')) : NaN;
              const badge = entry ? await chrome.action.getBadgeText({tabId}) : '';
              if (entry && badge) return {summary: entry[1], badge, title: await chrome.action.getTitle({tabId})};
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
            return null;
          }, url);
          assert(found, 'no summary or badge for the tab');
          const summary = found.summary as unknown as {title: string; completeness: number};
          assert(summary.title === shown, `stored title "${summary.title}" is not the panel's "${shown}"`);
          assert(
            found.badge === completeness && String(summary.completeness) === completeness,
            `badge ${found.badge}, stored ${summary.completeness}, panel ${completeness}`,
          );
          // No profile in this browser: the button's title says the badge is the completeness.
          assert(found.title === `TPM Lens: completeness ${completeness}/100`, `button title "${found.title}"`);
          // Leaving for a site the extension does not run on clears the tab's summary and badge.
          await page.goto(`https://example.org${OPENAI_PATH}`, {waitUntil: 'domcontentloaded'});
          const left = await worker.evaluate(async (pageUrl) => {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own chrome.* API
            const chrome = (globalThis as any).chrome;
            for (let i = 0; i < 20; i++) {
              const stored: Record<string, {url: string}> = await chrome.storage.session.get(null);
              if (!Object.values(stored).some((summary) => summary.url === pageUrl)) return true;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
            return false;
          }, url);
          assert(left, 'the summary outlived the page');
          await page.close();
        },
      },
      {
        name: 'the same page under a non-matching host gets no panel',
        run: async () => {
          const page = await open('example.org', OPENAI_PATH);
          // The same content under its matched host is the clock: once decided there, example.org had as long.
          const control = await open('www.linkedin.com', OPENAI_PATH);
          await page.waitForLoadState('load');
          assert((await pageState(control)) !== null, 'the control page was never analysed');
          await control.close();
          assert((await page.locator('#tpm-lens-panel').count()) === 0, 'panel injected on example.org');
          const state = await page.evaluate(() => document.documentElement.dataset.tpmLens ?? null);
          assert(state === null, `dataset.tpmLens set on example.org: ${state}`);
          await page.close();
        },
      },
      {
        name: 'a posting that appears by history.pushState (LinkedIn SPA) is analysed, the content script started only then',
        run: async () => {
          const page = await open('www.linkedin.com', '/feed/');
          assert((await pageState(page)) === 'no-posting', 'feed page was not decided as no-posting');
          // Off /jobs/ only the route watcher runs: the content script proper (its start mark) has not.
          const started = () =>
            page.evaluate(() => performance.getEntriesByName('tpm-lens:content-script-start').length > 0);
          assert(!(await started()), 'the content script started on the feed');
          const html = readFileSync(OPENAI_FILE, 'utf8');
          await page.evaluate(
            ({markup, path}) => {
              const parsed = new DOMParser().parseFromString(markup, 'text/html');
              // DOMParser parses <noscript> content as markup; its meta refresh would navigate away.
              parsed.querySelectorAll('noscript, meta[http-equiv], script').forEach((node) => node.remove());
              document.title = parsed.title;
              document.body.replaceChildren(
                ...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)),
              );
              history.pushState({}, '', path);
            },
            {markup: html, path: OPENAI_PATH},
          );
          await page.waitForFunction(
            () => ['analyzed', 'not-tpm'].includes(document.documentElement.dataset.tpmLens ?? ''),
            null,
            {
              timeout: STATE_TIMEOUT_MS,
            },
          );
          const title = await openPanelTitle(page);
          assert(title.length > 0 && (await page.title()).includes(title), `panel title "${title}" after navigation`);
          assert(await started(), 'the content script did not write its start mark');
          await page.close();
        },
      },
      {
        name: 'popup opens and says when the tab has no posting',
        run: async () => {
          const page = await ctx.newPage();
          await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
          await page.getByTestId('no-summary').waitFor({timeout: STATE_TIMEOUT_MS});
          assert(
            (await page.getByRole('button', {name: 'Profile and settings'}).count()) === 1,
            'popup has no settings button',
          );
          // Opened as a tab, the popup's own page is the active tab: the browser refuses to inject there.
          await page.getByRole('button', {name: 'Analyze this page'}).click();
          const notice = await page.getByTestId('analyze-notice').innerText({timeout: STATE_TIMEOUT_MS});
          assert(/does not let extensions read this page/.test(notice), `notice: "${notice}"`);
          await page.close();
        },
      },
      {
        name: 'a saved profile turns the fit invitation into a score, live, and onto the badge (red when a blocker makes it 0)',
        run: async () => {
          const page = await open('www.linkedin.com', OPENAI_PATH);
          await pageState(page);
          await openPanelTitle(page);
          const fit = page.locator('#tpm-lens-panel [data-testid=fit-score]');
          assert((await fit.getAttribute('data-has-profile')) === 'false', 'fit shows a profile before one is saved');
          const profile = {
            version: 1,
            yearsExperience: 8,
            degree: 'bachelor',
            certifications: ['PMP'],
            checklist: [
              'communication',
              'stakeholder-management',
              'delivery',
              'problem-solving',
              'prioritization',
              'initiative',
            ],
            skills: ['Python'],
            location: 'San Francisco, CA',
            payExpectation: null,
          };
          await worker.evaluate(async (value) => {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own chrome.* API
            await (globalThis as any).chrome.storage.sync.set({profile: value});
          }, profile);
          try {
            await page.waitForFunction(
              () =>
                document
                  .getElementById('tpm-lens-panel')
                  ?.shadowRoot?.querySelector('[data-testid=fit-score]')
                  ?.getAttribute('data-has-profile') === 'true',
              null,
              {timeout: STATE_TIMEOUT_MS},
            );
            const score = (await fit.locator('.score').innerText()).trim();
            assert(/^\d+$/.test(score), `fit score "${score}"`);
            // The badge once the tab's summary holds a fit (`fit`, or any) and the badge shows `text` (or any
            // text): the background writes the summary, then the badge; the last badge seen after 3 s otherwise.
            const badgeWhen = (fit: number | null, text: string | null = null) =>
              worker.evaluate(
                async ({pageUrl, fit: wanted, text: wantedText}) => {
                  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own chrome.* API
                  const chrome = (globalThis as any).chrome;
                  let seen: {text: string; color: string} | null = null;
                  for (let i = 0; i < 30; i++) {
                    const stored: Record<string, {url: string; fit: number | null}> =
                      await chrome.storage.session.get(null);
                    const entry = Object.entries(stored).find(
                      ([, summary]) =>
                        summary.url === pageUrl && summary.fit !== null && (wanted === null || summary.fit === wanted),
                    );
                    if (entry) {
                      const tabId = Number(entry[0].replace('tab:', ''));
                      const [text, color] = await Promise.all([
                        chrome.action.getBadgeText({tabId}) as Promise<string>,
                        chrome.action.getBadgeBackgroundColor({tabId}) as Promise<number[]>,
                      ]);
                      seen = {text, color: color.slice(0, 3).join(',')};
                      if (wantedText === null || text === wantedText) return seen;
                    }
                    await new Promise((resolve) => setTimeout(resolve, 100));
                  }
                  return seen;
                },
                {pageUrl: page.url(), fit, text},
              );
            const badge = await badgeWhen(null, score);
            assert(badge?.text === score, `badge "${badge?.text}" is not the fit score ${score}`);
            // A score, not a blocked fit: the extension's blue (BADGE_COLORS.score, #0b5fce).
            assert(badge.color === '11,95,206', `badge colour ${badge.color}`);
            // A profile that accepts contract work only: this full-time posting blocks the fit, and the badge turns red.
            await worker.evaluate(
              async (value) => {
                // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own chrome.* API
                await (globalThis as any).chrome.storage.sync.set({profile: value});
              },
              {...profile, employmentTypes: ['contract']},
            );
            const blocked = await badgeWhen(0, '0');
            assert(blocked?.text === '0', `blocked badge "${blocked?.text}"`);
            assert(
              blocked.color === '180,35,24',
              `blocked badge colour ${blocked.color} (BADGE_COLORS.blocked, #b42318)`,
            );
          } finally {
            await worker.evaluate(async () => {
              // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own chrome.* API
              await (globalThis as any).chrome.storage.sync.remove('profile');
            });
            await page.close();
          }
        },
      },
      {
        name: 'the extension makes no network request of its own',
        run: async () => {
          // Content scripts are not bound by the page's CSP, so any request of theirs would get past it. A page
          // closed before its CSP block was reported leaves a request with no outcome at all: the page's own
          // when its markup names the URL (a check closing a tab at once on a loaded machine did that).
          const named = (url: string) =>
            SERVED_MARKUP.some((markup) => markup.includes(url) || markup.includes(url.replaceAll('&', '&amp;')));
          const pagesOwn = (request: Request) =>
            blockedByPageCsp.has(request) || (!settled.has(request) && named(request.url()));
          const foreign = requests
            .filter((request) => !pagesOwn(request))
            .map((request) => request.url())
            .filter((url) => /^https?:/.test(url) && !SERVED_HOSTS.has(new URL(url).hostname));
          assert(foreign.length === 0, `requests to other hosts: ${foreign.slice(0, 5).join(', ')}`);
          const fromWorker = requests.filter(
            (request) => request.serviceWorker() && !request.url().startsWith('chrome-extension:'),
          );
          assert(fromWorker.length === 0, `service worker requests: ${fromWorker.map((r) => r.url()).join(', ')}`);
          // To the served hosts only page loads are expected (the 429 page's own meta refresh is one).
          const extra = requests.filter(
            (request) => /^https?:/.test(request.url()) && !request.isNavigationRequest() && !pagesOwn(request),
          );
          assert(
            extra.length === 0,
            `requests other than page loads: ${extra.map((r) => `${r.resourceType()} ${r.url()}`).join(', ')}`,
          );
          assert(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
        },
      },
    ];

    checks.splice(checks.length - 1, 0, ...optionsChecks(e2e, DATA), ...postingsChecks(e2e, HTML));
    const counts = await runChecks(checks, ONLY ?? undefined);
    passed += counts.passed;
    failed += counts.failed;
    await context.close().catch(() => undefined);
    context = undefined;
    const shipped = existsSync(join(SHIPPED_DIST, 'manifest.json'))
      ? shippedBuildChecks({
          dist: SHIPPED_DIST,
          chromium: CHROMIUM,
          rules,
          posting: {host: 'www.linkedin.com', path: OPENAI_PATH},
          list: {host: 'www.indeed.com', path: '/q-data-analyst-l-portland,-or-jobs.html'},
        })
      : [
          {
            name: 'the store build',
            run: () => Promise.reject(new Error(`no build at ${SHIPPED_DIST}: run \`npm run build\` first`)),
          },
        ];
    const shippedCounts = await runChecks(shipped, ONLY ?? undefined);
    passed += shippedCounts.passed;
    failed += shippedCounts.failed;
  } catch (error) {
    failed++;
    console.log(`  FAIL set-up: ${errorMessage(error)}`);
  } finally {
    await context?.close().catch(() => undefined);
    await server.close();
    rmSync(profileDir, {recursive: true, force: true});
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

exitWith('e2e', main);
