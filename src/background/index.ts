// Background: thin. Keeps each tab's analysis summary for the popup and shows a number on the badge.
// A service worker in Chrome, an event page in Firefox: no state lives in memory between events.
import browser from 'webextension-polyfill';
import {loadProfile} from '../storage/index';
import {badgeText, type AnalysisSummary} from '../ui/summary';
import {benchmarkFor} from './benchmarks';
import {isMessage, tabKey} from './messages';

const BADGE_COLOR = '#0b5fce';

async function storeSummary(tabId: number, summary: AnalysisSummary | null): Promise<void> {
  if (summary) await browser.storage.session.set({[tabKey(tabId)]: summary});
  else await browser.storage.session.remove(tabKey(tabId));
  await browser.action.setBadgeText({tabId, text: badgeText(summary)});
  if (summary) await browser.action.setBadgeBackgroundColor({tabId, color: BADGE_COLOR});
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isMessage(message)) return undefined;
  if (message.type === 'tpm-lens/open-options') return browser.runtime.openOptionsPage();
  // A profile that fails validation reads as no profile here; the options page says what is wrong with it.
  if (message.type === 'tpm-lens/get-profile') return loadProfile().then((loaded) => loaded.profile);
  if (message.type === 'tpm-lens/benchmark') return Promise.resolve(benchmarkFor(message.location));
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  return storeSummary(tabId, message.summary);
});

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(tabKey(tabId));
});
