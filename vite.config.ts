import {crx, type ManifestV3Export} from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import {defineConfig} from 'vite';
import {chromeManifest, firefoxManifest} from './scripts/manifest';

// One manifest for both browsers (scripts/manifest.ts); TARGET=firefox builds Firefox's variant into dist-firefox/.
const CONTENT_SCRIPT = 'src/content/index.tsx';

export default defineConfig(() => {
  const firefox = process.env.TARGET === 'firefox';
  const manifest = (firefox ? firefoxManifest(chromeManifest()) : chromeManifest()) as unknown as ManifestV3Export;
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
    },
  };
});
