// Tests are laid out by kind (README "Tests"), so that vitest picks each file's environment by its folder:
//   test/unit/<area>/**.test.ts(x)  Node, no DOM
//   test/dom/<area>/**.test.ts(x)   happy-dom (no per-file `@vitest-environment` pragma)
//   test/e2e/                       real Chromium and Firefox (npm run test:e2e, test:e2e:firefox)
//   test/support/                   shared helpers: the ../shared path, dev postings, page fixtures, fake browser
//   test/fixtures/                  small real pages and labels kept in the repository (with provenance)
// <area> is the src/ folder the test is about (core, sites, content, ...) or `project` for checks on the
// repository as a whole; a test file is named after the module or behaviour it tests.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {REPO} from '../../support/shared';

const TEST = join(REPO, 'test');
const KINDS = ['unit', 'dom', 'e2e', 'support', 'fixtures'];
const AREAS = [
  ...readdirSync(join(REPO, 'src')).filter((name) => statSync(join(REPO, 'src', name)).isDirectory()),
  'project',
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(REPO, path)];
  });
}

const isTest = (path: string) => /\.(?:test|spec)\.[cm]?[jt]sx?$/.test(path);

/** Why a file is out of place, or null when it sits where the layout says. */
function misplaced(path: string): string | null {
  const [, kind, area] = path.split('/');
  if (!kind || !KINDS.includes(kind))
    return `test/${kind} is not a test kind: put unit tests in test/unit/<area>/, DOM tests in test/dom/<area>/, helpers in test/support/`;
  if (kind === 'unit' || kind === 'dom') {
    if (!isTest(path)) return `only *.test.ts(x) files belong in test/${kind}/: move helpers to test/support/`;
    if (path.split('/').length < 4 || !area || !AREAS.includes(area))
      return `test/${kind}/<area>/ names the src/ folder under test (${AREAS.join(', ')})`;
    return null;
  }
  if (isTest(path))
    return `a vitest file in test/${kind}/ never runs: put it in test/unit/<area>/ (Node) or test/dom/<area>/ (happy-dom)`;
  return null;
}

describe('test layout', () => {
  const all = files(TEST);

  it('finds the tests', () => expect(all.filter(isTest).length).toBeGreaterThan(50));

  it('every file sits where its kind says (see the header of this file)', () => {
    const wrong = all.flatMap((path) => {
      const why = misplaced(path);
      return why ? [`${path}: ${why}`] : [];
    });
    expect(wrong, `Misplaced test files:\n${wrong.join('\n')}`).toEqual([]);
  });

  it('no test picks its own environment: the folder does (vitest.config.ts)', () => {
    const pragmas = all
      .filter(isTest)
      .filter((path) => /^\s*(?:\/\/|\/?\*+)\s*@vitest-environment/m.test(readFileSync(join(REPO, path), 'utf8')));
    expect(pragmas, `Move these to test/dom/ or test/unit/ and drop the pragma:\n${pragmas.join('\n')}`).toEqual([]);
  });

  it('says what is wrong with a misplaced file', () => {
    expect(misplaced('test/ui/panel.test.tsx')).toMatch(/not a test kind/);
    expect(misplaced('test/unit/panel/panel.test.tsx')).toBeNull();
    expect(misplaced('test/unit/panel.test.ts')).toMatch(/names the src\/ folder/);
    expect(misplaced('test/support/x.test.ts')).toMatch(/never runs/);
  });
});
