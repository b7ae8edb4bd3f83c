import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import type {Plugin} from 'vite';

/**
 * What only tests read, dropped from the scripts the store build writes: the adapters' `testUrls` (the real
 * pages their selectors were written against), emptied everywhere; and in the content scripts, which run in
 * the job sites' pages under a 35 KB gzip budget, the extension's own `data-testid` attributes (the compiled
 * JSX's `"data-testid":\`name\``; a job site's `[data-testid=...]` selectors are strings of another shape and
 * stay), removed: 161 B of that budget. The extension's own pages (popup, options, Your postings) keep theirs,
 * which bench:postings drives the store build by. A post-write pass, because crxjs builds the content script
 * in a separate bundle that runs none of this config's plugins.
 */
const TEST_URLS = /testUrls:\[(?:\s|,|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)*\]/g;
const TEST_IDS = /,"data-testid":`[^`$\\]*`|"data-testid":`[^`$\\]*`,?/g;
/** The emptied key with its comma: a content script drops it whole (nothing reads an adapter's testUrls at run time). */
const EMPTY_TEST_URLS = /,testUrls:\[\]|testUrls:\[\],?/g;

/** Where the build writes the content scripts (src/content/ and its sites/), self-contained: no chunk of theirs lies elsewhere. */
export const CONTENT_SCRIPTS_DIR = join('src', 'content');

export function withoutTestHooks(source: string, {contentScript}: {contentScript: boolean}): string {
  const emptied = source.replace(TEST_URLS, 'testUrls:[]');
  return contentScript ? emptied.replace(TEST_IDS, '').replace(EMPTY_TEST_URLS, '') : emptied;
}

export function storeScripts(outDir: string): Plugin {
  const scripts = (dir: string): string[] =>
    readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
      entry.isDirectory() ? scripts(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
    );
  return {
    name: 'tpm-lens:without-test-hooks',
    apply: 'build',
    closeBundle() {
      for (const file of scripts(outDir)) {
        const source = readFileSync(file, 'utf8');
        const contentScript = relative(outDir, file).startsWith(CONTENT_SCRIPTS_DIR + sep);
        const stripped = withoutTestHooks(source, {contentScript});
        if (stripped !== source) writeFileSync(file, stripped);
      }
    },
  };
}
