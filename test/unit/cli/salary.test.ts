import {execFileSync} from 'node:child_process';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {REPO} from '../../support/shared';

const run = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', join(REPO, 'src', 'cli', 'salary.ts'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });

describe('npm run salary', {timeout: 30_000}, () => {
  it('--json prints one object per place in the documented shape', () => {
    const lines = run('--json', 'Mountain View, CA', 'Remote', 'Springfield').trim().split('\n');
    expect(lines).toHaveLength(3);
    const [mountainView, remote, springfield] = lines.map((line) => JSON.parse(line));
    expect(mountainView).toMatchObject({
      query: 'Mountain View, CA',
      resolved: {place: 'Mountain View, CA', county: 'Santa Clara County', state: 'CA', area: expect.any(String)},
    });
    expect(mountainView.occupations.length).toBe(6);
    expect(mountainView.occupations[0]).toMatchObject({
      soc: '15-1299',
      annual: {
        level1: expect.any(Number),
        level2: expect.any(Number),
        level3: expect.any(Number),
        level4: expect.any(Number),
      },
    });
    expect(mountainView.source.name).toMatch(/OFLC/);
    expect(remote).toMatchObject({resolved: null, occupations: [], national: {date: '2021-09-27'}});
    expect(springfield.resolved).toBeNull();
    expect(springfield.candidates.length).toBeGreaterThan(1);
  });

  it('prints a readable report without --json', () => {
    const text = run('94043');
    expect(text).toMatch(/Santa Clara County/);
    expect(text).toMatch(/levels I-IV: \$[\d,]+ \| /);
  });

  it('explains its usage when given no place', () => {
    expect(() =>
      execFileSync(process.execPath, ['--import', 'tsx', join(REPO, 'src', 'cli', 'salary.ts')], {
        cwd: REPO,
        stdio: 'pipe',
      }),
    ).toThrow(/usage/);
  });
});
