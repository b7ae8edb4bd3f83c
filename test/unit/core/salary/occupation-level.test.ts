// The occupation rules and the DOL wage-level worksheet on real postings from ../shared/data/postings/dev.jsonl,
// each with its level worked out by hand from the worksheet (ETA Prevailing Wage Determination Policy Guidance,
// revised November 2009): start at Level I; experience against Job Zone 4 (over 2 up to 4 years): <= 2 +0,
// 2.1-3 +1, 3.1-4 +2, over 4 +3; education above bachelor's +1 per level; supervision +1 unless the
// occupation supervises by definition; cap at IV.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {analyze} from '../../../../src/core/analyze';
import {countySalaryDataset} from '../../../../src/core/salary/lookup';
import {chooseOccupation, readRoleDuties} from '../../../../src/core/salary/occupation-choice';
import {OCCUPATION_PROFILES, occupationProfile} from '../../../../src/core/salary/occupations';
import {impliedWageLevel} from '../../../../src/core/salary/wage-level';
import {AnalysisSchema} from '../../../../src/core/schema';
import type {Degree} from '../../../../src/core/types';
import {haveRealPostings, realPostings} from '../../../support/dev-postings';
import {data} from '../../../support/salary';

const dataset = countySalaryDataset(data);
const postings = new Map(realPostings().map((posting) => [posting.id, posting]));
const analysisOf = (id: string, occupation?: string) => {
  const posting = postings.get(id);
  if (!posting) throw new Error(`${id} is not in dev.jsonl`);
  const analysis = analyze(posting, {dataset, ...(occupation ? {occupation} : {})});
  AnalysisSchema.parse(analysis);
  return analysis;
};

describe.runIf(haveRealPostings)('occupation and implied level on real postings (worked by hand)', () => {
  it('a TPM (Google, ASIC, Sunnyvale; 5 years, bachelor): 15-1299, Level I + 3 (5 > 4 years) = IV', () => {
    const {salary} = analysisOf('google_job_skills:873ab0a712');
    expect(salary.benchmark?.occupation?.soc).toBe('15-1299');
    expect(salary.benchmark?.impliedLevel?.level).toBe(4);
    expect(salary.benchmark?.impliedLevel?.steps.map((step) => step.points)).toEqual([3, 0, 0, 0]);
    expect(salary.benchmark?.figures[0]).toMatchObject({soc: '15-1299', levels: [97_594, 139_443, 181_293, 223_142]});
    expect(salary.comparison).toBeNull(); // no posted pay
  });

  it('a senior TPM (Microsoft, Redmond; 4 years, bachelor): 15-1299, Level I + 2 (high end of 2-4) = III, minimum below it', () => {
    const {salary} = analysisOf('mscareers_2025:fca08d6a37');
    expect(salary.benchmark?.occupation?.soc).toBe('15-1299');
    expect(salary.benchmark?.occupation?.why.join(' ')).toMatch(/"Sr\.?" in the title marks an experienced worker/);
    expect(salary.benchmark?.impliedLevel?.level).toBe(3);
    expect(salary.benchmark?.impliedLevel?.summary).toMatch(
      /^Level III: 4 years required \(Job Zone 4 usually asks more than 2 and up to 4 years; high end of its range: \+2\); bachelor's \(usual: \+0\)/,
    );
    // Seattle-Tacoma-Bellevue 15-1299 Level III is $139,298; the posted minimum is $119,800.
    expect(salary.comparison?.meetsImpliedLevel).toBe(false);
    expect(salary.comparison?.impliedLevelSummary).toBe(
      'Posted minimum $119,800 is below the Level III wage for 15-1299 in Seattle-Tacoma-Bellevue, WA, $139,298 ($66.97/hour).',
    );
  });

  it('a principal TPM (5 years, no degree named): Level I + 3 = IV; no degree step', () => {
    const {salary} = analysisOf('indeed_gabogomezt_2020:20c65ec5d4');
    expect(salary.benchmark?.occupation?.soc).toBe('15-1299');
    expect(salary.benchmark?.impliedLevel).toMatchObject({
      level: 4,
      steps: [{points: 3}, {points: 0, evidence: 'no degree stated (+0)'}, {points: 0}, {points: 0}],
    });
  });

  it('a manager of TPMs (Meta, Sunnyvale; 8 years, bachelor, people management): 11-3021, Level I + 3 = IV, supervision inherent', () => {
    const {salary} = analysisOf('metacareers_2025:d189cfe2fc');
    expect(salary.benchmark?.occupation).toMatchObject({
      soc: '11-3021',
      title: 'Computer and Information Systems Managers',
      by: 'rules',
    });
    expect(salary.benchmark?.occupation?.why[0]).toMatch(/names a manager of project\/program managers in technology/);
    expect(salary.benchmark?.impliedLevel?.level).toBe(4);
    expect(salary.benchmark?.impliedLevel?.steps.find((step) => step.factor === 'supervision')).toMatchObject({
      points: 0,
      evidence: expect.stringMatching(/by definition/),
    });
    // San Jose-Sunnyvale-Santa Clara 11-3021 Level IV is $388,918; the posted minimum is $167,000.
    expect(salary.benchmark?.figures[0]).toMatchObject({soc: '11-3021', levels: [178_506, 248_643, 318_781, 388_918]});
    expect(salary.comparison?.meetsImpliedLevel).toBe(false);
    expect(salary.comparison?.impliedLevelSummary).toMatch(
      /^Posted minimum \$167,000 is below the Level IV wage for 11-3021 in San Jose-Sunnyvale-Santa Clara, CA, \$388,918/,
    );
  });

  it("the same manager measured as 15-1299 at the reader's choice: supervision now adds 1 (5 before the cap)", () => {
    const {salary} = analysisOf('metacareers_2025:d189cfe2fc', '15-1299');
    expect(salary.benchmark?.occupation).toMatchObject({soc: '15-1299', by: 'user'});
    expect(salary.benchmark?.occupation?.why[0]).toMatch(/^you chose 15-1299; the posting suggests 11-3021/);
    expect(salary.benchmark?.impliedLevel?.steps.map((step) => step.points)).toEqual([3, 0, 0, 1]);
    expect(salary.benchmark?.impliedLevel?.summary).toMatch(/^Level IV \(5 before the cap at IV\)/);
    expect(salary.benchmark?.figures[0]?.soc).toBe('15-1299');
    expect(salary.comparison?.impliedLevelSummary).toMatch(/below the Level IV wage for 15-1299 .*\$223,142/);
  });

  it('a TPM that requires a TS/SCI clearance: the special-skills step names it and leaves the points to an analyst', () => {
    const {salary, requirements} = analysisOf('mscareers_2025:4f4f3db26f');
    expect(requirements.clearance?.required).toBe(true);
    const special = salary.benchmark?.impliedLevel?.steps.find((step) => step.factor === 'special-skills');
    expect(special).toMatchObject({
      points: 0,
      evidence: expect.stringMatching(/requires a .*clearance, which an analyst may count here/),
    });
    expect(salary.benchmark?.impliedLevel?.summary).toMatch(/clearance/);
  });

  it('an IT project manager (no years, bachelor): 15-1299, Level I', () => {
    const {salary} = analysisOf('dice_promptcloud:037bb6733a');
    expect(salary.benchmark?.occupation?.soc).toBe('15-1299');
    expect(salary.benchmark?.impliedLevel?.level).toBe(1);
    expect(salary.benchmark?.impliedLevel?.steps[0]?.evidence).toBe('no years of experience stated (+0)');
  });

  it('an "IT Project Manager" whose duties discipline and recruit staff and prepare an annual budget: 11-3021 by its duties, Level I (1 year)', () => {
    const {salary} = analysisOf('resume_matcher_jobdesc:bccb3fa0e6');
    expect(salary.benchmark?.occupation?.soc).toBe('11-3021');
    expect(salary.benchmark?.occupation?.why[0]).toMatch(/^the duties include supervising staff/);
    expect(salary.benchmark?.occupation?.why[1]).toMatch(/owns a budget/);
    expect(salary.benchmark?.impliedLevel?.level).toBe(1);
  });

  it('a project manager outside technology (New Mexico courts, HR; 5 years, bachelor): 13-1082, Level IV, minimum below it', () => {
    const {salary} = analysisOf('linkedin_arshkon:ae85032d74');
    expect(salary.benchmark?.occupation?.soc).toBe('13-1082');
    expect(salary.benchmark?.impliedLevel?.level).toBe(4);
    expect(salary.benchmark?.figures[0]?.soc).toBe('13-1082');
    expect(salary.comparison?.meetsImpliedLevel).toBe(false);
    expect(salary.comparison?.impliedLevelSummary).toMatch(
      /^Posted minimum \$70,250 is below the Level IV wage for 13-1082 in Santa Fe, NM, \$107,744/,
    );
  });
});

describe('occupation rules', () => {
  const none = {supervision: null, budget: null};
  it('reads director and head-of titles as management, technical or not', () => {
    expect(chooseOccupation({title: 'Director, Technical Program Management', duties: none, technical: true}).soc).toBe(
      '11-3021',
    );
    expect(chooseOccupation({title: 'Head of Program Management, Cloud', duties: none, technical: false}).soc).toBe(
      '11-3021',
    );
    expect(chooseOccupation({title: 'Project Management Director', duties: none, technical: false}).soc).toBe(
      '11-9199',
    );
    expect(chooseOccupation({title: 'TPM Manager', duties: none, technical: true}).soc).toBe('11-3021');
  });
  it('keeps senior, staff and principal TPMs in 15-1299 and says why', () => {
    for (const title of [
      'Staff Technical Program Manager',
      'Senior Technical Program Manager',
      'Principal TPM',
      'Technical Program Manager',
    ]) {
      expect(chooseOccupation({title, duties: none, technical: true}).soc).toBe('15-1299');
    }
  });
  it('moves a TPM with staff to supervise to 11-3021; coordinating teams is not supervising', () => {
    const supervising = readRoleDuties(['You will build and lead a team of 6 technical program managers.']);
    expect(chooseOccupation({title: 'Staff Technical Program Manager', duties: supervising, technical: true}).soc).toBe(
      '11-3021',
    );
    const coordinating = readRoleDuties([
      'Lead cross-functional teams to deliver programs on time.',
      'Mentor junior engineers.',
    ]);
    expect(coordinating).toEqual({supervision: null, budget: null});
    expect(
      chooseOccupation({title: 'Staff Technical Program Manager', duties: coordinating, technical: true}).soc,
    ).toBe('15-1299');
  });
  it('gives the first sentence that supervises staff and the first that owns a budget, in one or apart', () => {
    expect(
      readRoleDuties([
        'Own the departmental budget for the PMO.',
        'Coordinate releases.',
        'You will have 5 direct reports.',
        'Manage the operational budget.',
        'Conduct performance reviews.',
      ]),
    ).toEqual({supervision: 'You will have 5 direct reports.', budget: 'Own the departmental budget for the PMO.'});
    const both = 'Hire and develop a team of analysts and own the annual budget.';
    expect(readRoleDuties([both, 'You will have direct reports.'])).toEqual({supervision: both, budget: both});
    expect(readRoleDuties(['', 'Budget ownership and people management.'])).toEqual({
      supervision: 'Budget ownership and people management.',
      budget: 'Budget ownership and people management.',
    });
  });
});

describe('the worksheet', () => {
  const profile = occupationProfile('15-1299')!;
  const degrees: Array<Degree | null> = [null, 'bachelor', 'master', 'doctorate'];
  const input = fc.record({
    years: fc.option(fc.double({min: 0, max: 40, noNaN: true}), {nil: null}),
    degree: fc.constantFrom(...degrees),
    supervision: fc.option(fc.constant('Manages direct reports.'), {nil: null}),
    soc: fc.constantFrom(...OCCUPATION_PROFILES.map((entry) => entry.soc)),
  });

  it('gives a level from 1 to 4 that is Level I plus the steps, capped', () => {
    fc.assert(
      fc.property(input, ({years, degree, supervision, soc}) => {
        const implied = impliedWageLevel({profile: occupationProfile(soc)!, years, degree, supervision});
        const total = implied.steps.reduce((sum, step) => sum + step.points, 0);
        expect([1, 2, 3, 4]).toContain(implied.level);
        expect(implied.level).toBe(Math.min(4, 1 + total));
      }),
    );
  });

  it('never lowers the level for more years, a higher degree or added supervision', () => {
    fc.assert(
      fc.property(input, fc.double({min: 0, max: 20, noNaN: true}), ({years, degree, supervision}, more) => {
        const base = impliedWageLevel({profile, years, degree, supervision}).level;
        expect(
          impliedWageLevel({profile, years: (years ?? 0) + more, degree, supervision}).level,
        ).toBeGreaterThanOrEqual(base);
        expect(impliedWageLevel({profile, years, degree: 'doctorate', supervision}).level).toBeGreaterThanOrEqual(base);
        expect(
          impliedWageLevel({profile, years, degree, supervision: 'Supervises staff.'}).level,
        ).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it("scores Job Zone 4 experience at the worksheet's edges", () => {
    const points = (years: number) =>
      impliedWageLevel({profile, years, degree: null, supervision: null}).steps[0]!.points;
    expect([0, 2, 2.5, 3, 3.5, 4, 4.5, 8].map(points)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});
