// Background: keeps each tab's analysis summary for the popup, shows a number on the badge, and
// analyses the postings the content scripts read (the patterns stay compiled here between pages).
// A service worker in Chrome, an event page in Firefox: nothing in memory is relied on between events.
import browser from 'webextension-polyfill';
import {loadProfile} from '../storage/index';
import {DIM_NON_TPM_KEY, PROFILE_KEY, OCCUPATION_CHOICE_KEY, tabKey} from '../storage/keys';
import {createOccupationStore} from '../storage/occupation-pref';
import type {AnalysisSummary} from '../messages/summary';
import {showOnBadge} from './badge';
import {createAnalyzer, prewarm} from './analysis';
import {benchmarkFor} from './benchmarks';
import {createCardJudge} from './cards';
import {createContextMenu, listenForContextMenu} from './context-menu';
import {withHeaderFacts} from '../core/header-facts';
import {checkJobPosting, GUIDANCE_SOURCE} from '../core/jsonld-guidance';
import type {Analysis, Posting} from '../core/types';
import type {StructuredDataCheck} from '../messages/structured-data';
import {ANALYSIS_PORT, isMessage, type AnalyzeReply, type Message} from '../messages';
import {createPostingsWiring} from './postings-wiring';
import {errorMessage} from '../core/error-message';
import {injectContentScript} from '../messages/inject';
import {START_CONTENT_SCRIPT} from '../messages/start';

// A profile that fails validation gives no fit; the panel says it failed to load, the options page what is wrong with it.
const occupationStore = createOccupationStore(browser.storage.local);
const analyzer = createAnalyzer({loadProfile, benchmarkFor, loadOccupation: occupationStore.load});
const postings = createPostingsWiring(analyzer);

const judgeCards = createCardJudge({
  benchmarkFor,
  lookup: postings.marks,
  dimmed: async () => (await browser.storage.local.get(DIM_NON_TPM_KEY))[DIM_NON_TPM_KEY] === true,
  payExpectation: async () => (await analyzer.profile())?.payExpectation ?? null,
});

async function storeSummary(tabId: number, summary: AnalysisSummary | null): Promise<void> {
  if (summary) await browser.storage.session.set({[tabKey(tabId)]: summary});
  else await browser.storage.session.remove(tabKey(tabId));
  await showOnBadge(browser.action, tabId, summary);
}

function analyzeReply(read: Posting, freshProfile: boolean): Promise<AnalyzeReply<Analysis>> {
  const posting = withHeaderFacts(read);
  return analyzer.analyzePage(posting, {freshProfile}).then(
    (analysis): AnalyzeReply<Analysis> => {
      if (analysis) postings.analysed(posting, analysis);
      return {ok: true, analysis};
    },
    (error: unknown): AnalyzeReply<Analysis> => ({
      ok: false,
      error: errorMessage(error),
    }),
  );
}

/** The background's check of a page's JobPosting JSON-LD against Google's guidance. */
function checkJsonLd(jsonLd: Record<string, unknown>): Promise<StructuredDataCheck> {
  const result = checkJobPosting(jsonLd as Parameters<typeof checkJobPosting>[0], {now: new Date()});
  return Promise.resolve({...result, source: GUIDANCE_SOURCE});
}

/**
 * What a job page asks, by message or over its port: its posting analysed, a batch of list cards judged,
 * its JSON-LD checked, its summary kept for the popup (undefined for anything else).
 */
function pageAnswer(
  message: Message,
  tabId: number | undefined,
  url: string | undefined,
): Promise<unknown> | undefined {
  if (message.type === 'tpm-lens/analyze') return analyzeReply(message.posting, message.freshProfile ?? false);
  // The sender's address, not the page's word for it: its host is all the cards take from it.
  if (message.type === 'tpm-lens/cards') return judgeCards(message.cards, url);
  if (message.type === 'tpm-lens/check-json-ld') return checkJsonLd(message.jsonLd);
  if (message.type === 'tpm-lens/summary' && tabId !== undefined) return storeSummary(tabId, message.summary);
  return undefined;
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isMessage(message)) return undefined;
  if (message.type === 'tpm-lens/open-options') return browser.runtime.openOptionsPage();
  if (message.type === START_CONTENT_SCRIPT) return startContentScript(sender);
  return postings.answer(message) ?? pageAnswer(message, sender.tab?.id, sender.url);
});

/**
 * The route watcher's frame navigated to a path the content script is declared on: the content script
 * starts there (once: a second injection finds it started). Only the extension's own content scripts
 * reach this listener; a frame the extension may not script is refused by the browser.
 */
function startContentScript(sender: browser.Runtime.MessageSender): Promise<{ok: boolean; error?: string}> {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || sender.frameId === undefined)
    return Promise.resolve({ok: false, error: 'not a tab of this extension'});
  return injectContentScript(tabId, sender.url, sender.frameId).then(
    () => ({ok: true}),
    (error: unknown) => ({ok: false, error: errorMessage(error)}),
  );
}

/** The port's answer: a reply for every request (null for a summary kept), an error for any other message. */
function portAnswer(message: unknown, tabId: number | undefined, url: string | undefined): Promise<unknown> {
  const answer = isMessage(message) ? pageAnswer(message, tabId, url) : undefined;
  return answer
    ? answer.then((reply) => reply ?? null)
    : Promise.resolve({ok: false, error: 'the request was not one the analysis port answers'});
}

// The content script's port: {id, message} in, {id, reply} out (an error reply for anything it does not
// answer; data without an id has no one to answer). Messages over an open port cost the page no channel
// set-up each, as runtime.sendMessage does.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== ANALYSIS_PORT) return;
  const tabId = port.sender?.tab?.id;
  const url = port.sender?.url;
  port.onMessage.addListener((data: unknown) => {
    const {id, message} = (data ?? {}) as {id?: unknown; message?: unknown};
    if (typeof id !== 'number') return;
    void portAnswer(message, tabId, url)
      .catch((error: unknown) => ({ok: false, error: errorMessage(error)}))
      .then((reply) => {
        try {
          port.postMessage({id, reply});
        } catch {
          // The page went away meanwhile: nobody is waiting.
        }
      });
  });
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && PROFILE_KEY in changes) {
    analyzer.forgetProfile();
    postings.upkeep();
  }
  if (area === 'local' && OCCUPATION_CHOICE_KEY in changes) {
    analyzer.forgetOccupation();
    postings.upkeep();
  }
  if (postings.settingsChanged(changes, area)) postings.upkeep();
});

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(tabKey(tabId));
});

listenForContextMenu();
browser.runtime.onInstalled.addListener(createContextMenu);
browser.runtime.onStartup.addListener(createContextMenu);
// A new version (or a browser start after one) re-analyses the stored postings it has not scored yet.
browser.runtime.onInstalled.addListener(postings.upkeep);
browser.runtime.onInstalled.addListener(postings.removeRetired);
browser.runtime.onStartup.addListener(postings.upkeep);

// After the listeners: an event that woke the worker is dispatched once this script has run.
try {
  prewarm(benchmarkFor);
} catch {
  // A failed warm-up only costs the first analysis its speed.
}
