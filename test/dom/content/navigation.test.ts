// Following the selected posting on single-page job boards: the watcher's narrow observation and the
// controller's "never show the previous posting" rule, on the repository's real sample page.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createAnalyzer} from '../../../src/background/analysis';
import {benchmarkFor} from '../../../src/background/benchmarks';
import {createController} from '../../../src/content/controller';
import {HOST_ID} from '../../../src/content/mount';
import {watchPosting} from '../../../src/content/navigation';
import {reads} from '../../support/counting-reads';
import {clearLivePage, showSample} from '../../support/live-page';

/** Counts the page reads; the real reader still does the reading. */
vi.mock('../../../src/sites/read', async (importOriginal) =>
  (await import('../../support/counting-reads')).counting(await importOriginal()),
);

afterEach(() => {
  vi.useRealTimers();
  clearLivePage();
});

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits for what a timer or an observer brings rather than a fixed time: the suite shares a loaded machine. */
const until = (assertion: () => void) => vi.waitFor(assertion, {timeout: 10_000, interval: 20});

describe('watchPosting', () => {
  it('observes only the first posting container that exists, and hears a new posting in the URL', async () => {
    (window as unknown as {happyDOM: {setURL(url: string): void}}).happyDOM.setURL(
      'https://www.linkedin.com/jobs/search/?currentJobId=1',
    );
    document.body.innerHTML =
      '<main><aside id="rail">ads</aside><div class="jobs-search__job-details"><h1>First</h1></div></main>';
    const onChange = vi.fn();
    const onMutation = vi.fn();
    const watching = new AbortController();
    watchPosting({onChange, onMutation}, document, watching.signal);

    document.getElementById('rail')!.textContent = 'other ads';
    await tick(120);
    expect(onMutation).not.toHaveBeenCalled();

    document.querySelector('.jobs-search__job-details h1')!.textContent = 'First, re-rendered';
    await until(() => expect(onMutation).toHaveBeenCalledTimes(1));
    expect(onChange).not.toHaveBeenCalled();

    // happy-dom has no Navigation API: the fallback URL poll finds the new posting.
    history.pushState({}, '', 'https://www.linkedin.com/jobs/search/?currentJobId=2');
    await until(() => expect(onChange).toHaveBeenCalledTimes(1));

    // Torn down: neither the container nor the URL is watched any more.
    watching.abort();
    document.querySelector('.jobs-search__job-details h1')!.textContent = 'First, once more';
    history.pushState({}, '', 'https://www.linkedin.com/jobs/search/?currentJobId=3');
    await tick(700);
    expect(onMutation).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('controller on a change of posting', () => {
  it('replaces the old analysis at once and waits for the new content before analysing', async () => {
    showSample();
    let href = 'https://www.indeed.com/viewjob?jk=aaaaaaaaaaaaaaaa';
    const analyzer = createAnalyzer({loadProfile: async () => null, benchmarkFor});
    const analysed: string[] = [];
    const controller = createController({
      doc: document,
      currentUrl: () => href,
      requestAnalysis: (posting) => {
        analysed.push(posting.title);
        return analyzer.analyze(posting);
      },
      reportSummary: async () => undefined,
      openOptions: async () => undefined,
      retryDelaysMs: [5000, 5000],
    });
    await controller.update();
    const root = () => document.getElementById(HOST_ID)?.shadowRoot;
    const firstTitle = analysed[0]!;
    expect(root()?.querySelector('[data-testid=posting-title]')?.textContent ?? root()?.textContent).toContain(
      firstTitle,
    );

    // The URL names another posting; the page still shows the first one.
    href = 'https://www.indeed.com/viewjob?jk=bbbbbbbbbbbbbbbb';
    const pending = controller.update();
    await tick(0);
    expect(root()?.querySelector('[data-testid=panel-notice]')?.getAttribute('data-state')).toBe('reading');
    expect(root()?.textContent).not.toContain(firstTitle);
    expect(document.documentElement.dataset.tpmLens).toBeUndefined();
    expect(analysed).toHaveLength(1);

    // The site renders the new posting; the container's mutation nudges the waiting read.
    const script = document.head.querySelector('script[type="application/ld+json"]')!;
    script.textContent = script.textContent!.replace(
      JSON.stringify(firstTitle),
      JSON.stringify('Senior Technical Program Manager, Payments'),
    );
    controller.nudge();
    await pending;
    expect(analysed).toEqual([firstTitle, 'Senior Technical Program Manager, Payments']);
    expect(document.querySelectorAll(`#${HOST_ID}`)).toHaveLength(1);
    expect(root()?.textContent).toContain('Senior Technical Program Manager, Payments');
    expect(document.documentElement.dataset.tpmLens).toMatch(/^(analyzed|not-tpm)$/);
  });

  it('never reads content left from an earlier click as the posting the URL now names (two quick clicks)', async () => {
    showSample();
    const script = document.head.querySelector('script[type="application/ld+json"]')!;
    const original = script.textContent!;
    let href = 'https://www.indeed.com/viewjob?jk=aaaaaaaaaaaaaaaa';
    const analyzer = createAnalyzer({loadProfile: async () => null, benchmarkFor});
    const analysed: Array<[string, string]> = [];
    const controller = createController({
      doc: document,
      currentUrl: () => href,
      requestAnalysis: (posting) => {
        analysed.push([posting.id!, posting.title]);
        return analyzer.analyze(posting);
      },
      reportSummary: async () => undefined,
      openOptions: async () => undefined,
      retryDelaysMs: [5000, 5000],
    });
    await controller.update();
    const firstTitle = analysed[0]![1];
    const render = (title: string) =>
      (script.textContent = original.replace(JSON.stringify(firstTitle), JSON.stringify(title)));

    // Click on B: the URL changes first, the page renders B's posting after.
    href = 'https://www.indeed.com/viewjob?jk=bbbbbbbbbbbbbbbb';
    const toB = controller.update({leaving: true});
    render('Technical Program Manager B');
    // Click on C before B was read again: what the page shows (B) is B's, not C's.
    href = 'https://www.indeed.com/viewjob?jk=cccccccccccccccc';
    const toC = controller.update({leaving: true});
    await tick(0);
    expect(analysed.map(([, title]) => title)).toEqual([firstTitle]);
    render('Technical Program Manager C');
    controller.nudge();
    await Promise.all([toB, toC]);
    expect(analysed.slice(1)).toEqual([['indeed:cccccccccccccccc', 'Technical Program Manager C']]);
    expect(document.getElementById(HOST_ID)?.shadowRoot?.textContent).toContain('Technical Program Manager C');
  });

  it('reads again when the container changes after a read took an earlier state of the page', async () => {
    showSample();
    const script = document.head.querySelector('script[type="application/ld+json"]')!;
    const href = 'https://www.indeed.com/viewjob?jk=aaaaaaaaaaaaaaaa';
    const analyzer = createAnalyzer({loadProfile: async () => null, benchmarkFor});
    const analysed: string[] = [];
    const controller = createController({
      doc: document,
      currentUrl: () => href,
      requestAnalysis: (posting) => {
        analysed.push(posting.title);
        return analyzer.analyze(posting);
      },
      reportSummary: async () => undefined,
      openOptions: async () => undefined,
    });
    await controller.update();
    const firstTitle = analysed[0]!;
    // A change that leaves the posting as it was: nothing is analysed again.
    controller.nudge();
    await tick(10);
    expect(analysed).toHaveLength(1);
    script.textContent = script.textContent!.replace(JSON.stringify(firstTitle), JSON.stringify('Program Manager D'));
    controller.nudge();
    await until(() => expect(analysed).toEqual([firstTitle, 'Program Manager D']));
  });

  it('reads a page without a posting again only when it has changed', async () => {
    document.body.innerHTML = '<main><h1>Too many requests</h1><p>Please try again later.</p></main>';
    const controller = createController({
      doc: document,
      currentUrl: () => 'https://www.linkedin.com/jobs/view/3915648740/',
      requestAnalysis: async () => {
        throw new Error('not reached');
      },
      reportSummary: async () => undefined,
      openOptions: async () => undefined,
      retryDelaysMs: [1, 1, 1, 1],
    });
    reads.count = 0;
    await controller.update();
    expect(reads.count).toBe(1);
    expect(document.documentElement.dataset.tpmLens).toBe('no-posting');

    reads.count = 0;
    const pending = controller.update();
    document
      .querySelector('main')!
      .append(Object.assign(document.createElement('p'), {textContent: 'Still rendering…'}));
    await pending;
    expect(reads.count).toBe(2);
  });
});
