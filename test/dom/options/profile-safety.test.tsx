// Issue 13 items 2 and 10: one corrupt local value cost the user their profile. With profileBackups =
// [null] in storage.local the backup of an unreadable profile threw, the Profile tab crashed on
// `backup.keptAt`, and Save then wrote empty fields over the synced profile. A profile from a newer
// version was overwritten by an older build's save.
import {render} from 'preact';
import {describe, expect, it, vi} from 'vitest';
import {emptyProfile} from '../../../src/core/profile';
import type {Profile} from '../../../src/core/types';
import {OptionsApp} from '../../../src/options/OptionsApp';
import {PROFILE_BACKUP_KEY, PROFILE_KEY} from '../../../src/storage/keys';
import {createProfileStore} from '../../../src/storage/profile-store';
import {memoryArea} from '../../support/memory-area';
import {optionsPage} from '../../support/options-page';

const {page, settle, click, button, pressSave, mount} = optionsPage();

const saved: Profile = {
  ...emptyProfile(),
  yearsExperience: 9,
  degree: 'master',
  certifications: ['PMP'],
  checklist: ['communication'],
  skills: ['Jira'],
  location: 'Denver, CO',
  payExpectation: 180000,
};

describe('profileBackups = [null] in storage.local', () => {
  it('the store reads the list as empty and still keeps an unreadable profile aside', async () => {
    const corrupt = {version: 1, degree: 'wizard'};
    const local = memoryArea({[PROFILE_BACKUP_KEY]: [null]});
    const store = createProfileStore({sync: memoryArea({[PROFILE_KEY]: corrupt}), local});
    expect(await store.readBackups()).toEqual([]);
    const loaded = await store.loadProfile();
    expect(loaded.problem).toContain('It was kept aside as a backup');
    expect(await store.readBackups()).toEqual([
      {value: corrupt, problem: expect.stringContaining('degree'), keptAt: expect.any(String)},
    ]);
  });

  it('entries of any other shape are left out, good ones kept', async () => {
    const good = {value: {version: 1}, problem: 'x', keptAt: '2026-11-26T10:00:00.000Z'};
    const local = memoryArea({
      [PROFILE_BACKUP_KEY]: [null, 7, 'text', {value: 1}, {value: 1, problem: 'x', keptAt: 'not a date'}, good],
    });
    expect(await createProfileStore({sync: memoryArea(), local}).readBackups()).toEqual([good]);
  });

  it('the options page shows a readable synced profile, and a save keeps it, not empty fields', async () => {
    const sync = memoryArea({[PROFILE_KEY]: saved});
    await mount(sync, memoryArea({[PROFILE_BACKUP_KEY]: [null]}));
    expect(page.root.querySelector<HTMLInputElement>('#years')?.value).toBe('9');
    await pressSave();
    expect(sync.data[PROFILE_KEY]).toEqual(saved);
  });

  it('an unreadable synced profile is kept aside and the page does not crash', async () => {
    const corrupt = {version: 1, degree: 'wizard', yearsExperience: 12};
    const sync = memoryArea({[PROFILE_KEY]: corrupt});
    const local = memoryArea({[PROFILE_BACKUP_KEY]: [null]});
    await mount(sync, local);
    expect(page.root.querySelector('[data-testid="tab-error"]')).toBeNull();
    expect(page.root.querySelector('[data-testid="profile-status"]')?.textContent).toContain('kept aside');
    expect((local.data[PROFILE_BACKUP_KEY] as Array<{value: unknown}>).map((backup) => backup.value)).toEqual([
      corrupt,
    ]);
  });
});

describe('a crash on the options page is never followed by a save', () => {
  it('a tab that throws while drawing shows an error and no form', async () => {
    const sync = memoryArea({[PROFILE_KEY]: saved});
    const store = createProfileStore({sync, local: memoryArea()});
    // A backups list whose entry breaks the view, however it got past the store.
    const broken = {...store, readBackups: async () => [null as never]};
    render(<OptionsApp store={broken} download={vi.fn()} copyText={vi.fn(async () => undefined)} />, page.root);
    await settle();
    expect(page.root.querySelector('[data-testid="tab-error"]')?.textContent).toMatch(/Nothing was saved/);
    expect(page.root.querySelector('form')).toBeNull();
    expect(sync.data[PROFILE_KEY]).toEqual(saved);
  });

  it('Save does nothing until the stored profile has loaded', async () => {
    const sync = memoryArea({[PROFILE_KEY]: saved});
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const store = createProfileStore({sync, local: memoryArea()});
    const slow = {...store, loadProfile: async () => gate.then(() => store.loadProfile())};
    render(<OptionsApp store={slow} download={vi.fn()} copyText={vi.fn(async () => undefined)} />, page.root);
    await settle();
    expect(button('Save profile')?.hasAttribute('disabled')).toBe(true);
    await pressSave();
    expect(sync.data[PROFILE_KEY]).toEqual(saved);
    release();
    await settle();
    expect(button('Save profile')?.hasAttribute('disabled')).toBe(false);
  });
});

describe('the synced profile is replaced only by one the user saw and confirmed', () => {
  it('a profile from a newer version is kept until the user chooses to replace it', async () => {
    const newer = {...saved, version: 2, teams: ['Platform']};
    const sync = memoryArea({[PROFILE_KEY]: newer});
    const store = createProfileStore({sync, local: memoryArea()});
    expect((await store.loadProfile()).problem).toContain('Update TPM Lens');
    const refused = await store.saveProfile(emptyProfile());
    expect(refused).toMatchObject({ok: false, needsChoice: true, problem: expect.stringContaining('newer version')});
    expect(sync.data[PROFILE_KEY]).toEqual(newer);
    expect(await store.saveProfile(emptyProfile(), {replace: true})).toMatchObject({ok: true});
    expect(sync.data[PROFILE_KEY]).toEqual(emptyProfile());
  });

  it('on the options page: Save asks, "Keep" keeps, "Replace" replaces', async () => {
    const newer = {...saved, version: 2};
    const sync = memoryArea({[PROFILE_KEY]: newer});
    await mount(sync, memoryArea());
    await pressSave();
    expect(sync.data[PROFILE_KEY]).toEqual(newer);
    expect(page.root.querySelector('[data-testid="profile-status"]')?.textContent).toContain('newer version');
    await click(button('Keep the saved profile'));
    expect(sync.data[PROFILE_KEY]).toEqual(newer);
    await pressSave();
    await click(button('Replace the saved profile'));
    expect(sync.data[PROFILE_KEY]).toMatchObject({version: 1});
  });

  it('a profile that changed in sync since the page read it is not overwritten unasked', async () => {
    const sync = memoryArea({[PROFILE_KEY]: saved});
    const store = createProfileStore({sync, local: memoryArea()});
    await store.loadProfile();
    sync.data[PROFILE_KEY] = {...saved, yearsExperience: 10};
    expect(await store.saveProfile({...saved, yearsExperience: 3})).toMatchObject({
      ok: false,
      needsChoice: true,
      problem: expect.stringContaining('changed since'),
    });
    expect(sync.data[PROFILE_KEY]).toMatchObject({yearsExperience: 10});
    // What this page saved itself is what it saw.
    expect(await store.saveProfile({...saved, yearsExperience: 3}, {replace: true})).toMatchObject({ok: true});
    expect(await store.saveProfile({...saved, yearsExperience: 4})).toMatchObject({ok: true});
  });

  it('an unreadable profile that could not be kept aside is not replaced unasked', async () => {
    const local = memoryArea();
    local.set = vi.fn().mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const sync = memoryArea({[PROFILE_KEY]: 'garbage'});
    const store = createProfileStore({sync, local});
    expect((await store.loadProfile()).problem).toContain('left in place');
    expect(await store.saveProfile(saved)).toMatchObject({
      ok: false,
      needsChoice: true,
      problem: expect.stringContaining('could not be kept aside'),
    });
    expect(sync.data[PROFILE_KEY]).toBe('garbage');
  });
});
