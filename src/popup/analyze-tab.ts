import browser from 'webextension-polyfill';
import type {AnalysisSummary} from '../messages/summary';
import {injectContentScript} from '../messages/inject';
import {activeTabSummary} from './tab-summary';
import {errorMessage} from '../core/error-message';

// "Analyze this page" for sites the content script is not declared on (company career pages, custom
// Workday domains). Opening the popup grants activeTab for the current tab: no host permission needed.

export type OnDemandResult =
  {kind: 'summary'; summary: AnalysisSummary} | {kind: 'no-posting'} | {kind: 'cannot-read'; reason: string};

const POLL_MS = 200;
/** The content script reads again for up to ~4.6 s on pages that render late; wait a little longer. */
const WAIT_MS = 6000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function pageState(tabId: number): Promise<string | null> {
  // Runs in the content script's isolated world (src/content/page-state.ts): the page cannot see it.
  const [frame] = await browser.scripting.executeScript({
    target: {tabId},
    func: () =>
      (globalThis as unknown as Record<symbol, string | undefined>)[Symbol.for('tpm-lens.page-state')] ?? null,
  });
  return typeof frame?.result === 'string' ? frame.result : null;
}

export async function analyzeActiveTab(): Promise<OnDemandResult> {
  const [tab] = await browser.tabs.query({active: true, currentWindow: true});
  if (tab?.id === undefined) return {kind: 'cannot-read', reason: 'There is no active tab.'};
  const tabId = tab.id;
  try {
    await injectContentScript(tabId, tab.url);
  } catch (error) {
    return {
      kind: 'cannot-read',
      reason: `The browser does not let extensions read this page (${errorMessage(error)}).`,
    };
  }
  for (let waited = 0; waited < WAIT_MS; waited += POLL_MS) {
    const summary = await activeTabSummary();
    if (summary) return {kind: 'summary', summary};
    if ((await pageState(tabId).catch(() => null)) === 'no-posting') return {kind: 'no-posting'};
    await sleep(POLL_MS);
  }
  return {kind: 'no-posting'};
}
