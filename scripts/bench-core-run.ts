// One process of bench:core-ab: the core under the folder given (a tree's root) on every dev posting, each round's
// text unseen, after a warm-up round; prints the milliseconds per analysis.
// tsx scripts/bench-core-run.ts <root>   (BENCH_ROUNDS, default 4; BENCH_KEEP_MEMORY=1)
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {performance} from 'node:perf_hooks';
import {unseen} from './bench-stats';

const root = resolve(process.argv[2] ?? '.');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
/** BENCH_KEEP_MEMORY=1: keep the sentences remembered from posting to posting, as bench:core's steady state does. */
const KEEP_MEMORY = process.env.BENCH_KEEP_MEMORY === '1';
const DATA = join(import.meta.dirname, '..', '..', 'shared', 'data', 'postings', 'dev.jsonl');

const [{analyze}, {forgetStrings}, {postingFromRow}] = await Promise.all([
  import(join(root, 'src/core/analyze.ts')),
  import(join(root, 'src/core/memo.ts')),
  import(join(root, 'src/cli/inputs.ts')),
]);
const postings = readFileSync(DATA, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => postingFromRow(JSON.parse(line)) as {description: string});
const round = (number: number) => {
  for (const posting of postings) {
    analyze({...posting, description: unseen(posting.description, number)});
    // As the command line does between unrelated postings.
    if (!KEEP_MEMORY) forgetStrings();
  }
};
// Warm-up: the patterns compile and the code tiers up.
round(0);
const start = performance.now();
for (let number = 1; number <= ROUNDS; number++) round(number);
console.log(`${((performance.now() - start) / (ROUNDS * postings.length)).toFixed(4)} ms per analysis`);
