import browser from 'webextension-polyfill';
import {isSiteScript, matchesPattern, originOf} from '../sites/match-patterns';

// "Analyze this page" on sites the content script is not declared on, from the popup's button and the
// background's context menu: the click grants activeTab for that tab, no host permission is needed. And
// the route watcher's request (src/content/router.ts), on the hosts the manifest's host_permissions name.

/**
 * The built content scripts, one per site, with the hosts each is declared on (the build decides the paths).
 * In Chrome's build the declared script is a loader that imports a web-accessible resource, which it could
 * not do on a host outside the script's own (scripts/content-loader.ts): the resources are injected themselves.
 */
function siteScripts(): Array<{file: string; matches: readonly string[]}> {
  const manifest = browser.runtime.getManifest();
  // MV2's form of the key is a list of paths; this extension's manifest (MV3) lists objects.
  const loaded = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
    typeof entry === 'object' ? entry.resources.map((file) => ({file, matches: entry.matches ?? []})) : [],
  );
  if (loaded.length) return loaded;
  return (manifest.content_scripts ?? []).flatMap(({js, matches}) =>
    js?.length === 1 && isSiteScript(js[0]) ? [{file: js[0]!, matches: matches ?? []}] : [],
  );
}

/**
 * The script for a page: its site's, by host. Any other host gets the first: every site's script reads an
 * unknown site's page as the others would (JSON-LD, then the generic reader), its adapter unused.
 */
function contentScriptFor(href: string | undefined): string {
  const scripts = siteScripts();
  let url: URL | null = null;
  try {
    url = href ? new URL(href) : null;
  } catch {
    url = null;
  }
  const own = url && scripts.find(({matches}) => matches.some((match) => matchesPattern(url, originOf(match))));
  const script = (own || scripts[0])?.file;
  if (!script) throw new Error('the manifest names no content script');
  return script;
}

/**
 * Runs the content script in the tab (its top frame, or `frameId`), the one for the frame's address
 * (`href`, or asked of the frame); it starts once however often it is injected.
 */
export async function injectContentScript(tabId: number, href?: string, frameId?: number): Promise<void> {
  const target = frameId === undefined ? {tabId} : {tabId, frameIds: [frameId]};
  const address = href ?? (await browser.scripting.executeScript({target, func: () => location.href}))[0]?.result;
  await browser.scripting.executeScript({
    target,
    files: [contentScriptFor(typeof address === 'string' ? address : undefined)],
  });
}
