// The analyze command end to end: real inputs of every kind, broken inputs, profile and summary.
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {AnalysisSchema} from '../../../src/core/schema';
import {REPO} from '../../support/shared';

const SAMPLE = join(REPO, 'samples', 'principal-tpm-ai-ml.indeed.html');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'src', 'cli', 'analyze.ts'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

const dir = mkdtempSync(join(tmpdir(), 'tpm-lens-cli-'));
const text = join(dir, 'posting.md');
writeFileSync(
  text,
  '# IT Project Manager\n\nPlan and deliver infrastructure projects on time and within budget.\nAt least 5 years of IT project management experience; PMP required.\nPay: $55-$65 per hour.\n',
);
const jsonl = join(dir, 'postings.jsonl');
writeFileSync(
  jsonl,
  [
    JSON.stringify({
      id: 'a',
      title: 'Technical Program Manager',
      company: 'X',
      location: 'Austin, TX',
      salary_text: '$150,000 - $180,000 a year',
      description: 'Drive cross-team software programs and report status to leadership.',
    }),
    '{"id": "broken", "title": ',
    JSON.stringify({
      id: 'b',
      title: 'Construction Project Manager',
      company: 'Y',
      location: 'Denver, CO',
      salary_text: null,
      description: 'Manage subcontractors on commercial building sites.',
    }),
  ].join('\n'),
);
const profile = join(dir, 'profile.json');
// With a byte order mark, as an editor on Windows saves the export again (refused as JSON before).
writeFileSync(
  profile,
  '\uFEFF' +
    JSON.stringify({
      yearsExperience: 6,
      degree: 'bachelor',
      certifications: ['PMP'],
      checklist: ['planning', 'delivery'],
      skills: [],
      location: null,
      payExpectation: null,
    }),
);

describe('npm run analyze', {timeout: 60_000}, () => {
  it('--json prints one schema-valid object per posting, and a bad line or file is reported by name without stopping', () => {
    const {status, stdout, stderr} = run('--json', SAMPLE, text, jsonl, join(dir, 'missing.html'));
    const analyses = stdout
      .trim()
      .split('\n')
      .map((line) => AnalysisSchema.parse(JSON.parse(line)));
    expect(analyses.map((analysis) => analysis.id)).toEqual([
      'principal-tpm-ai-ml.indeed.html',
      'posting.md',
      'a',
      'b',
    ]);
    expect(analyses[0]!.posting.title).toBe('Principal Technical Program Manager (AI & Machine Learning)');
    expect(analyses[1]!.requirements).toMatchObject({minYearsExperience: 5, certifications: ['PMP']});
    expect(analyses[1]!.salary.posted).toMatchObject({period: 'hour', annualMin: 55 * 2080, annualMax: 65 * 2080});
    expect(analyses[2]!.detection.isTechnicalProjectManager).toBe(true);
    expect(analyses[3]!.detection.isTechnicalProjectManager).toBe(false);
    expect(analyses.every((analysis) => analysis.fit === null)).toBe(true);
    const errors = stderr.split('\n').filter((line) => line.trim() && !/nodedir/.test(line));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain(`${jsonl}:2`);
    expect(errors[1]).toContain('missing.html');
    expect(status).toBe(1);
  });

  it('scores fit with --profile and exits 0 when every file reads', () => {
    const {status, stdout} = run('--json', '--profile', profile, text);
    const analysis = AnalysisSchema.parse(JSON.parse(stdout));
    expect(analysis.fit?.met).toEqual(expect.arrayContaining(['experience', 'certification:PMP']));
    expect(status).toBe(0);
  });

  it('refuses a profile that is not one, naming it', () => {
    const bad = join(dir, 'bad-profile.json');
    writeFileSync(bad, JSON.stringify({yearsExperience: 'lots'}));
    const {status, stderr} = run('--profile', bad, text);
    expect(stderr).toContain('bad-profile.json');
    expect(status).not.toBe(0);
  });

  it('prints a readable report without --json', () => {
    const {status, stdout} = run(SAMPLE);
    expect(stdout).toMatch(/Verdict: technical project\/program manager/);
    expect(stdout).toMatch(/Checklist \(\d+\/21\)/);
    expect(status).toBe(0);
  });
});

describe('a .json file and a folder', {timeout: 60_000}, () => {
  // SYNTHETIC exports: a scraper's list of rows, and a page's JobPosting JSON-LD saved as a file.
  const folder = mkdtempSync(join(tmpdir(), 'tpm-lens-cli-json-'));
  const rows = join(folder, 'export.json');
  writeFileSync(
    rows,
    JSON.stringify([
      {title: 'Technical Program Manager', location: 'Austin, TX', description: 'Drive software programs.'},
      {title: 'no description'},
      {id: 7, title: 'IT Project Manager', description: 'Plan and deliver IT projects.'},
    ]),
  );
  const nested = join(folder, 'pages', 'ld.json');
  mkdirSync(join(folder, 'pages', '.hidden'), {recursive: true});
  writeFileSync(
    nested,
    JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'JobPosting',
          title: 'Senior Technical Program Manager',
          description: '<p>Drive programs across engineering teams. 7+ years of experience.</p>',
          jobLocation: {address: {addressLocality: 'Seattle', addressRegion: 'WA'}},
          baseSalary: {currency: 'USD', value: {minValue: 170000, maxValue: 210000, unitText: 'YEAR'}},
        },
      ],
    }),
  );
  writeFileSync(join(folder, 'pages', '.hidden', 'skip.json'), '[');
  writeFileSync(join(folder, 'pages', 'notes.xlsx'), 'not read');
  writeFileSync(join(folder, 'broken.json'), '{"title": ');
  // Said to be empty, not "Unexpected end of JSON input".
  writeFileSync(join(folder, 'empty.json'), ' \n');
  // A folder's manifest (../shared/data/html has one): one line for the file, not one per entry.
  writeFileSync(
    join(folder, 'manifest.json'),
    JSON.stringify([1, 2, 3].map((index) => ({file: `page-${index}.html`, site: 'indeed', bytes: 1000 * index}))),
  );
  const empty = mkdtempSync(join(tmpdir(), 'tpm-lens-cli-empty-'));

  it('reads a list of rows and JobPosting JSON-LD, names a bad entry by its place, and reads a folder whole', () => {
    const {status, stdout, stderr} = run('--json', folder, empty);
    const analyses = stdout
      .trim()
      .split('\n')
      .map((line) => AnalysisSchema.parse(JSON.parse(line)));
    // Name order, the nested folder after the files beside it: broken.json, empty.json, export.json, pages/ld.json.
    expect(analyses.map((analysis) => analysis.id)).toEqual(['export.json:1', '7', 'ld.json']);
    expect(analyses[2]!.posting).toMatchObject({title: 'Senior Technical Program Manager', location: 'Seattle, WA'});
    expect(analyses[2]!.salary.posted).toMatchObject({annualMin: 170000, annualMax: 210000});
    expect(analyses[2]!.requirements.minYearsExperience).toBe(7);
    const errors = stderr.split('\n').filter((line) => line.trim() && !/nodedir/.test(line));
    expect(errors).toEqual([
      expect.stringMatching(/broken\.json: not valid JSON: /),
      expect.stringMatching(/empty\.json: the file is empty$/),
      expect.stringMatching(/export\.json: posting 2: description: /),
      expect.stringMatching(
        /manifest\.json: none of its 3 entries is a posting, so it is not a list of postings \(entry 1: description: /,
      ),
      `${empty}: no .html, .txt, .md, .json, .jsonl, .csv, .tsv, .jsonl.gz, .csv.gz or .tsv.gz files in this folder`,
    ]);
    expect(status).toBe(1);
  });
});

describe('screening fields through --profile', () => {
  it('reads the profile file the options page exports and reports the blocker', () => {
    const posting = join(dir, 'no-sponsorship.md');
    writeFileSync(
      posting,
      '# Technical Program Manager\n\nDrive cross-team software programs.\nHowever, we are unable to sponsor H1B candidates at this time.\n',
    );
    const screeningProfile = join(dir, 'screening-profile.json');
    writeFileSync(
      screeningProfile,
      JSON.stringify({
        version: 1,
        needsSponsorship: true,
        clearanceHeld: 'none',
        usCitizen: false,
        workModes: ['remote'],
        travelLimit: 10,
      }),
    );
    const {status, stdout} = run('--json', '--profile', screeningProfile, posting);
    expect(status).toBe(0);
    const analysis = AnalysisSchema.parse(JSON.parse(stdout.trim()));
    expect(analysis.requirements.sponsorship).toBe('not offered');
    expect(analysis.fit).toMatchObject({
      score: 0,
      blockers: [{id: 'sponsorship', reason: 'posting offers no visa sponsorship; you need it'}],
    });
    // The summary says why the fit is 0 (no such column before); a contract posting and a full-time-only profile add one.
    const contract = join(dir, 'contract.md');
    writeFileSync(
      contract,
      '# Technical Program Manager\n\nDrive cross-team software programs.\nWe are unable to sponsor H1B candidates.\nJob Types: Contract\n',
    );
    const fullTimeOnly = join(dir, 'full-time-profile.json');
    writeFileSync(fullTimeOnly, JSON.stringify({version: 1, needsSponsorship: true, employmentTypes: ['full-time']}));
    const summary = run('--summary', '--profile', fullTimeOnly, contract).stdout.trim().split('\n');
    expect(summary[0]!.endsWith(',skills_named,fit_blockers')).toBe(true);
    expect(
      summary[1]!.endsWith(
        ',posting offers no visa sponsorship; you need it; posting is contract; you accept full-time',
      ),
    ).toBe(true);
  });

  it('sets the posted pay beside the profile expectation, in JSON and in the report', () => {
    const posting = join(dir, 'paid.md');
    writeFileSync(
      posting,
      '# Technical Program Manager\n\nDrive cross-team software programs tracked in Jira.\nThe salary range is $120,000 - $140,000 per year.\n',
    );
    const paidProfile = join(dir, 'pay-profile.json');
    writeFileSync(paidProfile, JSON.stringify({version: 1, payExpectation: 150000, skills: ['Jira', 'Tableau']}));
    const json = run('--json', '--profile', paidProfile, posting);
    expect(AnalysisSchema.parse(JSON.parse(json.stdout.trim())).fit?.pay).toEqual({
      verdict: 'below',
      text: 'Posted pay $120,000-$140,000 a year is below your $150,000.',
    });
    const report = run('--profile', paidProfile, posting).stdout;
    expect(report).toContain('Pay against yours: Posted pay $120,000-$140,000 a year is below your $150,000.');
    expect(report).toContain('Skills: Your skills it names: Jira (1 of 2).');
    // The posting names no place: the fit says nothing of one.
    expect(report).not.toContain('Place:');
    const placed = join(dir, 'placed.jsonl');
    const onsite = {title: 'Technical Program Manager', location: 'Austin, TX', description: 'This role is on-site.'};
    writeFileSync(placed, `${JSON.stringify(onsite)}\n`);
    const homeProfile = join(dir, 'home-profile.json');
    writeFileSync(homeProfile, JSON.stringify({version: 1, location: 'Seattle, WA'}));
    expect(run('--profile', homeProfile, placed).stdout).toContain(
      'Place: On-site in Austin, TX; your home, Seattle, WA, is in another metro area: a move or a long commute',
    );
    const summary = run('--summary', '--profile', paidProfile, posting).stdout.trim().split('\n');
    expect(summary[0]!.endsWith(',pay_vs_yours,skills_named,fit_blockers')).toBe(true);
    expect(summary[1]!.endsWith(',below,Jira,')).toBe(true);
  });
});
