// The versions of "Your postings": the database's (object stores and indexes, changed in the upgrade
// callback) and the record format's (`v` on each record, migrated when read or imported). Records are
// never rewritten at upgrade time (a record is migrated in memory on read and written back in its new form
// the next time it is written); a step that adds a derived store fills it from the records, once.
import {PostingRecordSchema, RECORD_VERSION, type PostingRecord} from './posting-record';
import {describeIssues, summaryOf} from './posting-summary';
import {STORES} from './postings-layout';

/** A step gets the database and its upgrade transaction (plain IndexedDB: the step runs inside its events). */
type UpgradeStep = (db: IDBDatabase, tx: IDBTransaction) => void;

const UPGRADE_STEPS: Record<number, UpgradeStep> = {
  1: (db) => {
    const postings = db.createObjectStore(STORES.postings, {keyPath: 'key'});
    // Every site key the job was seen under (version 1's list-mark lookup; kept for the same-job match).
    postings.createIndex('keys', 'keys', {multiEntry: true});
    postings.createIndex('sameJob', 'sameJob');
    postings.createIndex('lastSeen', 'lastSeen');
    db.createObjectStore(STORES.texts, {keyPath: 'key'});
    // Records that failed validation, kept as they were with what was wrong.
    db.createObjectStore(STORES.aside, {autoIncrement: true});
  },
  // The table rows, apart from the records: the Postings page's first screen and the list marks read
  // these (a few hundred bytes each) and never a whole record. Filled from the records here, once; a
  // record that fails validation is moved aside on the way.
  2: (db, tx) => {
    const summaries = db.createObjectStore(STORES.summaries, {keyPath: 'key'});
    summaries.createIndex('keys', 'keys', {multiEntry: true});
    summaries.createIndex('recency', 'recency');
    summaries.createIndex('stamp', 'stamp');
    const keptAt = new Date().toISOString();
    const cursorRequest = tx.objectStore(STORES.postings).openCursor();
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return;
      const read = readRecord(cursor.value);
      if (read.ok) summaries.put(summaryOf(read.record));
      else {
        tx.objectStore(STORES.aside).add({
          key: typeof cursor.primaryKey === 'string' ? cursor.primaryKey : null,
          value: cursor.value as unknown,
          problem: read.problem,
          keptAt,
        });
        cursor.delete();
      }
      cursor.continue();
    };
  },
};

/** Runs every step after `oldVersion` up to `newVersion`, in order. */
export function upgrade(
  db: IDBDatabase,
  tx: IDBTransaction,
  oldVersion: number,
  newVersion: number,
  steps: Record<number, UpgradeStep> = UPGRADE_STEPS,
): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = steps[version];
    if (!step) throw new Error(`no upgrade step to database version ${version}`);
    step(db, tx);
  }
}

/** Record format steps: RECORD_MIGRATIONS[n] turns a version n-1 record into version n. */
type RecordMigration = (record: Record<string, unknown>) => Record<string, unknown>;
const RECORD_MIGRATIONS: Record<number, RecordMigration> = {
  // Format 2 keeps the screening line's parts: unknown for an older record until it is re-analysed (the next
  // version of the extension re-analyses every record from its stored text).
  2: (record) => ({...record, screening: null}),
};

export type ReadRecord = {ok: true; record: PostingRecord} | {ok: false; problem: string};

/** Brings a stored or imported value to the current format, or says why it cannot. */
export function migrateRecord(
  raw: unknown,
  steps = RECORD_MIGRATIONS,
  target = RECORD_VERSION,
): {ok: true; value: Record<string, unknown>} | {ok: false; problem: string} {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return {ok: false, problem: 'not a record (expected an object)'};
  let value = raw as Record<string, unknown>;
  const from = value.v;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
    return {ok: false, problem: 'the record has no format version (v)'};
  if (from > target)
    return {
      ok: false,
      problem: `the record is from a newer TPM Lens (format ${from}; this version reads up to ${target})`,
    };
  for (let version = from + 1; version <= target; version++) {
    const step = steps[version];
    if (!step) return {ok: false, problem: `no migration from record format ${version - 1} to ${version}`};
    value = {...step(value), v: version};
  }
  return {ok: true, value};
}

/** Every read goes through here: migrated, then validated. */
export function readRecord(raw: unknown): ReadRecord {
  const migrated = migrateRecord(raw);
  if (!migrated.ok) return migrated;
  const parsed = PostingRecordSchema.safeParse(migrated.value);
  return parsed.success ? {ok: true, record: parsed.data} : {ok: false, problem: describeIssues(parsed.error)};
}
