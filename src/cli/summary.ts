// One CSV row per posting for a recruiter checking many listings at once (analyze --summary).
import type {Analysis} from '../core/types';
import {spreadsheetSafe} from './safe-text';

export const SUMMARY_HEADER = ['id', 'title', 'isTPM', 'completeness', 'missing', 'payRangePresent'] as const;

/**
 * RFC 4180: quote a field holding a comma, quote, or line break; double inner quotes. Text fields are
 * made spreadsheet-safe first (no formula, no terminal controls: see safe-text.ts).
 */
export function csvField(value: string | number | boolean): string {
  const text = typeof value === 'string' ? spreadsheetSafe(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

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
