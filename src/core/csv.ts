// CSV as RFC 4180 writes it, safe to open in a spreadsheet: text taken from job pages must never run as a
// formula there (OWASP "CSV injection").

/** Characters a spreadsheet reads as the start of a formula (or, for tab and CR, one it may strip to reach one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet shows as text: a cell that would start a formula gets a leading apostrophe. */
export const formulaSafe = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/**
 * One field: formula-safe text, then RFC 4180 quoting for a comma, a quote or a line break, inner quotes
 * doubled. Numbers and booleans are written as they are: a negative number is a number, not a formula.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = formulaSafe(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 says, ending with one. */
export function csvTable(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The pay and benchmark columns every CSV export writes (Your postings', the command line's --summary), in order. */
export const PAY_COLUMNS = [
  'pay_min_annual',
  'pay_max_annual',
  'pay_currency',
  'pay_position',
  'benchmark',
  'benchmark_low',
  'benchmark_high',
  'benchmark_source',
  'benchmark_date',
] as const;

/** PAY_COLUMNS' cells: the posted pay a year, its place against the benchmark, and the benchmark's figure. */
export function payCells(
  pay: {annualMin: number; annualMax: number; currency: string} | null,
  position: string | null,
  reference: {label: string; low: number; high: number; source: string; date: string} | null,
): Array<string | number | null> {
  return [
    pay?.annualMin ?? null,
    pay?.annualMax ?? null,
    pay?.currency ?? null,
    position,
    reference?.label ?? null,
    reference?.low ?? null,
    reference?.high ?? null,
    reference?.source ?? null,
    reference?.date ?? null,
  ];
}
