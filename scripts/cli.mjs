// Runs a command of src/cli (analyze, salary) from a bundle of it, built with esbuild when the sources changed.
// Under tsx every thread (the main one and each analyze worker) loaded and compiled the TypeScript of the whole core
// itself, through a loader thread of its own; the bundle is plain JavaScript. On 2 cores (2026-12-07): 10,000 lines
// 6.99 s against 7.45 s from source, 20,000 lines 9.14 s against 9.46 s (means of 3 alternated runs), peak memory
// 364-400 MB against 427-448 MB.
//   node [node flags] scripts/cli.mjs analyze [its arguments]
import {createHash} from 'node:crypto';
import {copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist-cli');
/** The commands one can run; the analyze command's worker threads run worker.js beside it (src/cli/pool.ts). */
const COMMANDS = ['analyze', 'salary'];
const ENTRIES = [...COMMANDS, 'worker'];
/** src/core/salary/load-node.ts reads it at `../data/` from its own module, which is a file of `cli/` in a build. */
const DATASET = join(ROOT, 'src', 'core', 'data', 'salary-dataset.json');
/** Builds kept besides the current one: a run still under way may yet start workers from its own. */
const KEEP_OLDER = 2;

/** Names the sources by each file's path, size and time of change (and this file's): a build per state of them. */
function sourceStamp() {
  const hash = createHash('sha256');
  const add = (path) => {
    const {mtimeMs, size} = statSync(path);
    hash.update(`${relative(ROOT, path)}\0${mtimeMs}\0${size}\n`);
  };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  walk(join(ROOT, 'src'));
  add(fileURLToPath(import.meta.url));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds into a folder of its own and renames it into place, so that a command started meanwhile (another terminal,
 * a test) never reads a half-written build: the first rename wins, and a later one finds the same build there.
 */
async function build(target) {
  const {build: esbuild} = await import('esbuild');
  const temp = `${target}.${process.pid}.tmp`;
  rmSync(temp, {recursive: true, force: true});
  await esbuild({
    entryPoints: ENTRIES.map((name) => join(ROOT, 'src', 'cli', `${name}.ts`)),
    outdir: join(temp, 'cli'),
    bundle: true,
    // The page reader (happy-dom) loads only for saved pages, as it does from source.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages load from node_modules as they do from source.
    packages: 'external',
    logLevel: 'warning',
  });
  mkdirSync(join(temp, 'data'));
  copyFileSync(DATASET, join(temp, 'data', 'salary-dataset.json'));
  try {
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, {recursive: true, force: true});
    if (!existsSync(target)) throw error;
  }
}

/** Removes all but the newest KEEP_OLDER builds besides `current`, and what a stopped build left. */
function prune(current) {
  const others = [];
  for (const name of readdirSync(OUT)) {
    const path = join(OUT, name);
    try {
      const changed = statSync(path).mtimeMs;
      // Another command's build may be under way there.
      if (path !== current && !(name.endsWith('.tmp') && Date.now() - changed < 600_000)) others.push({path, changed});
    } catch {
      // Removed meanwhile by another command.
    }
  }
  others.sort((a, b) => b.changed - a.changed);
  for (const {path} of others.slice(KEEP_OLDER)) rmSync(path, {recursive: true, force: true});
}

const [command, ...rest] = process.argv.slice(2);
if (!COMMANDS.includes(command)) {
  console.error(`usage: node scripts/cli.mjs <${COMMANDS.join(' | ')}> [arguments]`);
  process.exit(2);
}
const target = join(OUT, sourceStamp());
if (!existsSync(target)) {
  mkdirSync(OUT, {recursive: true});
  try {
    await build(target);
  } catch (error) {
    console.error(
      `could not build the command line from src/cli into dist-cli/ (${error instanceof Error ? error.message : error}); ` +
        `the sources run as they are with: node --import tsx src/cli/${command}.ts`,
    );
    process.exit(1);
  }
  prune(target);
}
// The command reads its arguments from process.argv, as when it runs from source.
process.argv.splice(2, process.argv.length - 2, ...rest);
await import(pathToFileURL(join(target, 'cli', `${command}.js`)).href);
