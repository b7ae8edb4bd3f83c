// The one profile validator: the options page, profile storage and the CLI's --profile. zod/mini keeps it a
// few KB in the extension's pages.
import {z} from './zod-mini';
import {CHECKLIST_IDS} from './ids';
import {EMPLOYMENT_TYPE_KEYS} from './screening-ids';
import {MAX_LOCATION_CHARS, migrateProfileValue, tidyProfile, withProfileDefaults} from './profile';
import type {Profile} from './types';

const ProfileMiniSchema = z.object({
  version: z.number().check(z.int(), z.minimum(1)),
  yearsExperience: z.nullable(z.number().check(z.minimum(0), z.maximum(70))),
  degree: z.nullable(z.enum(['bachelor', 'master', 'doctorate'])),
  certifications: z.array(z.string().check(z.minLength(1), z.maxLength(60))).check(z.maxLength(50)),
  checklist: z.array(z.enum(CHECKLIST_IDS)),
  skills: z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(200)),
  location: z.nullable(z.string().check(z.maxLength(MAX_LOCATION_CHARS))),
  payExpectation: z.nullable(z.number().check(z.minimum(0))),
  // Screening fields came later: optional, so a profile stored before them still parses.
  needsSponsorship: z.optional(z.nullable(z.boolean())),
  clearanceHeld: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(40)))),
  usCitizen: z.optional(z.nullable(z.boolean())),
  workModes: z.optional(z.array(z.enum(['remote', 'hybrid', 'onsite'])).check(z.maxLength(3))),
  employmentTypes: z.optional(z.array(z.enum(EMPLOYMENT_TYPE_KEYS)).check(z.maxLength(EMPLOYMENT_TYPE_KEYS.length))),
  travelLimit: z.optional(z.nullable(z.number().check(z.minimum(0), z.maximum(100)))),
});

export type ParsedProfile = {ok: true; profile: Profile; migratedFrom: number | null} | {ok: false; problem: string};

const NULLABLE = new Set([
  'yearsExperience',
  'degree',
  'location',
  'payExpectation',
  'needsSponsorship',
  'clearanceHeld',
  'usCitizen',
  'travelLimit',
]);

/** zod/mini ships no English messages; these say what the field needs. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const where = issue.path.length ? issue.path.join('.') : 'profile';
  const orNull = issue.path.length === 1 && NULLABLE.has(String(issue.path[0])) ? ' or null' : '';
  switch (issue.code) {
    case 'invalid_type':
      return `${where}: expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}${orNull}`;
    case 'invalid_value':
      return issue.values.length > 6
        ? `${where}: ${JSON.stringify(valueAt(input, issue.path))} is not a checklist id`
        : `${where}: must be ${issue.values.map((value) => JSON.stringify(value)).join(', ')}${orNull}`;
    case 'too_small':
      return `${where}: ${issue.origin === 'number' ? `must be at least ${String(issue.minimum)}` : `needs at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`}`;
    case 'too_big':
      return `${where}: ${issue.origin === 'number' ? `must be at most ${String(issue.maximum)}` : `allows at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );

const describeIssues = (error: z.core.$ZodError, input: unknown) =>
  error.issues
    .slice(0, 4)
    .map((issue) => describeIssue(issue, input))
    .join('; ');

/** Migrates, fills defaults, validates and tidies a stored or imported value; says what is wrong if it can't. */
export function parseProfileValue(raw: unknown): ParsedProfile {
  const migrated = migrateProfileValue(raw);
  if (!migrated.ok) return migrated;
  const input = withProfileDefaults(migrated.value);
  const parsed = z.safeParse(ProfileMiniSchema, input);
  if (!parsed.success) return {ok: false, problem: describeIssues(parsed.error, input)};
  return {ok: true, profile: tidyProfile(parsed.data as Profile), migratedFrom: migrated.migratedFrom};
}
