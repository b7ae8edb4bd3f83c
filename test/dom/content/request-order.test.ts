// The content script's requests to the background, in the order that keeps the panel quick: the way to the
// background is set up before the page is read, the analysis (which the panel waits for) goes out before
// the structured-data check (which joins later, once the panel is open), and a route that cannot hold a
// posting asks for nothing.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createAnalyzer} from '../../../src/background/analysis';
import {benchmarkFor} from '../../../src/background/benchmarks';
import {createController} from '../../../src/content/controller';
import {HOST_ID} from '../../../src/content/mount';
import {clearLivePage, showSavedPage} from '../../support/live-page';
import {SHARED_HTML} from '../../support/shared';

const PAGE = join(SHARED_HTML, 'indeed', 'talynt_indeed_posting.html');
const URL_WITH_POSTING = 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5';

afterEach(() => clearLivePage());

function controllerLogging(url: string, calls: string[]) {
  const analyzer = createAnalyzer({loadProfile: async () => null, benchmarkFor});
  return createController({
    doc: document,
    currentUrl: () => url,
    prepareAnalysis: () => void calls.push('prepare'),
    requestAnalysis: (posting) => {
      calls.push('analyze');
      return analyzer.analyze(posting);
    },
    checkStructuredData: async () => {
      calls.push('check');
      return null;
    },
    reportSummary: async () => undefined,
    openOptions: async () => undefined,
    retryDelaysMs: [],
  });
}

describe.skipIf(!existsSync(PAGE))('requests to the background', () => {
  it('prepares the way before the read, asks for the analysis, and for the structured-data check once the chip opens', async () => {
    showSavedPage(PAGE, URL_WITH_POSTING);
    const calls: string[] = [];
    const controller = controllerLogging(URL_WITH_POSTING, calls);
    await controller.update();
    // Not a TPM role (an engineering manager): a chip, and nothing more is asked until the reader opens it.
    expect(document.documentElement.dataset.tpmLens).toBe('not-tpm');
    expect(calls).toEqual(['prepare', 'analyze']);
    const chip = document.getElementById(HOST_ID)?.shadowRoot?.querySelector('[data-testid=not-tpm-chip] button');
    (chip as HTMLButtonElement).click();
    (chip as HTMLButtonElement).click();
    expect(calls).toEqual(['prepare', 'analyze', 'check']);
  });

  it('asks for nothing on a route that cannot hold a posting', async () => {
    showSavedPage(PAGE, URL_WITH_POSTING);
    const calls: string[] = [];
    await controllerLogging('https://www.indeed.com/career-advice', calls).update();
    expect(calls).toEqual([]);
    expect(document.documentElement.dataset.tpmLens).toBe('no-posting');
  });
});

describe.skipIf(!existsSync(PAGE))('an analysis that returns after the page moved on', () => {
  it('is not painted when the address names another posting by then (the run the navigation starts paints)', async () => {
    showSavedPage(PAGE, URL_WITH_POSTING);
    let url = URL_WITH_POSTING;
    const analyzer = createAnalyzer({loadProfile: async () => null, benchmarkFor});
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const controller = createController({
      doc: document,
      currentUrl: () => url,
      // The analysis comes back only after the page has gone to another posting, before the watcher's run starts.
      requestAnalysis: async (posting) => {
        await held;
        return analyzer.analyze(posting);
      },
      checkStructuredData: async () => null,
      reportSummary: async () => undefined,
      openOptions: async () => undefined,
      retryDelaysMs: [],
    });
    const run = controller.update();
    await new Promise((resolve) => setTimeout(resolve, 0));
    url = 'https://www.indeed.com/viewjob?jk=0000000000000001';
    release();
    await run;
    expect(document.documentElement.dataset.tpmLens).not.toBe('not-tpm');
    expect(
      document.getElementById(HOST_ID)?.shadowRoot?.querySelector('[data-testid=not-tpm-chip]') ?? null,
    ).toBeNull();
    // The same analysis paints when the address still names the posting read.
    url = URL_WITH_POSTING;
    const again = controller.update();
    release();
    await again;
    expect(document.documentElement.dataset.tpmLens).toBe('not-tpm');
  });
});
