// storage.local values of earlier versions go on install and update; nothing else does. The one retired so
// far, 'rememberedAnalyses', was the background's list-mark cache before "Your postings" (IndexedDB).
import {describe, expect, it} from 'vitest';
import {
  DIM_NON_TPM_KEY,
  DISMISSED_POSTINGS_KEY,
  OCCUPATION_CHOICE_KEY,
  PANEL_COLLAPSED_KEY,
  POSTINGS_SETTINGS_KEY,
  PROFILE_BACKUP_KEY,
  removeRetiredLocalKeys,
} from '../../../src/storage/keys';
import {memoryArea} from '../../support/memory-area';

describe('retired storage.local keys', () => {
  // Every value the current version keeps in storage.local, as it writes them.
  const current = {
    [PROFILE_BACKUP_KEY]: [{value: {version: 1}, problem: 'unreadable', keptAt: '2026-11-01T10:00:00.000Z'}],
    [PANEL_COLLAPSED_KEY]: true,
    [DISMISSED_POSTINGS_KEY]: ['linkedin:4053542511'],
    [POSTINGS_SETTINGS_KEY]: {remember: 'all', forgetAfterDays: 90},
    [OCCUPATION_CHOICE_KEY]: '11-3021',
    [DIM_NON_TPM_KEY]: true,
  };
  // The cache as the version before the store wrote it: figures by posting key, newest kept.
  const cache = {
    'linkedin:4053542511': {tpm: true, completeness: 80, fit: 72, at: '2026-11-01T09:00:00.000Z'},
    'indeed:9f2c1e7a': {tpm: false, completeness: 45, fit: null, at: '2026-11-01T08:00:00.000Z'},
  };

  it('the old list-mark cache is gone after an update', async () => {
    const area = memoryArea({...current, rememberedAnalyses: cache});
    await removeRetiredLocalKeys(area);
    expect(Object.keys(area.data)).not.toContain('rememberedAnalyses');
  });

  it("every other value is kept as it was (the user's settings, backups and choices lose nothing)", async () => {
    const area = memoryArea({...current, rememberedAnalyses: cache});
    await removeRetiredLocalKeys(area);
    expect(area.data).toEqual(current);
  });

  it('an install without the old cache changes nothing', async () => {
    const area = memoryArea(current);
    await removeRetiredLocalKeys(area);
    expect(area.data).toEqual(current);
  });
});
