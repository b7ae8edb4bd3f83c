// The Postings table's rows: filtering and sorting, pure, so that 10,000 records sort within the 50 ms
// the page has (scripts/bench-postings.ts measures it).
import type {PostingRecord, PostingStatus} from '../storage/posting-record';

export const SORT_KEYS = [
  'title',
  'company',
  'location',
  'site',
  'status',
  'fit',
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
  text: string;
}

export const NO_FILTER: Filter = {status: 'all', verdict: 'all', hasPay: false, text: ''};

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

/** The value a column sorts by; null (no data) sorts last in either direction. */
function sortValue(record: PostingRecord, key: SortKey): string | number | null {
  switch (key) {
    case 'title':
    case 'company':
    case 'location':
    case 'site':
      return record[key].toLowerCase();
    case 'status':
      return STATUS_ORDER[record.status];
    case 'fit':
      return record.fit?.score ?? null;
    case 'completeness':
      return record.completeness.score;
    case 'pay':
      // Only US dollars are comparable with each other (and with the benchmarks).
      return record.pay && record.pay.currency === 'USD' ? (record.pay.annualMin + record.pay.annualMax) / 2 : null;
    case 'position': {
      const position = record.benchmark?.position;
      return position ? POSITION_ORDER[position] : null;
    }
    case 'firstSeen':
      return record.firstSeen;
  }
}

/** Sorted copy; equal values keep the order they came in (most recently seen first). */
export function sortRecords(records: readonly PostingRecord[], key: SortKey, direction: Direction): PostingRecord[] {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = records.map((record, index) => ({record, index, value: sortValue(record, key)}));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null)
      return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
    if (a.value < b.value) return -sign;
    if (a.value > b.value) return sign;
    return a.index - b.index;
  });
  return keyed.map((entry) => entry.record);
}

/** What a text search looks through, lower-cased once per record. */
const haystacks = new WeakMap<PostingRecord, string>();
function haystack(record: PostingRecord): string {
  let text = haystacks.get(record);
  if (text === undefined) {
    text = [record.title, record.company, record.location, record.site, record.notes].join('\n').toLowerCase();
    haystacks.set(record, text);
  }
  return text;
}

export function filterRecords(records: readonly PostingRecord[], filter: Filter): PostingRecord[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return records.filter(
    (record) =>
      (filter.status === 'all' || record.status === filter.status) &&
      (filter.verdict === 'all' || record.verdict === filter.verdict) &&
      (!filter.hasPay || record.pay !== null) &&
      words.every((word) => haystack(record).includes(word)),
  );
}
