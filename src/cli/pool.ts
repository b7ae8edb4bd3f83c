// Worker threads for the analyze command. Batches go to the least busy worker; each answer comes
// back as a promise, and the caller writes them in the order it asked (output order = input order).
import {Worker} from 'node:worker_threads';
import type {BatchResult} from './batch';
import type {Line} from './lines';
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
