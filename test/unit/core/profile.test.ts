import {describe, expect, it} from 'vitest';
import {CHECKLIST_IDS} from '../../../src/core/ids';
import {emptyProfile, migrateProfileValue, PROFILE_VERSION, tidyProfile} from '../../../src/core/profile';
import type {Profile} from '../../../src/core/types';
import {parseProfileValue} from '../../../src/core/profile-schema';

const full: Profile = {
  version: 1,
  yearsExperience: 8,
  degree: 'master',
  certifications: ['PMP', 'CSM'],
  checklist: ['communication', 'risk-management'],
  skills: ['Jira', 'AWS'],
  location: 'Austin, TX',
  payExpectation: 165000,
  needsSponsorship: false,
  clearanceHeld: 'Secret',
  usCitizen: true,
  workModes: ['remote', 'hybrid'],
  travelLimit: 25,
  employmentTypes: ['full-time', 'contract'],
};

describe('migrateProfileValue', () => {
  it('reads a value without "version" as the current format', () => {
    const result = migrateProfileValue({yearsExperience: 3});
    expect(result).toEqual({ok: true, value: {yearsExperience: 3, version: PROFILE_VERSION}, migratedFrom: null});
  });

  it('runs each step from the stored version up to the current one', () => {
    const migrations = {
      1: (value: Record<string, unknown>) => ({
        ...value,
        skills: String(value.skills ?? '')
          .split(',')
          .filter(Boolean),
      }),
      2: ({years, ...rest}: Record<string, unknown>) => ({...rest, yearsExperience: years}),
    };
    const result = migrateProfileValue({version: 1, skills: 'Jira,AWS', years: 4}, 3, migrations);
    expect(result).toEqual({
      ok: true,
      value: {version: 3, skills: ['Jira', 'AWS'], yearsExperience: 4},
      migratedFrom: 1,
    });
  });

  it('refuses a newer format, a missing step and a non-object, saying why', () => {
    expect(migrateProfileValue({version: PROFILE_VERSION + 1})).toMatchObject({
      ok: false,
      problem: expect.stringContaining('newer'),
    });
    expect(migrateProfileValue({version: 1}, 2, {})).toMatchObject({
      ok: false,
      problem: expect.stringContaining('no migration from profile format 1'),
    });
    expect(migrateProfileValue([])).toMatchObject({ok: false, problem: expect.stringContaining('an array')});
    expect(migrateProfileValue({version: '1'})).toMatchObject({
      ok: false,
      problem: expect.stringContaining('whole number'),
    });
  });
});

describe('parseProfileValue (zod/mini)', () => {
  it('accepts a full profile and the minimal file the CLI documents', () => {
    expect(parseProfileValue(full)).toEqual({ok: true, profile: full, migratedFrom: null});
    expect(parseProfileValue({})).toEqual({ok: true, profile: emptyProfile(), migratedFrom: null});
  });

  it('reads a profile stored before the screening fields with each of them unsaid', () => {
    const {
      needsSponsorship: _n,
      clearanceHeld: _c,
      usCitizen: _u,
      workModes: _w,
      travelLimit: _t,
      employmentTypes: _e,
      ...older
    } = full;
    expect(parseProfileValue(older)).toEqual({
      ok: true,
      profile: {
        ...older,
        needsSponsorship: null,
        clearanceHeld: null,
        usCitizen: null,
        workModes: [],
        travelLimit: null,
        employmentTypes: [],
      },
      migratedFrom: null,
    });
  });

  it('says what a screening field needs', () => {
    expect(parseProfileValue({travelLimit: 150})).toEqual({ok: false, problem: 'travelLimit: must be at most 100'});
    expect(parseProfileValue({workModes: ['moon']})).toMatchObject({
      ok: false,
      problem: expect.stringContaining('workModes.0'),
    });
    expect(parseProfileValue({employmentTypes: ['gig']})).toMatchObject({
      ok: false,
      problem: expect.stringContaining('employmentTypes.0'),
    });
  });

  it('tidies without dropping content', () => {
    const parsed = parseProfileValue({
      ...full,
      certifications: [' PMP ', 'pmp', 'CSM'],
      skills: ['Jira', 'jira ', 'AWS'],
      checklist: ['risk-management', 'communication', 'communication'],
      location: '  ',
    });
    expect(parsed).toMatchObject({
      ok: true,
      profile: {
        certifications: ['PMP', 'CSM'],
        skills: ['Jira', 'AWS'],
        checklist: ['communication', 'risk-management'],
        location: null,
      },
    });
  });

  it('says in words what each field needs', () => {
    expect(parseProfileValue({checklist: ['juggling']})).toEqual({
      ok: false,
      problem: 'checklist.0: "juggling" is not a checklist id',
    });
    expect(parseProfileValue({yearsExperience: 90, skills: 'Jira'})).toEqual({
      ok: false,
      problem: 'yearsExperience: must be at most 70; skills: expected a list',
    });
    expect(parseProfileValue({degree: 'associate'})).toEqual({
      ok: false,
      problem: 'degree: must be "bachelor", "master", "doctorate" or null',
    });
  });

  it('names the field that is wrong', () => {
    expect(parseProfileValue({...full, degree: 'associate'})).toMatchObject({
      ok: false,
      problem: expect.stringContaining('degree'),
    });
    expect(parseProfileValue({...full, checklist: ['juggling']})).toMatchObject({
      ok: false,
      problem: expect.stringContaining('checklist.0'),
    });
    expect(parseProfileValue({...full, yearsExperience: -1})).toMatchObject({
      ok: false,
      problem: expect.stringContaining('yearsExperience'),
    });
  });
});

describe("the profile schema's limits (one schema: options page, storage and the CLI)", () => {
  const samples: Array<[string, unknown, boolean]> = [
    ['a full profile', full, true],
    ['nothing: every field defaults', {}, true],
    ['only the version', {version: 1}, true],
    ['a degree outside the list', {...full, degree: 'associate'}, false],
    ['71 years', {...full, yearsExperience: 71}, false],
    ['70 years', {...full, yearsExperience: 70}, true],
    ['a 61-character certification', {...full, certifications: ['x'.repeat(61)]}, false],
    ['51 certifications', {...full, certifications: Array.from({length: 51}, (_, index) => `C${index}`)}, false],
    ['an empty skill', {...full, skills: ['']}, false],
    ['201 skills', {...full, skills: Array.from({length: 201}, (_, index) => `S${index}`)}, false],
    ['every checklist id', {...full, checklist: [...CHECKLIST_IDS]}, true],
    ['an unknown checklist id', {...full, checklist: ['nope']}, false],
    ['a 201-character location', {...full, location: 'x'.repeat(201)}, false],
    ['a negative pay', {...full, payExpectation: -5}, false],
    ['an infinite pay', {...full, payExpectation: Number.POSITIVE_INFINITY}, false],
    ['version 0', {...full, version: 0}, false],
    ['version 1.5', {...full, version: 1.5}, false],
    ['an unknown field', {...full, extra: 'ignored'}, true],
  ];
  it.each(samples)('%s', (_name, sample, valid) => {
    expect(parseProfileValue(sample).ok).toBe(valid);
  });
});

describe('tidyProfile', () => {
  it('keeps checklist order stable whatever the order picked', () => {
    expect(tidyProfile({...full, checklist: ['risk-management', 'communication']}).checklist).toEqual([
      'communication',
      'risk-management',
    ]);
  });
});
