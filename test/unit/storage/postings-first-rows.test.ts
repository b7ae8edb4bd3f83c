// The Postings page's first read (its own connection, before the store module loads): the same rows the
// store lists, or null whenever the store must answer instead; never a database of its own making.
import 'fake-indexeddb/auto';
import {IDBFactory} from 'fake-indexeddb';
import {openDB, unwrap} from 'idb';
import {beforeEach, describe, expect, it} from 'vitest';
import {upgrade} from '../../../src/storage/posting-migrations';
import {summaryOf} from '../../../src/storage/posting-summary';
import {createPostingsStore} from '../../../src/storage/postings-db';
import {readFirstRows} from '../../../src/storage/postings-first-rows';
import {DB_VERSION, POSTINGS_DB_NAME, STORES} from '../../../src/storage/postings-layout';
import {haveRealPostings} from '../../support/dev-postings';
import {analyzeWith, context, recordOf, sitePostings} from '../../support/posting-records';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe.skipIf(!haveRealPostings)('the first rows', () => {
  const postings = sitePostings(5);

  async function stored() {
    const store = createPostingsStore();
    for (const [index, posting] of postings.entries())
      await store.remember(
        posting,
        analyzeWith(posting),
        context(new Date(Date.UTC(2026, 10, 1, 10, index)).toISOString()),
      );
    return store;
  }

  it('are the newest table rows, as the store lists them, checked', async () => {
    const store = await stored();
    const expected = (await store.summaries(3)).summaries;
    expect(expected.map((row) => row.key)).toEqual([postings[4]!.id, postings[3]!.id, postings[2]!.id]);
    expect(await readFirstRows(3)).toEqual(expected);
    expect(await readFirstRows(50)).toEqual((await store.summaries()).summaries);
    store.close();
  });

  it('without a database: null, and no empty database is left for the store to trip over', async () => {
    expect(await readFirstRows(50)).toBeNull();
    expect(await indexedDB.databases()).toEqual([]);
    // The store still creates every store and index at the current version.
    const store = await stored();
    expect((await store.summaries()).summaries).toHaveLength(postings.length);
    const db = await openDB(POSTINGS_DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    db.close();
    store.close();
  });

  it('a damaged row: null, leaving the row to the store (which rebuilds it from its record)', async () => {
    const store = await stored();
    const row = summaryOf((await store.records([postings[4]!.id!])).records[0]!);
    const db = await openDB(POSTINGS_DB_NAME, DB_VERSION);
    await db.put(STORES.summaries, {...row, fit: 'high'});
    db.close();
    expect(await readFirstRows(50)).toBeNull();
    const listed = await store.summaries();
    expect(listed.unreadable).toEqual([]);
    expect(listed.summaries[0]).toEqual(row);
    store.close();
  });

  it('a database at an older version: null, and the database is left for the store to upgrade', async () => {
    const old = await openDB(POSTINGS_DB_NAME, 1, {
      upgrade: (database, oldVersion, _newVersion, transaction) =>
        upgrade(unwrap(database), unwrap(transaction), oldVersion, 1),
    });
    await old.put(STORES.postings, recordOf(postings[0]!));
    old.close();
    expect(await readFirstRows(50)).toBeNull();
    const store = createPostingsStore();
    expect((await store.summaries()).summaries.map((row) => row.key)).toEqual([postings[0]!.id]);
    store.close();
  });
});
