// The pure half of the user's profile: versions and migrations, defaults and tidying, and a draft
// profile read from a pasted resume. Validation lives with the storage (zod/mini) and in schema.ts
// (full zod) so this file stays free of zod and cheap to import from the panel.
import {merged} from './merged';
import {CHECKLIST_IDS, REQUIREMENT_IDS, type ChecklistId} from './ids';
import type {Profile} from './types';

/** The profile format written today. A stored value or file without "version" is read as this one. */
export const PROFILE_VERSION = 1;

/** The longest home location a profile holds (both profile schemas, and what the resume reader drafts). */
export const MAX_LOCATION_CHARS = 200;

export type ProfileMigration = (value: Record<string, unknown>) => Record<string, unknown>;

/**
 * PROFILE_MIGRATIONS[n] turns a version-n profile into version n+1 (and sets "version"). Version 1 is
 * the first format, so the table is empty; the next format change adds its step here and a test.
 */
export const PROFILE_MIGRATIONS: Readonly<Record<number, ProfileMigration>> = {};

export type MigrationResult =
  {ok: true; value: Record<string, unknown>; migratedFrom: number | null} | {ok: false; problem: string};

/** "PMI-ACP", "pmi acp" and "PMI ACP" are one certification. */
export const normalizeCertification = (cert: string) => cert.toLowerCase().replace(/[^a-z0-9+]/g, '');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Brings a stored or imported value up to `current`, step by step. Never guesses at a newer format. */
export function migrateProfileValue(
  raw: unknown,
  current: number = PROFILE_VERSION,
  migrations: Readonly<Record<number, ProfileMigration>> = PROFILE_MIGRATIONS,
): MigrationResult {
  if (!isRecord(raw))
    return {
      ok: false,
      problem: `a profile must be a JSON object, not ${Array.isArray(raw) ? 'an array' : raw === null ? 'null' : typeof raw}`,
    };
  const stated = raw.version;
  if (stated === undefined) return {ok: true, value: merged(raw, {version: current}), migratedFrom: null};
  if (typeof stated !== 'number' || !Number.isInteger(stated) || stated < 1)
    return {ok: false, problem: `"version" must be a whole number from 1, not ${JSON.stringify(stated)}`};
  if (stated > current)
    return {
      ok: false,
      problem: `this profile was written by a newer TPM Lens (format ${stated}; this one reads up to ${current})`,
    };
  let value: Record<string, unknown> = {...raw};
  for (let version = stated; version < current; version++) {
    const step = migrations[version];
    if (!step) return {ok: false, problem: `no migration from profile format ${version} to ${version + 1}`};
    value = merged(step(value), {version: version + 1});
  }
  return {ok: true, value, migratedFrom: stated === current ? null : stated};
}

/** Missing fields take their "not said" value, so older or hand-written files need only what they know. */
export function withProfileDefaults(value: Record<string, unknown>): Record<string, unknown> {
  return {
    version: PROFILE_VERSION,
    yearsExperience: null,
    degree: null,
    certifications: [],
    checklist: [],
    skills: [],
    location: null,
    payExpectation: null,
    needsSponsorship: null,
    clearanceHeld: null,
    usCitizen: null,
    workModes: [],
    employmentTypes: [],
    travelLimit: null,
    ...Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)),
  };
}

export function emptyProfile(): Profile {
  return withProfileDefaults({}) as unknown as Profile;
}

function uniqueTrimmed(
  values: readonly string[],
  key: (value: string) => string = (value) => value.toLowerCase(),
): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of values) {
    const value = raw.replace(/\s+/g, ' ').trim();
    if (!value || seen.has(key(value))) continue;
    seen.add(key(value));
    kept.push(value);
  }
  return kept;
}

/** Whitespace trimmed, duplicates dropped, checklist in checklist order; never drops real content. */
export function tidyProfile(profile: Profile): Profile {
  const location = profile.location?.replace(/\s+/g, ' ').trim() ?? null;
  return merged(profile, {
    certifications: uniqueTrimmed(profile.certifications, normalizeCertification),
    checklist: CHECKLIST_IDS.filter((id) => profile.checklist.includes(id)),
    skills: uniqueTrimmed(profile.skills),
    location: location === '' ? null : location,
  });
}

/** Checklist items a profile evidences directly; years, degree and certifications have their own fields. */
export const CHECKLIST_FOR_PROFILE: readonly ChecklistId[] = CHECKLIST_IDS.filter(
  (id) => !(REQUIREMENT_IDS as readonly string[]).includes(id),
);
