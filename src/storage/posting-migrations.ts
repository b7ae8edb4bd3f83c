// The versions of "Your postings": the database's (object stores and indexes, changed in the upgrade
// callback) and the record format's (`v` on each record, migrated when read or imported). A record is
// never rewritten in bulk at upgrade time: a large store would hold the upgrade transaction (and every
// page waiting on it) for seconds. It is migrated in memory on read and written back in its new form the
// next time it is written.
import type {z} from 'zod';
import {PostingRecordSchema, RECORD_VERSION, type PostingRecord} from './posting-record';

/** The database version: bump with a step in upgradeSteps when a store or an index changes. */
export const DB_VERSION = 1;

export const STORES = {postings: 'postings', texts: 'texts', aside: 'aside'} as const;

/** Creating and changing stores and indexes, by the version they lead to. */
export interface UpgradeTarget {
  objectStoreNames: {contains(name: string): boolean};
  createObjectStore(
    name: string,
    options?: IDBObjectStoreParameters,
  ): {createIndex(name: string, keyPath: string, options?: IDBIndexParameters): unknown};
}

const UPGRADE_STEPS: Record<number, (db: UpgradeTarget) => void> = {
  1: (db) => {
    const postings = db.createObjectStore(STORES.postings, {keyPath: 'key'});
    // Every site key the job was seen under: the list marks look a card's key up here.
    postings.createIndex('keys', 'keys', {multiEntry: true});
    postings.createIndex('sameJob', 'sameJob');
    postings.createIndex('lastSeen', 'lastSeen');
    db.createObjectStore(STORES.texts, {keyPath: 'key'});
    // Records that failed validation, kept as they were with what was wrong.
    db.createObjectStore(STORES.aside, {autoIncrement: true});
  },
};

/** Runs every step after `oldVersion` up to `newVersion`, in order. */
export function upgrade(db: UpgradeTarget, oldVersion: number, newVersion: number, steps = UPGRADE_STEPS): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = steps[version];
    if (!step) throw new Error(`no upgrade step to database version ${version}`);
    step(db);
  }
}

/** Record format steps: RECORD_MIGRATIONS[n] turns a version n-1 record into version n. */
type RecordMigration = (record: Record<string, unknown>) => Record<string, unknown>;
const RECORD_MIGRATIONS: Record<number, RecordMigration> = {};

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

/** At most a few issues, each with where it is: enough to find the bad field in a file or a record. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'record'}: ${issue.message}`)
    .join('; ');
}

/** Every read goes through here: migrated, then validated. */
export function readRecord(raw: unknown): ReadRecord {
  const migrated = migrateRecord(raw);
  if (!migrated.ok) return migrated;
  const parsed = PostingRecordSchema.safeParse(migrated.value);
  return parsed.success ? {ok: true, record: parsed.data} : {ok: false, problem: describeIssues(parsed.error)};
}
