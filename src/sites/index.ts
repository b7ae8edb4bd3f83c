import {linkedin} from './linkedin';
import type {SiteAdapter} from './types';

/** Every site TPM Lens knows. Order does not matter: hosts do not overlap. */
export const SITES: readonly SiteAdapter[] = [linkedin];

export function hostMatches(host: string, pattern: string): boolean {
  const lower = host.toLowerCase();
  return pattern.startsWith('.') ? lower === pattern.slice(1) || lower.endsWith(pattern) : lower === pattern;
}

export function siteFor(url: URL): SiteAdapter | null {
  return SITES.find((site) => site.hosts.some((pattern) => hostMatches(url.hostname, pattern))) ?? null;
}

/** Can this URL hold one posting on its site? Unknown sites answer true: JSON-LD decides there. */
export function routeCanHoldPosting(url: URL, site: SiteAdapter | null): boolean {
  if (!site) return true;
  const path = url.pathname + url.search;
  return site.routes.some((route) => route.test(path));
}
