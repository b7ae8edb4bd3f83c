// Chrome's build declares a one-line loader for each site's content script, and the loader imports that script
// as a module. Chromium compiles a module fetched from the extension off the page's main thread (streamed) where
// it compiles a declared content script on it: 5.7-7.0 ms of every matched page's main thread (bench:page-trace's
// v8.compile [ext] row on 6 saved pages) go to a background thread, less 1.6-1.9 ms of module evaluation and
// 0.6 ms of fetch. Each module is web-accessible only to the hosts its site's script runs on, and only under
// use_dynamic_url, a per-session random id: a page can neither probe for the extension by its id nor see the
// module's request (no resource timing entry). Firefox keeps the declared scripts (its build is left alone).
// The module also carries V8's explicit compile hint (COMPILE_HINT): Chrome 136+ then compiles its functions on
// that same background thread, where they were compiled one by one on the main thread at their first call.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Plugin} from 'vite';
import {isSiteScript, originOf} from '../src/sites/match-patterns';
import type {Manifest} from './manifest';

/** A site's loader, beside the script it loads: src/content/sites/linkedin.js -> src/content/sites/linkedin.loader.js. */
export const loaderOf = (script: string) => script.replace(/\.js$/, '.loader.js');

/**
 * The loader: one import, nothing else. In the store build a failed import (the extension reloaded under the
 * page, its context gone) leaves the page as it was: there is nothing to tell the user on their page. Other
 * builds say it on the console, as the content script's own errors are (a module that throws while it loads
 * rejects the import, and would otherwise go unseen in the tests).
 */
export function loaderSource(script: string, {store}: {store: boolean}): string {
  const failed = store ? '() => {}' : "(error) => console.error('TPM Lens: the content script did not load', error)";
  return `import(chrome.runtime.getURL(${JSON.stringify(script)})).catch(${failed});\n`;
}

/**
 * V8's explicit compile hint (v8.dev, "explicit compile hints"; Chrome 136+, a comment to other engines): every
 * function of the file compiled eagerly, here while the import streams it. bench:page-trace against the loader
 * build, 5 saved pages: the content script's import task 3.7-4.8 ms less, its later calls (the panel's render,
 * the port's messages) 1.4-2.1 ms less; renderer heap +135 KB. The cost: bytecode for functions a page never calls (the list's on a
 * posting, the panel's on a list), which V8 flushes once unused; and a classic injection of the same file
 * ("Analyze this page", the route watcher's start) compiles it all on the main thread, once.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export type LoadedManifest = Manifest & {
  web_accessible_resources?: Array<{resources: string[]; matches: string[]; use_dynamic_url: boolean}>;
};

/**
 * The manifest with each site's loader declared in place of its script, which becomes a web-accessible
 * resource for the hosts that script is declared on (in frames too). "Analyze this page" injects the resource
 * of the tab's host (src/messages/inject.ts): a loader could not import it on a host outside those.
 */
export function withContentLoader(manifest: Manifest): LoadedManifest {
  const origins = new Map<string, string[]>();
  const content_scripts = manifest.content_scripts.map((entry) => {
    const [script, ...more] = entry.js;
    if (!isSiteScript(script)) return entry;
    if (more.length) throw new Error(`the content script ${script} is not one file`);
    origins.set(script!, [...(origins.get(script!) ?? []), ...(entry.matches ?? []).map(originOf)]);
    return {...entry, js: [loaderOf(script!)]};
  });
  if (origins.size === 0) throw new Error('no site content script in the manifest');
  const web_accessible_resources = [...origins].map(([script, matches]) => {
    if (matches.length === 0) throw new Error(`the content script ${script} runs on no host`);
    return {resources: [script], matches: [...new Set(matches)], use_dynamic_url: true};
  });
  return {...manifest, content_scripts, web_accessible_resources};
}

/** Rewrites the built manifest (crxjs writes it last) and writes the loader beside it. Chrome's build only. */
export function contentLoader(outDir: string, options: {store: boolean}): Plugin {
  return {
    name: 'tpm-lens:content-loader',
    apply: 'build',
    closeBundle() {
      const file = join(outDir, 'manifest.json');
      const manifest = withContentLoader(JSON.parse(readFileSync(file, 'utf8')) as Manifest);
      for (const script of manifest.web_accessible_resources!.flatMap((entry) => entry.resources)) {
        const loaded = join(outDir, script);
        const source = readFileSync(loaded, 'utf8');
        if (!source.startsWith(COMPILE_HINT)) writeFileSync(loaded, COMPILE_HINT + source);
        writeFileSync(join(outDir, loaderOf(script)), loaderSource(script, options));
      }
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
