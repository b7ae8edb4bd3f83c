// @vitest-environment happy-dom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {benchmarkFor} from '../../src/background/benchmarks';
import {isMessage} from '../../src/background/messages';
import {createController} from '../../src/content/controller';
import {HOST_ID, mountPanel, unmountPanel} from '../../src/content/mount';
import {PROFILE_SYNC_KEY} from '../../src/content/profile-key';
import {analyze} from '../../src/core/analyze';
import type {Benchmark} from '../../src/core/types';
import {PROFILE_KEY} from '../../src/storage/profile-store';
import {badgeText, isAnalysisSummary, summarize, type AnalysisSummary} from '../../src/ui/summary';
import {sampleDocument, samplePosting} from './real-postings';

afterEach(() => {
  unmountPanel(document);
  delete document.documentElement.dataset.tpmLens;
  document.body.replaceChildren();
});

describe('mountPanel', () => {
  it('renders into an open shadow root on #tpm-lens-panel with its styles inside', () => {
    const analysis = analyze(samplePosting());
    mountPanel(document, analysis, {onDismiss: () => {}, onSetUpProfile: () => {}});
    mountPanel(document, analysis, {onDismiss: () => {}, onSetUpProfile: () => {}});
    const hosts = document.querySelectorAll(`#${HOST_ID}`);
    expect(hosts).toHaveLength(1);
    const root = hosts[0]!.shadowRoot!;
    expect(root.mode).toBe('open');
    expect(root.querySelector('style')?.textContent).toContain('prefers-color-scheme: dark');
    expect(root.querySelector('[data-testid=posting-title]')?.textContent).toBe(analysis.posting.title);
    // Nothing outside the shadow root changes besides the host element.
    expect(document.body.children).toHaveLength(1);
    unmountPanel(document);
    expect(document.getElementById(HOST_ID)).toBeNull();
  });
});

function controllerOn(doc: Document, url: string, loadBenchmark?: (location: string) => Promise<Benchmark | null>) {
  const reported: Array<AnalysisSummary | null> = [];
  const controller = createController({
    doc,
    currentUrl: () => url,
    loadProfile: async () => null,
    ...(loadBenchmark ? {loadBenchmark} : {}),
    reportSummary: async (summary) => void reported.push(summary),
    openOptions: async () => undefined,
    retryDelaysMs: [0, 0],
  });
  return {controller, reported};
}

function showSample() {
  const sample = sampleDocument();
  document.body.replaceChildren(...Array.from(sample.doc.body.childNodes, (node) => document.importNode(node as Node, true)));
  for (const script of sample.doc.querySelectorAll('script[type="application/ld+json"]')) {
    document.head.append(document.importNode(script, true));
  }
  return sample.url;
}

const salaryKinds = () =>
  document.getElementById(HOST_ID)?.shadowRoot?.querySelector('[data-testid=salary-benchmark]')?.getAttribute('data-kinds')?.split(' ') ?? [];

describe('content controller', () => {
  it('uses the background county benchmark for the posting place, and the article figures when it fails', async () => {
    const url = showSample();
    const asked: string[] = [];
    // The sample says only "United States"; the background is asked for a county to tell its figures apart.
    const COUNTY = 'Seattle, WA';
    const county = controllerOn(document, url, async (location) => {
      asked.push(location);
      return benchmarkFor(COUNTY);
    });
    await county.controller.update();
    expect(asked).toEqual([samplePosting().location]);
    expect(salaryKinds()).toContain('levels');

    const failing = controllerOn(document, url, async () => {
      throw new Error('background asleep');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await failing.controller.update();
    const articleKinds = new Set(analyze(samplePosting()).salary.benchmark!.figures.map((figure) => figure.kind));
    expect(articleKinds.has('levels')).toBe(false);
    expect(new Set(salaryKinds())).toEqual(articleKinds);
    expect(failing.reported).toHaveLength(1);
    vi.restoreAllMocks();
    document.head.querySelectorAll('script').forEach((script) => script.remove());
  });

  it('analyses a real posting page, shows the panel, sets the page state and reports the summary', async () => {
    const {controller, reported} = controllerOn(document, showSample());
    await controller.update();
    const expected = analyze(samplePosting());
    expect(document.documentElement.dataset.tpmLens).toBe(expected.detection.isTechnicalProjectManager ? 'analyzed' : 'not-tpm');
    const title = document.getElementById(HOST_ID)?.shadowRoot?.querySelector('[data-testid=posting-title]');
    expect(title?.textContent).toBe(expected.posting.title);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({title: expected.posting.title, completeness: expected.completeness.score, fit: null});
    document.head.querySelectorAll('script').forEach((script) => script.remove());
  });

  it('decides "no-posting" on a page without one, shows nothing and clears the summary', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), {textContent: 'Too many requests'}));
    const {controller, reported} = controllerOn(document, 'https://www.linkedin.com/jobs/view/3915648740/');
    await controller.update();
    expect(document.documentElement.dataset.tpmLens).toBe('no-posting');
    expect(document.getElementById(HOST_ID)).toBeNull();
    expect(reported).toEqual([null]);
  });

  it('never rejects, even when a dependency throws, and logs with its prefix in development', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const controller = createController({
      doc: document,
      currentUrl: () => 'not a url',
      loadProfile: async () => null,
      reportSummary: async () => undefined,
      openOptions: async () => undefined,
    });
    await expect(controller.update()).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledWith('[TPM Lens]', 'update', expect.any(TypeError));
    logged.mockRestore();
  });
});

describe('summary and messages', () => {
  const analysis = analyze(samplePosting());
  const summary = summarize(analysis, 'https://www.indeed.com/viewjob?jk=a236b8c953c539fa', new Date('2026-01-02T03:04:05Z'));

  it('summarises what the popup and badge need', () => {
    expect(summary).toEqual({
      title: analysis.posting.title,
      company: analysis.posting.company,
      url: 'https://www.indeed.com/viewjob?jk=a236b8c953c539fa',
      verdict: analysis.detection.isTechnicalProjectManager ? 'tpm' : 'not-tpm',
      completeness: analysis.completeness.score,
      fit: null,
      analyzedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(isAnalysisSummary(summary)).toBe(true);
  });

  it('puts fit on the badge when there is one, else completeness', () => {
    expect(badgeText(summary)).toBe(String(analysis.completeness.score));
    expect(badgeText({...summary, fit: 73})).toBe('73');
    expect(badgeText(null)).toBe('');
  });

  it('accepts only well-formed messages', () => {
    expect(isMessage({type: 'tpm-lens/summary', summary})).toBe(true);
    expect(isMessage({type: 'tpm-lens/summary', summary: null})).toBe(true);
    expect(isMessage({type: 'tpm-lens/summary', summary: {...summary, completeness: '50'}})).toBe(false);
    expect(isMessage({type: 'tpm-lens/get-profile'})).toBe(true);
    expect(isMessage({type: 'something-else'})).toBe(false);
    expect(isMessage('tpm-lens/summary')).toBe(false);
  });

  it('watches the same storage key the profile store writes', () => {
    expect(PROFILE_SYNC_KEY).toBe(PROFILE_KEY);
  });
});
