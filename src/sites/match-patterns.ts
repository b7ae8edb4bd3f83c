import type {SiteAdapter} from './types';

/**
 * The content script's match patterns, one per adapter host: the adapters are the one list of hosts, and
 * the build writes these into the manifest. ".indeed.com" means the host and every subdomain.
 */
export function contentScriptMatches(sites: readonly SiteAdapter[]): string[] {
  const patterns = sites.flatMap((site) =>
    site.hosts.map((host) => (host.startsWith('.') ? `https://*${host}/*` : `https://${host}/*`)),
  );
  return [...new Set(patterns)];
}
