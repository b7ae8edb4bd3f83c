// `analyze --cards`: the card verdict per JSON Lines row, from title, company, location and pay line only.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {REPO} from '../../support/shared';

const dir = mkdtempSync(join(tmpdir(), 'tpm-lens-cards-'));
const file = join(dir, 'cards.jsonl');
const row = (id: string, title: string, salary_text: string | null, description: string) =>
  JSON.stringify({id, title, company: 'X', location: 'Austin, TX', salary_text, description});
writeFileSync(
  file,
  [
    row(
      'tpm',
      'Technical Program Manager',
      '$150,000 - $180,000 a year',
      'Run the annual gala and the catering budget.',
    ),
    '{"id": "broken"',
    row('pm', 'Project Manager', '$55 an hour', 'Plan software releases.'),
    // Found on Indeed Canada, its place only "Remote": a job in Canada (a US remote job in US dollars before).
    JSON.stringify({
      id: 'ca',
      title: 'Technical Program Manager',
      company: 'X',
      location: 'Remote',
      salary_text: '$80,000 a year',
      url: 'https://ca.indeed.com/viewjob?jk=1',
      description: 'Plan software releases.',
    }),
    row(
      'po',
      'Product Manager',
      null,
      'Plan and track software projects, milestones and releases with engineering teams.',
    ),
  ].join('\n'),
);

describe('npm run analyze -- --cards', {timeout: 60_000}, () => {
  it('prints {id, card} per row, ignores the description, reports a bad row and goes on', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(REPO, 'src', 'cli', 'analyze.ts'), '--cards', file],
      {cwd: REPO, encoding: 'utf8'},
    );
    const lines = result.stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            id: string;
            card: {
              isTechnicalProjectManager: string;
              reasons: string[];
              pay: {annualMin: number; currency: string} | null;
              benchmarkPosition: string | null;
            };
          },
      );
    expect(lines.map((line) => [line.id, line.card.isTechnicalProjectManager])).toEqual([
      ['tpm', 'yes'],
      ['pm', 'maybe'],
      ['ca', 'yes'],
      ['po', 'no'],
    ]);
    expect(lines[2]!.card).toMatchObject({pay: {currency: 'CAD'}, benchmarkPosition: null});
    expect(lines[0]!.card.pay?.annualMin).toBe(150_000);
    expect(lines[0]!.card.benchmarkPosition).toMatch(/level/);
    expect(lines[1]!.card.pay?.annualMin).toBe(55 * 2080);
    expect(lines[3]!.card).toMatchObject({pay: null, benchmarkPosition: null});
    expect(result.stderr).toContain(`${file}:2`);
    expect(result.status).toBe(1);
  });
});
