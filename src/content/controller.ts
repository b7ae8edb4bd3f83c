import {analyze} from '../core/analyze';
import type {SalaryDataset} from '../core/benchmarks';
import type {Analysis, Benchmark, Profile} from '../core/types';
import {routeCanHoldPosting, siteFor} from '../sites/index';
import {readPosting} from '../sites/read';
import {summarize, type AnalysisSummary} from '../ui/summary';
import {clearEvidence, showEvidence} from './highlight';
import {logError} from './log';
import {mountPanel, unmountPanel} from './mount';
import {currentPostingKey} from './navigation';
import {delay, whenIdle} from './schedule';

export type PageState = 'analyzed' | 'not-tpm' | 'no-posting';

export interface ControllerDeps {
  doc: Document;
  currentUrl: () => string;
  loadProfile: () => Promise<Profile | null>;
  /** The county benchmark for a place; without one (or on failure) the core's article figures are used. */
  loadBenchmark?: (location: string) => Promise<Benchmark | null>;
  reportSummary: (summary: AnalysisSummary | null) => Promise<unknown>;
  openOptions: () => Promise<unknown>;
  /** Waits between reads of a page whose posting may still be rendering (single-page apps). */
  retryDelaysMs?: readonly number[];
}

/** Job sites render the posting after the URL changes; read again a few times before saying "no posting". */
const RETRY_DELAYS_MS = [400, 1200, 3000] as const;

function idle<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) =>
    whenIdle(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error);
      }
    }),
  );
}

/**
 * Decides what the page holds and shows it. Every run is tagged: a navigation that starts a newer run
 * makes older runs stop at their next step, so a slow read never paints a stale posting.
 */
export function createController(deps: ControllerDeps) {
  const {doc} = deps;
  const retryDelays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  let run = 0;
  /** The posting the user closed the panel on: it stays closed until another posting is shown. */
  let dismissedKey: string | null = null;
  /** The posting the panel shows now, if any. */
  let shownKey: string | null = null;

  const hide = () => {
    clearEvidence();
    unmountPanel(doc);
    shownKey = null;
  };

  const setState = (state: PageState) => {
    doc.documentElement.dataset.tpmLens = state;
  };

  const report = (summary: AnalysisSummary | null) => {
    deps.reportSummary(summary).catch((error: unknown) => logError('report', error));
  };

  async function readWithRetries(url: URL, current: number) {
    const site = siteFor(url);
    if (!routeCanHoldPosting(url, site)) return null;
    for (let attempt = 0; ; attempt++) {
      const read = await idle(() => readPosting(doc, url));
      if (read || attempt >= retryDelays.length || current !== run) return read;
      await delay(retryDelays[attempt]!);
      if (current !== run) return null;
    }
  }

  function show(analysis: Analysis, key: string, descriptionElement: Element | null) {
    if (dismissedKey === key) return;
    shownKey = key;
    mountPanel(doc, analysis, {
      onDismiss: () => {
        dismissedKey = key;
        hide();
      },
      onShowEvidence: (sentence) => showEvidence(descriptionElement ?? doc.body, sentence),
      onSetUpProfile: () => {
        deps.openOptions().catch((error: unknown) => logError('open options', error));
      },
    });
  }

  async function update(): Promise<void> {
    const current = ++run;
    const href = deps.currentUrl();
    // Another posting is on screen: the old analysis must not linger while the new one is read.
    if (shownKey !== null && shownKey !== currentPostingKey(doc, href)) hide();
    const read = await readWithRetries(new URL(href), current);
    if (current !== run) return;
    if (!read) {
      hide();
      setState('no-posting');
      report(null);
      return;
    }
    const [profile, benchmark] = await Promise.all([
      deps.loadProfile().catch((error: unknown) => {
        logError('load profile', error);
        return null;
      }),
      (deps.loadBenchmark?.(read.posting.location) ?? Promise.resolve(null)).catch((error: unknown) => {
        logError('load benchmark', error);
        return null;
      }),
    ]);
    if (current !== run) return;
    const dataset: SalaryDataset | undefined = benchmark ? {benchmarkFor: () => benchmark} : undefined;
    const analysis = await idle(() => analyze(read.posting, {profile, ...(dataset ? {dataset} : {})}));
    if (current !== run) return;
    const key = currentPostingKey(doc, href);
    if (key !== shownKey) clearEvidence();
    show(analysis, key, read.descriptionElement);
    setState(analysis.detection.isTechnicalProjectManager ? 'analyzed' : 'not-tpm');
    report(summarize(analysis, href));
  }

  return {
    /** Never rejects: a failure leaves the page as it was. */
    update: () => update().catch((error: unknown) => logError('update', error)),
  };
}
