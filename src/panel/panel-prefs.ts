// The panel's remembered choices, kept in storage.local (per browser, not synced: they are about this
// screen): whether the panel opens collapsed, and which postings the user closed it on. Plain checks,
// no zod: the content script reads these on every job page and must stay small.

import {DISMISSED_POSTINGS_KEY, PANEL_COLLAPSED_KEY} from '../storage/keys';

/** Enough for weeks of browsing; the oldest closings are forgotten first. */
export const MAX_DISMISSED = 300;
/** Posting keys are site ids plus ids or URLs; anything longer is not one of ours. */
const MAX_KEY_CHARS = 2048;

export interface PanelPrefs {
  collapsed: boolean;
  /** Posting keys (site id + the posting's id, see src/sites/index.ts postingKey), most recent first. */
  dismissed: string[];
}

export const DEFAULT_PANEL_PREFS: PanelPrefs = {collapsed: false, dismissed: []};

const isKey = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY_CHARS;

/** The dismissed list as stored, or [] when it is not one: a bad value costs the list, never the page. */
export function parseDismissed(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter(isKey))].slice(0, MAX_DISMISSED);
}

/** What storage.local.get([...]) returned, read defensively. */
export function parsePanelPrefs(stored: Record<string, unknown>): PanelPrefs {
  return {collapsed: stored[PANEL_COLLAPSED_KEY] === true, dismissed: parseDismissed(stored[DISMISSED_POSTINGS_KEY])};
}

/** The list with `key` first, capped. */
export function withDismissed(list: readonly string[], key: string): string[] {
  return [key, ...list.filter((entry) => entry !== key)].slice(0, MAX_DISMISSED);
}

function withoutDismissed(list: readonly string[], key: string): string[] {
  return list.filter((entry) => entry !== key);
}

export interface LocalAreaLike {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Reads and writes over any storage area (the browser's storage.local, or a Map in tests). */
export function createPanelPrefsStore(area: LocalAreaLike) {
  const readDismissed = async () => parseDismissed((await area.get([DISMISSED_POSTINGS_KEY]))[DISMISSED_POSTINGS_KEY]);
  return {
    load: async (): Promise<PanelPrefs> =>
      parsePanelPrefs(await area.get([PANEL_COLLAPSED_KEY, DISMISSED_POSTINGS_KEY])),
    setCollapsed: (collapsed: boolean) => area.set({[PANEL_COLLAPSED_KEY]: collapsed}),
    /** Read, change, write: another tab may have closed a panel since this one loaded the list. */
    setDismissed: async (key: string, dismissed: boolean) => {
      const list = await readDismissed();
      await area.set({[DISMISSED_POSTINGS_KEY]: dismissed ? withDismissed(list, key) : withoutDismissed(list, key)});
    },
  };
}

export type PanelPrefsStore = ReturnType<typeof createPanelPrefsStore>;
