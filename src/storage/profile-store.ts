// Profile storage over any storage.sync/storage.local pair, so tests can pass in-memory areas and the
// extension passes the browser's. A stored value that fails validation is never wiped: it is copied
// to storage.local (room to spare, no sync write limits) and the reader is told. The profile in sync
// is replaced only by a save made over what this store last read there (what the user saw), or with
// the user's explicit choice: never over a newer version's profile, one that arrived meanwhile, or an
// unreadable one that could not be kept aside.
import {z} from '../core/zod-mini';
import {PROFILE_VERSION} from '../core/profile';
import type {Profile} from '../core/types';
import {PROFILE_BACKUP_KEY, PROFILE_KEY} from './keys';
import {parseProfileValue} from '../core/profile-schema';
import {errorMessage} from '../core/error-message';

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

/**
 * `needsChoice`: saving would replace a stored profile the user has not seen or that this version cannot
 * read; saving again with `{replace: true}` (the user's explicit choice) replaces it.
 */
export type SavedProfile = {ok: true; profile: Profile} | {ok: false; problem: string; needsChoice?: true};

export interface SaveOptions {
  /** The user chose to replace whatever is stored (after being told what it is). */
  replace?: boolean;
}

/** A backup entry as stored; entries of any other shape (a corrupt list, `[null]`) are left out. */
const BackupSchema = z.object({
  value: z.unknown(),
  problem: z.string(),
  keptAt: z.string().check(z.refine((text) => !Number.isNaN(Date.parse(text)))),
});

/** A profile in a format newer than this version reads: never replaced without the user's choice. */
const isNewer = (raw: unknown) => {
  const version = typeof raw === 'object' && raw !== null ? (raw as {version?: unknown}).version : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version > PROFILE_VERSION;
};

/** Bytes storage.sync counts for one item. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

const serialize = (value: unknown) => JSON.stringify(value) ?? 'undefined';

/** The backups that are backups: stored values are validated like every other (issue 13: `[null]`). */
async function readBackupsIn(areas: ProfileStoreAreas): Promise<ProfileBackup[]> {
  const stored = (await areas.local.get(PROFILE_BACKUP_KEY))[PROFILE_BACKUP_KEY];
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = z.safeParse(BackupSchema, entry);
    return parsed.success ? [{value: parsed.data.value, problem: parsed.data.problem, keptAt: parsed.data.keptAt}] : [];
  });
}

/** Keeps the unreadable value aside once (re-reading the same bad value adds nothing). */
async function keepAsideIn(areas: ProfileStoreAreas, value: unknown, problem: string, now: () => Date): Promise<void> {
  const backups = await readBackupsIn(areas);
  const serialized = serialize(value);
  if (backups.some((backup) => serialize(backup.value) === serialized)) return;
  const entry: ProfileBackup = {value, problem, keptAt: now().toISOString()};
  await areas.local.set({[PROFILE_BACKUP_KEY]: [entry, ...backups].slice(0, MAX_BACKUPS)});
}

export function createProfileStore(areas: ProfileStoreAreas, now: () => Date = () => new Date()) {
  const readBackups = () => readBackupsIn(areas);
  const keepAside = (value: unknown, problem: string) => keepAsideIn(areas, value, problem, now);

  /** The stored value this store last read or wrote (serialised); undefined before the first read. */
  let seen: string | undefined;

  async function loadProfile(): Promise<LoadedProfile> {
    let raw: unknown;
    try {
      raw = (await areas.sync.get(PROFILE_KEY))[PROFILE_KEY];
    } catch (error) {
      return {profile: null, problem: `Could not read the saved profile: ${errorMessage(error)}`};
    }
    seen = serialize(raw);
    if (raw === undefined) return {profile: null, problem: null};
    const parsed = parseProfileValue(raw);
    if (parsed.ok) return {profile: parsed.profile, problem: null};
    const newer = isNewer(raw);
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
      }${newer ? 'Update TPM Lens to use it, or set up' : 'Set up'} the profile again or import a profile file.`,
    };
  }

  /**
   * Why saving must not silently replace what sync holds now, or null: a newer version's profile, a
   * profile that changed since this store read it (another window or device), or an unreadable value
   * that is not safe in the backups.
   */
  async function replacing(): Promise<string | null> {
    const raw = (await areas.sync.get(PROFILE_KEY))[PROFILE_KEY];
    if (raw === undefined) return null;
    const current = serialize(raw);
    if (isNewer(raw)) {
      return 'the saved profile was written by a newer version of TPM Lens, and this version would replace it with its older format. Update TPM Lens, or choose to replace it.';
    }
    if (seen !== undefined && current !== seen)
      return 'the saved profile changed since this page read it (in another window or on another device). Reload the page to see it, or choose to replace it.';
    if (parseProfileValue(raw).ok) return null;
    const kept = await readBackups().then(
      (backups) => backups.some((backup) => serialize(backup.value) === current),
      () => false,
    );
    return kept
      ? null
      : 'the saved profile cannot be read and could not be kept aside as a backup. Export it first (it is in browser sync), or choose to replace it.';
  }

  async function saveProfile(profile: Profile, options: SaveOptions = {}): Promise<SavedProfile> {
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
      const reason = options.replace ? null : await replacing();
      if (reason) return {ok: false, problem: `Not saved: ${reason}`, needsChoice: true};
      await areas.sync.set({[PROFILE_KEY]: parsed.profile});
    } catch (error) {
      return {ok: false, problem: `Not saved: ${errorMessage(error)}`};
    }
    seen = serialize(parsed.profile);
    return {ok: true, profile: parsed.profile};
  }

  return {loadProfile, saveProfile, readBackups};
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
