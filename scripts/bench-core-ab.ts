// The analysis core of this tree against another commit's, each in processes of its own, run in adjacent pairs with
// the order flipped from pair to pair; prints both medians and the median of the pairs' ratios. Why processes: two
// cores loaded side by side in one process (how this bench first worked) did not run alike: the same code on both
// sides read 0.950 one day and 1.015 another, as large as the changes it was meant to show. Two runs of bench:core
// minutes apart differ by 15% or more on this shared 2-core machine; a pair's two processes run seconds apart and
// meet the same load, and the median of many pairs leaves a passing spell out. Prints figures only.
// BENCH_BASE_REF=<commit> npm run bench:core-ab   (default HEAD~1; BENCH_PAIRS, default 20; BENCH_ROUNDS per
// process, default 4; BENCH_KEEP_MEMORY=1). One process: tsx scripts/bench-core-run.ts <root>.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {median} from './bench-stats';

const ROOT = resolve(import.meta.dirname, '..');
const BASE_REF = process.env.BENCH_BASE_REF ?? 'HEAD~1';
const PAIRS = Number(process.env.BENCH_PAIRS ?? 20);

/** The other commit's src/ in a folder of its own, with this tree's packages. */
function unpack(ref: string): string {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {cwd: ROOT, encoding: 'utf8'}).trim();
  const dir = mkdtempSync(join(tmpdir(), 'tpm-core-ab-'));
  const archive = execFileSync('git', ['archive', '--format=tar', sha, 'src'], {cwd: ROOT, maxBuffer: 1 << 30});
  execFileSync('tar', ['-x', '-C', dir], {input: archive});
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Milliseconds per analyze() in one process on the core under `root` (bench-core-run.ts). */
function runOnce(root: string): number {
  const output = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/bench-core-run.ts'), root], {
    cwd: ROOT,
    encoding: 'utf8',
    env: process.env,
  });
  const ms = Number(/([\d.]+) ms per analysis/.exec(output)?.[1]);
  if (!Number.isFinite(ms)) throw new Error(`bench-core-run.ts printed no time: ${output}`);
  return ms;
}

/** The value a quarter and three quarters of the way up. */
const quartiles = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[Math.floor(sorted.length / 4)]!, sorted[Math.floor((3 * sorted.length) / 4)]!] as const;
};

function main(): void {
  const baseDir = unpack(BASE_REF);
  try {
    const times = {current: [] as number[], base: [] as number[]};
    const ratios: number[] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      const [first, second] = pair % 2 === 0 ? (['current', 'base'] as const) : (['base', 'current'] as const);
      const ms = {
        [first]: runOnce(first === 'current' ? ROOT : baseDir),
        [second]: runOnce(second === 'current' ? ROOT : baseDir),
      } as Record<'current' | 'base', number>;
      times.current.push(ms.current);
      times.base.push(ms.base);
      ratios.push(ms.current / ms.base);
    }
    const [low, high] = quartiles(ratios);
    const perPosting = (values: number[]) => `${(median(values) * 1000).toFixed(0)} us`;
    console.log(
      `analyze() per dev posting, this tree against ${BASE_REF}, ${PAIRS} pairs of processes run one after the other (order flipped each pair), ${process.env.BENCH_KEEP_MEMORY === '1' ? 'sentences remembered across postings' : 'sentences forgotten after each posting'} (load average ${loadavg()[0]!.toFixed(1)}):`,
    );
    console.log(`  median this tree ${perPosting(times.current)}, ${BASE_REF} ${perPosting(times.base)} per posting`);
    console.log(
      `  time ratio this tree / ${BASE_REF} per pair: median ${median(ratios).toFixed(3)}, quartiles ${low.toFixed(3)}-${high.toFixed(3)}`,
    );
  } finally {
    rmSync(baseDir, {recursive: true, force: true});
  }
}

main();
