import browser from 'webextension-polyfill';
import {injectContentScript} from '../messages/inject';

const MENU_ID = 'tpm-lens-analyze-page';

/** Menus outlive a Chrome service worker but not every Firefox restart: (re)create them on both events. */
export function createContextMenu(): void {
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: 'Analyze this page with TPM Lens',
        contexts: ['page', 'selection'],
      }),
    )
    .catch(() => undefined);
}

/** Registered at the top level of the background so a click wakes it. */
export function listenForContextMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    // Pages the browser protects (its own, the web store) refuse; there is nothing to show there.
    injectContentScript(tab.id, tab.url).catch(() => undefined);
  });
}
