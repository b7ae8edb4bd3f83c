// Conventions the code base keeps; a broken one fails here rather than in review.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {REPO} from '../../support/shared';

function sourceFiles(dir: string): string[] {
  return readdirSync(join(REPO, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(REPO, path)).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx)$/.test(name) ? [path] : [];
  });
}

const read = (path: string) => readFileSync(join(REPO, path), 'utf8');
const code = (path: string) => read(path).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe('src/core is pure', () => {
  for (const file of sourceFiles('src/core')) {
    it(`${file} uses no DOM or browser API`, () => {
      const text = code(file);
      expect(text).not.toMatch(/\bfrom ['"](?:webextension-polyfill|preact)/);
      expect(text).not.toMatch(/\b(?:document|window|chrome|browser|localStorage|navigator)\./);
      expect(text).not.toMatch(/\bfetch\(/);
    });
  }
});

describe('security', () => {
  for (const file of sourceFiles('src')) {
    it(`${file} never writes HTML or evaluates code`, () => {
      const text = code(file);
      expect(text).not.toMatch(
        /\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/,
      );
      expect(text).not.toMatch(/\beval\(|new Function\(/);
      expect(text).not.toMatch(/\bfetch\(\s*['"`]https?:/);
    });
  }
});

describe('site adapters', () => {
  const adapters = sourceFiles('src/sites').filter((file) => read(file).includes(': SiteAdapter = {'));
  it('exist', () => expect(adapters.length).toBeGreaterThan(0));
  for (const file of adapters) {
    it(`${relative('src/sites', file)} says where its selectors were checked`, () => {
      expect(read(file)).toMatch(/^export const selectorCheck: SelectorCheck = \{/m);
    });
  }
});
