// CSV exports (a scraper's, a job board's, a spreadsheet's) read as a stream: each record becomes the JSON
// Lines row the rest of the command reads, with the number of the line it starts on. csv-parse (the data
// build's parser) handles quoted fields across lines, doubled quotes and a byte order mark; a broken record
// is reported by line and the records after it are still read.
import {createReadStream, statSync} from 'node:fs';
import {Readable} from 'node:stream';
import {createGunzip} from 'node:zlib';
import {parse} from 'csv-parse';
import type {Line, ReadProgress} from './lines';

/** Whether a path is read as CSV: `.csv` or `.tsv`, gzip-compressed or not. */
export const isCsv = (path: string) => /\.[ct]sv(?:\.gz)?$/i.test(path);

/** Delimiters a header may use: a comma; a semicolon (a spreadsheet's export where the comma is the decimal mark); a tab. */
const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The header line's delimiter: the one it holds most outside quotes; a comma when it holds none (a single
 * column). A `.tsv` file's is a tab.
 */
export function delimiterOf(headerLine: string, path = ''): string {
  if (/\.tsv(?:\.gz)?$/i.test(path)) return '\t';
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const delimiter of DELIMITERS) if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/**
 * The stream's text with its first line read ahead, to choose the delimiter before the parser starts;
 * the text then flows on as it arrives.
 */
async function withHeaderLine(stream: Readable): Promise<{headerLine: string; text: Readable}> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<string>;
  let head = '';
  while (!head.includes('\n')) {
    const next = await iterator.next();
    if (next.done) break;
    head += next.value;
  }
  async function* rest() {
    if (head) yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return {
    headerLine: head.slice(0, head.includes('\n') ? head.indexOf('\n') : head.length),
    text: Readable.from(rest()),
  };
}

/** Rows read, as JSON Lines text, and the records that could not be read ("file:line: why"). */
export interface CsvChunk {
  lines: Line[];
  errors: string[];
}

/** A header as a key: "Job Title" -> "job_title". */
const keyOf = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

// Column names exports use for each field, first found wins. JobSpy's (python-jobspy) gives pay in parts.
const COLUMNS = {
  id: ['id', 'job_id', 'jobid', 'posting_id', 'requisition_id', 'req_id', 'job_url', 'url', 'link'],
  title: ['title', 'job_title', 'position', 'position_title', 'job_name', 'role'],
  company: ['company', 'company_name', 'employer', 'organization', 'organisation', 'hiring_organization'],
  location: ['location', 'job_location', 'locations', 'city_state', 'place'],
  salary: ['salary_text', 'salary', 'pay', 'compensation', 'salary_range', 'pay_range', 'wage'],
  description: ['description', 'job_description', 'description_text', 'text', 'body', 'details', 'content'],
  employmentType: ['employment_type', 'job_type', 'contract_type', 'work_type', 'schedule_type'],
  remote: ['is_remote', 'remote'],
  url: ['job_url', 'url', 'link', 'job_link', 'posting_url'],
} as const;
/** A remote column's yes ("True" as pandas writes it). */
const YES = /^(?:true|yes|y|1)$/i;
const PLACE_PARTS = ['city', 'state', 'country'];
const PAY_LOW = ['min_amount', 'min_salary', 'salary_min', 'pay_min', 'minimum_salary'];
const PAY_HIGH = ['max_amount', 'max_salary', 'salary_max', 'pay_max', 'maximum_salary'];
const PAY_PERIOD = ['interval', 'pay_period', 'salary_interval', 'salary_period', 'period'];
const PAY_CURRENCY = ['currency', 'salary_currency', 'pay_currency'];
/** A period column's words as the pay reader reads them after a figure. */
const PERIOD_WORDS: Readonly<Record<string, string>> = {
  yearly: 'a year',
  annual: 'a year',
  annually: 'a year',
  year: 'a year',
  monthly: 'a month',
  month: 'a month',
  weekly: 'a week',
  week: 'a week',
  daily: 'a day',
  day: 'a day',
  hourly: 'an hour',
  hour: 'an hour',
};

type CsvRecord = Record<string, string | undefined>;

const first = (record: CsvRecord, names: readonly string[]) =>
  names.map((name) => record[name]?.trim()).find((value) => value) ?? null;

/** Pay given in parts ("150000.0", "180000.0", "yearly", "USD") as the pay line a site would show. */
function payFromParts(record: CsvRecord): string | null {
  const low = first(record, PAY_LOW);
  const high = first(record, PAY_HIGH);
  if (!low && !high) return null;
  const figures = low && high && low !== high ? `${low} - ${high}` : (low ?? high)!;
  const period = PERIOD_WORDS[first(record, PAY_PERIOD)?.toLowerCase() ?? ''] ?? '';
  return [first(record, PAY_CURRENCY)?.toUpperCase() ?? '', figures, period].filter(Boolean).join(' ');
}

/** One record as a JSON Lines row; a field the record leaves empty is left out (postingFromRow says what is missing). */
function rowOf(record: CsvRecord): Record<string, string> {
  const row: Record<string, string> = {};
  const set = (field: string, value: string | null) => {
    if (value) row[field] = value;
  };
  set('id', first(record, COLUMNS.id));
  set('title', first(record, COLUMNS.title));
  set('company', first(record, COLUMNS.company));
  const place =
    first(record, COLUMNS.location) ??
    (PLACE_PARTS.map((part) => record[part]?.trim())
      .filter(Boolean)
      .join(', ') ||
      null);
  // A remote flag says so on the location line, as a board's own line does ("Austin, TX (Remote)").
  const remote = YES.test(first(record, COLUMNS.remote) ?? '');
  set('location', remote ? (place ? (/remote/i.test(place) ? place : `${place} (Remote)`) : 'Remote') : place);
  set('employment_type', first(record, COLUMNS.employmentType));
  set('salary_text', first(record, COLUMNS.salary) ?? payFromParts(record));
  set('url', first(record, COLUMNS.url));
  set('description', first(record, COLUMNS.description));
  return row;
}

/** The header as keys; a file with no description column is refused whole, naming the columns it has. */
function headerKeys(header: string[]): string[] {
  const keys = header.map(keyOf);
  if (!COLUMNS.description.some((name) => keys.includes(name)))
    throw new Error(
      `no description column (the header has ${header.map((name) => `"${name}"`).join(', ') || 'nothing'}; name one ${COLUMNS.description.slice(0, 3).join(', ')})`,
    );
  return keys;
}

const newlines = (record: CsvRecord) =>
  Object.values(record).reduce((count, value) => count + (value?.match(/\n/g)?.length ?? 0), 0);

/** The records of a CSV file as JSON Lines rows, one chunk per record. */
export async function* openCsvRows(
  path: string,
  progress: ReadProgress = {read: 0, total: null},
): AsyncGenerator<CsvChunk> {
  // Sized first: a missing file throws here, before a stream exists whose open error no one would handle.
  progress.total = statSync(path).size;
  const raw: Readable = createReadStream(path);
  raw.on('data', (chunk: Buffer) => (progress.read += chunk.length));
  const decompressed = /\.gz$/i.test(path) ? raw.pipe(createGunzip()) : raw;
  if (decompressed !== raw) raw.on('error', (error) => decompressed.destroy(error));
  decompressed.setEncoding('utf8');
  const {headerLine, text} = await withHeaderLine(decompressed);
  const skipped: string[] = [];
  const parser = text.pipe(
    parse({
      delimiter: delimiterOf(headerLine, path),
      bom: true,
      columns: headerKeys,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
    }),
  );
  text.on('error', (error) => parser.destroy(error));
  parser.on('skip', (error: Error & {lines?: number}) =>
    skipped.push(`${path}:${error.lines ?? '?'}: ${error.message}`),
  );
  let records = 0;
  for await (const {record, info} of parser as AsyncIterable<{record: CsvRecord; info: {lines: number}}>) {
    const errors = skipped.splice(0);
    records++;
    // The line the record starts on: where it ends, less the line breaks inside its quoted fields.
    yield {lines: [{text: JSON.stringify(rowOf(record)), number: info.lines - newlines(record)}], errors};
  }
  if (records === 0 && skipped.length === 0)
    skipped.push(`${path}: ${headerLine.trim() ? 'no rows under the header' : 'the file is empty'}`);
  if (skipped.length) yield {lines: [], errors: skipped.splice(0)};
}
