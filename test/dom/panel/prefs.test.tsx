// The panel's remembered choices: collapse (any site) and closings (per posting), over an in-memory
// storage area standing in for storage.local, with the real controller, panel and sample posting.
import {render} from 'preact';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createAnalyzer} from '../../../src/background/analysis';
import {benchmarkFor} from '../../../src/background/benchmarks';
import {createController} from '../../../src/content/controller';
import {HOST_ID, unmountPanel} from '../../../src/content/mount';
import {analyze} from '../../../src/core/analyze';
import {TabSummary} from '../../../src/popup/TabSummary';
import {
  createPanelPrefsStore,
  MAX_DISMISSED,
  parsePanelPrefs,
  withDismissed,
  type LocalAreaLike,
} from '../../../src/panel/panel-prefs';
import {DISMISSED_POSTINGS_KEY, PANEL_COLLAPSED_KEY} from '../../../src/storage/keys';
import {isAnalysisSummary, summarize, type AnalysisSummary} from '../../../src/messages/summary';
import {clearLivePage, showSample} from '../../support/live-page';
import {samplePosting} from '../../support/sample-posting';

afterEach(() => clearLivePage());

function memoryArea(
  initial: Record<string, unknown> = {},
): LocalAreaLike & {data: Record<string, unknown>; gets: number} {
  const area = {
    data: {...initial},
    gets: 0,
    async get(keys: string[]) {
      area.gets++;
      return Object.fromEntries(
        keys.filter((key) => key in area.data).map((key) => [key, structuredClone(area.data[key])]),
      );
    },
    async set(items: Record<string, unknown>) {
      Object.assign(area.data, structuredClone(items));
    },
  };
  return area;
}

const analyzer = createAnalyzer({loadProfile: async () => null, benchmarkFor});

/** A fresh page load: a new controller over the same storage. */
function pageLoad(area: LocalAreaLike, url: string) {
  const reported: Array<AnalysisSummary | null> = [];
  const prefs = createPanelPrefsStore(area);
  const controller = createController({
    doc: document,
    currentUrl: () => url,
    requestAnalysis: (posting) => analyzer.analyze(posting),
    reportSummary: async (summary) => void reported.push(summary),
    openOptions: async () => undefined,
    retryDelaysMs: [0],
    prefs,
  });
  return {controller, reported};
}

const shadow = () => document.getElementById(HOST_ID)?.shadowRoot ?? null;
const panelButton = (label: string) =>
  shadow()?.querySelector(`button[aria-label="${label}"]`) as HTMLButtonElement | null;
const bodyHidden = () => (shadow()?.querySelector('#tpm-lens-body') as HTMLElement | null)?.hidden;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('stored panel preferences', () => {
  it('read defensively: wrong types and junk entries are dropped, duplicates kept once', () => {
    expect(parsePanelPrefs({})).toEqual({collapsed: false, dismissed: []});
    expect(parsePanelPrefs({[PANEL_COLLAPSED_KEY]: 'yes', [DISMISSED_POSTINGS_KEY]: 'indeed:1'})).toEqual({
      collapsed: false,
      dismissed: [],
    });
    expect(
      parsePanelPrefs({
        [PANEL_COLLAPSED_KEY]: true,
        [DISMISSED_POSTINGS_KEY]: ['indeed:1', 7, '', null, 'indeed:1', 'x'.repeat(5000)],
      }),
    ).toEqual({
      collapsed: true,
      dismissed: ['indeed:1'],
    });
  });

  it('keep the latest closings first and at most MAX_DISMISSED of them', () => {
    let list: string[] = [];
    for (let index = 0; index < MAX_DISMISSED + 20; index++) list = withDismissed(list, `site:${index}`);
    expect(list).toHaveLength(MAX_DISMISSED);
    expect(list[0]).toBe(`site:${MAX_DISMISSED + 19}`);
    expect(list).not.toContain('site:0');
    expect(withDismissed(['a', 'b', 'c'], 'b')).toEqual(['b', 'a', 'c']);
  });
});

describe('collapse is remembered across pages', () => {
  it('a panel collapsed on one page opens collapsed on the next, and expanding is remembered too', async () => {
    const area = memoryArea();
    const url = showSample();
    const first = pageLoad(area, url);
    await first.controller.update();
    expect(bodyHidden()).toBe(false);
    panelButton('Collapse TPM Lens')!.click();
    await flush();
    expect(bodyHidden()).toBe(true);
    expect(area.data[PANEL_COLLAPSED_KEY]).toBe(true);

    unmountPanel(document);
    const second = pageLoad(area, url);
    await second.controller.prefsLoaded();
    await second.controller.update();
    await flush();
    expect(bodyHidden()).toBe(true);
    panelButton('Expand TPM Lens')!.click();
    await flush();
    expect(area.data[PANEL_COLLAPSED_KEY]).toBe(false);
  });

  it('storage is read once per page, never holds up the first render, and applies when it arrives', async () => {
    let release!: (value: Record<string, unknown>) => void;
    const stored = {[PANEL_COLLAPSED_KEY]: true};
    const slow = memoryArea(stored);
    const gate = new Promise<Record<string, unknown>>((resolve) => (release = resolve));
    const area: LocalAreaLike = {get: () => gate, set: (items) => slow.set(items)};
    const {controller} = pageLoad(area, showSample());
    await controller.update();
    // Rendered with the defaults while storage has not answered.
    expect(bodyHidden()).toBe(false);
    release(stored);
    await controller.prefsLoaded();
    await flush();
    expect(bodyHidden()).toBe(true);
  });

  it('a failed read leaves the defaults and the panel', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const area: LocalAreaLike = {
      get: async () => Promise.reject(new Error('storage is gone')),
      set: async () => undefined,
    };
    const {controller} = pageLoad(area, showSample());
    await controller.update();
    await controller.prefsLoaded();
    expect(bodyHidden()).toBe(false);
    vi.restoreAllMocks();
  });
});

describe('closing is remembered per posting, with a way back', () => {
  it('a closed posting stays closed on the next visit, its summary says so, and "show again" brings it back', async () => {
    const area = memoryArea();
    const url = showSample();
    const first = pageLoad(area, url);
    await first.controller.update();
    panelButton('Close TPM Lens')!.click();
    await flush();
    expect(document.getElementById(HOST_ID)).toBeNull();
    const closed = area.data[DISMISSED_POSTINGS_KEY] as string[];
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatch(/^indeed:/);
    expect(first.reported.at(-1)?.dismissedKey).toBe(closed[0]);

    // Coming back to the same posting: analysed (the badge and popup still know it), no panel.
    const again = pageLoad(area, url);
    await again.controller.prefsLoaded();
    await again.controller.update();
    expect(document.documentElement.dataset.tpmLens).toBe('analyzed');
    expect(document.getElementById(HOST_ID)).toBeNull();
    const summary = again.reported.at(-1)!;
    expect(isAnalysisSummary(summary)).toBe(true);
    expect(summary.dismissedKey).toBe(closed[0]);

    // The popup's button clears the key; the content script hears the storage change.
    await createPanelPrefsStore(area).setDismissed(summary.dismissedKey!, false);
    again.controller.dismissedChanged(area.data[DISMISSED_POSTINGS_KEY] as string[]);
    expect(shadow()?.querySelector('[data-testid=posting-title]')?.textContent).toBe(samplePosting().title);
    expect(again.reported.at(-1)?.dismissedKey).toBeUndefined();
  });

  it('a closing stored while the panel was already up (slow storage) takes the panel away when read', async () => {
    const url = showSample();
    const probe = pageLoad(memoryArea(), url);
    await probe.controller.update();
    panelButton('Close TPM Lens')!.click();
    const key = probe.reported.at(-1)!.dismissedKey!;
    let release!: (value: Record<string, unknown>) => void;
    const gate = new Promise<Record<string, unknown>>((resolve) => (release = resolve));
    const {controller} = pageLoad({get: () => gate, set: async () => undefined}, url);
    await controller.update();
    expect(document.getElementById(HOST_ID)).not.toBeNull();
    release({[DISMISSED_POSTINGS_KEY]: [key]});
    await controller.prefsLoaded();
    expect(document.getElementById(HOST_ID)).toBeNull();
  });
});

describe('popup: a closed panel can be shown again', () => {
  const summary = summarize(analyze(samplePosting()), 'https://www.indeed.com/viewjob?jk=a236b8c953c539fa');

  it('offers "Show the panel again" only for a closed posting and passes its key', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const onShowPanel = vi.fn();
    render(<TabSummary summary={summary} onShowPanel={onShowPanel} />, container);
    expect(container.querySelector('[data-testid=panel-closed]')).toBeNull();
    render(
      <TabSummary summary={{...summary, dismissedKey: 'indeed:a236b8c953c539fa'}} onShowPanel={onShowPanel} />,
      container,
    );
    const button = Array.from(container.querySelectorAll('button')).find(
      (el) => el.textContent === 'Show the panel again',
    )!;
    button.click();
    expect(onShowPanel).toHaveBeenCalledWith('indeed:a236b8c953c539fa');
    render(null, container);
  });

  it('a stored summary with a malformed closing key is refused', () => {
    expect(isAnalysisSummary({...summary, dismissedKey: 3})).toBe(false);
    expect(isAnalysisSummary({...summary, dismissedKey: ''})).toBe(false);
  });
});
