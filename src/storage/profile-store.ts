// Profile storage over any storage.sync/storage.local pair, so tests can pass in-memory areas and the
// extension passes the browser's. A stored value that fails validation is never wiped: it is copied
// to storage.local (room to spare, no sync write limits) and the reader is told.
import type {Profile} from '../core/types';
import {PROFILE_BACKUP_KEY, PROFILE_KEY} from './keys';
import {parseProfileValue} from './profile-schema';

export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface ProfileStoreAreas {
  sync: StorageAreaLike;
  local: StorageAreaLike;
}

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM: key length plus the JSON of the value. Firefox uses the same figure. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
const MAX_BACKUPS = 5;

export interface ProfileBackup {
  value: unknown;
  problem: string;
  keptAt: string;
}

export interface LoadedProfile {
  profile: Profile | null;
  problem: string | null;
}

export type SavedProfile = {ok: true; profile: Profile} | {ok: false; problem: string};

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Bytes storage.sync counts for one item. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export function createProfileStore(areas: ProfileStoreAreas, now: () => Date = () => new Date()) {
  async function readBackups(): Promise<ProfileBackup[]> {
    const stored = (await areas.local.get(PROFILE_BACKUP_KEY))[PROFILE_BACKUP_KEY];
    return Array.isArray(stored) ? (stored as ProfileBackup[]) : [];
  }

  /** Keeps the unreadable value aside once (re-reading the same bad value adds nothing). */
  async function keepAside(value: unknown, problem: string): Promise<void> {
    const backups = await readBackups();
    const serialized = JSON.stringify(value);
    if (backups.some((backup) => JSON.stringify(backup.value) === serialized)) return;
    const entry: ProfileBackup = {value, problem, keptAt: now().toISOString()};
    await areas.local.set({[PROFILE_BACKUP_KEY]: [entry, ...backups].slice(0, MAX_BACKUPS)});
  }

  async function loadProfile(): Promise<LoadedProfile> {
    let raw: unknown;
    try {
      raw = (await areas.sync.get(PROFILE_KEY))[PROFILE_KEY];
    } catch (error) {
      return {profile: null, problem: `Could not read the saved profile: ${message(error)}`};
    }
    if (raw === undefined) return {profile: null, problem: null};
    const parsed = parseProfileValue(raw);
    if (parsed.ok) return {profile: parsed.profile, problem: null};
    let kept = true;
    try {
      await keepAside(raw, parsed.problem);
    } catch {
      kept = false;
    }
    return {
      profile: null,
      problem: `The saved profile could not be read (${parsed.problem}). ${
        kept ? 'It was kept aside as a backup (options page, Profile tab). ' : 'It was left in place. '
      }Set up the profile again or import a profile file.`,
    };
  }

  async function saveProfile(profile: Profile): Promise<SavedProfile> {
    const parsed = parseProfileValue(profile);
    if (!parsed.ok) return {ok: false, problem: `Not saved: ${parsed.problem}`};
    const bytes = syncItemBytes(PROFILE_KEY, parsed.profile);
    if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) {
      return {
        ok: false,
        problem: `Not saved: the profile takes ${bytes.toLocaleString('en-US')} bytes and browser sync keeps at most ${SYNC_QUOTA_BYTES_PER_ITEM.toLocaleString('en-US')} per item. Shorten the skills or certifications lists.`,
      };
    }
    try {
      await areas.sync.set({[PROFILE_KEY]: parsed.profile});
    } catch (error) {
      return {ok: false, problem: `Not saved: ${message(error)}`};
    }
    return {ok: true, profile: parsed.profile};
  }

  return {loadProfile, saveProfile, readBackups};
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
