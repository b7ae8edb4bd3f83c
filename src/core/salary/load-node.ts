// Node loader for the CLI and tests: reads and validates the bundled JSON synchronously.
import {readFileSync} from 'node:fs';
import type {SalaryDataset} from '../benchmarks';
import {SalaryData} from './dataset';
import {countySalaryDataset} from './lookup';
import type {SalaryDataFile} from './format';
import {SalaryDataFileSchema} from './schema';

export const SALARY_DATASET_PATH = new URL('../data/salary-dataset.json', import.meta.url);

let cached: SalaryData | null = null;

export function loadSalaryDataSync(): SalaryData {
  if (cached) return cached;
  const parsed = SalaryDataFileSchema.safeParse(JSON.parse(readFileSync(SALARY_DATASET_PATH, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `salary dataset is invalid (run npm run data): ${parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
    );
  cached = new SalaryData(parsed.data as SalaryDataFile);
  return cached;
}

/** The county dataset for analyze({dataset}) in Node (the CLI). */
export function loadSalaryDatasetSync(): SalaryDataset {
  return countySalaryDataset(loadSalaryDataSync());
}
