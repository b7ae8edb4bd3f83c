// Stored postings analysed by another version or for another profile, analysed again from their own
// stored text (no site visited).
import type {Analysis, Posting} from '../core/types';
import {readRecord} from './posting-migrations';
import {postingFromRecord, reanalysed, type AnalysisContext, type PostingRecord} from './posting-record';
import {stampOf} from './posting-summary';
import {STORES} from './postings-layout';
import {putRecord, storeError, textFrom, writeAll, type Connection} from './postings-idb';

/**
 * Keys of records analysed by another version or for another profile than `context` says: every key
 * of the stamp index but the current stamp's, read from the index alone (no value is read).
 */
export async function staleKeys(
  conn: Connection,
  context: Pick<AnalysisContext, 'analysisVersion' | 'profileStamp'>,
): Promise<string[]> {
  const database = await conn.db();
  const index = database.transaction(STORES.summaries).store.index('stamp');
  const stamp = stampOf(context);
  const [before, after] = await Promise.all([
    index.getAllKeys(IDBKeyRange.upperBound(stamp, true)),
    index.getAllKeys(IDBKeyRange.lowerBound(stamp, true)),
  ]);
  return [...before, ...after];
}

/** The records with their texts, analysed again; those without a readable record and text are left out. */
async function analysedAgain(
  conn: Connection,
  keys: readonly string[],
  analyze: (posting: Posting) => Analysis,
  context: AnalysisContext,
): Promise<PostingRecord[]> {
  const database = await conn.db();
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
  return updated;
}

/**
 * Re-analyses these records from their stored text (no site visited). A record without a text, or
 * one changed meanwhile, is left as it is. Returns how many were re-analysed.
 */
export async function reanalyse(
  conn: Connection,
  keys: readonly string[],
  analyze: (posting: Posting) => Analysis,
  context: AnalysisContext,
): Promise<number> {
  const updated = await analysedAgain(conn, keys, analyze, context);
  const database = await conn.db();
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
