// The table as CSV: one row per posting, the columns a spreadsheet user filters on. The JSON export is
// the lossless one; this is for reading and sharing.
import {csvTable} from '../core/csv';
import type {PostingRecord} from '../storage/posting-record';

export const CSV_COLUMNS = [
  'key',
  'title',
  'company',
  'location',
  'site',
  'urls',
  'status',
  'notes',
  'tpm',
  'fit',
  'completeness',
  'pay_min_annual',
  'pay_max_annual',
  'pay_currency',
  'pay_position',
  'benchmark',
  'benchmark_low',
  'benchmark_high',
  'benchmark_source',
  'benchmark_date',
  'years_required',
  'degree',
  'certifications',
  'missing',
  'first_seen',
  'last_seen',
] as const;

export function postingsCsv(records: readonly PostingRecord[]): string {
  const rows = records.map((record) => {
    const reference = record.benchmark?.reference ?? null;
    return [
      record.key,
      record.title,
      record.company,
      record.location,
      record.site,
      record.links
        .map((link) => link.url)
        .filter(Boolean)
        .join(' '),
      record.status,
      record.notes,
      record.verdict === 'tpm',
      record.fit?.score ?? null,
      record.completeness.score,
      record.pay?.annualMin ?? null,
      record.pay?.annualMax ?? null,
      record.pay?.currency ?? null,
      record.benchmark?.position ?? null,
      reference?.label ?? null,
      reference?.low ?? null,
      reference?.high ?? null,
      reference?.source ?? null,
      reference?.date ?? null,
      record.requirements.minYearsExperience,
      record.requirements.degree,
      record.requirements.certifications.join('; '),
      record.completeness.missing.join('; '),
      record.firstSeen,
      record.lastSeen,
    ];
  });
  return csvTable([[...CSV_COLUMNS], ...rows]);
}
