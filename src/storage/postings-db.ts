// "Your postings" in IndexedDB, through idb (a ~1 KB promise wrapper). Used by the background (which
// remembers analysed postings and re-analyses them) and the Postings page; never by the content script,
// whose IndexedDB would be the job site's. Every write that touches more than one value is one
// transaction: a quota error or a closed tab leaves nothing half-written.
import {openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPObjectStore} from 'idb';
import type {Analysis, Posting} from '../core/types';
import {readRecord, upgrade} from './posting-migrations';
import {
  mergeRecords,
  postingFromRecord,
  reanalysed,
  recordFromAnalysis,
  textOf,
  type AnalysisContext,
  type PostingRecord,
  type PostingText,
} from './posting-record';
import {
  MAX_NOTES_CHARS,
  readSummary,
  stampOf,
  STATUSES,
  summaryOf,
  type PostingStatus,
  type PostingSummary,
} from './posting-summary';
import {DB_VERSION, POSTINGS_DB_NAME, STORES} from './postings-layout';
import type {PostingEntry} from './postings-file';
import {errorMessage} from '../core/error-message';

/** Records validated per turn of the event loop. */
const VALIDATE_SLICE = 1000;

export interface AsideEntry {
  key: string | null;
  value: unknown;
  problem: string;
  keptAt: string;
}

interface PostingsDb extends DBSchema {
  // Values are typed unknown: what comes out of the store is checked, never trusted.
  postings: {
    key: string;
    value: unknown;
    indexes: {keys: string; sameJob: string; lastSeen: string};
  };
  summaries: {
    key: string;
    value: unknown;
    indexes: {keys: string; recency: number; stamp: string};
  };
  texts: {key: string; value: unknown};
  aside: {key: number; value: AsideEntry};
}

/** What went wrong, in words the page shows as they are. */
export class PostingsStoreError extends Error {
  constructor(
    readonly kind: 'quota' | 'blocked' | 'closed' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'PostingsStoreError';
  }
}

const NOTHING_CHANGED = 'Nothing was changed.';

/** A DOMException (or idb's wrapping of one) as a message a person can act on. */
export function storeError(error: unknown, doing: string): PostingsStoreError {
  if (error instanceof PostingsStoreError) return error;
  const name = (error as {name?: unknown} | null)?.name;
  const detail = errorMessage(error);
  if (name === 'QuotaExceededError') {
    return new PostingsStoreError(
      'quota',
      `The browser has no room left for TPM Lens's postings (storage quota reached) while ${doing}. ${NOTHING_CHANGED} Delete postings you no longer need, or free disk space, and try again.`,
    );
  }
  if (name === 'InvalidStateError' || name === 'TransactionInactiveError') {
    return new PostingsStoreError(
      'closed',
      `Your postings' database was closed while ${doing} (TPM Lens was updated or reloaded). ${NOTHING_CHANGED} Reload this page.`,
    );
  }
  return new PostingsStoreError('failed', `Could not finish ${doing}: ${detail}. ${NOTHING_CHANGED}`);
}

export interface OpenOptions {
  name?: string;
  /** Another page holds an older version open: this one waits until it closes. */
  onBlocked?: () => void;
  /** A newer version wants the database: this connection closed itself; the page should reload. */
  onVersionChange?: () => void;
}

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

type StoreName = (typeof STORES)[keyof typeof STORES];
const ALL_STORES: StoreName[] = [STORES.postings, STORES.summaries, STORES.texts, STORES.aside];

/** A read-write transaction over (at least) the records and their rows. */
interface RecordWriteTx {
  objectStore(name: 'postings' | 'summaries'): {put(value: unknown): Promise<unknown>};
}

/** A record and its table row, always written together. */
function putRecord(tx: RecordWriteTx, record: PostingRecord, write: (request: Promise<unknown>) => void): void {
  write(tx.objectStore(STORES.postings).put(record));
  write(tx.objectStore(STORES.summaries).put(summaryOf(record)));
}

export interface RememberResult {
  record: PostingRecord;
  /** 'added': a new record; 'seen': the same key again; 'same-job': the same job under another key. */
  outcome: 'added' | 'seen' | 'same-job';
}

export interface ImportResult {
  added: number;
  merged: number;
}

export const BLOCKED_MESSAGE =
  'Your postings are being upgraded, and another TPM Lens page still has the old version open. Close the other "Your postings" tabs; this page continues when they are closed.';

/**
 * Runs the writes of one transaction; a write that throws at once (rather than failing the transaction
 * later, as a quota error usually does) aborts it, so the writes already made are undone too.
 */
async function writeAll<T>(
  tx: {abort(): void; done: Promise<void>},
  work: (write: (request: Promise<unknown>) => void) => Promise<T>,
): Promise<T> {
  // A failed request fails the transaction: tx.done reports it, the requests' own rejections are not news.
  const write = (request: Promise<unknown>) => void request.catch(() => undefined);
  let result: T;
  try {
    result = await work(write);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
  return result;
}

export function createPostingsStore(options: OpenOptions = {}, now: () => Date = () => new Date()) {
  const name = options.name ?? POSTINGS_DB_NAME;
  let connection: Promise<IDBPDatabase<PostingsDb>> | null = null;

  function db(): Promise<IDBPDatabase<PostingsDb>> {
    connection ??= openDB<PostingsDb>(name, DB_VERSION, {
      upgrade: (database, oldVersion, newVersion, transaction) =>
        upgrade(unwrap(database), unwrap(transaction), oldVersion, newVersion ?? DB_VERSION),
      blocked: () => options.onBlocked?.(),
      blocking: () => {
        // Let the newer version open; the next call here reopens (and upgrades, if it is ours).
        void connection?.then((open) => open.close());
        connection = null;
        options.onVersionChange?.();
      },
      terminated: () => {
        connection = null;
      },
    }).catch((error: unknown) => {
      connection = null;
      throw storeError(error, 'opening your postings');
    });
    return connection;
  }

  /** Moves records that failed validation out of the way, once, keeping them whole in `aside`. */
  async function setAside(bad: ReadonlyArray<{key: string | null; value: unknown; problem: string}>): Promise<void> {
    if (!bad.length) return;
    const database = await db();
    const tx = database.transaction([STORES.postings, STORES.summaries, STORES.aside], 'readwrite');
    return await writeAll(tx, async (write) => {
      const keptAt = now().toISOString();
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

  const keyOfRaw = (raw: unknown): string | null => {
    const key = (raw as {key?: unknown} | null)?.key;
    return typeof key === 'string' ? key : null;
  };

  /** Checks values in slices, a turn of the event loop between them, so the page keeps answering meanwhile. */
  async function checkAll<T>(
    raws: readonly unknown[],
    read: (raw: unknown) => {ok: true; record: T} | {ok: false; problem: string},
  ): Promise<{good: T[]; bad: Array<{key: string | null; value: unknown; problem: string}>}> {
    const good: T[] = [];
    const bad: Array<{key: string | null; value: unknown; problem: string}> = [];
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
  async function validated(raws: readonly unknown[]): Promise<Listing> {
    const {good, bad} = await checkAll(raws, readRecord);
    // A failure to move them aside must not hide the readable records: they are listed regardless.
    await setAside(bad).catch(() => undefined);
    return {records: good, unreadable: bad.map(({key, problem}) => ({key, problem}))};
  }

  /**
   * Table rows as read. A row that fails validation is made again from its record; a record that fails
   * too is set aside like any other.
   */
  async function validatedSummaries(raws: readonly unknown[]): Promise<SummaryListing> {
    const {good, bad} = await checkAll(raws, readSummary);
    if (!bad.length) return {summaries: good, unreadable: []};
    const badKeys = bad.map((entry) => entry.key).filter((key): key is string => key !== null);
    const rebuilt = await validated(await rawRecords(badKeys));
    if (rebuilt.records.length) {
      const database = await db();
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
    await setAside(rowOnly).catch(() => undefined);
    return {
      summaries,
      unreadable: [...rebuilt.unreadable, ...rowOnly.map(({key, problem}) => ({key, problem}))],
    };
  }

  async function rawRecords(keys: readonly string[]): Promise<unknown[]> {
    const database = await db();
    const tx = database.transaction(STORES.postings);
    const raws = await Promise.all(keys.map((key) => tx.store.get(key)));
    return raws.filter((raw) => raw !== undefined);
  }

  /**
   * Most recently seen first; `limit` for the page's first screen. Read with getAll (one request for the
   * lot: a cursor costs a round trip per record, seconds for 10,000).
   */
  async function list(limit?: number): Promise<Listing> {
    try {
      return await validated(await recordsNewestFirst(limit));
    } catch (error) {
      throw storeError(error, 'reading your postings');
    }
  }

  /** The table rows, most recently seen first; `limit` for the page's first screen. No record is read. */
  async function summaries(limit?: number): Promise<SummaryListing> {
    try {
      // One request: the recency index is in newest-first order.
      const database = await db();
      const raws = await database.transaction(STORES.summaries).store.index('recency').getAll(null, limit);
      return await validatedSummaries(raws);
    } catch (error) {
      throw storeError(error, 'reading your postings');
    }
  }

  /** Whole records by key (compare, CSV), in that order; unknown keys are skipped, broken ones set aside. */
  async function records(keys: readonly string[]): Promise<Listing> {
    try {
      return await validated(await rawRecords(keys));
    } catch (error) {
      throw storeError(error, 'reading your postings');
    }
  }

  /**
   * Records by their lastSeen index, newest first. Read with getAll (one request for the lot: a
   * cursor costs a round trip per value, seconds for 10,000).
   */
  async function recordsNewestFirst(limit?: number): Promise<unknown[]> {
    const database = await db();
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

  async function count(): Promise<number> {
    return (await db()).count(STORES.postings);
  }

  async function aside(): Promise<AsideEntry[]> {
    return (await db()).getAll(STORES.aside);
  }

  /** What the page reports about the records kept aside (without the records themselves). */
  async function asideReport(): Promise<Listing['unreadable']> {
    try {
      return (await aside()).map(({key, problem}) => ({key, problem}));
    } catch (error) {
      throw storeError(error, 'reading the postings kept aside');
    }
  }

  /** The record (valid) a posting belongs to: its key, a key it was also seen under, or the same job. */
  async function findExisting(
    store: IDBPObjectStore<PostingsDb, StoreName[], 'postings', 'readwrite'>,
    fresh: PostingRecord,
  ): Promise<unknown> {
    const byKey = (await store.get(fresh.key)) ?? (await store.index('keys').get(fresh.key));
    if (byKey !== undefined) return byKey;
    // Without a title and company two postings are not known to be one job.
    const [title, company] = fresh.sameJob.split('|');
    if (!title || !company) return undefined;
    return store.index('sameJob').get(fresh.sameJob);
  }

  /**
   * Remembers an analysed posting: a new record, or the existing one (the same key, or the same job seen
   * on another site) updated with this analysis and link. Status: 'saved' marks a posting the user saved
   * from the panel (never over a status they set further along).
   */
  async function remember(
    posting: Posting,
    analysis: Analysis,
    context: AnalysisContext,
    status: 'new' | 'saved' = 'new',
  ): Promise<RememberResult> {
    const fresh = recordFromAnalysis(posting, analysis, context, status);
    try {
      const database = await db();
      const tx = database.transaction(ALL_STORES, 'readwrite');
      return await writeAll(tx, async (write) => {
        const store = tx.objectStore(STORES.postings);
        const raw = await findExisting(store, fresh);
        let record = fresh;
        let outcome: RememberResult['outcome'] = 'added';
        if (raw !== undefined) {
          const read = readRecord(raw);
          if (read.ok) {
            const existing = read.record;
            record = mergeRecords(existing, fresh);
            // Saving from the panel moves 'new' to 'saved'; it never undoes 'applied' or later.
            if (status === 'saved' && existing.status !== 'new')
              record = {
                ...record,
                status: existing.status,
                notes: existing.notes,
                editedAt: existing.editedAt,
              };
            outcome = existing.key === fresh.key || existing.keys.includes(fresh.key) ? 'seen' : 'same-job';
          } else {
            write(
              tx.objectStore(STORES.aside).add({
                key: keyOfRaw(raw),
                value: raw,
                problem: read.problem,
                keptAt: fresh.lastSeen,
              }),
            );
            const badKey = keyOfRaw(raw);
            if (badKey !== null && badKey !== fresh.key) {
              write(store.delete(badKey));
              write(tx.objectStore(STORES.summaries).delete(badKey));
            }
          }
        }
        putRecord(tx, record, write);
        write(tx.objectStore(STORES.texts).put(textOf(record.key, posting)));
        return {record, outcome};
      });
    } catch (error) {
      throw storeError(error, 'remembering this posting');
    }
  }

  /** Sets the user's status and/or notes; returns the record as stored. */
  async function edit(key: string, change: {status?: PostingStatus; notes?: string}): Promise<PostingRecord> {
    if (change.status !== undefined && !STATUSES.includes(change.status))
      throw new PostingsStoreError('failed', `Unknown status "${String(change.status)}".`);
    if (change.notes !== undefined && change.notes.length > MAX_NOTES_CHARS) {
      throw new PostingsStoreError(
        'failed',
        `Notes are limited to ${MAX_NOTES_CHARS.toLocaleString('en-US')} characters. ${NOTHING_CHANGED}`,
      );
    }
    try {
      const database = await db();
      const tx = database.transaction([STORES.postings, STORES.summaries], 'readwrite');
      return await writeAll(tx, async (write) => {
        const read = readRecord(await tx.objectStore(STORES.postings).get(key));
        if (!read.ok)
          throw new PostingsStoreError(
            'failed',
            `This posting could not be read (${read.problem}). ${NOTHING_CHANGED}`,
          );
        const record: PostingRecord = {
          ...read.record,
          ...change,
          editedAt: now().toISOString(),
        };
        putRecord(tx, record, write);
        return record;
      });
    } catch (error) {
      throw storeError(error, 'saving your change');
    }
  }

  async function remove(keys: readonly string[]): Promise<void> {
    try {
      const database = await db();
      const tx = database.transaction([STORES.postings, STORES.summaries, STORES.texts], 'readwrite');
      return await writeAll(tx, async (write) => {
        for (const key of keys) {
          write(tx.objectStore(STORES.postings).delete(key));
          write(tx.objectStore(STORES.summaries).delete(key));
          write(tx.objectStore(STORES.texts).delete(key));
        }
      });
    } catch (error) {
      throw storeError(error, 'deleting postings');
    }
  }

  /** Everything, including the records kept aside. */
  async function clear(): Promise<void> {
    try {
      const database = await db();
      const tx = database.transaction(ALL_STORES, 'readwrite');
      return await writeAll(tx, async (write) => {
        write(tx.objectStore(STORES.postings).clear());
        write(tx.objectStore(STORES.summaries).clear());
        write(tx.objectStore(STORES.texts).clear());
        write(tx.objectStore(STORES.aside).clear());
      });
    } catch (error) {
      throw storeError(error, 'clearing your postings');
    }
  }

  /** Every readable record with its text, for the JSON file. */
  async function entries(): Promise<{
    entries: PostingEntry[];
    unreadable: Listing['unreadable'];
  }> {
    const {records, unreadable} = await list();
    try {
      const database = await db();
      const tx = database.transaction(STORES.texts);
      const texts = await Promise.all(records.map((record) => tx.store.get(record.key)));
      return {
        entries: records.map((record, index) => ({
          record,
          text: textFrom(texts[index], record.key),
        })),
        unreadable,
      };
    } catch (error) {
      throw storeError(error, "reading the postings' texts");
    }
  }

  /**
   * Merges a validated file into the store by key, in one transaction: a record already here keeps
   * whatever of it is newer (see mergeRecords); the text follows the newer analysis.
   */
  async function importEntries(file: readonly PostingEntry[]): Promise<ImportResult> {
    try {
      const database = await db();
      const tx = database.transaction(ALL_STORES, 'readwrite');
      return await writeAll(tx, async (write) => {
        const store = tx.objectStore(STORES.postings);
        let added = 0;
        let merged = 0;
        for (const {record, text} of file) {
          const raw = await store.get(record.key);
          const read = raw === undefined ? null : readRecord(raw);
          if (read && !read.ok)
            write(
              tx.objectStore(STORES.aside).add({
                key: record.key,
                value: raw,
                problem: read.problem,
                keptAt: now().toISOString(),
              }),
            );
          const existing = read?.ok ? read.record : null;
          const next = existing ? mergeRecords(existing, record) : record;
          if (existing) merged++;
          else added++;
          putRecord(tx, next, write);
          const textIsNewer =
            !existing ||
            next.analyzedAt !== existing.analyzedAt ||
            !(await tx.objectStore(STORES.texts).get(record.key));
          if (text && textIsNewer) write(tx.objectStore(STORES.texts).put(text));
        }
        return {added, merged};
      });
    } catch (error) {
      throw storeError(error, 'importing the file');
    }
  }

  /** Forgets postings not seen (nor edited) for `days` days; returns how many. */
  async function forgetOlderThan(days: number): Promise<number> {
    const cutoff = new Date(now().getTime() - days * 86_400_000).toISOString();
    try {
      const database = await db();
      const tx = database.transaction([STORES.postings, STORES.summaries, STORES.texts], 'readwrite');
      return await writeAll(tx, async (write) => {
        let forgotten = 0;
        let cursor = await tx
          .objectStore(STORES.postings)
          .index('lastSeen')
          .openCursor(IDBKeyRange.upperBound(cutoff, true));
        while (cursor) {
          const editedAt = (cursor.value as {editedAt?: unknown}).editedAt;
          if (!(typeof editedAt === 'string' && editedAt >= cutoff)) {
            write(tx.objectStore(STORES.texts).delete(cursor.primaryKey));
            write(tx.objectStore(STORES.summaries).delete(cursor.primaryKey));
            write(cursor.delete());
            forgotten++;
          }
          cursor = await cursor.continue();
        }
        return forgotten;
      });
    } catch (error) {
      throw storeError(error, 'forgetting old postings');
    }
  }

  /** Table rows by site posting key (any key a record was seen under), for list marks. Unknown keys are absent. */
  async function summariesFor(keys: readonly string[]): Promise<Map<string, PostingSummary>> {
    try {
      const database = await db();
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

  /**
   * Keys of records analysed by another version or for another profile than `context` says: every key
   * of the stamp index but the current stamp's, read from the index alone (no value is read).
   */
  async function staleKeys(context: Pick<AnalysisContext, 'analysisVersion' | 'profileStamp'>): Promise<string[]> {
    const database = await db();
    const index = database.transaction(STORES.summaries).store.index('stamp');
    const stamp = stampOf(context);
    const [before, after] = await Promise.all([
      index.getAllKeys(IDBKeyRange.upperBound(stamp, true)),
      index.getAllKeys(IDBKeyRange.lowerBound(stamp, true)),
    ]);
    return [...before, ...after];
  }

  /**
   * Re-analyses these records from their stored text (no site visited). A record without a text, or
   * one changed meanwhile, is left as it is. Returns how many were re-analysed.
   */
  async function reanalyse(
    keys: readonly string[],
    analyze: (posting: Posting) => Analysis,
    context: AnalysisContext,
  ): Promise<number> {
    const database = await db();
    const read = database.transaction([STORES.postings, STORES.texts]);
    const pairs = await Promise.all(
      keys.map(
        async (key) =>
          [await read.objectStore(STORES.postings).get(key), await read.objectStore(STORES.texts).get(key)] as const,
      ),
    );
    const updated: PostingRecord[] = [];
    for (const [raw, rawText] of pairs) {
      const record = readRecord(raw);
      const text = textFrom(rawText, record.ok ? record.record.key : '');
      if (!record.ok || !text) continue;
      updated.push(reanalysed(record.record, analyze(postingFromRecord(record.record, text)), context));
    }
    try {
      const tx = database.transaction([STORES.postings, STORES.summaries], 'readwrite');
      return await writeAll(tx, async (write) => {
        let written = 0;
        for (const record of updated) {
          // The user may have edited status or notes while the analysis ran: theirs stays.
          const current = readRecord(await tx.objectStore(STORES.postings).get(record.key));
          if (!current.ok) continue;
          putRecord(
            tx,
            {
              ...record,
              status: current.record.status,
              notes: current.record.notes,
              editedAt: current.record.editedAt,
              lastSeen: current.record.lastSeen,
              links: current.record.links,
              keys: current.record.keys,
            },
            write,
          );
          written++;
        }
        return written;
      });
    } catch (error) {
      throw storeError(error, 're-analysing your postings');
    }
  }

  function close(): void {
    void connection?.then((open) => open.close()).catch(() => undefined);
    connection = null;
  }

  return {
    list,
    summaries,
    records,
    count,
    aside,
    asideReport,
    remember,
    edit,
    remove,
    clear,
    entries,
    importEntries,
    forgetOlderThan,
    summariesFor,
    staleKeys,
    reanalyse,
    close,
  };
}

function textFrom(raw: unknown, key: string): PostingText | null {
  const value = raw as Partial<PostingText> | undefined;
  if (!value || typeof value.description !== 'string' || typeof value.salaryText !== 'string' || value.key !== key)
    return null;
  return {key, salaryText: value.salaryText, description: value.description};
}

export type PostingsStore = ReturnType<typeof createPostingsStore>;
