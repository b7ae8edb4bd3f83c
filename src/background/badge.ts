// The toolbar badge of a tab: the summary's score, its colour and its title.
import {badgeColor, badgeText, badgeTitle, type AnalysisSummary} from '../messages/summary';

/** What of the action API the badge uses (browser.action; a recording fake in the tests). */
export interface BadgeAction {
  setBadgeBackgroundColor(details: {tabId: number; color: string}): Promise<void>;
  setBadgeText(details: {tabId: number; text: string}): Promise<void>;
  setTitle(details: {tabId: number; title: string}): Promise<void>;
}

/**
 * Shows a tab's summary on the badge (none: the badge cleared). The colour before the text: a new score never
 * shows, even for a moment, in the last one's colour (CI read a blocked fit's "0" in the score's blue once).
 */
export async function showOnBadge(action: BadgeAction, tabId: number, summary: AnalysisSummary | null): Promise<void> {
  if (summary) await action.setBadgeBackgroundColor({tabId, color: badgeColor(summary)});
  await action.setBadgeText({tabId, text: badgeText(summary)});
  await action.setTitle({tabId, title: badgeTitle(summary)});
}
