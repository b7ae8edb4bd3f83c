// Shared by the salary tests: the bundled dataset (validated) and the shared source tables when present.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse} from 'csv-parse/sync';
import {loadSalaryDataSync} from '../../src/core/salary/load-node';
import {SHARED_DATA} from './shared';

export const SHARED = SHARED_DATA;
export const WAGES_CSV = join(SHARED, 'salary', 'oflc_prevailing_wage_levels_by_county.csv');
export const POSTINGS = join(SHARED, 'postings', 'dev.jsonl');
export const haveShared = existsSync(WAGES_CSV);
if (!haveShared) console.warn(`salary tests: ${WAGES_CSV} is absent; tests against the source tables are skipped`);

export const data = loadSalaryDataSync();

export type WageRow = Record<string, string>;
export function sourceRows(): WageRow[] {
  return parse(readFileSync(WAGES_CSV), {columns: true}) as WageRow[];
}
