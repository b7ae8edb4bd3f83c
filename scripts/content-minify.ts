import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {minify_sync} from 'terser';
import type {Plugin} from 'vite';
import {CONTENT_SCRIPTS_DIR} from './store-build';

/**
 * The content scripts, which every matched page parses under a 35 KB gzip budget, minified a second time by
 * terser after Vite's own minifier: three compress passes, and function declarations hoisted to the top of
 * their scope (where the language puts them anyway; terser leaves it off as it mostly costs bytes, here it
 * saves them). The store build of 2026-12-06: Vite's minifier alone 100,014 B, 36,186 B gzip; then two passes
 * 35,929 B, three 35,862 B, three with hoisting 35,782 B (terser alone from the source gave 36,232 B before the
 * board lists, where Vite's gave 35,902 B). Every build gets it, so the end-to-end suites run what users get.
 * It runs after the store build's stripping of test hooks (which leaves code terser shortens further) and before
 * the loader's compile hint, a comment it would drop: closeBundle hooks that return nothing run in the plugins'
 * order.
 */
export const TERSER_OPTIONS = {
  module: true,
  compress: {passes: 3, hoist_funs: true},
  mangle: true,
  format: {comments: false},
} as const;

export function contentMinify(outDir: string): Plugin {
  const dir = join(outDir, CONTENT_SCRIPTS_DIR);
  return {
    name: 'tpm-lens:content-minify',
    apply: 'build',
    closeBundle() {
      for (const name of readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.js'))) {
        const file = join(dir, name);
        const {code} = minify_sync(readFileSync(file, 'utf8'), TERSER_OPTIONS);
        if (code === undefined) throw new Error(`terser gave nothing for ${file}`);
        writeFileSync(file, code);
      }
    },
  };
}
