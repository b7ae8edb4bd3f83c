// The background analyses one posting at a time (JavaScript runs one thing at a time, and Chrome's
// service worker cannot start a worker thread). So that no posting holds up another tab's:
// - each analysis is bounded: the core reads at most MAX_DESCRIPTION_CHARS, and every pattern runs in
//   time proportional to its input (test/unit/core/linear-patterns.test.ts);
// - each runs in a task of its own, so requests that arrive meanwhile are queued before the next starts;
// - among those waiting, the smallest posting goes first (an ordinary posting is not queued behind a
//   huge one), and one that has waited MAX_WAIT_MS goes before any other (a huge one is not starved).

/** A request waiting this long goes next whatever its size. */
export const MAX_WAIT_MS = 2_000;

interface Job {
  cost: number;
  queuedAt: number;
  start: () => void;
}

export interface AnalysisQueueOptions {
  /** Runs `task` in a later task of the event loop (so that waiting messages are received first). */
  defer?: (task: () => void) => void;
  now?: () => number;
}

export function createAnalysisQueue({
  defer = (task) => void setTimeout(task, 0),
  now = () => Date.now(),
}: AnalysisQueueOptions = {}) {
  const waiting: Job[] = [];
  let busy = false;

  function next(): Job | undefined {
    if (waiting.length === 0) return undefined;
    const time = now();
    const overdue = waiting.findIndex((job) => time - job.queuedAt >= MAX_WAIT_MS);
    let index = overdue;
    if (index < 0) {
      index = 0;
      for (let i = 1; i < waiting.length; i++) if (waiting[i]!.cost < waiting[index]!.cost) index = i;
    }
    return waiting.splice(index, 1)[0];
  }

  function pump(): void {
    if (busy || waiting.length === 0) return;
    busy = true;
    defer(() => {
      const job = next();
      try {
        job?.start();
      } finally {
        busy = false;
        pump();
      }
    });
  }

  return {
    /** Runs `work` when its turn comes; `cost` is its size (characters of the posting). */
    run<T>(cost: number, work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push({
          cost,
          queuedAt: now(),
          start: () => {
            try {
              resolve(work());
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          },
        });
        pump();
      });
    },
    /** Analyses waiting for their turn (not counting the one running). */
    get waiting(): number {
      return waiting.length;
    },
  };
}

export type AnalysisQueue = ReturnType<typeof createAnalysisQueue>;
