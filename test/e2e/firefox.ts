// The Firefox build with test hooks (dist-e2e-firefox/) in Debian's Firefox ESR, driven over WebDriver
// BiDi (Playwright cannot drive a stock Firefox): the panel on every saved page (title and verdict, or none), the
// marks on every saved result list, and the extension's own pages (Your postings, the popup's look-up, the options
// page's profile).
// Run `npm run build:e2e` first, then `npm run test:e2e:firefox` (DIST_E2E_FIREFOX=<folder> for another build).
// Firefox maps host names to an address but keeps the URL's port, so the pages are served on 443.
// Prints one line per check and `e2e-firefox: N passed, N failed`; exits non-zero on failure.
import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {servePages, type ServedPage} from './server';
import {exitWith, runChecks, squash} from './harness';
import {FRAMED, framedServedPages} from './framed-checks';
import {LIST_PAGES} from './list-checks';
import {realTpmListing} from './options';
import {manifestMatches, savedServedPages} from './saved-checks';
import {SITE_SCRIPTS_CHECK, sitePostings, siteScriptServedPages} from './site-script-checks';
import {readSaved, SAVED_PAGES, verdictFromTitle, type SavedPage} from './saved-pages';
import {REPO, SHARED_DATA, SHARED_HTML} from '../support/shared';
import {analyzeDraft} from '../../src/core/draft';
import {errorMessage} from '../../src/core/error-message';

/** DIST_E2E_FIREFOX picks another build folder (default dist-e2e-firefox/). */
const DIST = resolve(process.env.DIST_E2E_FIREFOX ?? join(REPO, 'dist-e2e-firefox'));
const HTML = SHARED_HTML;
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const STATE_TIMEOUT_MS = 10_000;

const OPENAI_PATH = '/jobs/view/3915648739/';
/** Pages beyond the saved ones (which are all served at their real addresses, as in the Chromium run). */
const OWN_PAGES: ServedPage[] = [
  {host: 'example.org', path: OPENAI_PATH, file: join(HTML, 'linkedin', 'jobdog_linkedin_openai_3915648739.html')},
  // Off /jobs/ only the route watcher runs; it has the background start the content script on navigation.
  {
    host: 'www.linkedin.com',
    path: '/feed/',
    body: '<!doctype html><title>Feed | LinkedIn</title><main><h1>Feed</h1></main>',
  },
];
const PAGES: ServedPage[] = [
  ...savedServedPages(HTML),
  ...OWN_PAGES,
  ...framedServedPages(HTML),
  ...siteScriptServedPages(),
];

const PREFS = {
  // Every host name resolves to this machine, where the page server listens on 443.
  'network.dns.forceResolve': '127.0.0.1',
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  // The 429 body's meta refresh would take the test away from the page under test.
  'accessibility.blockautorefresh': true,
};

/**
 * The extension's pages (popup, options, Your postings) live at moz-extension://<uuid>/, a uuid Firefox draws
 * per profile unless this pref names it for the add-on's id.
 */
const EXTENSION_UUID = '6f1c2a4e-7b3d-4e5f-9a8b-0c1d2e3f4a5b';
function extensionPrefs(dist: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: {gecko?: {id?: string}};
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`no gecko id in ${dist}/manifest.json`);
  return {'extensions.webextensions.uuids': JSON.stringify({[id]: EXTENSION_UUID})};
}
const EXTENSION_PAGE = (path: string) => `moz-extension://${EXTENSION_UUID}/src/${path}/index.html`;

type BiDiResult = Record<string, unknown>;

/** The smallest WebDriver BiDi client that does the job: commands in, results (or errors) out. */
class BiDi {
  private next = 1;
  private waiting = new Map<number, {resolve: (value: BiDiResult) => void; reject: (error: Error) => void}>();
  private constructor(private socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as {
        id?: number;
        result?: BiDiResult;
        error?: string;
        message?: string;
      };
      if (message.id === undefined) return;
      const pending = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.error) pending?.reject(new Error(`${message.error}: ${message.message ?? ''}`));
      else pending?.resolve(message.result ?? {});
    });
  }

  static connect(url: string): Promise<BiDi> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.addEventListener('open', () => resolve(new BiDi(socket)));
      socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)));
    });
  }

  send(method: string, params: Record<string, unknown>): Promise<BiDiResult> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {resolve, reject});
      this.socket.send(JSON.stringify({id, method, params}));
    });
  }

  close(): void {
    this.socket.close();
  }
}

function launchFirefox(profileDir: string): Promise<{child: ChildProcess; endpoint: string}> {
  writeFileSync(
    join(profileDir, 'user.js'),
    Object.entries({...PREFS, ...extensionPrefs(DIST)})
      .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
      .join('\n'),
  );
  const child = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profileDir, '--remote-debugging-port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {...process.env, MOZ_HEADLESS: '1'},
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start: ${output.slice(-500)}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({child, endpoint: match[1]!});
      }
    });
    child.on('exit', (code) => reject(new Error(`Firefox exited (${code}): ${output.slice(-500)}`)));
  });
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function main(): Promise<number> {
  if (!existsSync(HTML)) {
    console.log(`e2e-firefox: SKIPPED - saved pages not found at ${HTML}`);
    return 0;
  }
  if (!existsSync(join(DIST, 'manifest.json')) || !existsSync(FIREFOX)) {
    console.log(`e2e-firefox: needs ${DIST} (npm run build:e2e) and ${FIREFOX} (apt-get install -y firefox-esr)`);
    console.log('e2e-firefox: 0 passed, 1 failed');
    return 1;
  }
  const server = await servePages(PAGES, 443);
  const profileDir = mkdtempSync(join(tmpdir(), 'tpm-lens-firefox-'));
  let firefox: ChildProcess | undefined;
  let bidi: BiDi | undefined;
  let passed = 0;
  let failed = 0;
  try {
    const launched = await launchFirefox(profileDir);
    firefox = launched.child;
    bidi = await BiDi.connect(`${launched.endpoint}/session`);
    const session = bidi;
    await session.send('session.new', {capabilities: {alwaysMatch: {acceptInsecureCerts: true}}});
    await session.send('webExtension.install', {extensionData: {type: 'path', path: DIST}});
    const tree = (await session.send('browsingContext.getTree', {})) as {contexts: Array<{context: string}>};
    const context = tree.contexts[0]!.context;

    const evaluate = async (expression: string, target = context): Promise<unknown> => {
      const result = (await session.send('script.evaluate', {
        expression,
        target: {context: target},
        awaitPromise: true,
      })) as {result?: {value?: unknown}};
      return result.result?.value;
    };
    const open = (url: string) => session.send('browsingContext.navigate', {context, url, wait: 'complete'});
    /** dataset.tpmLens once decided, or null. */
    const pageState = async (timeout = STATE_TIMEOUT_MS) => {
      const until = Date.now() + timeout;
      while (Date.now() < until) {
        const state = await evaluate('document.documentElement.dataset.tpmLens ?? null');
        if (typeof state === 'string') return state;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return null;
    };
    /** The value of `expression` once it is neither null nor undefined, or null after `timeout`. */
    const waitFor = async (expression: string, timeout = STATE_TIMEOUT_MS, target = context): Promise<unknown> => {
      const until = Date.now() + timeout;
      while (Date.now() < until) {
        const value = await evaluate(expression, target).catch(() => null);
        if (value !== null && value !== undefined) return value;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    };
    /** Types `value` into the field with this id as a person's input does; true once the field was there. */
    const typeInto = async (id: string, value: string, target: string) =>
      (await waitFor(
        `(() => {
          const field = document.getElementById(${JSON.stringify(id)});
          if (!field) return null;
          field.value = ${JSON.stringify(value)};
          field.dispatchEvent(new Event('input', {bubbles: true}));
          return true;
        })()`,
        STATE_TIMEOUT_MS,
        target,
      )) === true;
    const inPanel = (code: string) =>
      `(() => { const root = document.getElementById('tpm-lens-panel')?.shadowRoot; if (!root) return null; ${code} })()`;
    /**
     * A tab showing one of the extension's pages. WebDriver BiDi may not navigate to a moz-extension: URL, so
     * the first comes as a user gets there, from the panel's "Your postings" button (the background opens the
     * tab); the others are that page's own navigations within the extension.
     */
    let extensionContext: string | null = null;
    const extensionTab = async (path: string): Promise<string> => {
      if (!extensionContext) {
        await open(`https://www.linkedin.com${OPENAI_PATH}`);
        assert((await pageState()) !== null, 'the posting was never analysed');
        await evaluate(inPanel(`root.querySelector('[data-testid=not-tpm-chip] button')?.click(); return true;`));
        const clicked = await waitFor(
          inPanel(
            `const button = root.querySelector('[data-testid=open-postings]'); button?.click(); return button ? true : null;`,
          ),
        );
        assert(clicked === true, 'no "Your postings" button in the panel');
        const until = Date.now() + STATE_TIMEOUT_MS;
        while (!extensionContext && Date.now() < until) {
          const {contexts} = (await session.send('browsingContext.getTree', {})) as {
            contexts: Array<{context: string; url: string}>;
          };
          extensionContext = contexts.find((tab) => tab.url.startsWith(EXTENSION_PAGE('postings')))?.context ?? null;
          if (!extensionContext) await new Promise((resolve) => setTimeout(resolve, 100));
        }
        assert(extensionContext, 'the "Your postings" button opened no tab');
      }
      const url = EXTENSION_PAGE(path);
      if ((await evaluate('location.href', extensionContext).catch(() => '')) !== url)
        await evaluate(`(location.assign(${JSON.stringify(url)}), true)`, extensionContext);
      const ready = await waitFor(
        `location.href === ${JSON.stringify(url)} && document.readyState === 'complete' || null`,
        STATE_TIMEOUT_MS,
        extensionContext,
      );
      assert(ready === true, `the extension tab did not reach ${url}`);
      return extensionContext;
    };

    const checks: Array<{name: string; run: () => Promise<void>}> = [
      {
        name: SITE_SCRIPTS_CHECK,
        run: async () => {
          for (const {site, url, title} of sitePostings()) {
            await open(url.href);
            const state = await pageState();
            assert(state === 'analyzed', `${site}: dataset.tpmLens is ${String(state)}`);
            const shown = await waitFor(
              inPanel(`return root.querySelector('[data-testid=posting-title]')?.textContent ?? null;`),
            );
            assert(typeof shown === 'string' && shown.trim() === title, `${site}: panel title "${String(shown)}"`);
          }
        },
      },
      {
        name: 'LinkedIn guest posting shows the panel with its title and county benchmark',
        run: async () => {
          await open(`https://www.linkedin.com${OPENAI_PATH}`);
          const state = await pageState();
          assert(state === 'analyzed' || state === 'not-tpm', `dataset.tpmLens is ${state}`);
          await evaluate(inPanel(`root.querySelector('[data-testid=not-tpm-chip] button')?.click(); return true;`));
          const title = await waitFor(
            inPanel(`return root.querySelector('[data-testid=posting-title]')?.textContent ?? null;`),
          );
          const documentTitle = String(await evaluate('document.title'));
          assert(
            typeof title === 'string' && title.length > 0 && documentTitle.includes(title),
            `panel title ${String(title)} vs "${documentTitle}"`,
          );
          const kinds = String(
            await evaluate(
              inPanel(`return root.querySelector('[data-testid=salary-benchmark]')?.getAttribute('data-kinds') ?? '';`),
            ),
          );
          assert(kinds.split(' ').includes('levels'), `no county wage levels from the background (kinds "${kinds}")`);
          const items = await evaluate(inPanel(`return root.querySelectorAll('[data-testid=checklist-item]').length;`));
          assert(items === 21, `checklist items: ${String(items)}`);
          const position = await evaluate(`getComputedStyle(document.getElementById('tpm-lens-panel')).position`);
          assert(position === 'fixed', `panel styles did not apply (position ${String(position)})`);
        },
      },
      {
        // Firefox's content scripts reach the page's CSS.highlights through Xray wrappers, Chromium's directly:
        // the highlight has to reach the page's own registry and paint there.
        name: '"show in posting" highlights the evidence sentence in the page (CSS Custom Highlight) without changing its DOM',
        run: async () => {
          await open(`https://www.linkedin.com${OPENAI_PATH}`);
          assert((await pageState()) !== null, 'the posting was never analysed');
          await evaluate(inPanel(`root.querySelector('[data-testid=not-tpm-chip] button')?.click(); return true;`));
          const before = await evaluate('document.body.innerHTML.length');
          const quote = await waitFor(
            inPanel(`const item = root.querySelector('[data-testid=checklist-item] details');
              if (!item) return null;
              item.open = true;
              const button = [...item.querySelectorAll('button')].find((node) => node.textContent === 'show in posting');
              if (!button) return null;
              const quoted = button.closest('blockquote');
              const quote = quoted?.title || (quoted?.textContent.replace(/show in posting$/, '') ?? '');
              button.click();
              return quote;`),
          );
          assert(typeof quote === 'string' && quote.trim().length > 0, 'no checklist item with evidence to show');
          const highlighted = await waitFor(`(() => {
            const range = [...(CSS.highlights.get('tpm-lens-evidence') ?? [])][0];
            return range instanceof Range ? range.toString() : null;
          })()`);
          const squash = (text: unknown) => String(text).replace(/\s+/g, '').toLowerCase();
          assert(squash(highlighted) === squash(quote), `highlighted "${String(highlighted)}" for "${quote}"`);
          const painted = await evaluate(`(() => {
            const range = [...(CSS.highlights.get('tpm-lens-evidence') ?? [])][0];
            const own = range?.startContainer.parentElement;
            return own ? getComputedStyle(own, '::highlight(tpm-lens-evidence)').backgroundColor : null;
          })()`);
          assert(painted === 'rgb(255, 229, 138)', `the sentence's highlight background is ${String(painted)}`);
          assert((await evaluate('document.body.innerHTML.length')) === before, 'the page DOM changed');
        },
      },
      {
        name: 'a posting that appears by history.pushState on LinkedIn is analysed, the content script started only then',
        run: async () => {
          await open('https://www.linkedin.com/feed/');
          assert((await pageState()) === 'no-posting', 'feed page was not decided as no-posting');
          const started = "performance.getEntriesByName('tpm-lens:content-script-start').length > 0";
          assert((await evaluate(started)) === false, 'the content script started on the feed');
          // The posting's markup, then its URL, as the site's own script would (no <script> of it runs).
          const markup = readFileSync(join(HTML, 'linkedin', 'jobdog_linkedin_openai_3915648739.html'), 'utf8');
          await evaluate(`(() => {
            const parsed = new DOMParser().parseFromString(${JSON.stringify(markup)}, 'text/html');
            parsed.querySelectorAll('noscript, meta[http-equiv], script').forEach((node) => node.remove());
            document.title = parsed.title;
            document.body.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
            history.pushState({}, '', ${JSON.stringify(OPENAI_PATH)});
            return true;
          })()`);
          const state = await waitFor(
            "['analyzed', 'not-tpm'].includes(document.documentElement.dataset.tpmLens) ? document.documentElement.dataset.tpmLens : null",
          );
          assert(
            state === 'analyzed' || state === 'not-tpm',
            `dataset.tpmLens is ${String(state)} after navigation, at ${String(await evaluate('location.href'))}`,
          );
          assert((await evaluate(started)) === true, 'the content script did not write its start mark');
        },
      },
      ...LIST_PAGES.map((list) => ({
        name: `${list.name}: every card carries one mark with a verdict`,
        run: async () => {
          await open(`https://${list.host}${list.path}`);
          const verdicts = await waitFor(`(() => {
            const cards = [...document.querySelectorAll(${JSON.stringify(list.card)})];
            if (cards.length < ${list.cards} || !cards.every((card) => card.querySelector('[data-tpm-lens-card]')?.shadowRoot)) return null;
            return cards.map((card) => card.querySelectorAll('[data-tpm-lens-card]').length + ':' + card.querySelector('[data-tpm-lens-card]').getAttribute('data-tpm-lens-card')).join(' ');
          })()`);
          assert(typeof verdicts === 'string', 'the cards were not all marked');
          const marks = verdicts.split(' ');
          assert(
            marks.length === list.cards && marks.every((mark) => /^1:(?:yes|no|maybe)$/.test(mark)),
            `marks ${verdicts}`,
          );
        },
      })),
      {
        name: 'the same page under a non-matching host gets no panel',
        run: async () => {
          // The same content under its matched host is the clock: example.org gets as long as it took there.
          const started = Date.now();
          await open(`https://www.linkedin.com${OPENAI_PATH}`);
          assert((await pageState()) !== null, 'the control page was never analysed');
          const decidedIn = Date.now() - started;
          await open(`https://example.org${OPENAI_PATH}`);
          await new Promise((resolve) => setTimeout(resolve, decidedIn));
          assert(
            (await evaluate(
              `document.getElementById('tpm-lens-panel') === null && document.documentElement.dataset.tpmLens === undefined`,
            )) === true,
            'extension acted on example.org',
          );
        },
      },
      {
        name: "a Greenhouse job in a company's careers page frame shows the panel in the frame, the page gets nothing",
        run: async () => {
          const {company, embed, saved} = FRAMED;
          assert(saved.expect.kind === 'posting', 'the saved Greenhouse page is not a posting');
          const expectedTitle = saved.expect.title(readSaved(HTML, saved), new URL(saved.url));
          await open(`https://${company.host}${company.path}`);
          let frame: string | null = null;
          const until = Date.now() + STATE_TIMEOUT_MS;
          while (!frame && Date.now() < until) {
            const {contexts} = (await session.send('browsingContext.getTree', {root: context})) as {
              contexts: Array<{children?: Array<{context: string; url: string}>}>;
            };
            frame = contexts[0]?.children?.find((child) => child.url.includes(embed.host))?.context ?? null;
            if (!frame) await new Promise((resolve) => setTimeout(resolve, 100));
          }
          assert(frame, 'the careers page has no job frame');
          const state = await waitFor('document.documentElement.dataset.tpmLens ?? null', STATE_TIMEOUT_MS, frame);
          assert(state === 'analyzed' || state === 'not-tpm', `the frame's dataset.tpmLens is ${String(state)}`);
          await evaluate(
            inPanel(`root.querySelector('[data-testid=not-tpm-chip] button')?.click(); return true;`),
            frame,
          );
          const title = await waitFor(
            inPanel(`return root.querySelector('[data-testid=posting-title]')?.textContent ?? null;`),
            STATE_TIMEOUT_MS,
            frame,
          );
          assert(
            expectedTitle && squash(String(title)) === squash(expectedTitle),
            `panel title "${String(title)}", the job says "${expectedTitle}"`,
          );
          assert(
            (await evaluate(
              `document.getElementById('tpm-lens-panel') === null && document.documentElement.dataset.tpmLens === undefined`,
            )) === true,
            "the company's own page got a panel or a state",
          );
        },
      },
      {
        name: 'a posting saved from the panel is listed in Your postings (kept by the background page)',
        run: async () => {
          // Not a TPM role, so kept only when the reader saves it (TPM roles are kept as they are read).
          await open(`https://www.linkedin.com${OPENAI_PATH}`);
          assert((await pageState()) !== null, 'the posting was never analysed');
          await evaluate(inPanel(`root.querySelector('[data-testid=not-tpm-chip] button')?.click(); return true;`));
          const title = await waitFor(
            inPanel(`return root.querySelector('[data-testid=posting-title]')?.textContent ?? null;`),
          );
          assert(typeof title === 'string' && title.length > 0, 'no title in the panel');
          const saved = await waitFor(
            inPanel(`const button = root.querySelector('[data-testid=save-posting]');
              if (!button) return null;
              if (/Saved/.test(button.textContent)) return true;
              if (!button.disabled) button.click();
              return null;`),
          );
          assert(saved === true, 'the panel did not save the posting');
          const tab = await extensionTab('postings');
          const rows = await waitFor(
            `(() => { const rows = [...document.querySelectorAll('[data-testid=posting-row]')]; return rows.length ? rows.map((row) => row.textContent).join(' | ') : null; })()`,
            STATE_TIMEOUT_MS,
            tab,
          );
          assert(
            typeof rows === 'string',
            `Your postings shows no row: ${String(await evaluate('document.body.innerText.slice(0, 300)', tab))}`,
          );
          assert(rows.includes(title), `no row names "${title}": ${rows.slice(0, 200)}`);
        },
      },
      {
        name: "the popup's salary look-up reads the bundled wage data (Mountain View, CA: its county's wage levels)",
        run: async () => {
          const tab = await extensionTab('popup');
          const typed = await typeInto('salary-place', 'Mountain View, CA', tab);
          assert(typed === true, 'no place field in the popup');
          const area = await waitFor(
            `document.querySelector('[data-testid=lookup-area]')?.textContent ?? null`,
            STATE_TIMEOUT_MS,
            tab,
          );
          assert(String(area).includes('San Jose-Sunnyvale-Santa Clara'), `wage area "${String(area)}"`);
          const levels = String(
            await waitFor(
              `document.querySelector('[data-testid=lookup-levels]')?.textContent ?? null`,
              STATE_TIMEOUT_MS,
              tab,
            ),
          );
          assert(/\$\d{2,3},\d{3}/.test(levels) && !/no data/.test(levels), `levels "${levels.slice(0, 120)}"`);
        },
      },
      {
        name: 'the options page saves the profile to storage.sync and shows it again after a reload',
        run: async () => {
          const tab = await extensionTab('options');
          // Ready once the stored profile has been read: the save button is disabled until then.
          const ready = await waitFor(
            `document.querySelector('form[aria-label=Profile] button[type=submit]:not([disabled])') ? true : null`,
            STATE_TIMEOUT_MS,
            tab,
          );
          assert(ready === true, 'the profile form never became ready');
          assert(await typeInto('years', '7', tab), 'no years field on the options page');
          // The click after the keystroke's render, as a person's comes.
          const clicked = await evaluate(
            `new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => {
              document.querySelector('form[aria-label=Profile] button[type=submit]').click();
              resolve(true);
            })))`,
            tab,
          );
          assert(clicked === true, 'the save button was not clicked');
          const status = await waitFor(
            `document.querySelector('[data-testid=profile-status]')?.textContent ?? null`,
            STATE_TIMEOUT_MS,
            tab,
          );
          assert(/saved/i.test(String(status)), `status "${String(status)}"`);
          const stored = await evaluate(
            `browser.storage.sync.get('profile').then(({profile}) => profile?.yearsExperience ?? 'none')`,
            tab,
          );
          assert(stored === 7, `storage.sync holds yearsExperience ${String(stored)}`);
          await evaluate('(location.reload(), true)', tab);
          await new Promise((resolve) => setTimeout(resolve, 300));
          const shown = await waitFor(`document.getElementById('years')?.value || null`, STATE_TIMEOUT_MS, tab);
          assert(shown === '7', `after a reload the form shows ${String(shown)}`);
          // Later checks expect no profile.
          await evaluate(`browser.storage.sync.remove('profile').then(() => true)`, tab);
        },
      },
      {
        name: 'the draft checker lists what a real listing misses, as the core does',
        run: async () => {
          const tab = await extensionTab('options');
          await evaluate(`(location.hash = 'draft', true)`, tab);
          const listing = realTpmListing(SHARED_DATA);
          const typed = await typeInto('draft-text', listing, tab);
          assert(typed === true, 'no draft field on the options page');
          const missing = await waitFor(
            `document.querySelector('[data-testid=draft-report]')
              ? [...document.querySelectorAll('[data-testid=draft-missing] li')].map((item) => item.getAttribute('data-id')).join(',')
              : null`,
            STATE_TIMEOUT_MS,
            tab,
          );
          const expected = analyzeDraft({text: listing}).analysis.completeness.missing.join(',');
          assert(missing === expected, `page lists ${String(missing)}; core ${expected}`);
          assert(expected.includes('pay-range'), 'a listing without pay should miss the pay range');
        },
      },
      {
        // Last: the closing stays in this run's profile (the checks above only need the page state).
        name: 'a panel closed on a posting stays closed when the posting is opened again (storage.local)',
        run: async () => {
          await open(`https://www.linkedin.com${OPENAI_PATH}`);
          assert((await pageState()) !== null, 'the posting was never analysed');
          const closed = await waitFor(
            inPanel(
              `const close = root.querySelector('button[aria-label="Close TPM Lens"]'); if (!close) return null; close.click(); return true;`,
            ),
          );
          assert(closed === true, 'no close button on the panel');
          assert(
            (await waitFor(`document.getElementById('tpm-lens-panel') === null || null`)) === true,
            'the panel stayed after closing',
          );
          await open(`https://www.linkedin.com${OPENAI_PATH}`);
          assert((await pageState()) !== null, 'the posting was not analysed on the way back');
          // Remembered: once storage has answered the panel is (or goes) away; forgotten, it stays up.
          assert(
            (await waitFor(`document.getElementById('tpm-lens-panel') === null || null`)) === true,
            'the closed posting showed its panel again',
          );
        },
      },
    ];
    /**
     * Every saved real page on a host the build matches, as the Chromium run checks it (saved-checks.ts): the panel
     * with the title the page itself states and the verdict that title implies, or no panel where there is no posting.
     */
    const savedPageCheck = (page: SavedPage) => ({
      name: `saved page ${page.file} (${page.why}): ${page.expect.kind === 'posting' ? 'the panel with its title and verdict' : 'no panel'}`,
      run: async () => {
        await open(page.url);
        const state = await pageState();
        const panels = async () => Number(await evaluate("document.querySelectorAll('#tpm-lens-panel').length"));
        if (page.expect.kind !== 'posting') {
          assert(state === 'no-posting', `dataset.tpmLens is ${state}`);
          // The 429 body's meta refresh would leave it (blocked by a pref here, as the Chromium run blocks navigations).
          assert(
            (await evaluate('location.href')) === page.url,
            `left the page for ${String(await evaluate('location.href'))}`,
          );
          assert((await panels()) === 0, 'panel injected');
          return;
        }
        const expected = page.expect.title(readSaved(HTML, page), new URL(page.url));
        assert(expected, 'the page itself gives no title to expect (derivation broke)');
        assert(state === 'analyzed' || state === 'not-tpm', `dataset.tpmLens is ${state}`);
        await evaluate(inPanel(`root.querySelector('[data-testid=not-tpm-chip] button')?.click(); return true;`));
        const title = await waitFor(
          inPanel(`return root.querySelector('[data-testid=posting-title]')?.textContent ?? null;`),
        );
        assert(
          squash(String(title)) === squash(expected),
          `panel title "${String(title)}", the page says "${expected}"`,
        );
        const verdict = await evaluate(
          inPanel(`return root.querySelector('[data-testid=verdict]')?.getAttribute('data-verdict') ?? null;`),
        );
        assert(verdict === verdictFromTitle(expected), `verdict ${String(verdict)} for "${expected}"`);
        assert(verdict === (state === 'analyzed' ? 'tpm' : 'not-tpm'), `verdict ${String(verdict)}, state ${state}`);
        assert((await panels()) === 1, 'more than one panel');
      },
    });
    // Before the last check, whose closed panel stays in this run's profile.
    checks.splice(
      -1,
      0,
      ...SAVED_PAGES.filter((page) => page.expect.kind !== 'not-matched' && manifestMatches(DIST, page.url)).map(
        savedPageCheck,
      ),
    );
    const counts = await runChecks(checks);
    passed += counts.passed;
    failed += counts.failed;
  } catch (error) {
    failed++;
    console.log(`  FAIL set-up: ${errorMessage(error)}`);
  } finally {
    if (bidi) await bidi.send('browser.close', {}).catch(() => undefined);
    bidi?.close();
    if (firefox && firefox.exitCode === null) {
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          firefox!.kill('SIGKILL');
          resolve(undefined);
        }, 5000);
        firefox!.once('exit', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
    }
    await server.close();
    rmSync(profileDir, {recursive: true, force: true});
  }
  console.log(`e2e-firefox: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

exitWith('e2e-firefox', main);
