// Real postings from ../shared/data (read in place: posting text stays out of the repository).
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Posting} from '../../src/core/types';

export const DEV_POSTINGS_PATH = join(__dirname, '../../../shared/data/postings/dev.jsonl');
export const haveRealPostings = existsSync(DEV_POSTINGS_PATH);
if (!haveRealPostings)
  console.warn(`Real postings not found at ${DEV_POSTINGS_PATH}: the tests that need them are skipped.`);

export function realPostings(): Posting[] {
  if (!haveRealPostings) return [];
  return readFileSync(DEV_POSTINGS_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      // The rows' own shape ({id, title, company, location, salary_text, description}); nulls become ''.
      const row = JSON.parse(line) as Record<string, string | null>;
      return {
        id: String(row.id),
        title: row.title ?? '',
        company: row.company ?? '',
        location: row.location ?? '',
        salaryText: row.salary_text ?? '',
        description: row.description ?? '',
      };
    });
}
