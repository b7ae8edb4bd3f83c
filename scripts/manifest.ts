// The built manifest: manifest.json plus what is derived at build time (the version from package.json, the
// content script's matches from the site adapters) and Firefox's variant. vite.config.ts and the tests use it.
import {readFileSync} from 'node:fs';
import {SITES} from '../src/sites/index';
import {contentScriptMatches} from '../src/sites/match-patterns';

export type Manifest = Record<string, unknown> & {
  background: {service_worker: string; type?: string};
  content_scripts: Array<{matches?: string[]; js: string[]; run_at?: string}>;
};

const GECKO_ID = 'tpm-lens@tpm-lens.invalid';

export function chromeManifest(): Manifest {
  const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as Manifest;
  manifest.version = (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  ).version;
  const matches = contentScriptMatches(SITES);
  manifest.content_scripts = manifest.content_scripts.map((script) => ({...script, matches}));
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
