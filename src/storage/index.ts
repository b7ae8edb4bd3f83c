// The extension's profile storage: browser.storage.sync for the profile, storage.local for backups of
// values that failed validation. The panel, popup and options page import from here.
import browser from 'webextension-polyfill';
import type {Profile} from '../core/types';
import {createProfileStore, type LoadedProfile, type SavedProfile, type SaveOptions} from './profile-store';

const store = createProfileStore({sync: browser.storage.sync, local: browser.storage.local});

export const loadProfile = (): Promise<LoadedProfile> => store.loadProfile();
export const saveProfile = (profile: Profile, options?: SaveOptions): Promise<SavedProfile> =>
  store.saveProfile(profile, options);
export const readProfileBackups = () => store.readBackups();

export type {LoadedProfile, SavedProfile} from './profile-store';
