// County wage benchmarks for the background's analyses. The dataset (about 750 KB) lives here rather than
// in the content script, which runs on every job page and must stay small. Chrome's service worker cannot
// import() a chunk on demand, so the data is a static import, decoded once (at the warm-up in index.ts).
import type {SalaryDataset} from '../core/benchmarks';
import file from '../core/data/salary-dataset.json';
import {SalaryData} from '../core/salary/dataset';
import type {SalaryDataFile} from '../core/salary/format';
import {countySalaryDataset} from '../core/salary/lookup';
import type {Benchmark} from '../core/types';

let dataset: SalaryDataset | null = null;

export function benchmarkFor(location: string): Benchmark {
  dataset ??= countySalaryDataset(new SalaryData(file as unknown as SalaryDataFile));
  return dataset.benchmarkFor(location);
}
