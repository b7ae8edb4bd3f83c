// A worker thread of the analyze command: analyses batches of JSON Lines (batch.ts) as they come.
import {parentPort, workerData} from 'node:worker_threads';
import {loadSalaryDatasetSync} from '../core/salary/load-node';
import type {Profile} from '../core/types';
import {analyzeLines} from './batch';
import {FORMATS, type FormatName} from './formats';
import type {Line} from './lines';

export interface WorkerSetup {
  format: FormatName;
  profile: Profile | null;
  /** Whether the main thread could load the county wage data (it says so once if not). */
  dataset: boolean;
  /** --occupation: the SOC code every posting is measured against, or null for each posting's own. */
  occupation: string | null;
}

export interface WorkerTask {
  id: number;
  file: string;
  lines: Line[];
}

/** The first message of a worker: it has loaded the core and can take batches at once. */
export interface WorkerReady {
  ready: true;
}

const setup = workerData as WorkerSetup;
const options = {
  profile: setup.profile,
  occupation: setup.occupation,
  ...(setup.dataset ? {dataset: loadSalaryDatasetSync()} : {}),
};
const format = FORMATS[setup.format];
parentPort!.on('message', ({id, file, lines}: WorkerTask) => {
  parentPort!.postMessage({id, ...analyzeLines(file, lines, format, options)});
});
// Loaded: the pool sends work from now on (until then the main thread does it all).
parentPort!.postMessage({ready: true} satisfies WorkerReady);
