// One CSV row per posting for a recruiter checking many listings at once (analyze --summary).
import type {Analysis} from '../core/types';
import {csvCell} from '../core/csv';
import {withoutCsvControls} from './safe-text';

export const SUMMARY_HEADER = ['id', 'title', 'isTPM', 'completeness', 'missing', 'payRangePresent'] as const;

/** One field as src/core/csv.ts writes it, text without terminal controls first (see safe-text.ts). */
export const csvField = (value: string | number | boolean) =>
  csvCell(typeof value === 'string' ? withoutCsvControls(value) : value);

export const csvRow = (fields: ReadonlyArray<string | number | boolean>) => fields.map(csvField).join(',');

/** Missing items are joined with "; " inside one field so the row keeps six columns. */
export function summaryRow(analysis: Analysis): string {
  return csvRow([
    analysis.id,
    analysis.posting.title,
    analysis.detection.isTechnicalProjectManager,
    analysis.completeness.score,
    analysis.completeness.missing.join('; '),
    analysis.salary.posted !== null,
  ]);
}

export const summaryHeader = () => csvRow(SUMMARY_HEADER);
