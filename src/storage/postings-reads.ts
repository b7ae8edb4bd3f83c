// Reading "Your postings": every value is validated as it comes out; one that fails is set aside whole
// (never blocking the others) and named in the listing's `unreadable`.
import {readRecord} from './posting-migrations';
import type {PostingRecord} from './posting-record';
import {readSummary, summaryOf, type PostingSummary} from './posting-summary';
import {STORES} from './postings-layout';
import {keyOfRaw, storeError, writeAll, type AsideEntry, type Connection} from './postings-idb';

/** Records validated per turn of the event loop. */
const VALIDATE_SLICE = 1000;

export interface Listing {
  records: PostingRecord[];
  /** Records that failed validation on this read; they were moved aside, the others are listed. */
  unreadable: Array<{key: string | null; problem: string}>;
}

export interface SummaryListing {
  summaries: PostingSummary[];
  /** Records that failed validation on this read; they were moved aside, the others are listed. */
  unreadable: Listing['unreadable'];
}

type Bad = {key: string | null; value: unknown; problem: string};

/** Moves records that failed validation out of the way, once, keeping them whole in `aside`. */
async function setAside(conn: Connection, bad: readonly Bad[]): Promise<void> {
  if (!bad.length) return;
  const database = await conn.db();
  const tx = database.transaction([STORES.postings, STORES.summaries, STORES.aside], 'readwrite');
  return await writeAll(tx, async (write) => {
    const keptAt = conn.now().toISOString();
    for (const entry of bad) {
      write(
        tx.objectStore(STORES.aside).add({
          key: entry.key,
          value: entry.value,
          problem: entry.problem,
          keptAt,
        }),
      );
      if (entry.key !== null) {
        write(tx.objectStore(STORES.postings).delete(entry.key));
        write(tx.objectStore(STORES.summaries).delete(entry.key));
      }
    }
  });
}

/** Checks values in slices, a turn of the event loop between them, so the page keeps answering meanwhile. */
async function checkAll<T>(
  raws: readonly unknown[],
  read: (raw: unknown) => {ok: true; record: T} | {ok: false; problem: string},
): Promise<{good: T[]; bad: Bad[]}> {
  const good: T[] = [];
  const bad: Bad[] = [];
  for (let start = 0; start < raws.length; start += VALIDATE_SLICE) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const raw of raws.slice(start, start + VALIDATE_SLICE)) {
      const result = read(raw);
      if (result.ok) good.push(result.record);
      else bad.push({key: keyOfRaw(raw), value: raw, problem: result.problem});
    }
  }
  return {good, bad};
}

/**
 * Validates what was read; the bad ones are set aside (never blocking the good ones). In slices, with a
 * turn of the event loop between them: 10,000 records take a few hundred ms to check on a slow machine,
 * and the page (or the background) keeps answering meanwhile.
 */
async function validated(conn: Connection, raws: readonly unknown[]): Promise<Listing> {
  const {good, bad} = await checkAll(raws, readRecord);
  // A failure to move them aside must not hide the readable records: they are listed regardless.
  await setAside(conn, bad).catch(() => undefined);
  return {records: good, unreadable: bad.map(({key, problem}) => ({key, problem}))};
}

/**
 * Table rows as read. A row that fails validation is made again from its record; a record that fails
 * too is set aside like any other.
 */
async function validatedSummaries(conn: Connection, raws: readonly unknown[]): Promise<SummaryListing> {
  const {good, bad} = await checkAll(raws, readSummary);
  if (!bad.length) return {summaries: good, unreadable: []};
  const badKeys = bad.map((entry) => entry.key).filter((key): key is string => key !== null);
  const rebuilt = await validated(conn, await rawRecords(conn, badKeys));
  if (rebuilt.records.length) {
    const database = await conn.db();
    const tx = database.transaction([STORES.postings, STORES.summaries], 'readwrite');
    await writeAll(tx, async (write) => {
      for (const record of rebuilt.records) write(tx.objectStore(STORES.summaries).put(summaryOf(record)));
    }).catch(() => undefined);
  }
  const fixed = new Map(rebuilt.records.map((record) => [record.key, summaryOf(record)]));
  // In the order read, the rebuilt rows where their broken ones were.
  const summaries = raws.flatMap((raw) => {
    const read = readSummary(raw);
    if (read.ok) return [read.record];
    const again = fixed.get(keyOfRaw(raw) ?? '');
    return again ? [again] : [];
  });
  const rowOnly = bad.filter((entry) => entry.key === null);
  await setAside(conn, rowOnly).catch(() => undefined);
  return {
    summaries,
    unreadable: [...rebuilt.unreadable, ...rowOnly.map(({key, problem}) => ({key, problem}))],
  };
}

async function rawRecords(conn: Connection, keys: readonly string[]): Promise<unknown[]> {
  const database = await conn.db();
  const tx = database.transaction(STORES.postings);
  const raws = await Promise.all(keys.map((key) => tx.store.get(key)));
  return raws.filter((raw) => raw !== undefined);
}

/**
 * Records by their lastSeen index, newest first. Read with getAll (one request for the lot: a
 * cursor costs a round trip per value, seconds for 10,000).
 */
async function recordsNewestFirst(conn: Connection, limit?: number): Promise<unknown[]> {
  const database = await conn.db();
  const index = database.transaction(STORES.postings).store.index('lastSeen');
  let range: IDBKeyRange | null = null;
  if (limit !== undefined) {
    // The limit-th most recent lastSeen bounds the read: getAll reads in ascending order only.
    const cursor = await index.openKeyCursor(null, 'prev');
    const bound = limit > 1 && cursor ? await cursor.advance(limit - 1) : cursor;
    if (bound) range = IDBKeyRange.lowerBound(bound.key);
  }
  const raws = (await index.getAll(range)).reverse();
  return limit === undefined ? raws : raws.slice(0, limit);
}

/**
 * Most recently seen first; `limit` for the page's first screen. Read with getAll (one request for the
 * lot: a cursor costs a round trip per record, seconds for 10,000).
 */
export async function list(conn: Connection, limit?: number): Promise<Listing> {
  try {
    return await validated(conn, await recordsNewestFirst(conn, limit));
  } catch (error) {
    throw storeError(error, 'reading your postings');
  }
}

/** The table rows, most recently seen first; `limit` for the page's first screen. No record is read. */
export async function summaries(conn: Connection, limit?: number): Promise<SummaryListing> {
  try {
    // One request: the recency index is in newest-first order.
    const database = await conn.db();
    const raws = await database.transaction(STORES.summaries).store.index('recency').getAll(null, limit);
    return await validatedSummaries(conn, raws);
  } catch (error) {
    throw storeError(error, 'reading your postings');
  }
}

/** Whole records by key (compare, CSV), in that order; unknown keys are skipped, broken ones set aside. */
export async function records(conn: Connection, keys: readonly string[]): Promise<Listing> {
  try {
    return await validated(conn, await rawRecords(conn, keys));
  } catch (error) {
    throw storeError(error, 'reading your postings');
  }
}

export async function count(conn: Connection): Promise<number> {
  return (await conn.db()).count(STORES.postings);
}

export async function aside(conn: Connection): Promise<AsideEntry[]> {
  return (await conn.db()).getAll(STORES.aside);
}

/** What the page reports about the records kept aside (without the records themselves). */
export async function asideReport(conn: Connection): Promise<Listing['unreadable']> {
  try {
    return (await aside(conn)).map(({key, problem}) => ({key, problem}));
  } catch (error) {
    throw storeError(error, 'reading the postings kept aside');
  }
}

/** Table rows by site posting key (any key a record was seen under), for list marks. Unknown keys are absent. */
export async function summariesFor(conn: Connection, keys: readonly string[]): Promise<Map<string, PostingSummary>> {
  try {
    const database = await conn.db();
    const tx = database.transaction(STORES.summaries);
    const found = new Map<string, PostingSummary>();
    const raws = await Promise.all(
      keys.map(async (key) => (await tx.store.get(key)) ?? (await tx.store.index('keys').get(key))),
    );
    raws.forEach((raw, index) => {
      const read = raw === undefined ? null : readSummary(raw);
      if (read?.ok) found.set(keys[index]!, read.record);
    });
    return found;
  } catch (error) {
    throw storeError(error, 'looking up remembered postings');
  }
}
