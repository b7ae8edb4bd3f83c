// npm run --silent analyze -- [--json | --summary | --cards] [--profile FILE] [--occupation SOC] [--url URL] [--jobs N] [--quiet] FILE...
import {once} from 'node:events';
import {readFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {setFlagsFromString} from 'node:v8';
import {parseArgs} from 'node:util';
import {analyze, type AnalyzeOptions} from '../core/analyze';

import {loadSalaryDatasetSync} from '../core/salary/load-node';
import {parseProfileValue} from '../core/profile-schema';
import type {Profile} from '../core/types';
import {analyzeLines, BATCH_LINES, type BatchResult} from './batch';
import {FORMATS, type FormatName, type OutputFormat} from './formats';
import {isJsonLines, openLines, STDIN, type Line, type ReadProgress} from './lines';
import {WorkerPool, WORKERS_WORTH_LINES, workersWorth} from './pool';
import {expandFolders} from './paths';
import {isCsv, openCsvRows, type CsvChunk} from './csv-rows';
import {terminalSafe} from './safe-text';
import {errorMessage} from '../core/error-message';

const USAGE = `usage: npm run --silent analyze -- [--json | --summary | --cards] [--profile FILE] [--occupation SOC] [--url URL] [--jobs N] [--quiet] FILE...
  FILE: .html, .txt, .md, .json (postings or JobPosting JSON-LD), .jsonl, .csv or .tsv (with a header; also .gz),
        a folder of them, or - for JSON Lines on standard input
  --json: one analysis per line; --summary: one CSV row per posting; neither: a readable report
  --cards: one JSON line per posting judged as a list card shows it (title, company, location, pay line)
  --occupation SOC: measure pay against this occupation (e.g. 11-3021) instead of the one each posting suggests
  --url: the address a saved .html page was served at, when the page does not say
  --jobs N: threads for JSON Lines, the main one and N-1 workers (default: the machine's cores, for inputs of
    ${WORKERS_WORTH_LINES.toLocaleString('en-US')} lines or more); --quiet: no progress line`;

/**
 * Batches under way per thread; reading waits beyond that (back-pressure from the workers). Output keeps input
 * order, so a thread that has finished its batches waits for the oldest one still under way: with 4, while a new
 * worker was still warming up (its first batches 3-6x slower), the main thread idled a quarter of its third second
 * (CPU profile of 20,000 lines on 2 cores, 2026-12-07); with 16 it idles 3.6% of the run where it idled 5.9%, the
 * worker likewise (3.6%, was 5.1%); 20,000 lines took 10.3 s against 10.8 s (means of 4 alternated runs, within this
 * machine's noise). The cost: 16 batches of 64 rows hold about 4 MB of input per thread, and with --json (about 10 KB an
 * analysis) up to 10 MB of output waiting for its turn.
 */
const BATCHES_PER_WORKER = 16;
/** Batches each worker has queued before the main thread analyses one itself (see runBatch). */
const QUEUED_PER_WORKER = 3;
/**
 * How far each thread's heap may grow past what its last full collection kept, in percent. V8 chooses
 * up to 4x on a machine with much memory, 1.3x-2x on a small one (MaxGrowingFactor in V8's
 * src/heap/heap-controller.cc). A run keeps about 45 MB per thread alive, and at 4x the peak memory of a long
 * run depended on when collections happened to fall (537-859 MB on the same million lines); 1.5x bounds it
 * (354-358 MB), for 1-2% more CPU time in collections.
 */
const HEAP_GROWING_PERCENT = 50;

function loadProfile(path: string): Profile {
  // The options page's export, perhaps saved again by an editor that writes a byte order mark.
  const parsed = parseProfileValue(JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.profile;
}

/** "postings done, postings/s, ETA" on stderr, rewritten in place; only when stderr is a terminal. */
class Progress {
  private readonly started = performance.now();
  private readonly timer: NodeJS.Timeout | null;
  private shown = false;
  done = 0;

  constructor(
    enabled: boolean,
    private readonly reads: ReadProgress[],
  ) {
    this.timer = enabled ? setInterval(() => this.show(), 500).unref() : null;
  }

  private show(): void {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = this.done / Math.max(seconds, 0.001);
    let eta = '';
    const total = this.reads.reduce<number | null>(
      (sum, read) => (sum === null || read.total === null ? null : sum + read.total),
      0,
    );
    const read = this.reads.reduce((sum, part) => sum + part.read, 0);
    if (total && read > 0) eta = `, ETA ${Math.max(0, Math.round((seconds * (total - read)) / read))} s`;
    process.stderr.write(
      `\r\x1b[K${this.done.toLocaleString('en-US')} postings, ${Math.round(rate).toLocaleString('en-US')}/s${eta}`,
    );
    this.shown = true;
  }

  /** Clears the progress line before other stderr output. */
  erase(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.erase();
  }
}

/** Writes outputs in order as they are ready, waiting for stdout to drain (back-pressure). */
class OrderedWriter {
  private readonly pending: Array<{result: Promise<BatchResult>; ready: boolean}> = [];
  private wroteAny = false;
  failed = false;

  constructor(
    private readonly format: OutputFormat,
    private readonly progress: Progress,
    private readonly limit: number,
  ) {}

  error(line: string): void {
    this.progress.erase();
    process.stderr.write(`${line}\n`);
    this.failed = true;
  }

  async add(result: Promise<BatchResult> | BatchResult): Promise<void> {
    const entry = {result: Promise.resolve(result), ready: !(result instanceof Promise)};
    void entry.result.then(
      () => (entry.ready = true),
      () => (entry.ready = true),
    );
    this.pending.push(entry);
    while (this.pending.length > this.limit) await this.writeNext();
  }

  async flush(): Promise<void> {
    while (this.pending.length) await this.writeNext();
  }

  /** Writes what is done already, stopping at the first output still being computed. */
  async flushReady(): Promise<void> {
    while (this.pending[0]?.ready) await this.writeNext();
  }

  private async writeNext(): Promise<void> {
    const {output, count, errors} = await this.pending.shift()!.result;
    for (const line of errors) this.error(line);
    this.progress.done += count;
    if (!output) return;
    const chunk = this.wroteAny ? this.format.separator + output : output;
    this.wroteAny = true;
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
}

/**
 * JSON Lines as rows arrive, with the records before them that could not be read (a CSV file's). An input
 * with no row says so, as a CSV file without one does: nothing on the output alone looks like success.
 */
async function* rowsOf(file: string, read: ReadProgress): AsyncGenerator<CsvChunk> {
  if (isCsv(file)) return yield* openCsvRows(file, read);
  let lines = 0;
  let rows = false;
  for await (const chunk of openLines(file, read)) {
    lines += chunk.length;
    rows ||= chunk.some((line) => line.text.trim() !== '');
    yield {lines: chunk, errors: []};
  }
  const empty = file === STDIN ? 'nothing came on standard input' : 'the file is empty';
  if (!rows) yield {lines: [], errors: [`${file}: ${lines === 0 ? empty : 'no rows (every line is blank)'}`]};
}

async function main(argv: string[]): Promise<number> {
  // V8 reads this at every collection, worker threads share the process's flags, and Node leaves them changeable.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: {type: 'boolean'},
        summary: {type: 'boolean'},
        cards: {type: 'boolean'},
        profile: {type: 'string'},
        occupation: {type: 'string'},
        url: {type: 'string'},
        jobs: {type: 'string', short: 'j'},
        quiet: {type: 'boolean', short: 'q'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (error) {
    console.error(`${errorMessage(error)}\n${USAGE}`);
    return 2;
  }
  const {values, positionals: files} = args;
  if (values.help || files.length === 0) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`--jobs: a whole number of at least 1, not "${values.jobs}"\n${USAGE}`);
    return 2;
  }
  const formatName: FormatName = values.cards ? 'cards' : values.summary ? 'summary' : values.json ? 'json' : 'report';
  const format: OutputFormat = FORMATS[formatName];

  let profile: Profile | null = null;
  if (values.profile) {
    try {
      profile = loadProfile(values.profile);
    } catch (error) {
      console.error(`${values.profile}: not a usable profile: ${errorMessage(error)}`);
      return 2;
    }
  }
  const occupation = values.occupation ?? null;
  if (occupation !== null && !/^\d\d-\d{4}$/.test(occupation)) {
    console.error(`--occupation ${occupation}: expected an SOC code such as 15-1299 or 11-3021\n${USAGE}`);
    return 2;
  }
  const options: AnalyzeOptions = {profile, occupation};
  try {
    options.dataset = loadSalaryDatasetSync();
  } catch (error) {
    console.error(`${errorMessage(error)}; using the article's national and city figures only`);
  }

  const reads: ReadProgress[] = [];
  const progress = new Progress(Boolean(process.stderr.isTTY) && !values.quiet, reads);
  const writer = new OrderedWriter(format, progress, jobs * BATCHES_PER_WORKER);
  // A reader of the output that goes away (`| head`) ends the run quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(writer.failed ? 1 : 0);
    throw error;
  });
  let pool: WorkerPool | null = null;
  let linesRead = 0;
  const runBatch = (file: string, lines: Line[]) => {
    linesRead += lines.length;
    // Workers start once the input proves larger than a batch, and, unless --jobs asks for them, holds enough lines
    // to repay their start (WORKERS_WORTH_LINES). The main thread is one of the N threads: another worker would be
    // one more copy of the whole core in memory (about a third of the peak with two), while the main thread would
    // mostly wait.
    if (!pool && jobs > 1 && linesRead >= BATCH_LINES && (values.jobs !== undefined || workersWorth(linesRead, reads)))
      pool = new WorkerPool(jobs - 1, {format: formatName, profile, occupation, dataset: Boolean(options.dataset)});
    // The main thread takes a batch only while every worker has the next ones queued, so that none waits for it. Two
    // were too few: the main thread's own batch (with its reading, writing and collections) outlasted them, and the
    // worker idled 5.0% of a run of 20,000 lines; with three, 0.9-1.9% (2026-12-07).
    if (pool && !pool.allBusy(QUEUED_PER_WORKER)) return writer.add(pool.run(file, lines));
    return writer.add(analyzeLines(file, lines, format, options));
  };

  if (format.header) process.stdout.write(format.header);
  try {
    for (const argument of expandFolders(files)) {
      if ('error' in argument) {
        await writer.add({output: '', count: 0, errors: [terminalSafe(argument.error)]});
        continue;
      }
      const {file} = argument;
      if (!isJsonLines(file) && !isCsv(file)) {
        // Saved pages and text files are read whole; the page reader (and its DOM) loads only for them.
        const {readPostingsFile} = await import('./inputs');
        let items;
        try {
          items = readPostingsFile(file, values.url ? {url: values.url} : {});
        } catch (error) {
          await writer.add({output: '', count: 0, errors: [terminalSafe(`${file}: ${errorMessage(error)}`)]});
          continue;
        }
        const outputs: string[] = [];
        const errors: string[] = [];
        for (const item of items) {
          if ('error' in item) errors.push(terminalSafe(item.error));
          else
            outputs.push(
              format.fromPosting
                ? format.fromPosting(item.posting, options)
                : format.format(analyze(item.posting, options)),
            );
        }
        await writer.add({output: outputs.join(format.separator), count: outputs.length, errors});
        continue;
      }
      const read: ReadProgress = {read: 0, total: null};
      reads.push(read);
      let batch: Line[] = [];
      try {
        for await (const {lines: arrived, errors} of rowsOf(file, read)) {
          // A record that could not be read is reported where it stood: after the rows before it.
          if (errors.length) {
            if (batch.length) await runBatch(file, batch);
            batch = [];
            await writer.add({output: '', count: 0, errors: errors.map(terminalSafe)});
          }
          for (const line of arrived) {
            batch.push(line);
            if (batch.length < BATCH_LINES) continue;
            await runBatch(file, batch);
            batch = [];
          }
          // Standard input may be a person or a slow producer: what has arrived is answered now.
          if (file === STDIN && batch.length) {
            await runBatch(file, batch);
            batch = [];
            await writer.flushReady();
          }
        }
      } catch (error) {
        // What was read before the failure is kept; the rest of the file is reported as unreadable.
        if (batch.length) await runBatch(file, batch);
        batch = [];
        await writer.add({output: '', count: 0, errors: [terminalSafe(`${file}: ${errorMessage(error)}`)]});
      }
      if (batch.length) await runBatch(file, batch);
    }
    await writer.flush();
  } finally {
    progress.stop();
    await (pool as WorkerPool | null)?.close();
  }
  return writer.failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(errorMessage(error));
    process.exitCode = 1;
  },
);
