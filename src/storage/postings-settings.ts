// What "Your postings" remembers on its own, and for how long: kept in storage.local (this browser only).
// zod/mini: the Postings page loads this module before its first rows (classic zod comes later, if at all).
import {z} from '../core/zod-mini';
import {POSTINGS_SETTINGS_KEY} from './keys';
import type {StorageAreaLike} from './profile-store';

const REMEMBER_MODES = ['tpm', 'all', 'none'] as const;
export type RememberMode = (typeof REMEMBER_MODES)[number];

const PostingsSettingsSchema = z.strictObject({
  /** Postings analysed on a page are remembered: TPM roles only, every posting, or none (Save still works). */
  remember: z.enum(REMEMBER_MODES),
  /** Forget postings not seen or edited for this many days; null keeps them. */
  forgetAfterDays: z.nullable(z.int().check(z.minimum(1), z.maximum(3650))),
});
export type PostingsSettings = z.infer<typeof PostingsSettingsSchema>;

export const DEFAULT_POSTINGS_SETTINGS: PostingsSettings = {remember: 'tpm', forgetAfterDays: null};

/** A stored value that is missing or not valid reads as the defaults (settings hold nothing to lose). */
function parsePostingsSettings(value: unknown): PostingsSettings {
  const parsed = PostingsSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_POSTINGS_SETTINGS;
}

export async function loadPostingsSettings(area: StorageAreaLike): Promise<PostingsSettings> {
  return parsePostingsSettings((await area.get(POSTINGS_SETTINGS_KEY))[POSTINGS_SETTINGS_KEY]);
}

export async function savePostingsSettings(area: StorageAreaLike, settings: PostingsSettings): Promise<void> {
  await area.set({[POSTINGS_SETTINGS_KEY]: PostingsSettingsSchema.parse(settings)});
}

/** Does this setting remember a posting with this verdict on its own? */
export const remembersOnItsOwn = (mode: RememberMode, isTpm: boolean) => mode === 'all' || (mode === 'tpm' && isTpm);
