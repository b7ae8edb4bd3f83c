// The dev split of real postings (../shared/data/postings/dev.jsonl) and its hand-made labels
// (dev.labels.jsonl, format in LABELS.md), read in place and parsed once per test file: posting text stays
// out of the repository.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Posting} from '../../src/core/types';
import {SHARED_POSTINGS} from './shared';

export const DEV_POSTINGS_PATH = join(SHARED_POSTINGS, 'dev.jsonl');
export const DEV_LABELS_PATH = join(SHARED_POSTINGS, 'dev.labels.jsonl');
export const haveRealPostings = existsSync(DEV_POSTINGS_PATH) && existsSync(DEV_LABELS_PATH);
if (!haveRealPostings)
  console.warn(`Real postings not found at ${DEV_POSTINGS_PATH}: the tests that need them are skipped.`);

/** A dev row as written (company, location and salary_text may be null). */
export interface DevRow {
  id: string;
  title: string;
  company: string | null;
  location: string | null;
  salary_text: string | null;
  description: string;
}
/** A hand-made label row (../shared/data/postings/LABELS.md), the fields the tests read. */
export interface DevLabel {
  id: string;
  is_tpm: 'yes' | 'no' | 'borderline';
  min_years: number | null;
  degree_min: string | null;
  certifications: string[];
  present: Record<string, boolean> | null;
  note?: string;
}

const jsonLines = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

let rows: readonly DevRow[] | null = null;
let labels: readonly DevLabel[] | null = null;

/** The raw rows (an empty list without ../shared). Shared between callers: copy before changing one. */
export function devRows(): readonly DevRow[] {
  if (!haveRealPostings) return [];
  return (rows ??= jsonLines<DevRow>(DEV_POSTINGS_PATH));
}

/** The hand-made labels, in file order (an empty list without ../shared). */
export function devLabels(): readonly DevLabel[] {
  if (!haveRealPostings) return [];
  return (labels ??= jsonLines<DevLabel>(DEV_LABELS_PATH));
}

/** The rows as the core's Posting (nulls become ''); fresh objects on every call. */
export function realPostings(): Posting[] {
  return devRows().map((row) => ({
    id: row.id,
    title: row.title,
    company: row.company ?? '',
    location: row.location ?? '',
    salaryText: row.salary_text ?? '',
    description: row.description,
  }));
}
