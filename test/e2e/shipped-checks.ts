// The store build (dist/, `npm run build`) against a page that looks for the extension: it must find
// nothing, while the panel is there for the user. The e2e suite itself runs on dist-e2e/ (test hooks);
// these checks are the only ones that load the shipped build, in a browser of their own.
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {SITES} from '../../src/sites/all';
import type {BrowserContext, Page} from 'playwright-core';
import {assert, launchChromium, STATE_TIMEOUT_MS, type Check} from './harness';
import {COMPILE_HINT, loaderOf} from '../../scripts/content-loader';
import {CONTENT_SCRIPTS_DIR} from '../../scripts/store-build';

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

interface CdpNode {
  nodeType: number;
  nodeValue?: string;
  backendNodeId?: number;
  localName?: string;
  /** Name, value, name, value... */
  attributes?: string[];
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/** The text inside closed shadow roots, seen from DevTools (which, unlike the page, sees every root). */
function closedShadowText(node: CdpNode, inside = false): string {
  const here = inside && node.nodeType === 3 ? (node.nodeValue ?? '') : '';
  const children = (node.children ?? []).map((child) => closedShadowText(child, inside)).join(' ');
  const shadows = (node.shadowRoots ?? [])
    .map((root) => closedShadowText(root, inside || root.shadowRootType === 'closed'))
    .join(' ');
  return [here, children, shadows].filter(Boolean).join(' ');
}

/** The elements that host a closed shadow root (the panel's host, the cards' marks), as DevTools sees them. */
function closedHosts(node: CdpNode): CdpNode[] {
  const here = (node.shadowRoots ?? []).some((root) => root.shadowRootType === 'closed') ? [node] : [];
  return [...here, ...(node.children ?? []).flatMap(closedHosts), ...(node.shadowRoots ?? []).flatMap(closedHosts)];
}

/** Buttons inside closed shadow roots: "show in posting", and the "Not a TPM role" chip's (`chip`). */
function panelButtons(node: CdpNode, inside = false, chip = false): Array<{node: CdpNode; chip: boolean}> {
  const text = (node.children ?? []).map((child) => (child.nodeType === 3 ? (child.nodeValue ?? '') : '')).join('');
  const attributes = node.attributes ?? [];
  // The store build drops the extension's test ids: the chip is found by its class.
  const inChip = chip || attributes[attributes.indexOf('class') + 1] === 'chip';
  const here =
    inside && node.localName === 'button' && (inChip || text.trim() === 'show in posting')
      ? [{node, chip: inChip}]
      : [];
  return [
    ...here,
    ...(node.children ?? []).flatMap((child) => panelButtons(child, inside, inChip)),
    ...(node.shadowRoots ?? []).flatMap((root) => panelButtons(root, inside || root.shadowRootType === 'closed')),
  ];
}

type Session = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

/**
 * The panel's host carries no attribute at all (a `--tpm-*` style property named it), and "show in posting"
 * sets a highlight in the page (which the page can list) whose name and style sheet say nothing.
 */
async function showEvidence(session: Session, page: Page): Promise<void> {
  const {root} = (await session.send('DOM.getDocument', {depth: -1, pierce: true})) as {root: CdpNode};
  const panelHosts = closedHosts(root).filter((host) => /TPM Lens/.test(closedShadowText(host)));
  assert(panelHosts.length === 1, `${panelHosts.length} panel hosts`);
  const attributes = panelHosts[0]!.attributes ?? [];
  assert(attributes.length === 0, `the panel host has attributes: ${attributes.join(' ')}`);
  const click = async (node: CdpNode) => {
    const {object} = (await session.send('DOM.resolveNode', {backendNodeId: node.backendNodeId})) as {
      object: {objectId: string};
    };
    await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { this.click(); }',
    });
  };
  // A posting that is not a TPM role shows its chip first: opened the same way.
  let evidence: CdpNode | undefined;
  for (const started = Date.now(); !evidence && Date.now() - started < STATE_TIMEOUT_MS;) {
    const {root: now} = (await session.send('DOM.getDocument', {depth: -1, pierce: true})) as {root: CdpNode};
    const buttons = panelButtons(now);
    evidence = buttons.find((button) => !button.chip)?.node;
    const chip = buttons.find((button) => button.chip)?.node;
    if (!evidence && chip) await click(chip);
    if (!evidence) await page.waitForTimeout(100);
  }
  assert(evidence, 'no "show in posting" button in the panel');
  await click(evidence);
  const seen = await page.evaluate(() => ({
    // Any attribute (a style's custom property included) naming the extension. On this posting page only:
    // list mode still marks its card hosts (data-tpm-lens-*), open in issue 9.
    named: Array.from(document.querySelectorAll('*')).filter((element) =>
      Array.from(element.attributes).some((attribute) => /tpm/i.test(`${attribute.name} ${attribute.value}`)),
    ).length,
    highlights: [...CSS.highlights.keys()],
    sheets: document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)),
  }));
  assert(seen.named === 0, `${seen.named} elements with an attribute (or style) naming the extension`);
  assert(seen.highlights.length === 1, `${seen.highlights.length} highlights after "show in posting"`);
  assert(!/tpm|lens/i.test(seen.highlights.join(' ')), `highlight named ${seen.highlights.join(', ')}`);
  assert(!/tpm|lens/i.test(seen.sheets.join(' ')), `adopted style sheets: ${seen.sheets.join(' ')}`);
}

export interface ShippedBuild {
  /** The store build's folder (dist/). */
  dist: string;
  chromium: string;
  /** --host-resolver-rules for the running page server. */
  rules: string[];
  /** A saved posting page served under its job site's host (the content script runs there). */
  posting: {host: string; path: string};
  /** A saved result-list page, likewise (list mode marks its cards). */
  list: {host: string; path: string};
}

export function shippedBuildChecks({dist, chromium, rules, posting, list}: ShippedBuild): Check[] {
  /**
   * Opens `at` in a browser with the store build: DevTools must see what TPM Lens shows (`shown`, in closed
   * shadow roots), the page's own scripts nothing of it (roots, names, attributes, text, timeline).
   */
  async function revealsNothing(
    at: {host: string; path: string},
    shown: (text: string) => boolean,
    act?: (session: Session, page: Page) => Promise<void>,
  ) {
    const profileDir = mkdtempSync(join(tmpdir(), 'tpm-lens-shipped-'));
    const ctx = await launchChromium(chromium, profileDir, dist, rules);
    try {
      const page = await ctx.newPage();
      await page.goto(`https://${at.host}${at.path}`, {waitUntil: 'domcontentloaded'});
      const session = await ctx.newCDPSession(page);
      let closedText = '';
      for (const started = Date.now(); Date.now() - started < STATE_TIMEOUT_MS; await page.waitForTimeout(100)) {
        const {root} = (await session.send('DOM.getDocument', {depth: -1, pierce: true})) as {root: CdpNode};
        closedText = closedShadowText(root);
        if (shown(closedText)) break;
      }
      assert(shown(closedText), `not shown in closed shadow roots (saw "${closedText.slice(0, 120)}")`);
      await act?.(session, page);
      // What the page's own scripts can find.
      const seen = await page.evaluate(() => {
        const elements = Array.from(document.querySelectorAll('*'));
        return {
          openRoots: elements.filter((element) => element.shadowRoot !== null).map((element) => element.tagName),
          htmlAttributes: Array.from(document.documentElement.attributes, (attribute) => attribute.name).filter(
            (name) => /tpm/i.test(name),
          ),
          idOrClass: elements.filter((element) => /tpm/i.test(`${element.id} ${element.getAttribute('class') ?? ''}`))
            .length,
          hooks: document.querySelectorAll('[data-tpm-lens-card], [data-tpm-lens-list]').length,
          attributeText: elements
            .flatMap((element) => Array.from(element.attributes, (attribute) => attribute.value))
            .filter((value) => /TPM Lens|Not a TPM role|maybe TPM/.test(value)),
          marks: performance
            .getEntries()
            .filter((entry) => /tpm/i.test(entry.name))
            .map((entry) => entry.name),
          // The content script's module, imported by Chrome's loader (scripts/content-loader.ts).
          extensionRequests: performance
            .getEntriesByType('resource')
            .filter((entry) => /^chrome-extension:/.test(entry.name))
            .map((entry) => entry.name),
          text: document.documentElement.innerText.includes('TPM Lens'),
        };
      });
      assert(seen.openRoots.length === 0, `open shadow roots: ${seen.openRoots.join(', ')}`);
      assert(seen.htmlAttributes.length === 0, `attributes on <html>: ${seen.htmlAttributes.join(', ')}`);
      assert(seen.idOrClass === 0, `${seen.idOrClass} elements named after the extension`);
      assert(seen.hooks === 0, `${seen.hooks} elements carry the test builds' verdict or count hooks`);
      assert(
        seen.attributeText.length === 0,
        `attributes carry TPM Lens's text: ${seen.attributeText.slice(0, 3).join(' | ')}`,
      );
      assert(seen.marks.length === 0, `timeline entries: ${seen.marks.join(', ')}`);
      assert(seen.extensionRequests.length === 0, `requests the page can list: ${seen.extensionRequests.join(', ')}`);
      assert(!seen.text, "TPM Lens's text is in the page's text");
      await session.detach();
    } finally {
      await ctx.close().catch(() => undefined);
      rmSync(profileDir, {recursive: true, force: true});
    }
  }

  return [
    {
      name: "the store build carries neither the development key, the adapters' test URLs nor, in its content scripts, the extension's test ids",
      run: async () => {
        const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>;
        assert(!('key' in manifest), 'dist/manifest.json has a "key"');
        const urls = SITES.flatMap((site) => site.testUrls);
        assert(urls.length > 0, 'the adapters name no test URLs to look for');
        const leaks = files(dist).flatMap((file) => {
          const text = readFileSync(file, 'latin1');
          return urls.filter((url) => text.includes(url)).map((url) => `${file}: ${url}`);
        });
        assert(leaks.length === 0, `test URLs in the store build: ${leaks.slice(0, 3).join('; ')}`);
        const scripts = files(join(dist, CONTENT_SCRIPTS_DIR));
        assert(scripts.length > 0, `no content script in ${join(dist, CONTENT_SCRIPTS_DIR)}`);
        const testIds = scripts.filter((file) => /"data-testid":`/.test(readFileSync(file, 'latin1')));
        assert(
          testIds.length === 0,
          `data-testid attributes in the store build's content scripts: ${testIds.join(', ')}`,
        );
      },
    },
    {
      name: "the store build's content scripts are modules behind a loader each, exposed under a per-session id only, with V8's compile hint",
      run: async () => {
        const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
          content_scripts: Array<{js: string[]}>;
          web_accessible_resources?: Array<{resources: string[]; use_dynamic_url?: boolean}>;
        };
        const exposed = manifest.web_accessible_resources ?? [];
        const modules = exposed.flatMap((entry) => entry.resources);
        const declared = new Set(manifest.content_scripts.map((entry) => entry.js[0]));
        assert(modules.length === SITES.length, `${modules.length} content script modules for ${SITES.length} sites`);
        for (const module of modules) assert(declared.has(loaderOf(module)), `no loader declared for ${module}`);
        // What a page may load from the extension: only under a per-session id, never the fixed one it could probe.
        assert(exposed.length > 0, 'no web-accessible resource for the loader to import');
        assert(
          exposed.every((entry) => entry.use_dynamic_url === true),
          'a web-accessible resource is reachable under the extension id',
        );
        for (const module of modules)
          assert(readFileSync(join(dist, module), 'utf8').startsWith(COMPILE_HINT), `${module} lacks the compile hint`);
      },
    },
    {
      name: 'the store build shows the panel and lets a page script read nothing of it (host, highlight, marks)',
      run: () =>
        revealsNothing(
          posting,
          (text) => /TPM Lens/.test(text) && /Not a TPM role|Checklist|Verdict|TPM role/i.test(text),
          showEvidence,
        ),
    },
    {
      name: 'the store build marks a result list and lets a page script read nothing of the marks',
      run: () => revealsNothing(list, (text) => /TPM Lens: \d+ of \d+ results?/.test(text) && /a year/.test(text)),
    },
  ];
}
