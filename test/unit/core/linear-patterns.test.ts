// Issue 13: one posting with a long run of letters kept the background busy for minutes (a pattern that
// backtracked quadratically). Every pattern of the core must take time proportional to its input: each
// runs over adversarial inputs of 64 KB (every kind in linear-worker.mjs: a rescanning pattern shows
// there already, far over its budget) and then runs of 1 MB, and may take at most FACTOR times a linear
// scan of the same input (measured in the same worker, so a slow machine raises both).
import {Worker} from 'node:worker_threads';
import {beforeAll, describe, expect, it} from 'vitest';
import {collectCorePatterns, type CorePattern} from '../../support/core-patterns';

/**
 * Generous: the slowest pattern measured about 260 times the scan on 1 MB (a large alternation on mixed
 * text); one that rescans takes thousands of times the scan at 64 KB and millions at 1 MB.
 */
const FACTOR = 1000;
/** Added to each budget so that timer resolution and a small input's fixed costs never fail a run. */
const FLOOR_MS = 20;
/** A run still going after this long has failed (a backtracking pattern may never end by itself). */
const STALL_MS = 10_000;
const SIZES = [
  {n: 64 * 1024, kinds: null},
  {n: 1024 * 1024, kinds: ['letters', 'spaces', 'punctuation', 'digits', 'mixed case']},
];

interface Run {
  index: number;
  kind: string;
  n: number;
  ms: number;
  budget: number;
}

/** Runs the patterns from `from` on; resolves with the runs and, if one stalled, its index and input. */
function runFrom(
  patterns: readonly CorePattern[],
  from: number,
): Promise<{runs: Run[]; stalled: Omit<Run, 'ms' | 'budget'> | null}> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../support/linear-worker.mjs', import.meta.url), {
      workerData: {
        patterns: patterns.map(({source, flags}) => ({source, flags})),
        sizes: SIZES,
        factor: FACTOR,
        floorMs: FLOOR_MS,
        from,
      },
    });
    const runs: Run[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (stalled: Omit<Run, 'ms' | 'budget'> | null) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve({runs, stalled});
    };
    worker.on('message', (message: {type: string} & Run) => {
      if (message.type === 'end') return finish(null);
      clearTimeout(timer);
      if (message.type === 'start')
        timer = setTimeout(() => finish({index: message.index, kind: message.kind, n: message.n}), STALL_MS);
      else runs.push(message);
    });
    worker.on('error', reject);
  });
}

/** Every pattern over every input; a stalled pattern is reported and the next one goes on in a new worker. */
async function runPatterns(patterns: readonly CorePattern[]): Promise<{runs: Run[]; failures: string[]}> {
  const runs: Run[] = [];
  const failures: string[] = [];
  const name = (index: number) =>
    `/${patterns[index]!.source.slice(0, 120)}/${patterns[index]!.flags} (${patterns[index]!.origin})`;
  for (let from = 0; from < patterns.length;) {
    const part = await runFrom(patterns, from);
    runs.push(...part.runs);
    if (!part.stalled) break;
    failures.push(
      `${name(part.stalled.index)} on ${part.stalled.n} characters of ${part.stalled.kind}: still running after ${STALL_MS} ms`,
    );
    from = part.stalled.index + 1;
  }
  for (const run of runs) {
    if (run.ms > run.budget)
      failures.push(
        `${name(run.index)} on ${run.n} characters of ${run.kind}: ${run.ms.toFixed(0)} ms, budget ${run.budget.toFixed(0)} ms`,
      );
  }
  return {runs, failures};
}

describe('every pattern in the core runs in time proportional to its input', () => {
  let patterns: CorePattern[] = [];
  beforeAll(async () => {
    patterns = await collectCorePatterns();
  }, 120_000);

  it('finds the patterns: literals, constructed and exported vocabularies', () => {
    // The checklist alone holds well over a hundred; a collector that finds few has broken.
    expect(patterns.length).toBeGreaterThan(300);
    const from = (where: string) =>
      patterns.some((pattern) => pattern.origins.some((origin) => origin.includes(where)));
    expect(from('src/core/glued-lines.ts:')).toBe(true);
    expect(from('new RegExp at src/core/match.ts')).toBe(true);
    expect(from('new RegExp at src/core/years.ts')).toBe(true);
    expect(from('src/core/checklist.ts CHECKLIST[')).toBe(true);
    expect(from('src/core/detect-data.ts TPM_TITLE[')).toBe(true);
  });

  it('no pattern takes more than a bounded multiple of a linear scan on 64 KB and 1 MB runs', async () => {
    const started = performance.now();
    const {runs, failures} = await runPatterns(patterns);
    const worst = [...runs].sort((a, b) => b.ms / b.budget - a.ms / a.budget).slice(0, 5);
    console.log(
      patterns.length,
      'patterns',
      runs.length,
      'runs; closest to budget:',
      worst.map(
        (run) => `${patterns[run.index]!.origin} ${run.kind} ${run.n}: ${run.ms.toFixed(1)}/${run.budget.toFixed(1)}`,
      ),
    );
    expect(failures).toEqual([]);
    const seconds = (n: number) =>
      (runs.filter((run) => run.n === n).reduce((sum, run) => sum + run.ms, 0) / 1000).toFixed(1);
    const ratio = (run: Run) => run.ms * (FACTOR / (run.budget - FLOOR_MS));
    const slowest = runs.filter((run) => run.n === SIZES[1]!.n).sort((a, b) => ratio(b) - ratio(a))[0]!;
    console.log(
      SIZES.map(({n}) => `${n} characters: ${seconds(n)} s`).join(', '),
      `; 1 MB runs at most ${ratio(slowest).toFixed(0)} times the linear scan (${patterns[slowest.index]!.origin}, ${slowest.kind}); ${((performance.now() - started) / 1000).toFixed(0)} s in all`,
    );
    expect(runs.length).toBeGreaterThan(patterns.length * 10);
  }, 900_000);
});
