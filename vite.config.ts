import {readFileSync} from 'node:fs';
import {crx, type ManifestV3Export} from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import {defineConfig} from 'vite';

// One manifest.json for both browsers; TARGET=firefox derives Firefox's variant and writes dist-firefox/.
type Manifest = Record<string, unknown> & {background: {service_worker: string; type?: string}};

const GECKO_ID = 'tpm-lens@tpm-lens.invalid';

/** Firefox runs MV3 backgrounds as event pages (background.scripts), needs a gecko id and ignores "key". */
function firefoxManifest(chrome: Manifest): Manifest {
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

const CONTENT_SCRIPT = 'src/content/index.tsx';

export default defineConfig(() => {
  const firefox = process.env.TARGET === 'firefox';
  const chromeManifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Manifest;
  // One version number: package.json's.
  chromeManifest.version = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {version: string}).version;
  const manifest = (firefox ? firefoxManifest(chromeManifest) : chromeManifest) as unknown as ManifestV3Export;
  return {
    plugins: [
      preact(),
      // The content script is one self-contained IIFE: no loader, no dynamic import, and no
      // web_accessible_resources that pages could probe to fingerprint the extension.
      crx({manifest, browser: firefox ? 'firefox' : 'chrome', contentScripts: {standaloneFiles: [CONTENT_SCRIPT]}}),
    ],
    build: {
      // OUT_DIR lets a test run build into its own folder while another build is in progress.
      outDir: process.env.OUT_DIR ?? (firefox ? 'dist-firefox' : 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // The county wage dataset is one ~850 KB chunk by design (popup look-up, background benchmarks).
      chunkSizeWarningLimit: 1024,
      // Extension pages the manifest does not name ("Your postings", opened from the popup and the panel).
      rollupOptions: {input: {postings: 'src/postings/index.html'}},
    },
  };
});
