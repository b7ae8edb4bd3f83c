// The analysis core of this tree against another commit's, in one process: both are loaded side by side
// (the other commit's src/ unpacked into a temporary folder, so each has its own modules and memory) and
// run in turn on each dev posting, the order flipped every round. On a shared 2-core machine two runs of
// bench:core minutes apart differ by 15% or more; taken posting by posting, both builds meet the same
// load, and a change of a few percent shows. Prints figures only.
// BENCH_BASE_REF=<commit> npm run bench:core-ab   (default HEAD~1; BENCH_ROUNDS, default 10; BENCH_KEEP_MEMORY=1)
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {performance} from 'node:perf_hooks';
import {median, unseen} from './bench-stats';

interface Core {
  analyze: (posting: never) => unknown;
  forgetStrings: () => void;
}

const ROOT = resolve(import.meta.dirname, '..');
const DATA = join(ROOT, '..', 'shared', 'data', 'postings', 'dev.jsonl');
const BASE_REF = process.env.BENCH_BASE_REF ?? 'HEAD~1';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
/** BENCH_KEEP_MEMORY=1: keep the sentences remembered from posting to posting, as bench:core's steady state does. */
const KEEP_MEMORY = process.env.BENCH_KEEP_MEMORY === '1';

/** The other commit's src/ in a folder of its own, with this tree's packages. */
function unpack(ref: string): string {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {cwd: ROOT, encoding: 'utf8'}).trim();
  const dir = mkdtempSync(join(tmpdir(), 'tpm-core-ab-'));
  const archive = execFileSync('git', ['archive', '--format=tar', sha, 'src'], {cwd: ROOT, maxBuffer: 1 << 30});
  execFileSync('tar', ['-x', '-C', dir], {input: archive});
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

async function load(root: string): Promise<Core & {postingFromRow: (row: never) => never}> {
  const [{analyze}, {forgetStrings}, {postingFromRow}] = await Promise.all([
    import(join(root, 'src/core/analyze.ts')),
    import(join(root, 'src/core/memo.ts')),
    import(join(root, 'src/cli/inputs.ts')),
  ]);
  return {analyze, forgetStrings, postingFromRow};
}

async function main(): Promise<void> {
  const baseDir = unpack(BASE_REF);
  try {
    const [current, base] = await Promise.all([load(ROOT), load(baseDir)]);
    const rows = readFileSync(DATA, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as never);
    const postings = rows.map((row) => current.postingFromRow(row) as {description: string});
    const runs = {current: 0, base: 0};
    const ratios: number[] = [];
    const run = (core: Core, posting: {description: string}, round: number) => {
      const text = {...posting, description: unseen(posting.description, round)} as never;
      const start = performance.now();
      core.analyze(text);
      // As the command line does between unrelated postings.
      if (!KEEP_MEMORY) core.forgetStrings();
      return performance.now() - start;
    };
    // Warm-up: each build compiles its patterns and tiers up.
    for (const posting of postings) {
      run(current, posting, -1);
      run(base, posting, -1);
    }
    for (let round = 0; round < ROUNDS; round++) {
      let currentMs = 0;
      let baseMs = 0;
      for (const posting of postings) {
        if (round % 2 === 0) {
          currentMs += run(current, posting, 2 * round);
          baseMs += run(base, posting, 2 * round + 1);
        } else {
          baseMs += run(base, posting, 2 * round + 1);
          currentMs += run(current, posting, 2 * round);
        }
      }
      runs.current += currentMs;
      runs.base += baseMs;
      ratios.push(currentMs / baseMs);
    }
    const perPosting = (ms: number) => `${((ms / (ROUNDS * postings.length)) * 1000).toFixed(0)} us`;
    console.log(
      `analyze() per dev posting, this tree against ${BASE_REF} in one process, ${ROUNDS} rounds of ${postings.length} postings alternated, ${KEEP_MEMORY ? 'sentences remembered across postings' : 'sentences forgotten after each posting'} (load average ${loadavg()[0]!.toFixed(1)}):`,
    );
    console.log(`  this tree ${perPosting(runs.current)}, ${BASE_REF} ${perPosting(runs.base)} per posting`);
    console.log(
      `  time ratio this tree / ${BASE_REF}: ${(runs.current / runs.base).toFixed(3)} overall; per round median ${median(ratios).toFixed(3)}, from ${Math.min(...ratios).toFixed(3)} to ${Math.max(...ratios).toFixed(3)}`,
    );
  } finally {
    rmSync(baseDir, {recursive: true, force: true});
  }
}

await main();
