// Browser loader: the dataset is a separate chunk, fetched from the extension package and parsed
// only when asked for (never on the content script's start-up path).
import {SalaryData} from './dataset';
import type {SalaryDataFile} from './format';
import {countySalaryDataset} from './lookup';
import type {SalaryDataset} from '../benchmarks';

let pending: Promise<SalaryData> | null = null;

export function loadSalaryData(): Promise<SalaryData> {
  pending ??= import('../data/salary-dataset.json').then((module) => {
    const file = (module.default ?? module) as unknown as SalaryDataFile;
    // Validated with zod at build time and in the tests; here only the version is checked.
    if (file.version !== 1) throw new Error(`salary dataset version ${String(file.version)} is not supported`);
    return new SalaryData(file);
  });
  pending.catch(() => {
    pending = null;
  });
  return pending;
}

/** The county dataset for analyze({dataset}), loaded on first use. */
export async function loadSalaryDataset(): Promise<SalaryDataset> {
  return countySalaryDataset(await loadSalaryData());
}
