// The one way the benches build the extension into a folder of their own (beside any other build).
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * Builds into `outDir` and returns it. `e2e` builds carry the test hooks (User Timing marks, the page state,
 * open shadow roots) the browser figures read; sizes are measured on the store build.
 */
export function buildExtension(
  outDir: string,
  {mode = 'production', target = 'chrome'}: {mode?: 'production' | 'e2e'; target?: 'chrome' | 'firefox'} = {},
): string {
  const result = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'vite'),
    ['build', '--mode', mode, '--logLevel', 'error'],
    {
      cwd: ROOT,
      env: {...process.env, OUT_DIR: outDir, ...(target === 'firefox' ? {TARGET: 'firefox'} : {})},
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`${target} ${mode} build failed:\n${result.stderr}`);
  return outDir;
}

/**
 * The control extension, written into `dir`: the same content-script matches and timing as the build in
 * `distDir`, and a script that does nothing. What a page pays for any content script at all (the browser
 * sets up an isolated world), beside what TPM Lens's own code costs.
 */
export function noopExtension(distDir: string, dir: string): string {
  mkdirSync(dir, {recursive: true});
  const built = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{matches: string[]; exclude_matches?: string[]; run_at?: string; all_frames?: boolean}>;
  };
  const manifest = {
    manifest_version: 3,
    name: 'TPM Lens bench: no-op content script',
    version: '1.0.0',
    content_scripts: built.content_scripts.map(({matches, exclude_matches, run_at, all_frames}) => ({
      matches,
      ...(exclude_matches ? {exclude_matches} : {}),
      ...(all_frames ? {all_frames} : {}),
      run_at,
      js: ['noop.js'],
    })),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'noop.js'), "// Does nothing: the bench's control.\n");
  return dir;
}
