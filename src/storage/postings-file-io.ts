// "Your postings" to and from the JSON file (postings-file.ts validates the file itself).
import {readRecord} from './posting-migrations';
import {STORES} from './postings-layout';
import {mergeRecords} from './posting-record';
import type {PostingEntry} from './postings-file';
import {ALL_STORES, putRecord, storeError, textFrom, writeAll, type Connection} from './postings-idb';
import {list, type Listing} from './postings-reads';

export interface ImportResult {
  added: number;
  merged: number;
}

/** Every readable record with its text, for the JSON file. */
export async function entries(conn: Connection): Promise<{
  entries: PostingEntry[];
  unreadable: Listing['unreadable'];
}> {
  const {records, unreadable} = await list(conn);
  try {
    const database = await conn.db();
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
export async function importEntries(conn: Connection, file: readonly PostingEntry[]): Promise<ImportResult> {
  try {
    const database = await conn.db();
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
              keptAt: conn.now().toISOString(),
            }),
          );
        const existing = read?.ok ? read.record : null;
        const next = existing ? mergeRecords(existing, record) : record;
        if (existing) merged++;
        else added++;
        putRecord(tx, next, write);
        const textIsNewer =
          !existing || next.analyzedAt !== existing.analyzedAt || !(await tx.objectStore(STORES.texts).get(record.key));
        if (text && textIsNewer) write(tx.objectStore(STORES.texts).put(text));
      }
      return {added, merged};
    });
  } catch (error) {
    throw storeError(error, 'importing the file');
  }
}
