import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {CLEARANCES_HELD, fitBlockers} from '../../../src/core/fit-blockers';
import {scoreFit, type FitInput} from '../../../src/core/fit';
import {CHECKLIST_IDS} from '../../../src/core/ids';
import {EMPLOYMENT_TYPE_KEYS} from '../../../src/core/screening-ids';
import {emptyProfile} from '../../../src/core/profile';
import type {Profile} from '../../../src/core/types';
import {formFromProfile, profileFileText, profileFromForm} from '../../../src/options/profile-form';
import {parseProfileValue} from '../../../src/core/profile-schema';
import {realPostings} from '../../support/dev-postings';

const profile = (patch: Partial<Profile>): Profile => ({...emptyProfile(), ...patch});

// Sentences quoted from ../shared/data/postings/dev.jsonl.
const blockedPosting = analyze({
  title: 'Senior Technical Program Manager - CTJ - TS/SCI',
  company: 'Example',
  location: 'Reston, Virginia, United States',
  salaryText: '',
  description: [
    'The successful candidate must have an active U.S. Government Top Secret/SCI Security Clearance .',
    'This position requires verification of U.S. citizenship due to citizenship-based legal restrictions.',
    'However, we are unable to sponsor H1B candidates at this time.',
    'This is a full-time on-site role for a Project Manager.',
    'Job Types: Full-time, Contract',
    'Ability to travel up to 25% of the time internationally and domestically.',
    '5+ years of experience managing technical programs.',
  ].join('\n'),
});

describe('hard blockers', () => {
  it('lists each screening fact the profile rules out, and the score says so', () => {
    const ruledOut = profile({
      yearsExperience: 10,
      needsSponsorship: true,
      clearanceHeld: 'Secret',
      usCitizen: false,
      workModes: ['remote'],
      travelLimit: 10,
      employmentTypes: ['part-time', 'temporary'],
    });
    const fit = scoreFit(blockedPosting, ruledOut);
    expect(fit.blockers?.map((blocker) => blocker.id)).toEqual([
      'sponsorship',
      'clearance',
      'us-citizenship',
      'work-mode',
      'travel',
      'employment-type',
    ]);
    expect(fit.blockers?.at(-1)?.reason).toBe('posting is full-time, contract; you accept part-time or temporary');
    expect(fit.score).toBe(0);
    expect(fit.blockers?.[1]?.reason).toBe('posting requires a TS/SCI clearance; you hold Secret');
  });

  it('does not block what the profile leaves unsaid or meets', () => {
    const unsaid = scoreFit(blockedPosting, profile({yearsExperience: 10}));
    expect(unsaid.blockers).toBeUndefined();
    expect(unsaid.score).toBeGreaterThan(0);
    const meets = profile({
      yearsExperience: 10,
      needsSponsorship: false,
      clearanceHeld: 'TS/SCI with polygraph',
      usCitizen: true,
      workModes: ['onsite', 'hybrid'],
      travelLimit: 25,
      employmentTypes: ['full-time'],
    });
    expect(scoreFit(blockedPosting, meets).blockers).toBeUndefined();
    expect(scoreFit(blockedPosting, meets).score).toBe(unsaid.score);
  });

  it('living near an office, with no mode stated, blocks a profile that accepts remote work only', () => {
    // SYNTHETIC: no mode said, only the requirement.
    const near = analyze({
      title: 'Technical Program Manager',
      company: '',
      location: 'Austin, TX',
      salaryText: '',
      description: 'Lead programs.\nCandidates must be within commuting distance of our Austin office.',
    });
    expect(scoreFit(near, profile({workModes: ['remote']})).blockers).toEqual([
      {id: 'work-mode', reason: 'posting requires living near its office; you accept remote only'},
    ]);
    // Hybrid or on-site is unsaid: a profile that accepts either is not ruled out, nor one that says nothing.
    expect(scoreFit(near, profile({workModes: ['remote', 'hybrid']})).blockers).toBeUndefined();
    expect(scoreFit(near, profile({})).blockers).toBeUndefined();
    // Without the requirement, nothing is known of the mode.
    const unsaid = analyze({...near.posting, description: 'Lead programs.'});
    expect(scoreFit(unsaid, profile({workModes: ['remote']})).blockers).toBeUndefined();
  });

  it('remote work for residents of some states blocks a home in another state, by code or name', () => {
    // SYNTHETIC, in a dev posting's words ("available only to candidates located in Washington state").
    const posting = (sentence: string) =>
      analyze({title: 'Technical Program Manager', company: '', location: '', salaryText: '', description: sentence});
    const listed = posting('This role is fully remote, but candidates must reside in CA, OR or WA.');
    expect(scoreFit(listed, profile({location: 'Austin, TX'})).blockers).toEqual([
      {id: 'location', reason: 'posting is remote for residents of CA, OR or WA only; your home is in TX'},
    ]);
    expect(scoreFit(listed, profile({location: 'Seattle, WA'})).blockers).toBeUndefined();
    const named = posting('This position is fully remote and open only to candidates located in Washington state.');
    expect(scoreFit(named, profile({location: 'Spokane, Washington'})).blockers).toBeUndefined();
    expect(scoreFit(named, profile({location: 'Portland, OR'})).blockers?.map((blocker) => blocker.id)).toEqual([
      'location',
    ]);
    // No home, or a scope that is not a list of states, blocks nothing; nor does a location line's state, which
    // boards give remote jobs for where they were posted.
    expect(scoreFit(listed, profile({})).blockers).toBeUndefined();
    expect(scoreFit(posting('Fully remote (US).'), profile({location: 'Austin, TX'})).blockers).toBeUndefined();
    const listedUnder = analyze({
      title: 'Technical Program Manager',
      company: '',
      location: 'Remote - TX',
      salaryText: '',
      description: 'Drive programs.',
    });
    expect(listedUnder.screening.remoteScope).toBe('TX');
    expect(scoreFit(listedUnder, profile({location: 'Seattle, WA'})).blockers).toBeUndefined();
  });

  it('a condition that allows US persons blocks a non-citizen only when they need sponsorship', () => {
    // SYNTHETIC sentences in the words postings use. A green-card holder answers "not a US citizen" and qualifies
    // for a US-person job; before, each of these blocked them.
    const posting = (sentence: string) =>
      analyze({title: 'Technical Program Manager', company: '', location: '', salaryText: '', description: sentence});
    const permanentResident = profile({usCitizen: false, needsSponsorship: false});
    const visaHolder = profile({usCitizen: false, needsSponsorship: true});
    const notSaid = profile({usCitizen: false});
    for (const sentence of [
      'Candidates must be U.S. citizens or permanent residents.',
      'ITAR: applicants must be US persons.',
      'Must be a US citizen or green card holder.',
    ]) {
      const read = posting(sentence);
      expect(read.requirements.usCitizenship, sentence).toBe(true);
      expect(scoreFit(read, permanentResident).blockers, sentence).toBeUndefined();
      expect(scoreFit(read, notSaid).blockers, sentence).toBeUndefined();
      expect(
        scoreFit(read, visaHolder).blockers?.map((blocker) => blocker.reason),
        sentence,
      ).toEqual(['posting requires US citizenship or US-person status; you need sponsorship']);
    }
    // Citizens only blocks every non-citizen.
    const citizens = posting('This position requires U.S. citizenship due to federal contract requirements.');
    expect(scoreFit(citizens, permanentResident).blockers).toEqual([
      {id: 'us-citizenship', reason: 'posting requires US citizenship; you are not a US citizen'},
    ]);
    // Read through analyze() with a profile, the fit carries the same answer.
    expect(
      analyze(
        {
          title: 'Technical Program Manager',
          company: '',
          location: '',
          salaryText: '',
          description: 'ITAR: applicants must be US persons.',
        },
        {profile: permanentResident},
      ).fit?.blockers,
    ).toBeUndefined();
  });

  it('blocks an employment type only when the profile accepts none of those the posting names', () => {
    // Indeed's field as real postings write it (../shared/data/postings/dev.jsonl).
    const posting = (line: string) =>
      analyze({title: 'Technical Program Manager', company: '', location: '', salaryText: '', description: line});
    const both = posting('Job Types: Full-time, Contract');
    expect(scoreFit(both, profile({employmentTypes: ['full-time']})).blockers).toBeUndefined();
    expect(scoreFit(both, profile({employmentTypes: ['contract']})).blockers).toBeUndefined();
    expect(scoreFit(both, profile({employmentTypes: ['part-time']})).blockers).toEqual([
      {id: 'employment-type', reason: 'posting is full-time, contract; you accept part-time'},
    ]);
    const contract = posting('This is a 12+ month contract in Orlando, FL or New York, NY.');
    expect(scoreFit(contract, profile({employmentTypes: ['full-time', 'part-time']})).blockers).toEqual([
      {id: 'employment-type', reason: 'posting is contract; you accept full-time or part-time'},
    ]);
    // A posting that names no type, or a profile that ticks none, never blocks.
    expect(scoreFit(posting('Drive programs.'), profile({employmentTypes: ['contract']})).blockers).toBeUndefined();
    expect(scoreFit(contract, profile({employmentTypes: []})).blockers).toBeUndefined();
  });

  it('keeps other countries\u2019 levels by name and a polygraph apart', () => {
    expect(fitBlockers({clearance: {required: true, level: 'NV1'}}, profile({clearanceHeld: 'NV1'}))).toEqual([]);
    expect(fitBlockers({clearance: {required: true, level: 'NV1'}}, profile({clearanceHeld: 'Secret'}))).toHaveLength(
      1,
    );
    expect(
      fitBlockers({clearance: {required: true, level: 'TS/SCI with polygraph'}}, profile({clearanceHeld: 'TS/SCI'})),
    ).toHaveLength(1);
    expect(fitBlockers({clearance: {required: false, level: 'Secret'}}, profile({clearanceHeld: 'none'}))).toEqual([]);
  });
});

const screeningAdditionArb = fc.oneof(
  fc.boolean().map((needsSponsorship) => ({needsSponsorship})),
  fc.constantFrom(...CLEARANCES_HELD).map((clearanceHeld) => ({clearanceHeld})),
  fc.boolean().map((usCitizen) => ({usCitizen})),
  fc.subarray(['remote', 'hybrid', 'onsite'] as const).map((workModes) => ({workModes: [...workModes]})),
  fc.integer({min: 0, max: 100}).map((travelLimit) => ({travelLimit})),
  fc.subarray([...EMPLOYMENT_TYPE_KEYS]).map((employmentTypes) => ({employmentTypes})),
  fc.integer({min: 0, max: 20}).map((yearsExperience) => ({yearsExperience})),
  fc.subarray([...CHECKLIST_IDS]).map((checklist) => ({checklist})),
);
const inputs: FitInput[] = [
  blockedPosting,
  ...realPostings()
    .slice(0, 40)
    .map((posting) => analyze(posting)),
];

describe('blocker properties', () => {
  it('adding to a profile never lowers a score that has no blocker', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...inputs),
        fc.array(screeningAdditionArb, {minLength: 1, maxLength: 5}),
        (input, additions) => {
          const before = emptyProfile();
          const after = additions.reduce<Profile>((current, patch) => ({...current, ...patch}), before);
          const fit = scoreFit(input, after);
          return fit.blockers !== undefined || fit.score >= scoreFit(input, before).score;
        },
      ),
      {numRuns: 400},
    );
  });
});

describe('screening fields of the profile', () => {
  const full = profile({
    yearsExperience: 7,
    needsSponsorship: true,
    clearanceHeld: 'Top Secret',
    usCitizen: false,
    workModes: ['remote', 'hybrid'],
    travelLimit: 20,
    employmentTypes: ['full-time', 'per diem'],
  });

  it('round-trip through the exported file and the form', () => {
    expect(parseProfileValue(JSON.parse(profileFileText(full)))).toEqual({ok: true, profile: full, migratedFrom: null});
    expect(profileFromForm(formFromProfile(full))).toEqual({ok: true, profile: full});
  });

  it('refuse a travel limit that is no percentage', () => {
    expect(profileFromForm({...formFromProfile(full), travelLimit: '150'})).toMatchObject({
      ok: false,
      errors: {travelLimit: expect.any(String)},
    });
    expect(profileFromForm({...formFromProfile(full), travelLimit: '30%'})).toMatchObject({
      ok: true,
      profile: {travelLimit: 30},
    });
  });
});
