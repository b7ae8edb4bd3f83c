import {crx, type ManifestV3Export} from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import {defineConfig} from 'vite';
import {contentLoader} from './scripts/content-loader';
import {contentMinify} from './scripts/content-minify';
import {storeScripts} from './scripts/store-build';
import {chromeManifest, CONTENT_SCRIPTS, firefoxManifest} from './scripts/manifest';

// One manifest for both browsers (scripts/manifest.ts); TARGET=firefox builds Firefox's variant into dist-firefox/.

/**
 * Modes: `production` (the default, what the stores get) and `e2e` (`npm run build:e2e`, dist-e2e/ and
 * dist-e2e-firefox/): the same code plus the test hooks of src/content/test-hooks.ts, the development
 * manifest key (a stable extension id) and the adapters' test URLs.
 */
export default defineConfig(({mode}) => {
  const firefox = process.env.TARGET === 'firefox';
  const store = mode === 'production';
  const chrome = chromeManifest();
  // The key pins the development id; a store assigns its own, and the key would only identify the build.
  if (store) delete chrome.key;
  const outDir = process.env.OUT_DIR ?? `dist${mode === 'e2e' ? '-e2e' : ''}${firefox ? '-firefox' : ''}`;
  const manifest = (firefox ? firefoxManifest(chrome) : chrome) as unknown as ManifestV3Export;
  return {
    plugins: [
      preact(),
      // Each content script (and the route watcher) is one self-contained IIFE, without crxjs's loader and
      // its web_accessible_resources under the extension's fixed id, which pages could probe to fingerprint it.
      crx({manifest, browser: firefox ? 'firefox' : 'chrome', contentScripts: {standaloneFiles: [...CONTENT_SCRIPTS]}}),
      ...(store ? [storeScripts(outDir)] : []),
      // After the store build's stripping and before the loader's compile hint (scripts/content-minify.ts).
      contentMinify(outDir),
      // Chrome imports the content script through a loader of its own (scripts/content-loader.ts says why).
      ...(firefox ? [] : [contentLoader(outDir, {store})]),
    ],
    build: {
      // OUT_DIR lets a test run build into its own folder while another build is in progress.
      outDir,
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
