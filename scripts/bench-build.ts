// The one way the benches build the extension into a folder of their own (beside any other build).
import {spawnSync} from 'node:child_process';
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
