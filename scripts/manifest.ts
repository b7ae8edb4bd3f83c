// The built manifest: manifest.json plus what is derived at build time (the version from package.json, the
// content script's matches from the site adapters) and Firefox's variant. vite.config.ts and the tests use it.
import {readFileSync} from 'node:fs';
import {SITES} from '../src/sites/index';
import {contentScriptMatches, framedMatches, routeWatcherMatches} from '../src/sites/match-patterns';

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
 * manifest.json's two content scripts, by their entry files: the content script proper, then the route
 * watcher (vite.config.ts builds each as one self-contained file). The build adds the content script proper a
 * second time, in frames, on the pages sites serve inside other sites' (SiteAdapter.framedPaths).
 */
export const CONTENT_SCRIPTS = ['src/content/index.tsx', 'src/content/router.ts'] as const;
const [CONTENT_SCRIPT, ROUTE_WATCHER] = CONTENT_SCRIPTS;

const GECKO_ID = 'tpm-lens@tpm-lens.invalid';

export function chromeManifest(): Manifest {
  const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as Manifest;
  manifest.version = (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  ).version;
  const [main, watcher] = manifest.content_scripts;
  if (main?.js[0] !== CONTENT_SCRIPT || watcher?.js[0] !== ROUTE_WATCHER)
    throw new Error(`manifest.json: content_scripts must be ${CONTENT_SCRIPT}, then ${ROUTE_WATCHER}`);
  const watched = routeWatcherMatches(SITES);
  const framed = framedMatches(SITES);
  // The content script proper first: "Analyze this page" injects content_scripts[0] (src/messages/inject.ts).
  manifest.content_scripts = [
    {...main, matches: contentScriptMatches(SITES)},
    ...(watched.matches.length
      ? [{...watcher, matches: watched.matches, exclude_matches: watched.excludeMatches}]
      : []),
    ...(framed.length ? [{...main, matches: framed, all_frames: true}] : []),
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
