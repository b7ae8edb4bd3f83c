// `npm run analyze` runs a bundle of src/cli (scripts/cli.mjs): it must answer as the sources do, its worker
// threads and the county wage data (read beside the bundle) included.
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {REPO, SHARED_POSTINGS} from '../../support/shared';

const LAUNCHER = join(REPO, 'scripts', 'cli.mjs');
const DEV = join(SHARED_POSTINGS, 'dev.jsonl');
const reportWorkers = new URL('../../support/report-workers.mjs', import.meta.url).href;

const run = (args: string[]) =>
  spawnSync(process.execPath, args, {cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});

describe('the built command line', {timeout: 180_000}, () => {
  it('gives the bytes the sources give, from worker threads too', () => {
    const built = run(['--import', reportWorkers, LAUNCHER, 'analyze', '--json', '--jobs', '2', '--quiet', DEV]);
    expect(built.status).toBe(0);
    // A worker ran the bundle's worker.js.
    expect(built.stderr).toContain('test: a worker thread started');
    const source = run(['--import', 'tsx', join(REPO, 'src', 'cli', 'analyze.ts'), '--json', '--jobs', '1', DEV]);
    expect(source.status).toBe(0);
    expect(built.stdout).toBe(source.stdout);
    const lines = built.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(200);
    // The county data was found beside the bundle: a US posting's benchmark names its county.
    expect(lines.some((line) => /"county":"[^"]+ County"/.test(line))).toBe(true);
  });

  it('answers a salary look-up', () => {
    const result = run([LAUNCHER, 'salary', 'Austin, TX']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Travis County');
  });

  it('names the commands it runs when given another', () => {
    const result = run([LAUNCHER, 'eval']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: node scripts/cli.mjs <analyze | salary>');
  });
});
