// What the store build gives the page: the test hooks (src/content/test-hooks.ts) switched as the store
// build switches them, with the real panel and the sample posting. The e2e suite proves the same on the
// built dist/ in Chromium (test/e2e/shipped-checks.ts).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';

const hooks = vi.hoisted(() => ({TEST_HOOKS: true, SYNTHETIC_EVENTS_COUNT: true}));
vi.mock('../../../src/content/test-hooks', () => hooks);

const {mountNotice, mountPanel, unmountPanel, HOST_ID} = await import('../../../src/content/mount');
const {exposeState, PAGE_STATE_KEY} = await import('../../../src/content/page-state');
const {mark, MARKS, measurePostingToPanel} = await import('../../../src/content/marks');
const {analyze} = await import('../../../src/core/analyze');
const {samplePosting} = await import('../../support/sample-posting');
const {createListMode} = await import('../../../src/content/list');
const {analyzeCard} = await import('../../../src/core/card');
const {withoutSvgStyles} = await import('../../../src/cli/html-document');
const {haveShared, SHARED_HTML} = await import('../../support/pages');
const {clearLivePage} = await import('../../support/live-page');

afterEach(() => {
  clearLivePage();
  performance.clearMarks();
  performance.clearMeasures();
  hooks.TEST_HOOKS = true;
  hooks.SYNTHETIC_EVENTS_COUNT = true;
});

const analysis = analyze(samplePosting());

describe('the store build (no test hooks)', () => {
  it('mounts the panel in a closed shadow root on an unnamed host', () => {
    hooks.TEST_HOOKS = false;
    mountPanel(document, analysis, {onDismiss: () => {}, onSetUpProfile: () => {}});
    mountPanel(document, analysis, {onDismiss: () => {}, onSetUpProfile: () => {}});
    expect(document.body.children).toHaveLength(1);
    const host = document.body.firstElementChild!;
    expect(host.shadowRoot).toBeNull();
    expect(host.id).toBe('');
    expect(document.getElementById(HOST_ID)).toBeNull();
    // Not even a style attribute: its place is written inside the closed root (a --tpm-* property named it).
    expect(host.attributes.length).toBe(0);
    expect(getComputedStyle(host).getPropertyValue('--tpm-top')).toBe('');
    unmountPanel(document);
    expect(document.body.children).toHaveLength(0);
  });

  it('keeps the page state in its own world, writes nothing on <html> and leaves no timing entries', () => {
    hooks.TEST_HOOKS = false;
    exposeState(document, 'analyzed');
    expect(document.documentElement.hasAttribute('data-tpm-lens')).toBe(false);
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for(PAGE_STATE_KEY)]).toBe('analyzed');
    mark(MARKS.start);
    mark(MARKS.rendered);
    measurePostingToPanel();
    expect(performance.getEntries().filter((entry) => entry.name.startsWith('tpm-lens'))).toEqual([]);
  });

  it("ignores collapse and close clicks a script made up, and follows the same clicks when they are the user's", () => {
    hooks.SYNTHETIC_EVENTS_COUNT = false;
    const onDismiss = vi.fn();
    const onCollapsedChange = vi.fn();
    mountPanel(document, analysis, {onDismiss, onCollapsedChange, onSetUpProfile: () => {}});
    const root = document.getElementById(HOST_ID)!.shadowRoot!;
    const button = (label: string) => root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
    button('Collapse TPM Lens').click();
    button('Close TPM Lens').click();
    expect(onCollapsedChange).not.toHaveBeenCalled();
    expect(onDismiss).not.toHaveBeenCalled();

    // The same clicks, as the browser marks a user's (happy-dom leaves isTrusted unset on its own events).
    const trusted = () => {
      const event = new MouseEvent('click', {bubbles: true, composed: true});
      Object.defineProperty(event, 'isTrusted', {value: true});
      return event;
    };
    button('Expand TPM Lens')?.dispatchEvent(trusted());
    button('Collapse TPM Lens').dispatchEvent(trusted());
    expect(onCollapsedChange).toHaveBeenCalledWith(true);
    button('Close TPM Lens').dispatchEvent(trusted());
    expect(onDismiss).toHaveBeenCalledTimes(1);

    const onNoticeDismiss = vi.fn();
    mountNotice(document, {title: null, message: 'Reading…', busy: true, onDismiss: onNoticeDismiss});
    button('Close TPM Lens').click();
    expect(onNoticeDismiss).not.toHaveBeenCalled();
    button('Close TPM Lens').dispatchEvent(trusted());
    expect(onNoticeDismiss).toHaveBeenCalledTimes(1);
  });

  it.skipIf(!haveShared)(
    'marks list cards in closed shadow roots, with no verdict, count or timing a page script can read',
    async () => {
      hooks.TEST_HOOKS = false;
      const html = withoutSvgStyles(
        readFileSync(join(SHARED_HTML, 'indeed/DanWarner00_ai-job-search-platform-indeed_page.html'), 'utf8'),
      );
      document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i
        .exec(html)![1]!
        .replace(/<script\b[\s\S]*?<\/script>/gi, '')
        .replace(/<(?:link|img|iframe)\b[^>]*>/gi, '');
      const pageText = document.body.textContent!;
      // The roots as attachShadow returns them: the only way in to a closed root, here as in the extension.
      const roots: ShadowRoot[] = [];
      const attach = Element.prototype.attachShadow;
      const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
        const root = attach.call(this, init);
        roots.push(root);
        return root;
      });
      const list = createListMode({
        doc: document,
        currentUrl: () => 'https://www.indeed.com/q-data-analyst-l-portland,-or-jobs.html',
        requestCards: async (cards) => ({
          results: cards.map(({key, ...card}) => ({key, card: analyzeCard(card), remembered: null})),
          dim: true,
        }),
        saveDim: async () => undefined,
      });
      try {
        list.refresh();
        await vi.waitFor(() => expect(roots.map((root) => root.textContent).join(' ')).toContain('$58K-$87K a year'), {
          timeout: 15_000,
        });
        await vi.waitFor(() => expect(document.querySelectorAll('[data-tpm-lens-dimmed]')).toHaveLength(16));
        // 16 marks and the header, every root closed.
        expect(roots).toHaveLength(17);
        expect(roots.every((root) => root.mode === 'closed')).toBe(true);
        const hosts = [...document.querySelectorAll('[data-tpm-lens-host]')];
        expect(hosts).toHaveLength(17);
        expect(hosts.every((host) => host.shadowRoot === null)).toBe(true);
        expect(
          document.querySelectorAll('[data-tpm-lens-card], [data-tpm-lens-list], #tpm-lens-list-style'),
        ).toHaveLength(0);
        // Nothing of what the marks say reaches the page's DOM: its text is the page's own.
        expect(document.body.textContent).toBe(pageText);
        const attributes = [...document.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes].map((attribute) => attribute.value),
        );
        expect(attributes.filter((value) => /TPM Lens|a year/.test(value))).toEqual([]);
        expect(performance.getEntries().filter((entry) => entry.name.startsWith('tpm-lens'))).toEqual([]);
      } finally {
        list.stop();
        spy.mockRestore();
      }
    },
  );
});
