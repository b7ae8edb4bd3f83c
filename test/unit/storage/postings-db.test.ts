import 'fake-indexeddb/auto';
import {IDBFactory} from 'fake-indexeddb';
import {openDB, unwrap} from 'idb';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createPostingsKeeper} from '../../../src/background/postings';
import type {Posting} from '../../../src/core/types';
import {upgrade} from '../../../src/storage/posting-migrations';
import {DB_VERSION} from '../../../src/storage/postings-layout';
import {profileStamp} from '../../../src/storage/posting-record';
import {summaryOf} from '../../../src/storage/posting-summary';
import {createPostingsStore, storeError, type PostingsStore} from '../../../src/storage/postings-db';
import {parsePostingsFile, postingsFile} from '../../../src/storage/postings-file';
import {DEFAULT_POSTINGS_SETTINGS, type PostingsSettings} from '../../../src/storage/postings-settings';
import {haveRealPostings} from '../../support/dev-postings';
import {analyzeWith, context, PROFILE, recordOf, sitePostings, VERSION} from '../../support/posting-records';

let clock = new Date('2026-11-01T10:00:00.000Z');
const tick = (minutes = 1) => (clock = new Date(clock.getTime() + minutes * 60_000));
let store: PostingsStore;

beforeEach(() => {
  // A fresh IndexedDB per test.
  globalThis.indexedDB = new IDBFactory();
  clock = new Date('2026-11-01T10:00:00.000Z');
  store = createPostingsStore({}, () => clock);
});
afterEach(() => store.close());

const remember = (posting: Posting, status: 'new' | 'saved' = 'new') =>
  store.remember(posting, analyzeWith(posting), context(tick().toISOString()), status);

describe.skipIf(!haveRealPostings)('the postings store (IndexedDB through idb, fake-indexeddb here)', () => {
  const postings = sitePostings(6);

  it('remembers postings once each, most recently seen first', async () => {
    for (const posting of postings.slice(0, 3)) await remember(posting);
    const again = await remember(postings[0]!);
    expect(again.outcome).toBe('seen');
    const {records, unreadable} = await store.list();
    expect(unreadable).toEqual([]);
    expect(records.map((record) => record.key)).toEqual([postings[0]!.id, postings[2]!.id, postings[1]!.id]);
    expect(records[0]!.firstSeen < records[0]!.lastSeen).toBe(true);
    expect((await store.list(2)).records).toHaveLength(2);
    expect(await store.count()).toBe(3);
  });

  it('one job on LinkedIn and on its Greenhouse page is one record with both links', async () => {
    const job = postings[0]!;
    const linkedin: Posting = {
      ...job,
      id: 'linkedin:4053542511',
      site: 'linkedin',
      url: 'https://www.linkedin.com/jobs/view/4053542511/',
      location: `${job.location.split(',')[0]}, United States`,
    };
    const greenhouse: Posting = {
      ...job,
      id: 'greenhouse:77',
      site: 'greenhouse',
      url: 'https://boards.greenhouse.io/acme/jobs/77',
      company: `${job.company} Inc.`,
    };
    await remember(linkedin);
    const second = await remember(greenhouse);
    expect(second.outcome).toBe('same-job');
    const {records} = await store.list();
    expect(records).toHaveLength(1);
    expect(records[0]!.links.map((link) => link.site)).toEqual(['linkedin', 'greenhouse']);
    // The list marks find it under either site's key.
    const found = await store.summariesFor(['linkedin:4053542511', 'greenhouse:77', 'indeed:nope']);
    expect([...found.keys()]).toEqual(['linkedin:4053542511', 'greenhouse:77']);
    expect(found.get('greenhouse:77')!.key).toBe('linkedin:4053542511');
  });

  it('Save marks a new posting saved, never undoing a status set further along', async () => {
    await remember(postings[0]!);
    expect((await remember(postings[0]!, 'saved')).record.status).toBe('saved');
    await store.edit(postings[0]!.id!, {status: 'applied', notes: 'Referred by Sam'});
    const saved = await remember(postings[0]!, 'saved');
    expect(saved.record).toMatchObject({status: 'applied', notes: 'Referred by Sam'});
    await expect(store.edit(postings[0]!.id!, {status: 'hired' as never})).rejects.toThrow(/Unknown status/);
  });

  it('a corrupt record is skipped, reported and kept aside; the others are listed', async () => {
    for (const posting of postings.slice(0, 2)) await remember(posting);
    const db = await openDB('tpm-lens-postings', DB_VERSION);
    const good = await db.get('postings', postings[0]!.id!);
    await db.put('postings', {...good, key: 'linkedin:broken', keys: ['linkedin:broken'], fit: {score: 'great'}});
    await db.put('postings', {key: 'junk', lastSeen: '2026-12-01T00:00:00.000Z'});
    db.close();
    const first = await store.list();
    expect(first.records.map((record) => record.key).sort()).toEqual([postings[0]!.id, postings[1]!.id].sort());
    expect(first.unreadable.map((entry) => entry.key).sort()).toEqual(['junk', 'linkedin:broken']);
    expect(first.unreadable.find((entry) => entry.key === 'linkedin:broken')!.problem).toMatch(/fit\.score/);
    // Kept whole, aside; the next read is clean.
    const aside = await store.aside();
    expect(aside.map((entry) => (entry.value as {key: string}).key).sort()).toEqual(['junk', 'linkedin:broken']);
    expect((await store.list()).unreadable).toEqual([]);
  });

  it('the table rows follow their records through every write', async () => {
    const rowsMatch = async () => {
      const {records} = await store.list();
      const {summaries, unreadable} = await store.summaries();
      expect(unreadable).toEqual([]);
      expect(summaries).toEqual(records.map(summaryOf));
    };
    for (const posting of postings.slice(0, 4)) await remember(posting);
    await rowsMatch();
    await store.edit(postings[1]!.id!, {status: 'offer', notes: 'call back Friday'});
    await rowsMatch();
    expect((await store.summaries(2)).summaries.map((row) => row.key)).toEqual([postings[3]!.id, postings[2]!.id]);
    await store.remove([postings[2]!.id!]);
    await rowsMatch();
    const {entries} = await store.entries();
    await store.clear();
    expect((await store.summaries()).summaries).toEqual([]);
    await store.importEntries(entries);
    await rowsMatch();
    // Whole records by key for compare and CSV, in the order asked, unknown keys skipped.
    const picked = await store.records([postings[3]!.id!, 'nope:1', postings[0]!.id!]);
    expect(picked.records.map((record) => record.key)).toEqual([postings[3]!.id, postings[0]!.id]);
  });

  it('a damaged table row is made again from its record; with its record damaged too, both are set aside', async () => {
    for (const posting of postings.slice(0, 3)) await remember(posting);
    const db = await openDB('tpm-lens-postings', DB_VERSION);
    const row = await db.get('summaries', postings[0]!.id!);
    await db.put('summaries', {...row, completeness: 'high'});
    const record = await db.get('postings', postings[1]!.id!);
    await db.put('postings', {...record, verdict: 'perhaps'});
    await db.put('summaries', {...(await db.get('summaries', postings[1]!.id!)), fit: -1});
    db.close();
    const {summaries, unreadable} = await store.summaries();
    expect(summaries.map((entry) => entry.key)).toEqual([postings[2]!.id, postings[0]!.id]);
    expect(summaries[1]!.completeness).toBeTypeOf('number');
    expect(unreadable).toEqual([{key: postings[1]!.id, problem: expect.stringMatching(/verdict/)}]);
    expect(await store.asideReport()).toEqual(unreadable);
    expect((await store.summaries()).unreadable).toEqual([]);
    expect(await store.count()).toBe(2);
  });

  it('a row written before the pay against yours and skills columns reads as it is; a bad one is made again', async () => {
    for (const posting of postings.slice(0, 2)) await remember(posting);
    const db = await openDB('tpm-lens-postings', DB_VERSION);
    const {yourPay: _pay, skills: _skills, ...older} = await db.get('summaries', postings[0]!.id!);
    await db.put('summaries', older);
    await db.put('summaries', {
      ...(await db.get('summaries', postings[1]!.id!)),
      yourPay: {verdict: 'great', text: ''},
    });
    db.close();
    const {summaries, unreadable} = await store.summaries();
    expect(unreadable).toEqual([]);
    const byKey = new Map(summaries.map((row) => [row.key, row]));
    expect(byKey.get(postings[0]!.id!)).toEqual(older);
    // Made again from its record: no profile, so nothing compared.
    expect(byKey.get(postings[1]!.id!)!.yourPay).toBeNull();
  });

  it('a row with malformed blockers is made again from its record', async () => {
    await remember(postings[0]!);
    const db = await openDB('tpm-lens-postings', DB_VERSION);
    await db.put('summaries', {...(await db.get('summaries', postings[0]!.id!)), blockers: [42]});
    db.close();
    const {summaries, unreadable} = await store.summaries();
    expect(unreadable).toEqual([]);
    // No profile, so nothing blocks: the rebuilt row has no blockers.
    expect(summaries[0]).not.toHaveProperty('blockers');
    expect(summaries[0]!.key).toBe(postings[0]!.id);
  });

  it('import merges by key keeping the newer data, and refuses a broken file without changing anything', async () => {
    for (const posting of postings.slice(0, 2)) await remember(posting);
    const exported = (await store.entries()).entries;
    // Meanwhile the user moves posting 0 along; the older file must not undo that.
    tick(60);
    await store.edit(postings[0]!.id!, {status: 'interviewing'});
    const fromOtherBrowser = exported.map((entry) =>
      entry.record.key === postings[1]!.id
        ? {
            ...entry,
            record: {
              ...entry.record,
              notes: 'newer note',
              status: 'applied' as const,
              editedAt: tick(120).toISOString(),
            },
          }
        : entry,
    );
    const extra = sitePostings(3, 'lever')[2]!;
    const extraRecord = {record: (await remember(extra)).record, text: null};
    await store.remove([extra.id!]);
    const file = JSON.stringify(postingsFile([...fromOtherBrowser, extraRecord], clock));
    const parsed = parsePostingsFile(file);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(await store.importEntries(parsed.entries)).toEqual({added: 1, merged: 2});
    const byKey = new Map((await store.list()).records.map((record) => [record.key, record]));
    expect(byKey.get(postings[0]!.id!)!.status).toBe('interviewing');
    expect(byKey.get(postings[1]!.id!)).toMatchObject({status: 'applied', notes: 'newer note'});
    expect(byKey.has(extra.id!)).toBe(true);

    const before = await store.entries();
    const broken = parsePostingsFile(file.slice(0, file.length / 2));
    expect(broken.ok).toBe(false);
    expect(await store.entries()).toEqual(before);
  });

  it('export then import into an empty store gives back the same postings and texts', async () => {
    for (const posting of postings) await remember(posting);
    await store.edit(postings[3]!.id!, {status: 'offer', notes: '=1+1, "quoted"\nsecond line'});
    const before = await store.entries();
    const file = JSON.stringify(postingsFile(before.entries, clock));
    await store.clear();
    expect(await store.count()).toBe(0);
    const parsed = parsePostingsFile(file);
    if (!parsed.ok) throw new Error(parsed.problem);
    await store.importEntries(parsed.entries);
    expect(await store.entries()).toEqual(before);
  });

  it('forgets postings not seen or edited for N days', async () => {
    await remember(postings[0]!);
    await remember(postings[1]!);
    await store.edit(postings[1]!.id!, {notes: 'keep'});
    tick(60 * 24 * 10);
    await remember(postings[2]!);
    tick(60 * 24 * 3);
    expect(await store.forgetOlderThan(7)).toBe(2);
    expect((await store.list()).records.map((record) => record.key)).toEqual([postings[2]!.id]);
  });

  it('a quota error says so and leaves nothing half-written', async () => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'texts') throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(remember(postings[0]!)).rejects.toThrow(/no room left .* Nothing was changed/);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await store.count()).toBe(0);
    expect(storeError(new DOMException('x', 'QuotaExceededError'), 'saving').kind).toBe('quota');
  });

  it('an open page steps aside for a newer database version and says so', async () => {
    let told = 0;
    const page = createPostingsStore({onVersionChange: () => told++});
    await page.count();
    const newer = await openDB('tpm-lens-postings', DB_VERSION + 1);
    expect(told).toBe(1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
  });
});

describe.skipIf(!haveRealPostings)('the background keeper', () => {
  const postings = sitePostings(4);
  let settings: PostingsSettings;
  let profile: typeof PROFILE | null;
  const keeper = () =>
    createPostingsKeeper({
      store,
      loadSettings: async () => settings,
      currentProfile: async () => profile,
      analyze: (posting, current) => analyzeWith(posting, current),
      analysisVersion: VERSION,
      now: () => tick(),
      onError: (error) => {
        throw error;
      },
    });
  beforeEach(() => {
    settings = DEFAULT_POSTINGS_SETTINGS;
    profile = null;
  });

  it('remembers TPM postings on its own, every posting, or none, as the setting says', async () => {
    const analyses = postings.map((posting) => ({posting, analysis: analyzeWith(posting)}));
    const tpm = analyses.filter(({analysis}) => analysis.detection.isTechnicalProjectManager);
    const other = analyses.filter(({analysis}) => !analysis.detection.isTechnicalProjectManager);
    for (const {posting, analysis} of analyses) await keeper().analysed(posting, analysis);
    expect((await store.list()).records.map((record) => record.key).sort()).toEqual(
      tpm.map(({posting}) => posting.id).sort(),
    );
    await store.clear();
    settings = {...settings, remember: 'none'};
    for (const {posting, analysis} of analyses) await keeper().analysed(posting, analysis);
    expect(await store.count()).toBe(0);
    settings = {...settings, remember: 'all'};
    for (const {posting, analysis} of analyses) await keeper().analysed(posting, analysis);
    expect(await store.count()).toBe(tpm.length + other.length);
    // Save keeps a posting whatever the setting.
    settings = {...settings, remember: 'none'};
    await store.clear();
    await keeper().save(postings[0]!);
    expect((await store.list()).records[0]!.status).toBe('saved');
  });

  it('answers list marks from the stored rows: fit and completeness by any site key, nothing for unknown keys', async () => {
    profile = PROFILE;
    const {key} = await keeper().save(postings[0]!);
    const record = (await store.records([key])).records[0]!;
    const marks = await keeper().marks([key, 'indeed:never-opened']);
    expect([...marks.keys()]).toEqual([key]);
    expect(marks.get(key)).toEqual({
      tpm: record.verdict === 'tpm',
      completeness: record.completeness.score,
      fit: record.fit!.score,
      at: record.analyzedAt,
    });
    expect(record.fit).not.toBeNull();
  });

  it("answers a blocked fit's reasons with its list mark, as the row keeps them", async () => {
    profile = {...PROFILE, employmentTypes: ['internship']};
    const contract = {...postings[0]!, description: `${postings[0]!.description}\nJob Types: Contract`};
    const {key} = await keeper().save(contract);
    const record = (await store.records([key])).records[0]!;
    expect(record.fit?.blockers).toEqual(['posting is contract; you accept internship']);
    expect((await keeper().marks([key])).get(key)).toMatchObject({fit: 0, blockers: record.fit!.blockers});
  });

  it('a new profile re-scores stored postings from their own text, keeping status and notes', async () => {
    for (const posting of postings) await keeper().save(posting);
    await store.edit(postings[1]!.id!, {status: 'applied', notes: 'phone screen Tuesday'});
    expect((await store.list()).records.every((record) => record.fit === null)).toBe(true);
    profile = PROFILE;
    expect(await keeper().reanalyseStale()).toBe(postings.length);
    const records = (await store.list()).records;
    for (const record of records) {
      const expected = analyzeWith(
        postings.find((posting) => posting.id === record.key)!,
        PROFILE,
      ).fit!;
      expect(record.fit).toEqual({score: expected.score, met: expected.met, missing: expected.missing});
      expect(record.profileStamp).toBe(profileStamp(PROFILE));
    }
    expect(records.find((record) => record.key === postings[1]!.id)).toMatchObject({
      status: 'applied',
      notes: 'phone screen Tuesday',
    });
    // Nothing stale left: a second run does nothing.
    expect(await keeper().reanalyseStale()).toBe(0);
  });
});

describe.skipIf(!haveRealPostings)('an old database (version 1, before the table rows)', () => {
  it('upgrades: its records stay readable, rows are built, a corrupt record is skipped, reported and kept aside', async () => {
    const postings = sitePostings(5);
    const records = postings.map((posting, index) => recordOf(posting, `2026-10-0${index + 1}T08:00:00.000Z`));
    const broken = {...records[4]!, key: 'lever:broken', keys: ['lever:broken'], completeness: {score: 'high'}};
    // Made the way version 1 made it: its own upgrade step, its records and texts.
    const old = await openDB('tpm-lens-postings', 1, {
      upgrade: (database, oldVersion, _newVersion, transaction) =>
        upgrade(unwrap(database), unwrap(transaction), oldVersion, 1),
    });
    for (const record of records.slice(0, 4)) await old.put('postings', record);
    await old.put('postings', broken);
    for (const posting of postings.slice(0, 4))
      await old.put('texts', {key: posting.id, salaryText: posting.salaryText, description: posting.description});
    expect([...old.objectStoreNames].sort()).toEqual(['aside', 'postings', 'texts']);
    old.close();

    const {summaries, unreadable} = await store.summaries();
    expect(summaries.map((row) => row.key)).toEqual(
      records
        .slice(0, 4)
        .map((record) => record.key)
        .reverse(),
    );
    expect(summaries).toEqual(records.slice(0, 4).map(summaryOf).reverse());
    // The corrupt one was set aside during the upgrade: listed as kept aside, never blocking the others.
    expect(unreadable).toEqual([]);
    expect(await store.asideReport()).toEqual([{key: 'lever:broken', problem: expect.stringMatching(/completeness/)}]);
    expect((await store.aside())[0]!.value).toEqual(broken);
    expect((await store.list()).records).toEqual([...records.slice(0, 4)].reverse());
    expect((await store.entries()).entries.every((entry) => entry.text !== null)).toBe(true);
    // The list marks find them; version 1's records are stale for a new profile and re-scored from their text.
    expect((await store.summariesFor([postings[2]!.id!])).get(postings[2]!.id!)?.title).toBe(records[2]!.title);
    expect(await store.staleKeys({analysisVersion: VERSION, profileStamp: null})).toEqual([]);
    expect((await store.staleKeys({analysisVersion: VERSION, profileStamp: 'p'})).sort()).toEqual(
      records
        .slice(0, 4)
        .map((record) => record.key)
        .sort(),
    );
    const again = await store.reanalyse([postings[0]!.id!], (posting) => analyzeWith(posting, PROFILE), {
      ...context('2026-11-02T00:00:00.000Z'),
      profileStamp: 'p',
    });
    expect(again).toBe(1);
    expect((await store.summaries()).summaries.find((row) => row.key === postings[0]!.id)!.fit).toBeTypeOf('number');
  });
});
