import {DEFAULT_PANEL_PREFS, type PanelPrefs, type PanelPrefsStore} from '../panel/panel-prefs';
import {logError} from './log';

/** Saves in the background; a failure is logged, never thrown into the page. */
export const persist = (what: string, work: Promise<unknown> | undefined) =>
  void work?.catch((error: unknown) => logError(what, error));

/**
 * What the reader chose about the panel: collapsed or not, and the postings whose panel they closed. Read
 * once from `store`; until it answers the defaults hold, and a choice made meanwhile is the newer one.
 */
export function createPanelChoices(store: PanelPrefsStore | undefined) {
  let prefs: PanelPrefs = DEFAULT_PANEL_PREFS;
  let dismissed = new Set<string>();
  return {
    collapsed: () => prefs.collapsed,
    isDismissed: (key: string) => dismissed.has(key),
    dismiss(key: string) {
      dismissed.add(key);
      persist('dismiss', store?.setDismissed(key, true));
    },
    setCollapsed(collapsed: boolean) {
      prefs = {...prefs, collapsed};
      persist('collapse', store?.setCollapsed(collapsed));
    },
    /** The closed postings as another tab or the popup left them. */
    replaceDismissed(list: readonly string[]) {
      dismissed = new Set(list);
    },
    /**
     * Reads the stored choices; `apply` gets the closed postings to take (those closed here meanwhile
     * included). Undefined without a store.
     */
    load(apply: (dismissedNow: string[]) => void): Promise<void> | undefined {
      return store?.load().then((stored) => {
        // A collapse or closing made before storage answered is the newer choice: it stays.
        const closedHere = [...dismissed];
        prefs = {...stored, collapsed: prefs === DEFAULT_PANEL_PREFS ? stored.collapsed : prefs.collapsed};
        apply([...new Set([...closedHere, ...stored.dismissed])]);
      });
    },
  };
}
