import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {CHECKLIST} from '../../../src/core/checklist';
import {explainFit, FIT_WEIGHTS, scoreFit, type FitInput} from '../../../src/core/fit';
import {CHECKLIST_IDS, type ChecklistId} from '../../../src/core/ids';
import {emptyProfile} from '../../../src/core/profile';
import {DEGREE_RANK, type ChecklistMatch, type Degree, type Profile} from '../../../src/core/types';
import {haveRealPostings, realPostings} from '../../support/dev-postings';

const DEGREES: Degree[] = ['bachelor', 'master', 'doctorate'];
const CERTS = ['PMP', 'CAPM', 'PgMP', 'PRINCE2', 'CSM', 'PSM', 'PMI-ACP', 'SAFe', 'ITIL', 'AWS Solutions Architect'];

function checklistWith(present: readonly ChecklistId[]): ChecklistMatch[] {
  return CHECKLIST.map((item) => ({
    id: item.id,
    kind: item.kind,
    label: item.label,
    present: present.includes(item.id),
    evidence: [],
  }));
}

function input(
  partial: Partial<FitInput['requirements']> = {},
  present: ChecklistId[] = [],
  preferredCertifications: string[] = [],
): FitInput {
  return {
    requirements: {minYearsExperience: null, degree: null, certifications: [], ...partial},
    checklist: checklistWith(present),
    preferredCertifications,
  };
}

const profile = (partial: Partial<Profile>): Profile => ({...emptyProfile(), ...partial});

describe('scoreFit', () => {
  it('scores the weighted share of stated requirements met', () => {
    const fit = scoreFit(
      input({minYearsExperience: 5, degree: 'bachelor'}, ['communication']),
      profile({yearsExperience: 6, degree: null, checklist: ['mentoring']}),
    );
    // experience 3 met; degree 2 unknown; communication (weight 2) missing: 3 / 7.
    expect(fit.score).toBe(Math.round((3 / 7) * 100));
    expect(fit.met).toEqual(['experience']);
    expect(fit.missing).toEqual(['communication']);
    expect(fit.unknown).toEqual(['degree']);
  });

  it('weighs years and required certifications above nice-to-haves', () => {
    const rows = explainFit(
      input({minYearsExperience: 3, certifications: ['PMP']}, ['mentoring', 'communication'], ['ITIL']),
      emptyProfile(),
    );
    const weight = (id: string) => rows.find((row) => row.id === id)?.weight;
    expect(weight('experience')).toBe(FIT_WEIGHTS.experience);
    expect(weight('certification:PMP')).toBe(FIT_WEIGHTS.requiredCertification);
    expect(weight('certification:ITIL')).toBe(FIT_WEIGHTS.preferredCertification);
    expect(weight('experience')!).toBeGreaterThan(weight('communication')!);
    expect(weight('certification:PMP')!).toBeGreaterThan(weight('certification:ITIL')!);
    expect(weight('certification:PMP')!).toBeGreaterThan(weight('mentoring')!);
    // Heaviest first, so the panel can list what matters most at the top.
    expect(rows.map((row) => row.weight)).toEqual([...rows.map((row) => row.weight)].sort((a, b) => b - a));
  });

  it('matches certifications whatever their spelling and explains each row', () => {
    const rows = explainFit(input({certifications: ['PMI-ACP']}), profile({certifications: ['pmi acp']}));
    expect(rows).toEqual([expect.objectContaining({id: 'certification:PMI-ACP', status: 'met'})]);
    const years = explainFit(input({minYearsExperience: 7}), profile({yearsExperience: 4}))[0];
    expect(years).toMatchObject({status: 'missing', reason: 'posting asks 7+ years; profile has 4'});
  });

  it('meets a degree requirement with a higher degree but not a lower one', () => {
    expect(scoreFit(input({degree: 'master'}), profile({degree: 'doctorate'})).met).toEqual(['degree']);
    expect(scoreFit(input({degree: 'master'}), profile({degree: 'bachelor'})).missing).toEqual(['degree']);
  });

  it('scores 100 with nothing to meet when the posting states no requirement', () => {
    expect(scoreFit(input(), emptyProfile())).toEqual({score: 100, met: [], missing: [], unknown: []});
  });

  it('lets the three requirement items be scored only through the structured requirements', () => {
    const fit = scoreFit(input({}, ['degree', 'experience', 'pm-certification']), profile({checklist: []}));
    expect(fit.score).toBe(100);
    expect([...fit.met, ...fit.missing, ...fit.unknown]).toEqual([]);
  });
});

// --- properties -------------------------------------------------------------------------------

const degreeArb = fc.option(fc.constantFrom(...DEGREES), {nil: null});
const profileArb: fc.Arbitrary<Profile> = fc.record({
  version: fc.constant(1),
  yearsExperience: fc.option(fc.integer({min: 0, max: 40}), {nil: null}),
  degree: degreeArb,
  certifications: fc.subarray(CERTS),
  checklist: fc.subarray([...CHECKLIST_IDS]),
  skills: fc.array(fc.string({minLength: 1, maxLength: 12}), {maxLength: 3}),
  location: fc.constant(null),
  payExpectation: fc.constant(null),
});

const syntheticInputArb: fc.Arbitrary<FitInput> = fc.record({
  requirements: fc.record({
    minYearsExperience: fc.option(fc.integer({min: 0, max: 15}), {nil: null}),
    degree: degreeArb,
    certifications: fc.subarray(CERTS, {maxLength: 3}),
  }),
  checklist: fc.subarray([...CHECKLIST_IDS]).map(checklistWith),
  preferredCertifications: fc.subarray(CERTS, {maxLength: 3}),
});

const realInputs: FitInput[] = realPostings()
  .map((posting) => analyze(posting))
  .map(({requirements, checklist}) => ({requirements, checklist}));
const inputArb = realInputs.length ? fc.oneof(syntheticInputArb, fc.constantFrom(...realInputs)) : syntheticInputArb;

type Addition = (before: Profile) => Profile;
const additionArb: fc.Arbitrary<Addition> = fc.oneof(
  fc
    .constantFrom(...CERTS, 'Six Sigma')
    .map((cert): Addition => (before) => ({...before, certifications: [...before.certifications, cert]})),
  fc
    .constantFrom(...CHECKLIST_IDS)
    .map((id): Addition => (before) => ({...before, checklist: [...before.checklist, id]})),
  fc
    .integer({min: 0, max: 20})
    .map((years): Addition => (before) => ({...before, yearsExperience: (before.yearsExperience ?? 0) + years})),
  fc.constantFrom(...DEGREES).map((degree): Addition => (before) => ({
    ...before,
    degree: before.degree === null || DEGREE_RANK[degree] > DEGREE_RANK[before.degree] ? degree : before.degree,
  })),
  fc
    .string({minLength: 1, maxLength: 15})
    .map((skill): Addition => (before) => ({...before, skills: [...before.skills, skill]})),
);

describe('scoreFit properties', () => {
  it('gives whole numbers from 0 to 100', () => {
    fc.assert(
      fc.property(inputArb, profileArb, (fitInput, someProfile) => {
        const {score} = scoreFit(fitInput, someProfile);
        return Number.isInteger(score) && score >= 0 && score <= 100;
      }),
      {numRuns: 500},
    );
  });

  it('never lowers the score when something is added to the profile', () => {
    fc.assert(
      fc.property(
        inputArb,
        profileArb,
        fc.array(additionArb, {minLength: 1, maxLength: 4}),
        (fitInput, before, additions) => {
          const after = additions.reduce((current, add) => add(current), before);
          return scoreFit(fitInput, after).score >= scoreFit(fitInput, before).score;
        },
      ),
      {numRuns: 1000},
    );
  });

  it('puts every stated requirement in exactly one of met, missing and unknown', () => {
    fc.assert(
      fc.property(inputArb, profileArb, (fitInput, someProfile) => {
        const fit = scoreFit(fitInput, someProfile);
        const all = [...fit.met, ...fit.missing, ...fit.unknown];
        return new Set(all).size === all.length && all.length === explainFit(fitInput, someProfile).length;
      }),
    );
  });
});

describe.skipIf(!haveRealPostings)('fit on real postings', () => {
  it('a profile holding everything scores 100 on every real posting; an empty one scores 0 where something is asked', () => {
    const everything = profile({yearsExperience: 70, degree: 'doctorate', checklist: [...CHECKLIST_IDS]});
    for (const posting of realPostings()) {
      const analysis = analyze(posting);
      const asked = explainFit(analysis, emptyProfile()).length;
      const full = scoreFit(analysis, {...everything, certifications: analysis.requirements.certifications});
      expect(full.score, posting.id).toBe(100);
      if (asked > 0) expect(scoreFit(analysis, emptyProfile()).score, posting.id).toBe(0);
    }
  });
});
