// The Postings table's rows: filtering and sorting over the table rows (PostingSummary, no record is
// read), pure. Each row's sort values are computed once and kept (a WeakMap by row), and each column's
// order once per rows array, ahead of the click when the page is idle: a click on a column header then
// only renders. scripts/bench-postings.ts measures both (budget 50 ms, click to sorted rows rendered).
import type {PostingStatus, PostingSummary} from '../storage/posting-summary';

export const SORT_KEYS = [
  'title',
  'company',
  'location',
  'screening',
  'site',
  'status',
  'fit',
  'yourPay',
  'skills',
  'completeness',
  'pay',
  'position',
  'firstSeen',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Direction = 'asc' | 'desc';

export interface Filter {
  status: PostingStatus | 'all';
  verdict: 'all' | 'tpm' | 'not-tpm';
  hasPay: boolean;
  /** By the posted pay against the profile's expectation: 'not-below' keeps what meets or reaches it, and unknowns. */
  yourPay: 'all' | 'not-below' | 'below';
  /** By what rules the profile out (fit blockers): a row scored without a profile is not blocked. */
  blocked: 'all' | 'open' | 'blocked';
  text: string;
}

export const NO_FILTER: Filter = {
  status: 'all',
  verdict: 'all',
  hasPay: false,
  yourPay: 'all',
  blocked: 'all',
  text: '',
};

/** Whether the row passes the pay-against-yours filter; a row never compared passes 'not-below' only. */
function passesYourPay(row: PostingSummary, wanted: Filter['yourPay']): boolean {
  if (wanted === 'all') return true;
  const below = row.yourPay?.verdict === 'below';
  return wanted === 'below' ? below : !below;
}

const STATUS_ORDER: Record<PostingStatus, number> = {
  new: 0,
  saved: 1,
  applied: 2,
  interviewing: 3,
  offer: 4,
  rejected: 5,
  archived: 6,
};
const POSITION_ORDER = {below: 0, within: 1, above: 2, 'not-comparable': 3} as const;
/** Unknown (no posted pay, or another currency) is not an answer: it sorts with no data. */
const YOUR_PAY_ORDER = {below: 0, within: 1, meets: 2, unknown: null} as const;

type SortValue = string | number | null;

/** The values a row sorts by, one per column; null (no data) sorts last in either direction. */
function sortValuesOf(row: PostingSummary): Record<SortKey, SortValue> {
  const position = row.benchmark?.position;
  return {
    title: row.title.toLowerCase(),
    company: row.company.toLowerCase(),
    // Work mode first, so that a sort groups hybrid, on-site and remote postings.
    screening: row.screening ? row.screening.toLowerCase() : null,
    location: row.location.toLowerCase(),
    site: row.sites.join(', ').toLowerCase(),
    status: STATUS_ORDER[row.status],
    fit: row.fit,
    yourPay: row.yourPay ? YOUR_PAY_ORDER[row.yourPay.verdict] : null,
    // How many of the profile's skills the posting names.
    skills: row.skills ? row.skills.named.length : null,
    completeness: row.completeness,
    // Only US dollars are comparable with each other (and with the benchmarks).
    pay: row.pay && row.pay.currency === 'USD' ? (row.pay.annualMin + row.pay.annualMax) / 2 : null,
    position: position ? POSITION_ORDER[position] : null,
    firstSeen: row.firstSeen,
  };
}

const sortValues = new WeakMap<PostingSummary, Record<SortKey, SortValue>>();
function sortValue(row: PostingSummary, key: SortKey): SortValue {
  let values = sortValues.get(row);
  if (!values) {
    values = sortValuesOf(row);
    sortValues.set(row, values);
  }
  return values[key];
}

/** Ascending orders (indexes into the rows) by column, kept per rows array: a click reuses them. */
const orders = new WeakMap<readonly PostingSummary[], Map<SortKey, number[]>>();

function ascendingOrder(rows: readonly PostingSummary[], key: SortKey): number[] {
  let byKey = orders.get(rows);
  if (!byKey) {
    byKey = new Map();
    orders.set(rows, byKey);
  }
  let order = byKey.get(key);
  if (!order) {
    const values = rows.map((row) => sortValue(row, key));
    order = rows.map((_, index) => index);
    order.sort((a, b) => {
      const left = values[a]!;
      const right = values[b]!;
      if (left === null || right === null) return left === right ? a - b : left === null ? 1 : -1;
      if (left < right) return -1;
      if (left > right) return 1;
      return a - b;
    });
    byKey.set(key, order);
  }
  return order;
}

/**
 * Sorted copy; equal values keep the order they came in (most recently seen first), and null (no data)
 * sorts last, in either direction. Descending is the ascending order read backwards run by run of equal
 * values, so both come from one sort.
 */
export function sortRows(rows: readonly PostingSummary[], key: SortKey, direction: Direction): PostingSummary[] {
  const ascending = ascendingOrder(rows, key);
  if (direction === 'asc') return ascending.map((index) => rows[index]!);
  const valueAt = (position: number) => sortValue(rows[ascending[position]!]!, key);
  let known = ascending.length;
  while (known > 0 && valueAt(known - 1) === null) known--;
  const result: PostingSummary[] = [];
  for (let end = known; end > 0;) {
    let start = end - 1;
    while (start > 0 && valueAt(start - 1) === valueAt(end - 1)) start--;
    for (let position = start; position < end; position++) result.push(rows[ascending[position]!]!);
    end = start;
  }
  for (let position = known; position < ascending.length; position++) result.push(rows[ascending[position]!]!);
  return result;
}

/**
 * Sorts every column ahead of the first click, one column after each `pause` (the page waits for an idle
 * moment, and says false once these rows are no longer shown), so that a click only reads a ready order.
 */
export async function prepareSorts(rows: readonly PostingSummary[], pause: () => Promise<boolean>): Promise<void> {
  for (const key of SORT_KEYS) {
    if (!(await pause())) return;
    ascendingOrder(rows, key);
  }
}

/** What a text search looks through, lower-cased once per row. */
const haystacks = new WeakMap<PostingSummary, string>();
function haystack(row: PostingSummary): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = [row.title, row.company, row.location, row.screening ?? '', ...row.sites, row.notes]
      .join('\n')
      .toLowerCase();
    haystacks.set(row, text);
  }
  return text;
}

export function filterRows(rows: readonly PostingSummary[], filter: Filter): PostingSummary[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  if (
    filter.status === 'all' &&
    filter.verdict === 'all' &&
    !filter.hasPay &&
    filter.yourPay === 'all' &&
    filter.blocked === 'all' &&
    !words.length
  )
    return [...rows];
  return rows.filter(
    (row) =>
      (filter.status === 'all' || row.status === filter.status) &&
      (filter.verdict === 'all' || row.verdict === filter.verdict) &&
      (!filter.hasPay || row.pay !== null) &&
      passesYourPay(row, filter.yourPay) &&
      (filter.blocked === 'all' || (filter.blocked === 'blocked') === Boolean(row.blockers)) &&
      words.every((word) => haystack(row).includes(word)),
  );
}
