// The analyze command at scale: JSON Lines files of 10,000, 100,000 and 1,000,000 postings made from the
// dev postings (new ids, and words no other line has, so the core's sentence memory never helps),
// analysed end to end with the default worker threads. Prints throughput and peak memory beside the
// budgets (5,000 postings/s on 100,000 lines; peak RSS on the largest file at most 1.5x that on 10,000).
// npx tsx scripts/bench-cli.ts   BENCH_CLI_SIZES=10000,100000 to choose sizes; BENCH_CLI_MAX_S (default 900: the
// 1,000,000-line run took 685 s here on 2026-12-06) skips a size whose run the previous rate says would take longer,
// and a size whose file (3.7 GB at 1,000,000) the temp dir has no room for is skipped too; BENCH_CLI_CSV (default 100000) postings are also
// run as a CSV export, 0 skips it; BENCH_CLI_SMALL (default 1000) postings are run with the default --jobs and with
// workers forced, 0 skips it. The first file is also run with --jobs 1, to show what the threads add on this
// machine (BENCH_CLI_SERIAL=0 skips it). The files go to a temp dir, deleted after.
import {spawnSync} from 'node:child_process';
import {createWriteStream, mkdtempSync, readFileSync, rmSync, statfsSync, statSync} from 'node:fs';
import {once} from 'node:events';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {letterWord, tagLines} from './bench-stats';
import {WORKERS_WORTH_LINES} from '../src/cli/pool';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = join(ROOT, '..', 'shared', 'data', 'postings', 'dev.jsonl');
const SIZES = (process.env.BENCH_CLI_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const MAX_SECONDS = Number(process.env.BENCH_CLI_MAX_S ?? 900);
const BUDGET = {postingsPerSecond: 5000, rssRatio: 1.5};
/** The node flags `npm run analyze` gives the command (package.json): the bench runs it as users do. */
const ANALYZE_SCRIPT = /^node((?: --[\w-]+(?:=\S+)?)*) scripts\/cli\.mjs analyze$/.exec(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {scripts: Record<string, string>}).scripts.analyze ??
    '',
);
if (!ANALYZE_SCRIPT)
  throw new Error('package.json: the analyze script is no longer "node [--flag[=value] ...] scripts/cli.mjs analyze"');
const NODE_FLAGS = ANALYZE_SCRIPT[1]!.split(' ').filter(Boolean);

const rows = readFileSync(DATA, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Record<string, unknown> & {description: string});

/** Line `index`: a dev posting with its own id and a word of its own after every line of its text that holds one. */
const line = (index: number) => {
  const row = rows[index % rows.length]!;
  const tag = ` n${letterWord(index)}`;
  return JSON.stringify({...row, id: `bench-${index}`, description: tagLines(row.description, tag)});
};

/** The same posting as a CSV record (RFC 4180 quoting: descriptions hold commas, quotes and line breaks). */
const CSV_FIELDS = ['id', 'title', 'company', 'location', 'salary_text', 'description'] as const;
const quoted = (value: unknown) => `"${String(value ?? '').replace(/"/g, '""')}"`;
const csvRecord = (index: number) => {
  const row = JSON.parse(line(index)) as Record<string, unknown>;
  return CSV_FIELDS.map((field) => quoted(row[field])).join(',');
};

async function writeFile(path: string, count: number, csv = false): Promise<void> {
  const out = createWriteStream(path);
  if (csv) out.write(`${CSV_FIELDS.join(',')}\r\n`);
  for (let index = 0; index < count; index++)
    if (!out.write(csv ? `${csvRecord(index)}\r\n` : `${line(index)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface Run {
  size: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  rssKb: number;
}

function analyzeFile(path: string, jobs?: number): {seconds: number; cpuSeconds: number; rssKb: number} {
  // GNU time reports the peak resident memory of the whole process, its worker threads included.
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %U %S %M',
      process.execPath,
      ...NODE_FLAGS,
      join(ROOT, 'scripts', 'cli.mjs'),
      'analyze',
      '--summary',
      '--quiet',
      ...(jobs === undefined ? [] : ['--jobs', String(jobs)]),
      path,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const last = result.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, user, system, rssKb] = last.split(' ').map(Number);
  if (result.status !== 0 || !seconds || !rssKb)
    throw new Error(`analyze failed (${result.status}): ${result.stderr.slice(-500)}`);
  return {seconds, cpuSeconds: user! + system!, rssKb};
}

async function main(): Promise<void> {
  console.log(
    `analyze --summary, default --jobs (${availableParallelism()} cores), load average ${loadavg()[0]!.toFixed(1)}; files from ${rows.length} dev postings`,
  );
  // The command builds its bundle first when the sources changed (scripts/cli.mjs): not in a measured run.
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'cli.mjs'), 'analyze'], {cwd: ROOT, stdio: 'ignore'});
  const dir = mkdtempSync(join(tmpdir(), 'tpm-lens-bench-cli-'));
  const runs: Run[] = [];
  try {
    for (const size of SIZES) {
      const previous = runs.at(-1);
      const expected = previous ? (size / previous.size) * previous.seconds : 0;
      if (expected > MAX_SECONDS) {
        console.log(
          `${size.toLocaleString('en-US')} postings: skipped, about ${expected.toFixed(0)} s at the rate measured above (BENCH_CLI_MAX_S=${MAX_SECONDS})`,
        );
        continue;
      }
      // The file's size at the previous file's bytes per line, with a tenth to spare.
      const bytesNeeded = previous ? (size / previous.size) * previous.bytes * 1.1 : 0;
      const {bavail, bsize} = statfsSync(dir);
      if (bytesNeeded > bavail * bsize) {
        console.log(
          `${size.toLocaleString('en-US')} postings: skipped, its file needs about ${mb(bytesNeeded)} and ${dir} has ${mb(bavail * bsize)} free`,
        );
        continue;
      }
      const path = join(dir, `postings-${size}.jsonl`);
      await writeFile(path, size);
      const bytes = statSync(path).size;
      const {seconds, cpuSeconds, rssKb} = analyzeFile(path);
      runs.push({size, bytes, seconds, cpuSeconds, rssKb});
      const rate = size / seconds;
      console.log(
        `${size.toLocaleString('en-US')} postings (${mb(bytes)}): ${seconds.toFixed(1)} s, ${Math.round(rate).toLocaleString('en-US')} postings/s` +
          `${size === 100_000 ? ` (budget ${BUDGET.postingsPerSecond.toLocaleString('en-US')})` : ''}, ${Math.round(size / cpuSeconds).toLocaleString('en-US')} per CPU-second` +
          ` (the rate on a machine shared with other work), peak RSS ${(rssKb / 1024).toFixed(0)} MB`,
      );
      // What the threads add on this machine: the first file again on the main thread alone.
      if (runs.length === 1 && availableParallelism() > 1 && process.env.BENCH_CLI_SERIAL !== '0') {
        const serial = analyzeFile(path, 1);
        console.log(
          `  the same with --jobs 1: ${serial.seconds.toFixed(1)} s, ${Math.round(size / serial.seconds).toLocaleString('en-US')} postings/s; ` +
            `the default --jobs ${availableParallelism()} is ${(serial.seconds / seconds).toFixed(2)}x that (BENCH_CLI_SERIAL=0 skips it)`,
        );
      }
      rmSync(path);
    }
    // A small input: the default --jobs leaves it to the main thread (WORKERS_WORTH_LINES in src/cli/pool.ts), and
    // workers started anyway show what that spares on this machine.
    const smallSize = Number(process.env.BENCH_CLI_SMALL ?? 1000);
    if (smallSize > 0 && availableParallelism() > 1) {
      const path = join(dir, `postings-${smallSize}.jsonl`);
      await writeFile(path, smallSize);
      const alone = analyzeFile(path);
      const threaded = analyzeFile(path, availableParallelism());
      rmSync(path);
      console.log(
        `${smallSize.toLocaleString('en-US')} postings, default --jobs (the main thread alone below ${WORKERS_WORTH_LINES.toLocaleString('en-US')} lines): ${alone.seconds.toFixed(2)} s; ` +
          `with --jobs ${availableParallelism()} (workers started anyway): ${threaded.seconds.toFixed(2)} s (BENCH_CLI_SMALL=0 skips it)`,
      );
    }
    // The same postings as a CSV export (the parser, then the same path): its rate beside the JSON Lines one.
    const csvSize = Number(process.env.BENCH_CLI_CSV ?? 100_000);
    if (csvSize > 0) {
      const path = join(dir, `postings-${csvSize}.csv`);
      await writeFile(path, csvSize, true);
      const bytes = statSync(path).size;
      const {seconds, rssKb} = analyzeFile(path);
      rmSync(path);
      console.log(
        `${csvSize.toLocaleString('en-US')} postings as CSV (${mb(bytes)}): ${seconds.toFixed(1)} s, ${Math.round(csvSize / seconds).toLocaleString('en-US')} postings/s, peak RSS ${(rssKb / 1024).toFixed(0)} MB (BENCH_CLI_CSV=0 skips it)`,
      );
    }
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
  const first = runs[0];
  const last = runs.at(-1);
  if (first && last && last !== first) {
    console.log(
      `peak RSS ${last.size.toLocaleString('en-US')} / ${first.size.toLocaleString('en-US')} postings: ${(last.rssKb / first.rssKb).toFixed(2)}x (budget ${BUDGET.rssRatio}x from 10,000 to 1,000,000)`,
    );
  }
}

await main();
