import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Plugin} from 'vite';

/**
 * What only tests read, dropped from the scripts the store build writes: the adapters' `testUrls` (the real
 * pages their selectors were written against), emptied; the extension's own `data-testid` attributes (the
 * compiled JSX's `"data-testid":\`name\``; a job site's `[data-testid=...]` selectors are strings of another
 * shape and stay), removed. 161 B of the content script's gzip budget. A post-write pass, because crxjs
 * builds the content script in a separate bundle that runs none of this config's plugins.
 */
const TEST_URLS = /testUrls:\[(?:\s|,|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)*\]/g;
const TEST_IDS = /,"data-testid":`[^`$\\]*`|"data-testid":`[^`$\\]*`,?/g;

export function withoutTestHooks(source: string): string {
  return source.replace(TEST_URLS, 'testUrls:[]').replace(TEST_IDS, '');
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
        const stripped = withoutTestHooks(source);
        if (stripped !== source) writeFileSync(file, stripped);
      }
    },
  };
}
