// Every key TPM Lens stores under, in one place: the background, the content script, the popup and the
// options page read each other's values. This module imports nothing, so the content script can use it.

/** storage.sync: the user's profile. */
export const PROFILE_KEY = 'profile';
/** storage.local: profiles that could not be read, kept aside instead of being lost. */
export const PROFILE_BACKUP_KEY = 'profileBackups';
/** storage.local: whether the panel is collapsed (remembered for the next posting). */
export const PANEL_COLLAPSED_KEY = 'panelCollapsed';
/** storage.local: the postings whose panel the user closed. */
export const DISMISSED_POSTINGS_KEY = 'dismissedPostings';

/** storage.local: what "Your postings" remembers on its own, and for how long. */
export const POSTINGS_SETTINGS_KEY = 'postingsSettings';
/** storage.local: the reader's occupation for pay comparisons (an SOC code), one per user; absent: each posting's own. */
export const OCCUPATION_CHOICE_KEY = 'occupationChoice';

/** storage.session: one tab's analysis summary. */
export function tabKey(tabId: number): string {
  return `tab:${tabId}`;
}

/** storage.local: whether list pages fade the cards that are not TPM roles. */
export const DIM_NON_TPM_KEY = 'dimNonTpm';
/**
 * storage.local keys no longer used, removed on install and update so nothing is left behind:
 * 'rememberedAnalyses' held list-mark figures before "Your postings" (IndexedDB) answered them.
 */
const RETIRED_LOCAL_KEYS = ['rememberedAnalyses'] as const;

/**
 * Removes the retired keys and nothing else. 'rememberedAnalyses' is dropped, not moved: its entries held
 * only a posting key with fit, completeness and verdict (no title, company or text), which cannot make a
 * record; the store answers list marks for the postings it holds, and a posting opened again is stored.
 */
export const removeRetiredLocalKeys = (area: {remove(keys: string[]): Promise<void>}): Promise<void> =>
  area.remove([...RETIRED_LOCAL_KEYS]);
