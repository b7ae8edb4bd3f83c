/**
 * storage.sync key of the profile. Mirrors PROFILE_KEY in src/storage/profile-store.ts, which is not
 * imported here because that module pulls in zod; test/ui/profile-key.test.ts keeps the two in step.
 */
export const PROFILE_SYNC_KEY = 'profile';
