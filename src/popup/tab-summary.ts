import browser from 'webextension-polyfill';
import {POSTINGS_PAGE} from '../messages';
import {tabKey} from '../storage/keys';
import {createPanelPrefsStore} from '../panel/panel-prefs';
import {isAnalysisSummary, type AnalysisSummary} from '../messages/summary';

/** The active tab's summary as the content script reported it, or null (no posting, or not a job site). */
export async function activeTabSummary(): Promise<AnalysisSummary | null> {
  const [tab] = await browser.tabs.query({active: true, currentWindow: true});
  if (tab?.id === undefined) return null;
  const key = tabKey(tab.id);
  const stored = await browser.storage.session.get(key);
  const summary: unknown = stored[key];
  return isAnalysisSummary(summary) ? summary : null;
}

/** "Your postings" in a new tab. */
export async function openPostingsPage(): Promise<void> {
  await browser.tabs.create({url: browser.runtime.getURL(POSTINGS_PAGE)});
}

export function openOptions(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/**
 * Brings back the panel the user closed on a posting: the posting leaves the closed list, and the tab's
 * content script, which watches that list, shows its panel again.
 */
export function showPanelAgain(dismissedKey: string): Promise<void> {
  return createPanelPrefsStore(browser.storage.local).setDismissed(dismissedKey, false);
}
