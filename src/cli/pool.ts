// Worker threads for the analyze command. Batches go to the least busy worker; each answer comes
// back as a promise, and the caller writes them in the order it asked (output order = input order).
import {Worker} from 'node:worker_threads';
import type {BatchResult} from './batch';
import type {Line, ReadProgress} from './lines';
import type {WorkerReady, WorkerSetup, WorkerTask} from './worker';

interface Slot {
  worker: Worker;
  busy: number;
  /** Loaded (it said so). A worker still loading is given nothing: work queued there would hold back the output of every batch after it. */
  ready: boolean;
}

/**
 * Starts a worker on worker.ts. Under tsx (how the command runs from source) a worker does not inherit
 * the TypeScript loader, so it registers tsx before importing the file.
 */
function startWorker(setup: WorkerSetup): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here), {workerData: setup});
  const target = new URL('./worker.ts', here).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({register}) => { register(); return import(${JSON.stringify(target)}); })`;
  return new Worker(bootstrap, {eval: true, workerData: setup});
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly waiting = new Map<
    number,
    {resolve: (result: BatchResult) => void; reject: (error: Error) => void; slot: Slot}
  >();
  private nextId = 0;

  constructor(size: number, setup: WorkerSetup) {
    this.slots = Array.from({length: size}, () => {
      const slot: Slot = {worker: startWorker(setup), busy: 0, ready: false};
      slot.worker.on('message', (message: (BatchResult & {id: number}) | WorkerReady) => {
        if ('ready' in message) {
          slot.ready = true;
          return;
        }
        const {id, ...result} = message;
        const task = this.waiting.get(id);
        if (!task) return;
        this.waiting.delete(id);
        slot.busy--;
        task.resolve(result);
      });
      slot.worker.on('error', (error) => this.failAll(slot, error));
      slot.worker.on('exit', (code) => this.failAll(slot, new Error(`a worker stopped (exit code ${code})`)));
      return slot;
    });
  }

  /** Whether every worker has at least `batches` batches under way or is still loading. */
  allBusy(batches: number): boolean {
    return this.slots.every((slot) => !slot.ready || slot.busy >= batches);
  }

  /** Sends a batch to the least busy loaded worker (call it only when allBusy says one is free). */
  run(file: string, lines: Line[]): Promise<BatchResult> {
    const slot = this.slots
      .filter((candidate) => candidate.ready)
      .reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {resolve, reject, slot});
      slot.worker.postMessage({id, file, lines} satisfies WorkerTask);
    });
  }

  private failAll(slot: Slot, error: Error): void {
    for (const [id, task] of this.waiting) {
      if (task.slot !== slot) continue;
      this.waiting.delete(id);
      task.reject(error);
    }
  }

  async close(): Promise<void> {
    for (const slot of this.slots) slot.worker.removeAllListeners('exit');
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}

/**
 * Lines an input must hold (read, or still to read by its size) before the default --jobs starts workers. A worker
 * costs about a second of CPU to load the core and as much again before its compiled code is warm, and on two cores
 * it slows the main thread meanwhile: on this 2-core machine (2026-12-07, the bench's lines) the default --jobs 2
 * took 2.6 s where --jobs 1 took 1.9 s on 1,000 lines, 4.0-4.4 s against 3.0-3.3 s on 3,000, even at 7,000 lines
 * (5.5-5.8 s against 5.0-5.8 s), and 6.6 s against 7.5 s on 10,000. Run from the bundle (scripts/cli.mjs), which
 * loads in a worker in about 0.4 s where tsx took 1.3, the warm-up is most of that cost and the balance barely moves:
 * 5.3-5.6 s against 5.0-5.1 s on 5,000 lines, 4.5 s against 4.3-5.7 s on 7,000, 6.1-6.2 s against 5.9-6.7 s on
 * 10,000 (2026-12-07). A --jobs the user gives starts them regardless.
 */
export const WORKERS_WORTH_LINES = 8000;

/**
 * Whether the lines read so far, and those the inputs being read still hold (their unread bytes at the bytes per line
 * read so far; an input of unknown size, standard input, counts none), make workers worth their start.
 */
export function workersWorth(linesRead: number, reads: readonly ReadProgress[]): boolean {
  if (linesRead >= WORKERS_WORTH_LINES) return true;
  let bytesRead = 0;
  let bytesLeft = 0;
  for (const {read, total} of reads) {
    bytesRead += read;
    if (total !== null) bytesLeft += Math.max(0, total - read);
  }
  return bytesRead > 0 && linesRead + (bytesLeft * linesRead) / bytesRead >= WORKERS_WORTH_LINES;
}
