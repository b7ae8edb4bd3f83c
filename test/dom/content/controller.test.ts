import {afterEach, describe, expect, it, vi} from 'vitest';
import {benchmarkFor} from '../../../src/background/benchmarks';
import {createAnalyzer} from '../../../src/background/analysis';
import {isMessage} from '../../../src/messages';
import {createController} from '../../../src/content/controller';
import {HOST_ID, mountPanel, unmountPanel} from '../../../src/content/mount';
import {analyze} from '../../../src/core/analyze';
import type {Analysis, Posting} from '../../../src/core/types';
import {
  BADGE_COLORS,
  badgeColor,
  badgeText,
  badgeTitle,
  isAnalysisSummary,
  summarize,
  type AnalysisSummary,
} from '../../../src/messages/summary';
import {readJsonLd} from '../../../src/sites/jsonld';
import {clearLivePage, showPage, showSample} from '../../support/live-page';
import {haveShared, jsonLdScript, sharedPage, syntheticPage} from '../../support/pages';
import {samplePosting} from '../../support/sample-posting';

afterEach(() => clearLivePage());

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

/** The background's analyzer, run in the test: the same code the service worker runs. */
const backgroundAnalyzer = (county?: string) =>
  createAnalyzer({loadProfile: async () => null, benchmarkFor: (location) => benchmarkFor(county ?? location)});

function controllerOn(doc: Document, url: string, requestAnalysis?: (posting: Posting) => Promise<Analysis | null>) {
  const reported: Array<AnalysisSummary | null> = [];
  const analyzer = backgroundAnalyzer();
  const controller = createController({
    doc,
    currentUrl: () => url,
    requestAnalysis: requestAnalysis ?? ((posting) => analyzer.analyze(posting)),
    reportSummary: async (summary) => void reported.push(summary),
    openOptions: async () => undefined,
    retryDelaysMs: [0, 0],
  });
  return {controller, reported};
}

const salaryKinds = () =>
  document
    .getElementById(HOST_ID)
    ?.shadowRoot?.querySelector('[data-testid=salary-benchmark]')
    ?.getAttribute('data-kinds')
    ?.split(' ') ?? [];

describe('content controller', () => {
  it('shows the county benchmark the background answers with', async () => {
    const url = showSample();
    // The sample says only "United States"; a county is forced to tell the county figures apart.
    const county = backgroundAnalyzer('Seattle, WA');
    const {controller} = controllerOn(document, url, (posting) => county.analyze(posting));
    await controller.update();
    expect(salaryKinds()).toContain('levels');
    document.head.querySelectorAll('script').forEach((script) => script.remove());
  });

  it('says so in the panel, without throwing, when the background does not answer', async () => {
    const url = showSample();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const {controller, reported} = controllerOn(document, url, async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(controller.update()).resolves.toBeUndefined();
    const notice = document.getElementById(HOST_ID)?.shadowRoot?.querySelector('[data-testid=panel-notice]');
    expect(notice?.getAttribute('data-state')).toBe('unavailable');
    expect(notice?.textContent).toContain(samplePosting().title);
    expect(notice?.textContent).toMatch(/could not analyse this posting.*Reload the page/);
    expect(document.documentElement.dataset.tpmLens).toBe('unavailable');
    expect(document.querySelectorAll(`#${HOST_ID}`)).toHaveLength(1);
    expect(reported).toEqual([]);
    vi.restoreAllMocks();
    document.head.querySelectorAll('script').forEach((script) => script.remove());
  });

  it('analyses a real posting page, shows the panel, sets the page state and reports the summary', async () => {
    const {controller, reported} = controllerOn(document, showSample());
    await controller.update();
    const expected = analyze(samplePosting());
    expect(document.documentElement.dataset.tpmLens).toBe(
      expected.detection.isTechnicalProjectManager ? 'analyzed' : 'not-tpm',
    );
    const title = document.getElementById(HOST_ID)?.shadowRoot?.querySelector('[data-testid=posting-title]');
    expect(title?.textContent).toBe(expected.posting.title);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({
      title: expected.posting.title,
      completeness: expected.completeness.score,
      fit: null,
    });
    document.head.querySelectorAll('script').forEach((script) => script.remove());
  });

  it('decides "no-posting" on a page without one, shows nothing and sends nothing', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), {textContent: 'Too many requests'}));
    const {controller, reported} = controllerOn(document, 'https://www.linkedin.com/jobs/view/3915648740/');
    await controller.update();
    expect(document.documentElement.dataset.tpmLens).toBe('no-posting');
    expect(document.getElementById(HOST_ID)).toBeNull();
    // Nothing was reported from this page, so there is nothing to clear: the background is not woken.
    expect(reported).toEqual([]);
  });

  it('clears the summary it reported when the posting goes away or the page is left', async () => {
    const url = showSample();
    let href = url;
    const reported: Array<AnalysisSummary | null> = [];
    const analyzer = backgroundAnalyzer();
    const controller = createController({
      doc: document,
      currentUrl: () => href,
      requestAnalysis: (posting) => analyzer.analyze(posting),
      reportSummary: async (summary) => void reported.push(summary),
      openOptions: async () => undefined,
      retryDelaysMs: [0],
    });
    await controller.update();
    expect(reported).toHaveLength(1);
    controller.leave();
    expect(reported[1]).toBeNull();
    await controller.update();
    href = 'https://www.linkedin.com/feed/';
    await controller.update();
    expect(reported.map((summary) => summary === null)).toEqual([false, true, false, true]);
    expect(document.getElementById(HOST_ID)).toBeNull();
    document.head.querySelectorAll('script').forEach((script) => script.remove());
  });

  it('never rejects, even when a dependency throws, and logs with its prefix in development', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const controller = createController({
      doc: document,
      currentUrl: () => 'not a url',
      requestAnalysis: async () => {
        throw new Error('not reached');
      },
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
  const summary = summarize(
    analysis,
    'https://www.indeed.com/viewjob?jk=a236b8c953c539fa',
    new Date('2026-01-02T03:04:05Z'),
  );

  it('summarises what the popup and badge need', () => {
    expect(summary).toEqual({
      title: analysis.posting.title,
      company: analysis.posting.company,
      url: 'https://www.indeed.com/viewjob?jk=a236b8c953c539fa',
      verdict: analysis.detection.isTechnicalProjectManager ? 'tpm' : 'not-tpm',
      completeness: analysis.completeness.score,
      fit: null,
      analyzedAt: '2026-01-02T03:04:05.000Z',
      occupation: {
        soc: analysis.salary.benchmark!.occupation!.soc,
        title: analysis.salary.benchmark!.occupation!.title,
        by: 'rules',
      },
      impliedLevel: analysis.salary.benchmark!.impliedLevel!.level,
      ...(analysis.salary.comparison?.impliedLevelSummary
        ? {impliedLevelSummary: analysis.salary.comparison.impliedLevelSummary}
        : {}),
    });
    expect(isAnalysisSummary(summary)).toBe(true);
    expect(isAnalysisSummary({...summary, impliedLevel: 5})).toBe(false);
    expect(isAnalysisSummary({...summary, occupation: {soc: '15-1299'}})).toBe(false);
    expect(isAnalysisSummary({...summary, fit: 0, blockers: ['posting is contract; you accept full-time']})).toBe(true);
    expect(isAnalysisSummary({...summary, blockers: [42]})).toBe(false);
  });

  it('puts fit on the badge when there is one, else completeness', () => {
    expect(badgeText(summary)).toBe(String(analysis.completeness.score));
    expect(badgeText({...summary, fit: 73})).toBe('73');
    expect(badgeText(null)).toBe('');
    // Its title says what the number is, and why a fit is 0.
    expect(badgeTitle(null)).toBe('TPM Lens');
    expect(badgeTitle({...summary, fit: null, completeness: 56})).toBe('TPM Lens: completeness 56/100');
    expect(badgeTitle({...summary, fit: 73, completeness: 56})).toBe('TPM Lens: your fit 73/100; completeness 56/100');
    expect(
      badgeTitle({...summary, fit: 0, completeness: 56, blockers: ['posting is contract; you accept full-time']}),
    ).toBe('TPM Lens: your fit 0/100 (blocked: posting is contract; you accept full-time); completeness 56/100');
    // A fit of 0 that a blocker made turns the badge red; a score, or no profile, keeps it blue.
    const blocked = {...summary, fit: 0, blockers: ['posting is contract; you accept full-time']};
    expect(badgeColor(blocked)).toBe(BADGE_COLORS.blocked);
    expect(badgeColor({...summary, fit: 73})).toBe(BADGE_COLORS.score);
    expect(badgeColor({...summary, fit: null})).toBe(BADGE_COLORS.score);
    expect(BADGE_COLORS.blocked).not.toBe(BADGE_COLORS.score);
  });

  it('accepts only well-formed messages', () => {
    expect(isMessage({type: 'tpm-lens/summary', summary})).toBe(true);
    expect(isMessage({type: 'tpm-lens/summary', summary: null})).toBe(true);
    expect(isMessage({type: 'tpm-lens/summary', summary: {...summary, completeness: '50'}})).toBe(false);
    expect(isMessage({type: 'tpm-lens/open-options'})).toBe(true);
    expect(isMessage({type: 'tpm-lens/analyze', posting: samplePosting()})).toBe(true);
    expect(isMessage({type: 'tpm-lens/analyze', posting: {...samplePosting(), description: 42}})).toBe(false);
    expect(isMessage({type: 'tpm-lens/analyze', posting: samplePosting(), freshProfile: 'yes'})).toBe(false);
    // The lines under a title (Posting.headerLines): a few short strings, nothing else.
    const withLines = (headerLines: unknown) => ({
      type: 'tpm-lens/analyze',
      posting: {...samplePosting(), headerLines},
    });
    expect(isMessage(withLines(['Remote (United States)', 'Full Time']))).toBe(true);
    expect(isMessage(withLines('Remote'))).toBe(false);
    expect(isMessage(withLines([42]))).toBe(false);
    expect(isMessage(withLines(Array(13).fill('Remote')))).toBe(false);
    expect(isMessage(withLines(['x'.repeat(81)]))).toBe(false);
    expect(isMessage({type: 'something-else'})).toBe(false);
    expect(isMessage('tpm-lens/summary')).toBe(false);
  });
});

describe.skipIf(!haveShared)('a posting not written in English', () => {
  it('the page reads it without judging its language; the background declines it and no panel shows', async () => {
    const url = 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/x_24WD81528';
    const description = readJsonLd(sharedPage('workday/adfrisealach_workday-scraper-job_page.html', url))!.description;
    // SYNTHETIC wrapper around real text: the French half of the Autodesk posting, alone, and the whole.
    const french = description.slice(0, description.indexOf('Position Overview'));
    const page = (text: string) =>
      syntheticPage(
        `<html><head>${jsonLdScript({'@type': 'JobPosting', title: 'Responsable de la stratégie industrielle', description: text})}</head></html>`,
        url,
      );
    const analyzer = backgroundAnalyzer();
    const asked: string[] = [];
    const {controller, reported} = controllerOn(document, url, (posting) => {
      asked.push(posting.description.slice(0, 30));
      return analyzer.analyzePage(posting);
    });
    showPage(page(french));
    await controller.update();
    expect(asked).toEqual([french.slice(0, 30)]);
    expect(document.getElementById(HOST_ID)).toBeNull();
    expect(document.documentElement.dataset.tpmLens).toBe('no-posting');
    expect(reported.filter(Boolean)).toEqual([]);

    // The same analyzer answers the bilingual posting (French first, then English) with an analysis.
    clearLivePage();
    showPage(page(description));
    await controller.update();
    expect(document.getElementById(HOST_ID)).not.toBeNull();
    expect(document.documentElement.dataset.tpmLens).toMatch(/^(analyzed|not-tpm)$/);
  });
});
