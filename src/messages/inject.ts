import browser from 'webextension-polyfill';

// "Analyze this page" on sites the content script is not declared on, from the popup's button and the
// background's context menu: the click grants activeTab for that tab, no host permission is needed. And
// the route watcher's request (src/content/router.ts), on the hosts the manifest's host_permissions name.

/** The built content script's files, as the manifest names them (the build decides the path). */
function contentScriptFiles(): string[] {
  return browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
}

/** Runs the content script in the tab (its top frame, or `frameId`); it starts once however often it is injected. */
export async function injectContentScript(tabId: number, frameId?: number): Promise<void> {
  const target = frameId === undefined ? {tabId} : {tabId, frameIds: [frameId]};
  await browser.scripting.executeScript({target, files: contentScriptFiles()});
}
