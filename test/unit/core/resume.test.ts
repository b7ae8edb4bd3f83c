import {describe, expect, it} from 'vitest';
import {profileFromResume} from '../../../src/core/resume';
import type {Profile} from '../../../src/core/types';
import {parseProfileValue} from '../../../src/core/profile-schema';

// An invented resume in the shape people paste from a PDF: header, summary, roles, sections.
const RESUME = `Jordan Rivera
Seattle, WA | jordan@example.com | (555) 010-0000

Summary
Technical program manager with 9 years of experience delivering cloud infrastructure programs.
Comfortable presenting to executives and keeping stakeholders aligned.

Experience
Senior Technical Program Manager, Northwind Cloud — Jan 2019 - Present
- Led teams of 20 engineers across storage and networking; identified risks early and ran mitigation plans.
- Managed vendors and contracts for data-center hardware; owned a $4M budget.
Project Manager, Contoso Systems — 2015 - 2018
- Wrote project plans and weekly status reports for multiple projects at once.

Education
M.S. Computer Science, University of Washington, 2013 - 2015
B.S. Electrical Engineering, 2009 - 2013

Certifications
Project Management Professional (PMP), 2020
Certified ScrumMaster, 2018
AWS Certified Solutions Architect - Associate

Skills
Jira, Confluence, AWS, Kubernetes; SQL | Python
`;

describe('profileFromResume', () => {
  const {profile, evidence} = profileFromResume(RESUME, {currentYear: 2026});

  it('reads the stated years, the highest degree and the home location', () => {
    expect(profile.yearsExperience).toBe(9);
    expect(profile.degree).toBe('master');
    expect(profile.location).toBe('Seattle, WA');
    expect(evidence.degree?.[0]).toContain('M.S. Computer Science');
  });

  it('names certifications once each, canonical where the core knows them', () => {
    expect(profile.certifications).toEqual(['PMP', 'CSM', 'AWS Certified Solutions Architect - Associate']);
  });

  it('lists skills from the skills section and checklist items the text evidences', () => {
    expect(profile.skills).toEqual(['Jira', 'Confluence', 'AWS', 'Kubernetes', 'SQL', 'Python']);
    expect(profile.checklist).toEqual(
      expect.arrayContaining([
        'stakeholder-management',
        'risk-management',
        'team-leadership',
        'delivery',
        'planning',
        'reporting',
        'multi-project',
        'vendor-management',
        'cost-benefit',
        'executive-presentation',
      ]),
    );
    expect(profile.checklist).not.toContain('experience');
    expect(profile.payExpectation).toBeNull();
  });

  it('falls back to the span of dated roles, leaving education out', () => {
    const withoutStatement = RESUME.replace('with 9 years of experience ', '');
    expect(profileFromResume(withoutStatement, {currentYear: 2026}).profile.yearsExperience).toBe(2026 - 2015);
  });

  it('gives a draft that validates, and nothing at all from an empty paste', () => {
    expect(parseProfileValue(profile).ok).toBe(true);
    const empty = profileFromResume('', {currentYear: 2026}).profile;
    expect(empty).toMatchObject({
      yearsExperience: null,
      degree: null,
      certifications: [],
      checklist: [],
      skills: [],
      location: null,
    });
  });

  it('reads a clearance held now and US citizenship, never as certifications', () => {
    // Each was listed as a certification before, and the screening fields stayed unsaid.
    const read = (text: string) => profileFromResume(text, {currentYear: 2026});
    const draft = read('Certifications\nPMP, 2021\nClearance: Active Secret\nUS Citizen');
    expect(draft.profile).toMatchObject({certifications: ['PMP'], clearanceHeld: 'Secret', usCitizen: true});
    expect(draft.evidence.clearance).toEqual(['Clearance: Active Secret']);
    expect(draft.evidence.usCitizen).toEqual(['US Citizen']);
    expect(read('Holds an active TS/SCI clearance with CI polygraph.').profile.clearanceHeld).toBe(
      'TS/SCI with polygraph',
    );
    // Not held: to be obtained, or no longer.
    expect(read('Eligible to obtain a Secret clearance.').profile.clearanceHeld).toBeNull();
    expect(read('Former Top Secret clearance (inactive since 2019).').profile.clearanceHeld).toBeNull();
    expect(read('Green card holder').profile.usCitizen).toBeNull();
    expect(read('Work authorization: US Citizen').profile.usCitizen).toBe(true);
    expect(profile).toMatchObject({clearanceHeld: null, usCitizen: null});
  });

  it('reads whether sponsorship is needed only where the resume says so', () => {
    // Each left "Not said" before.
    const needs = (text: string) => profileFromResume(text, {currentYear: 2026}).profile.needsSponsorship;
    expect(needs('Authorized to work in the US; no sponsorship required.')).toBe(false);
    expect(needs('Will require H-1B sponsorship.')).toBe(true);
    expect(needs('Currently on an H-1B visa.')).toBe(true);
    // A program's sponsors, or sponsorship handled for others, say nothing about the owner.
    expect(needs('Executive sponsorship secured for the program.')).toBeNull();
    expect(needs('Led the visa sponsorship process for 40 employees.')).toBeNull();
    expect(profile.needsSponsorship).toBeNull();
  });

  it('reads citizenship after another item of the line, dual citizenship, and a green card as no sponsorship', () => {
    // SYNTHETIC lines; each left citizenship or sponsorship "Not said" before.
    const read = (text: string) => profileFromResume(text, {currentYear: 2026});
    const line = read('Authorized to work in the US; no sponsorship required. U.S. Citizen.');
    expect(line.profile).toMatchObject({usCitizen: true, needsSponsorship: false});
    for (const text of ['Seattle, WA | US Citizen | jane@example.com', 'Dual US/UK citizen', 'Dual citizen: Canada/US'])
      expect(read(text).profile.usCitizen, text).toBe(true);
    for (const text of [
      'Not a U.S. citizen',
      'Worked with US citizens and partners.',
      'Dual citizen of France and Germany',
    ])
      expect(read(text).profile.usCitizen, text).toBeNull();
    expect(read('Green card holder').profile.needsSponsorship).toBe(false);
    expect(read('US Permanent Resident').profile.needsSponsorship).toBe(false);
    expect(read('Permanent resident of Canada').profile.needsSponsorship).toBeNull();
  });

  it('reads the pay, work modes and travel the owner asks for, never the duties of past jobs', () => {
    // SYNTHETIC lines; each field was left empty before.
    const read = (text: string) => profileFromResume(text, {currentYear: 2026});
    const cases: Array<[string, Partial<Profile>]> = [
      ['Seeking $150,000+ base.', {payExpectation: 150000}],
      ['Salary expectations: $140,000 - $160,000', {payExpectation: 140000}],
      ['Desired pay: $75/hour', {payExpectation: 156000}],
      ['Open to remote or hybrid roles.', {workModes: ['remote', 'hybrid']}],
      ['Looking for on-site positions in Austin', {workModes: ['onsite']}],
      ['Remote only', {workModes: ['remote']}],
      ['Willing to travel up to 25%', {travelLimit: 25}],
      ['Travel: up to 10%', {travelLimit: 10}],
      ['Unable to travel', {travelLimit: 0}],
    ];
    for (const [text, want] of cases) {
      const draft = read(text);
      expect(draft.profile, text).toMatchObject(want);
      const field = Object.keys(want)[0] as 'payExpectation' | 'workModes' | 'travelLimit';
      expect(draft.evidence[field], text).toEqual([text]);
    }
    for (const text of [
      'Managed a $2M budget.',
      'Led remote teams across 3 time zones.',
      'Traveled 40% of the time to client sites.',
      'Desired salary: £90,000',
      // The pay of others, in a duty.
      'Raised the minimum pay to $15/hour for 40 warehouse staff.',
    ])
      expect(read(text).profile, text).toMatchObject({payExpectation: null, workModes: [], travelLimit: null});
  });

  it('reads the employment types the owner accepts from a line that says so, never from past jobs (no such field before)', () => {
    // SYNTHETIC lines.
    const read = (text: string) => profileFromResume(text, {currentYear: 2026});
    for (const [text, want] of [
      ['Open to full-time or contract roles.', ['full-time', 'contract']],
      ['Seeking remote, full-time positions', ['full-time']],
      ['Looking for contract-to-hire or permanent opportunities', ['full-time', 'contract']],
      ['Available for part-time, freelance work', ['part-time', 'contract']],
    ] as const) {
      const draft = read(text);
      expect(draft.profile.employmentTypes, text).toEqual(want);
      expect(draft.evidence.employmentTypes, text).toEqual([text]);
      // The work mode said beside the type is read too.
      if (text.includes('remote')) expect(draft.profile.workModes, text).toEqual(['remote']);
    }
    for (const text of [
      'Contract Program Manager | Acme | 2019 - 2021',
      'Managed full-time and contract staff of 40.',
      'Negotiated contract renewals with vendors.',
      'Seeking to build full-time teams',
    ])
      expect(read(text).profile.employmentTypes, text).toEqual([]);
  });

  it('counts roles dated by month and year, and no degree still in progress', () => {
    // SYNTHETIC resume; read as 7 years (the second role's dates unread) and a master's before.
    const draft = profileFromResume(
      'Program Manager | Dell | 03/2019 - Present\nIT Project Manager | Accenture | 07/2015 - 02/2019\nEducation\nBBA, University of Texas\nMBA (in progress)',
      {currentYear: 2026},
    );
    expect(draft.profile).toMatchObject({yearsExperience: 11, degree: 'bachelor'});
    expect(draft.evidence.degree).toEqual(['BBA, University of Texas']);
    const expected = profileFromResume('M.S. Computer Science, expected May 2027\nB.S. Mathematics, 2020', {
      currentYear: 2026,
    });
    expect(expected.profile.degree).toBe('bachelor');
  });

  it('reads years stated without the word "experience", an M.Tech, and a metro area as home', () => {
    // SYNTHETIC lines; each left the field empty (or a bachelor's) before.
    const read = (text: string) => profileFromResume(text, {currentYear: 2026}).profile;
    expect(read('10+ years in technical program management').yearsExperience).toBe(10);
    expect(read('12 years leading engineering teams').yearsExperience).toBe(12);
    // Years of something else leave the dated roles to say.
    expect(read('4 years of French\nEngineer 2015 - 2020').yearsExperience).toBe(5);
    expect(read('Led 3 years of platform migrations\nEngineer 2015 - 2020').yearsExperience).toBe(5);
    expect(read('Managed a team for 2 years in Berlin\nEngineer 2015 - 2020').yearsExperience).toBe(5);
    expect(read('B.Tech, IIT Delhi, 2010\nM.Tech, IIT Bombay, 2012').degree).toBe('master');
    expect(read('Jane Doe\nSan Francisco Bay Area\njane@example.com').location).toBe('San Francisco Bay Area');
    expect(read('Jane Doe | Greater Seattle Area | jane@example.com').location).toBe('Greater Seattle Area');
    expect(read('Jane Doe \u2014 Remote (US)\njane@example.com').location).toBe('Remote');
    expect(read('jane@example.com | Remote | 555-0100').location).toBe('Remote');
    expect(read('Jane Doe\nOpen to remote work\njane@example.com').location).toBeNull();
  });

  it('never lists a line about the right to work as a certification', () => {
    // The line under "Certifications" was a certification before.
    const draft = profileFromResume('Certifications\nPMP, 2021\nAuthorized to work in the US, no visa needed', {
      currentYear: 2026,
    });
    expect(draft.profile.certifications).toEqual(['PMP']);
    expect(draft.evidence.certifications).toEqual(['PMP, 2021']);
  });

  it('does not read "Scrum Master" as a master degree', () => {
    expect(
      profileFromResume('Scrum Master at Fabrikam, 2020 - 2023\nB.A. History', {currentYear: 2026}).profile.degree,
    ).toBe('bachelor');
  });
});
