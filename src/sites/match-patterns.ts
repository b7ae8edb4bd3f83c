import type {SiteAdapter} from './types';

// The content scripts' match patterns, derived from the adapters (the one list of hosts) and written into
// the manifest by the build, and the matching of a URL against them. ".indeed.com" means the host and
// every subdomain.

/**
 * Where each site's content script is: its entry `src/content/sites/<id>.ts`, built to the same path in .js
 * (in Chrome's build, with its loader beside it). The route watcher and "Analyze this page" tell the sites'
 * scripts from the manifest's other entries by this folder.
 */
export const SITE_SCRIPTS = 'src/content/sites/';

/** Firefox's runtime.getManifest() gives the scripts as full moz-extension:// URLs, Chrome as paths. */
export const isSiteScript = (file: string | undefined) =>
  file?.replace(/^[a-z-]+:\/\/[^/]+\//, '').startsWith(SITE_SCRIPTS) ?? false;

/**
 * "https://*.linkedin.com/jobs/*" -> "https://*.linkedin.com/*": a pattern's origin, every path of its host. What
 * web_accessible_resources takes (scripts/content-loader.ts), and where a site's script reads (src/messages/inject.ts).
 */
export const originOf = (match: string) => match.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*');

const pattern = (host: string, path: string) =>
  host.startsWith('.') ? `https://*${host}${path}` : `https://${host}${path}`;

/**
 * Where the content script starts with the page: every path of each adapter's hosts, or only its
 * `startPaths` where the adapter sets them.
 */
export function contentScriptMatches(sites: readonly SiteAdapter[]): string[] {
  const patterns = sites.flatMap((site) =>
    site.hosts.flatMap((host) => (site.startPaths ?? ['/*']).map((path) => pattern(host, path))),
  );
  return [...new Set(patterns)];
}

/** Where the content script runs inside frames as well: each adapter's `framedPaths` on its hosts. */
export function framedMatches(sites: readonly SiteAdapter[]): string[] {
  return [
    ...new Set(
      sites.flatMap((site) =>
        site.hosts.flatMap((host) => (site.framedPaths ?? []).map((path) => pattern(host, path))),
      ),
    ),
  ];
}

/**
 * Where only the route watcher runs (src/content/router.ts): the other paths of the hosts whose adapter
 * sets `startPaths`. It starts the content script when the site navigates into them, for which the
 * background needs host permission on exactly these hosts (`matches`).
 */
export function routeWatcherMatches(sites: readonly SiteAdapter[]): {matches: string[]; excludeMatches: string[]} {
  const watched = sites.filter((site) => site.startPaths);
  const matches = [...new Set(watched.flatMap((site) => site.hosts.map((host) => pattern(host, '/*'))))];
  return {matches, excludeMatches: contentScriptMatches(watched)};
}

/** Whether a URL is one a match pattern ("https://*.linkedin.com/jobs/*", "<all_urls>") names. */
export function matchesPattern(url: URL, matchPattern: string): boolean {
  const parts = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(matchPattern);
  if (!parts) return matchPattern === '<all_urls>';
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const schemeOk = scheme === '*' ? /^https?:$/.test(url.protocol) : url.protocol === `${scheme}:`;
  const hostOk =
    host === '*' ||
    (host.startsWith('*.')
      ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
      : url.hostname === host);
  // Scheme and host first: the route watcher tests a URL against every pattern of the manifest, most of
  // them other hosts, and a pattern's path costs a regular expression built for it.
  if (!schemeOk || !hostOk) return false;
  // The path part of a pattern is matched against the path and the query, '*' standing for any run.
  return new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(
    url.pathname + url.search,
  );
}
