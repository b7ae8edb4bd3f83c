// Writing "Your postings": each change is one transaction over the record, its table row and its text.
import type {IDBPObjectStore} from 'idb';
import type {Analysis, Posting} from '../core/types';
import {readRecord} from './posting-migrations';
import {mergeRecords, recordFromAnalysis, textOf, type AnalysisContext, type PostingRecord} from './posting-record';
import {MAX_NOTES_CHARS, STATUSES, type PostingStatus} from './posting-summary';
import {STORES} from './postings-layout';
import {
  ALL_STORES,
  keyOfRaw,
  NOTHING_CHANGED,
  PostingsStoreError,
  putRecord,
  storeError,
  writeAll,
  type Connection,
  type PostingsDb,
  type StoreName,
} from './postings-idb';

export interface RememberResult {
  record: PostingRecord;
  /** 'added': a new record; 'seen': the same key again; 'same-job': the same job under another key. */
  outcome: 'added' | 'seen' | 'same-job';
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
export async function remember(
  conn: Connection,
  posting: Posting,
  analysis: Analysis,
  context: AnalysisContext,
  status: 'new' | 'saved' = 'new',
): Promise<RememberResult> {
  const fresh = recordFromAnalysis(posting, analysis, context, status);
  try {
    const database = await conn.db();
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
export async function edit(
  conn: Connection,
  key: string,
  change: {status?: PostingStatus; notes?: string},
): Promise<PostingRecord> {
  if (change.status !== undefined && !STATUSES.includes(change.status))
    throw new PostingsStoreError('failed', `Unknown status "${String(change.status)}".`);
  if (change.notes !== undefined && change.notes.length > MAX_NOTES_CHARS) {
    throw new PostingsStoreError(
      'failed',
      `Notes are limited to ${MAX_NOTES_CHARS.toLocaleString('en-US')} characters. ${NOTHING_CHANGED}`,
    );
  }
  try {
    const database = await conn.db();
    const tx = database.transaction([STORES.postings, STORES.summaries], 'readwrite');
    return await writeAll(tx, async (write) => {
      const read = readRecord(await tx.objectStore(STORES.postings).get(key));
      if (!read.ok)
        throw new PostingsStoreError('failed', `This posting could not be read (${read.problem}). ${NOTHING_CHANGED}`);
      const record: PostingRecord = {
        ...read.record,
        ...change,
        editedAt: conn.now().toISOString(),
      };
      putRecord(tx, record, write);
      return record;
    });
  } catch (error) {
    throw storeError(error, 'saving your change');
  }
}

export async function remove(conn: Connection, keys: readonly string[]): Promise<void> {
  try {
    const database = await conn.db();
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
export async function clear(conn: Connection): Promise<void> {
  try {
    const database = await conn.db();
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

/** Forgets postings not seen (nor edited) for `days` days; returns how many. */
export async function forgetOlderThan(conn: Connection, days: number): Promise<number> {
  const cutoff = new Date(conn.now().getTime() - days * 86_400_000).toISOString();
  try {
    const database = await conn.db();
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
