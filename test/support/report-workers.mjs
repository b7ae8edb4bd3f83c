// Loaded with --import before a command: says on stderr when a worker thread starts, for tests of when one does.
import {syncBuiltinESMExports} from 'node:module';
import workerThreads from 'node:worker_threads';

const {Worker} = workerThreads;
workerThreads.Worker = class extends Worker {
  constructor(...args) {
    super(...args);
    process.stderr.write('test: a worker thread started\n');
  }
};
syncBuiltinESMExports();
