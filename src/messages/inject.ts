import browser from 'webextension-polyfill';

// "Analyze this page" on sites the content script is not declared on, from the popup's button and the
// background's context menu: the click grants activeTab for that tab, no host permission is needed. And
// the route watcher's request (src/content/router.ts), on the hosts the manifest's host_permissions name.

/**
 * The built content script's files, as the manifest names them (the build decides the path): in Chrome's build
 * the declared script is a loader that imports the first web-accessible resource, which it could not do on a
 * host outside the content script's own (scripts/content-loader.ts); that resource is injected itself.
 */
function contentScriptFiles(): string[] {
  const manifest = browser.runtime.getManifest();
  // MV2's form of the key is a list of paths; this extension's manifest (MV3) lists objects.
  const loaded = manifest.web_accessible_resources?.[0];
  if (loaded && typeof loaded === 'object') return loaded.resources;
  return manifest.content_scripts?.[0]?.js ?? [];
}

/** Runs the content script in the tab (its top frame, or `frameId`); it starts once however often it is injected. */
export async function injectContentScript(tabId: number, frameId?: number): Promise<void> {
  const target = frameId === undefined ? {tabId} : {tabId, frameIds: [frameId]};
  await browser.scripting.executeScript({target, files: contentScriptFiles()});
}
