// The table as CSV: one row per posting, the columns a spreadsheet user filters on. The JSON export is
// the lossless one; this is for reading and sharing.
import {csvTable, PAY_COLUMNS, payCells} from '../core/csv';
import {screeningCell} from '../core/screening-columns';
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
  'pay_vs_yours',
  'skills_named',
  'fit_blockers',
  'completeness',
  ...PAY_COLUMNS,
  'years_required',
  'degree',
  'certifications',
  'screening',
  'missing',
  'first_seen',
  'last_seen',
] as const;

export function postingsCsv(records: readonly PostingRecord[]): string {
  const rows = records.map((record) => [
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
    // below, within, meets or unknown: the posted pay against the profile's expectation, when it states one.
    record.fit?.pay?.verdict ?? null,
    // The profile's key skills the posting names, as the profile writes them.
    record.fit?.skills?.named.join('; ') ?? null,
    // Why the fit is 0, as --summary's column of the same name says it.
    record.fit?.blockers?.join('; ') ?? null,
    record.completeness.score,
    ...payCells(record.pay, record.benchmark?.position ?? null, record.benchmark?.reference ?? null),
    record.requirements.minYearsExperience,
    record.requirements.degree,
    record.requirements.certifications.join('; '),
    // The screening line's parts as the panel says them ("Remote (US) · No sponsorship"); empty before format 2.
    screeningCell(record.screening ?? {}),
    record.completeness.missing.join('; '),
    record.firstSeen,
    record.lastSeen,
  ]);
  return csvTable([[...CSV_COLUMNS], ...rows]);
}
