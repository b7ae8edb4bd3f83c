import {describe, expect, it, vi} from 'vitest';
import {emptyProfile} from '../../../src/core/profile';
import type {Profile} from '../../../src/core/types';
import {createProfileStore, SYNC_QUOTA_BYTES_PER_ITEM, syncItemBytes} from '../../../src/storage/profile-store';
import {PROFILE_BACKUP_KEY, PROFILE_KEY} from '../../../src/storage/keys';
import {memoryArea} from '../../support/memory-area';

const profile: Profile = {
  ...emptyProfile(),
  yearsExperience: 6,
  degree: 'bachelor',
  certifications: ['PMP'],
  checklist: ['communication'],
  skills: ['Jira'],
  location: 'Denver, CO',
  payExpectation: 150000,
};
const fixedNow = () => new Date('2026-11-26T10:00:00Z');

describe('profile storage', () => {
  it('has no profile and no problem before one is saved', async () => {
    const store = createProfileStore({sync: memoryArea(), local: memoryArea()});
    expect(await store.loadProfile()).toEqual({profile: null, problem: null});
  });

  it('saves to sync and reads back the same profile', async () => {
    const sync = memoryArea();
    const store = createProfileStore({sync, local: memoryArea()});
    expect(await store.saveProfile(profile)).toEqual({ok: true, profile});
    expect(sync.data[PROFILE_KEY]).toEqual(profile);
    expect(await store.loadProfile()).toEqual({profile, problem: null});
  });

  it('keeps a corrupt stored value aside, reports it and never wipes it', async () => {
    const corrupt = {version: 1, yearsExperience: 'lots', degree: 'bachelor', checklist: ['communication']};
    const sync = memoryArea({[PROFILE_KEY]: corrupt});
    const local = memoryArea();
    const store = createProfileStore({sync, local}, fixedNow);
    const loaded = await store.loadProfile();
    expect(loaded.profile).toBeNull();
    expect(loaded.problem).toMatch(/could not be read \(yearsExperience: .+\)\. It was kept aside as a backup/);
    expect(sync.data[PROFILE_KEY]).toEqual(corrupt);
    expect(local.data[PROFILE_BACKUP_KEY]).toEqual([
      {value: corrupt, problem: expect.stringContaining('yearsExperience'), keptAt: '2026-11-26T10:00:00.000Z'},
    ]);
    // Reading again does not pile up copies of the same value.
    await store.loadProfile();
    expect(await store.readBackups()).toHaveLength(1);
    // A new profile replaces the bad one in sync; the backup stays.
    expect(await store.saveProfile(profile)).toMatchObject({ok: true});
    expect(await store.loadProfile()).toEqual({profile, problem: null});
    expect(await store.readBackups()).toHaveLength(1);
  });

  it('keeps a value from a newer version aside rather than guessing', async () => {
    const newer = {...profile, version: 99};
    const local = memoryArea();
    const loaded = await createProfileStore({sync: memoryArea({[PROFILE_KEY]: newer}), local}).loadProfile();
    expect(loaded.problem).toContain('newer TPM Lens');
    expect((local.data[PROFILE_BACKUP_KEY] as Array<{value: unknown}>)[0]?.value).toEqual(newer);
  });

  it('still reports a corrupt value when the backup cannot be written', async () => {
    const local = memoryArea();
    local.set = vi.fn().mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const loaded = await createProfileStore({sync: memoryArea({[PROFILE_KEY]: 'garbage'}), local}).loadProfile();
    expect(loaded).toEqual({profile: null, problem: expect.stringContaining('It was left in place')});
  });

  it('reports a storage failure on read instead of throwing', async () => {
    const sync = memoryArea();
    sync.get = vi.fn().mockRejectedValue(new Error('storage is disabled'));
    expect(await createProfileStore({sync, local: memoryArea()}).loadProfile()).toEqual({
      profile: null,
      problem: 'Could not read the saved profile: storage is disabled',
    });
  });

  it('refuses a profile larger than one sync item, leaving the saved one alone', async () => {
    const sync = memoryArea({[PROFILE_KEY]: profile});
    const store = createProfileStore({sync, local: memoryArea()});
    const big = {
      ...profile,
      skills: Array.from({length: 150}, (_, index) => `skill number ${index} ${'x'.repeat(50)}`),
    };
    expect(syncItemBytes(PROFILE_KEY, big)).toBeGreaterThan(SYNC_QUOTA_BYTES_PER_ITEM);
    const saved = await store.saveProfile(big);
    expect(saved).toMatchObject({ok: false, problem: expect.stringContaining('8,192')});
    expect(sync.data[PROFILE_KEY]).toEqual(profile);
  });

  it('refuses an invalid profile with the reason and passes on a browser quota error', async () => {
    const sync = memoryArea();
    const store = createProfileStore({sync, local: memoryArea()});
    expect(await store.saveProfile({...profile, yearsExperience: -3})).toMatchObject({
      ok: false,
      problem: expect.stringContaining('yearsExperience'),
    });
    sync.set = vi.fn().mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    expect(await store.saveProfile(profile)).toEqual({
      ok: false,
      problem: 'Not saved: MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded',
    });
  });

  it('counts bytes as UTF-8, as the browser does', () => {
    expect(syncItemBytes('k', 'é')).toBe(new TextEncoder().encode('k"é"').length);
  });
});

describe('src/storage entry point', () => {
  it('binds the store to browser.storage.sync and .local', async () => {
    const sync = memoryArea({[PROFILE_KEY]: profile});
    const local = memoryArea();
    vi.doMock('webextension-polyfill', () => ({
      default: {storage: {sync, local, onChanged: {addListener: vi.fn(), removeListener: vi.fn()}}},
    }));
    const storage = await import('../../../src/storage/index');
    expect(await storage.loadProfile()).toEqual({profile, problem: null});
    expect(await storage.saveProfile({...profile, yearsExperience: 9})).toMatchObject({ok: true});
    expect((sync.data[PROFILE_KEY] as Profile).yearsExperience).toBe(9);
    vi.doUnmock('webextension-polyfill');
  });
});
