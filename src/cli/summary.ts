// One CSV row per posting for a recruiter checking many listings at once, or someone pricing roles over an export
// (analyze --summary). The first six columns came first and keep their places; the pay, benchmark and screening
// columns follow, named as the postings page's CSV export names them (src/postings/export-csv.ts).
import type {Analysis} from '../core/types';
import {benchmarkReference} from '../core/benchmarks';
import {csvCell, PAY_COLUMNS, payCells} from '../core/csv';
import {screeningCell, screeningTexts} from '../core/screening-columns';
import {withoutCsvControls} from './safe-text';

export const SUMMARY_HEADER = [
  'id',
  'title',
  'isTPM',
  'completeness',
  'missing',
  'payRangePresent',
  'company',
  'location',
  ...PAY_COLUMNS,
  'years_required',
  'degree',
  'certifications',
  'work_mode',
  'sponsorship',
  'fit',
  // The panel's screening line but years and degree ("Remote (US) · No sponsorship · Secret clearance required"),
  // as the Your postings export's column of the same name says it.
  'screening',
  // The posted pay against the --profile's expectation: below, within, meets or unknown (src/core/fit-pay.ts).
  'pay_vs_yours',
  // The --profile's key skills the posting names, "; " between them.
  'skills_named',
  // Why a fit is 0: the screening facts that rule the --profile out (src/core/fit-blockers.ts), "; " between them.
  'fit_blockers',
] as const;

type Field = string | number | boolean | null;

/** One field as src/core/csv.ts writes it, text without terminal controls first (see safe-text.ts); null empty. */
export const csvField = (value: Field) => csvCell(typeof value === 'string' ? withoutCsvControls(value) : value);

export const csvRow = (fields: readonly Field[]) => fields.map(csvField).join(',');

/** Lists are joined with "; " inside one field, so that every row has the header's columns. */
export function summaryRow(analysis: Analysis): string {
  const {posted, comparison, benchmark} = analysis.salary;
  return csvRow([
    analysis.id,
    analysis.posting.title,
    analysis.detection.isTechnicalProjectManager,
    analysis.completeness.score,
    analysis.completeness.missing.join('; '),
    posted !== null,
    analysis.posting.company,
    analysis.posting.location,
    // The place's figure whether or not the posting states pay: a row without pay is priced too.
    ...payCells(posted, comparison?.position ?? null, comparison?.reference ?? benchmarkReference(benchmark)),
    analysis.requirements.minYearsExperience,
    analysis.requirements.degree,
    analysis.requirements.certifications.join('; '),
    analysis.requirements.workMode,
    analysis.requirements.sponsorship,
    analysis.fit?.score ?? null,
    screeningCell(screeningTexts(analysis)),
    analysis.fit?.pay?.verdict ?? null,
    analysis.fit?.skills?.named.join('; ') ?? null,
    analysis.fit?.blockers?.map((blocker) => blocker.reason).join('; ') ?? null,
  ]);
}

export const summaryHeader = () => csvRow(SUMMARY_HEADER);
