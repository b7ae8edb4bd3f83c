import {jobKey} from './keys';
import type {SiteAdapter} from './types';

/**
 * The adapters this script knows. Each content script carries one site's (src/content/sites/: a page pays
 * for its own site's adapter, not for every site's), the command line and the tests every one (all.ts). Set
 * once, before any of the functions below is asked.
 */
let known: readonly SiteAdapter[] | null = null;

/**
 * The adapter per host name, as found once: the content script asks on every read, navigation and list
 * pass, and a page keeps its host (a single-page app changes only its path).
 */
let siteOfHost = new Map<string, SiteAdapter | null>();

export function useSites(sites: readonly SiteAdapter[]): void {
  known = sites;
  siteOfHost = new Map();
}

export function hostMatches(host: string, pattern: string): boolean {
  const lower = host.toLowerCase();
  return pattern.startsWith('.') ? lower === pattern.slice(1) || lower.endsWith(pattern) : lower === pattern;
}

export function siteFor(url: URL): SiteAdapter | null {
  const host = url.hostname;
  let site = siteOfHost.get(host);
  if (site === undefined) {
    if (!known) throw new Error('no site adapters: useSites() was not called');
    site = known.find((adapter) => adapter.hosts.some((pattern) => hostMatches(host, pattern))) ?? null;
    // A page keeps one host; the command line can read pages of many: keep the memory small.
    if (siteOfHost.size >= 64) siteOfHost = new Map();
    siteOfHost.set(host, site);
  }
  return site;
}

/**
 * What a URL can show: one posting, a list with a selected posting in a pane, or neither.
 * Unknown sites answer 'posting': JSON-LD and the generic reader decide there.
 */
export function routeKind(url: URL, site: SiteAdapter | null): 'posting' | 'pane' | 'none' {
  if (!site) return 'posting';
  const path = url.pathname + url.search;
  if (site.routes.some((route) => route.test(path))) return 'posting';
  if (site.paneRoutes?.some((route) => route.test(path))) return 'pane';
  return 'none';
}

/**
 * Does the content script have anything to do at this URL? Its start-up check: a route that can hold
 * a posting (directly or in a pane) or a list of them. Everything else (feeds, messages, profiles)
 * gets nothing but this check.
 */
export function routeWanted(url: URL): boolean {
  const site = siteFor(url);
  return routeKind(url, site) !== 'none' || routeHasList(url, site);
}

/** Can this URL hold one posting on its site (directly or in a pane)? */
export function routeCanHoldPosting(url: URL, site: SiteAdapter | null): boolean {
  return routeKind(url, site) !== 'none';
}

/** Is this URL one of the site's result lists (job cards to mark)? Part of the route data a start-up check reads. */
export function routeHasList(url: URL, site: SiteAdapter | null): boolean {
  const path = url.pathname + url.search;
  return site?.list?.routes.some((route) => route.test(path)) ?? false;
}

/**
 * Identity of the posting on screen, for telling a newly selected posting from a re-render.
 * Unknown sites: the URL without its fragment.
 */
export function postingKey(url: URL, doc: Document): string | null {
  const site = siteFor(url);
  if (!site) return url.origin + url.pathname + url.search;
  if (!routeCanHoldPosting(url, site)) return null;
  const key = site.postingKey(url, doc);
  return key ? jobKey(site.id, key) : null;
}

/**
 * Containers to observe for a change of posting on this page, narrowest first: observe the first that
 * exists (empty: nothing narrower than the URL is known).
 */
export function watchSelectors(url: URL): readonly string[] {
  return siteFor(url)?.watch ?? [];
}
