import browser from 'webextension-polyfill';

// "Analyze this page" on sites the content script is not declared on, from the popup's button and the
// background's context menu. The click grants activeTab for that tab: no host permission is needed.

/** The built content script's files, as the manifest names them (the build decides the path). */
function contentScriptFiles(): string[] {
  return browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
}

/** Runs the content script in the tab; it starts once however often it is injected. */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({target: {tabId}, files: contentScriptFiles()});
}
