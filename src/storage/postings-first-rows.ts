// The Postings page's first screen: the newest table rows, read over a connection of their own before the
// store module (its migrations, the record schema, classic zod) has loaded. Plain IndexedDB: one open and
// one bounded getAll, each row checked by the table row's schema. It answers only when it can alone; the
// store (postings-db.ts) does everything else, including what this read declines.
import {readSummary, type PostingSummary} from './posting-summary';
import {DB_VERSION, POSTINGS_DB_NAME, STORES} from './postings-layout';

/**
 * The newest `limit` rows, or null when the store must answer: no database yet, one at another version
 * (the store upgrades it, or says it is from a newer TPM Lens), a row that fails validation (the store
 * rebuilds it from its record or sets it aside), or any failure to read.
 */
export function readFirstRows(
  limit: number,
  factory: IDBFactory = indexedDB,
  name: string = POSTINGS_DB_NAME,
): Promise<PostingSummary[] | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      resolve(null);
      return;
    }
    // No database yet: an open without a version would create an empty one. Abort it: the store creates
    // the database with its stores at the current version.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onsuccess = () => {
      const db = request.result;
      const done = (rows: PostingSummary[] | null) => {
        db.close();
        resolve(rows);
      };
      // A newer TPM Lens upgrading the database never waits for this read.
      db.onversionchange = () => db.close();
      if (db.version !== DB_VERSION) {
        done(null);
        return;
      }
      try {
        const read = db
          .transaction(STORES.summaries)
          .objectStore(STORES.summaries)
          .index('recency')
          .getAll(null, limit);
        read.onerror = (event) => {
          event.preventDefault();
          done(null);
        };
        read.onsuccess = () => {
          const rows: PostingSummary[] = [];
          for (const raw of read.result) {
            const checked = readSummary(raw);
            if (!checked.ok) {
              done(null);
              return;
            }
            rows.push(checked.record);
          }
          done(rows);
        };
      } catch {
        done(null);
      }
    };
  });
}
