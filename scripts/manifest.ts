// The built manifest: manifest.json plus what is derived at build time (the version from package.json, the
// content script's matches from the site adapters) and Firefox's variant. vite.config.ts and the tests use it.
import {readFileSync} from 'node:fs';
import {SITES} from '../src/sites/all';
import {contentScriptMatches, framedMatches, routeWatcherMatches, SITE_SCRIPTS} from '../src/sites/match-patterns';

export type Manifest = Record<string, unknown> & {
  background: {service_worker: string; type?: string};
  content_scripts: Array<{
    matches?: string[];
    exclude_matches?: string[];
    js: string[];
    run_at?: string;
    all_frames?: boolean;
  }>;
  host_permissions?: string[];
};

/**
 * manifest.json's two content scripts: the sites' script, a template ("src/content/sites/{site}.ts") the build
 * writes once per site with that adapter's entry and matches, then the route watcher. vite.config.ts builds each
 * as one self-contained file. The build declares a site's script a second time, in frames, on the pages the
 * site serves inside other sites' (SiteAdapter.framedPaths).
 */
const SITE_TEMPLATE = `${SITE_SCRIPTS}{site}.ts`;
const ROUTE_WATCHER = 'src/content/router.ts';

/** A site's content script entry (src/content/sites/<id>.ts). */
const siteEntry = (id: string) => `${SITE_SCRIPTS}${id}.ts`;

/** Every content script's entry: the sites' scripts and the route watcher. */
export const CONTENT_SCRIPTS: readonly string[] = [...SITES.map((site) => siteEntry(site.id)), ROUTE_WATCHER];

const GECKO_ID = 'tpm-lens@tpm-lens.invalid';

export function chromeManifest(): Manifest {
  const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as Manifest;
  manifest.version = (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  ).version;
  const [main, watcher] = manifest.content_scripts;
  if (main?.js[0] !== SITE_TEMPLATE || watcher?.js[0] !== ROUTE_WATCHER)
    throw new Error(`manifest.json: content_scripts must be ${SITE_TEMPLATE}, then ${ROUTE_WATCHER}`);
  const watched = routeWatcherMatches(SITES);
  const siteScript = (site: (typeof SITES)[number]) => ({...main, js: [siteEntry(site.id)]});
  manifest.content_scripts = [
    ...SITES.map((site) => ({...siteScript(site), matches: contentScriptMatches([site])})),
    ...(watched.matches.length
      ? [{...watcher, matches: watched.matches, exclude_matches: watched.excludeMatches}]
      : []),
    ...SITES.filter((site) => site.framedPaths?.length).map((site) => ({
      ...siteScript(site),
      matches: framedMatches([site]),
      all_frames: true,
    })),
  ];
  // The route watcher's hosts only: the background starts the content script there (scripting), which a
  // content script's matches do not allow by themselves. Pages the extension already runs on.
  if (watched.matches.length) manifest.host_permissions = watched.matches;
  return manifest;
}

/** Firefox runs MV3 backgrounds as event pages (background.scripts), needs a gecko id and ignores "key". */
export function firefoxManifest(chrome: Manifest): Manifest {
  const {key: _key, minimum_chrome_version: _minimum, background, ...rest} = chrome;
  return {
    ...rest,
    background: {scripts: [background.service_worker], type: 'module'},
    browser_specific_settings: {
      gecko: {id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: {required: ['none']}},
      // Firefox for Android learned data_collection_permissions in 142.
      gecko_android: {strict_min_version: '142.0'},
    },
  } as unknown as Manifest;
}
