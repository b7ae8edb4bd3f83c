import {analyzeCard} from '../core/card';
import type {SalaryDataset} from '../core/benchmarks';
import type {Posting} from '../core/types';

/** `analyze --cards`: one JSON line per posting from what a list card shows (the description is ignored). */
export function cardLine(posting: Posting, dataset?: SalaryDataset): string {
  const {title, company, location, salaryText} = posting;
  return JSON.stringify({id: posting.id ?? '', card: analyzeCard({title, company, location, salaryText}, dataset ? {dataset} : {})});
}
