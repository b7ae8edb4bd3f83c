// The plumbing under "Your postings": the database's shape, its connection, the one-transaction write
// helper and the messages its errors become. The store's parts (postings-reads.ts, postings-writes.ts,
// postings-file-io.ts, postings-reanalysis.ts) each take the connection; postings-db.ts puts them together.
import {openDB, unwrap, type DBSchema, type IDBPDatabase} from 'idb';
import {errorMessage} from '../core/error-message';
import {upgrade} from './posting-migrations';
import type {PostingRecord, PostingText} from './posting-record';
import {summaryOf} from './posting-summary';
import {DB_VERSION, POSTINGS_DB_NAME, STORES} from './postings-layout';

export interface AsideEntry {
  key: string | null;
  value: unknown;
  problem: string;
  keptAt: string;
}

export interface PostingsDb extends DBSchema {
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

export const NOTHING_CHANGED = 'Nothing was changed.';

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

export type StoreName = (typeof STORES)[keyof typeof STORES];
export const ALL_STORES: StoreName[] = [STORES.postings, STORES.summaries, STORES.texts, STORES.aside];

/** What each part of the store works through: the database (opened on first use) and the clock. */
export interface Connection {
  db(): Promise<IDBPDatabase<PostingsDb>>;
  now(): Date;
}

/** Opens the database on first use, and again after another version took it over. */
export function openConnection(options: OpenOptions, now: () => Date): Connection & {close(): void} {
  const name = options.name ?? POSTINGS_DB_NAME;
  let connection: Promise<IDBPDatabase<PostingsDb>> | null = null;
  const db = (): Promise<IDBPDatabase<PostingsDb>> => {
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
  };
  return {
    db,
    now,
    close(): void {
      void connection?.then((open) => open.close()).catch(() => undefined);
      connection = null;
    },
  };
}

/** A read-write transaction over (at least) the records and their rows. */
interface RecordWriteTx {
  objectStore(name: 'postings' | 'summaries'): {put(value: unknown): Promise<unknown>};
}

/** A record and its table row, always written together. */
export function putRecord(tx: RecordWriteTx, record: PostingRecord, write: (request: Promise<unknown>) => void): void {
  write(tx.objectStore(STORES.postings).put(record));
  write(tx.objectStore(STORES.summaries).put(summaryOf(record)));
}

/**
 * Runs the writes of one transaction; a write that throws at once (rather than failing the transaction
 * later, as a quota error usually does) aborts it, so the writes already made are undone too.
 */
export async function writeAll<T>(
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

export const keyOfRaw = (raw: unknown): string | null => {
  const key = (raw as {key?: unknown} | null)?.key;
  return typeof key === 'string' ? key : null;
};

export function textFrom(raw: unknown, key: string): PostingText | null {
  const value = raw as Partial<PostingText> | undefined;
  if (!value || typeof value.description !== 'string' || typeof value.salaryText !== 'string' || value.key !== key)
    return null;
  return {key, salaryText: value.salaryText, description: value.description};
}
