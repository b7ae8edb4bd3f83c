// The content script runs on every job page: its import graph must stay free of zod (schemas belong to
// the background, the options page and the CLI) and of the county wage dataset (the background's).
import {existsSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {SITES} from '../../../src/sites/all';
import {REPO} from '../../support/shared';

/** LinkedIn's content script, the largest of the sites' (src/content/sites/). */
const ENTRY = join(REPO, 'src', 'content', 'sites', 'linkedin.ts');

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}

/**
 * Every module reachable through value imports (type-only imports vanish from the bundle), dynamic
 * import() included (the bundle inlines those too) unless `dynamicToo` is false.
 */
function importGraph(entry: string, dynamicToo = true): {files: Set<string>; packages: Set<string>} {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    const dynamic = !dynamicToo
      ? []
      : [...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
          (match) => [match[0], undefined, match[1]] as const,
        );
    for (const match of [
      ...source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm),
      ...dynamic,
    ]) {
      if (match[1]) continue;
      const specifier = match[2]!;
      const resolved = resolveModule(file, specifier);
      if (resolved) pending.push(resolved);
      else if (!specifier.startsWith('.')) packages.add(specifier);
    }
  }
  return {files, packages};
}

describe('content script start-up path', () => {
  const {files, packages} = importGraph(ENTRY);

  it('reaches the site readers but not the analysis, which runs in the background', () => {
    expect([...files].some((file) => file.endsWith(join('sites', 'read.ts')))).toBe(true);
    // The patterns (checklist, detection) are the bulk of the core and cost ~100 ms to compile per page.
    const analysis = [...files].filter((file) => /[\\/]core[\\/](analyze|match|detect|checklist)\.ts$/.test(file));
    expect(analysis).toEqual([]);
  });

  it('imports no zod', () => {
    expect([...packages].filter((name) => name === 'zod' || name.startsWith('zod/'))).toEqual([]);
  });

  it("imports preact's core but not its hooks (the panel's stateful parts are classes: 0.9 KB gz of the budget)", () => {
    expect([...packages].filter((name) => name.startsWith('preact'))).toEqual(['preact']);
  });

  it('imports neither the salary dataset nor the storage module (only its dependency-free keys and occupation choice)', () => {
    const heavy = [...files].filter((file) =>
      /salary-dataset|[\\/]salary[\\/]load\.ts$|[\\/]storage[\\/](?!(?:keys|occupation-pref)\.ts$)/.test(file),
    );
    expect(heavy).toEqual([]);
    expect(readFileSync(join(REPO, 'src', 'storage', 'keys.ts'), 'utf8')).not.toMatch(/^\s*import\s/m);
  });
});

describe('content script start-up before the route check', () => {
  // What runs on every page of a job site, posting or not (the bundle initialises dynamically imported
  // modules only when import() runs): the route data and nothing that reads, renders or messages.
  const {files, packages} = importGraph(ENTRY, false);

  it('is the site adapters (route data, and the small text helpers their cleaners use), the page state and the timing marks only', () => {
    const outside = [...files]
      .map((file) => file.slice(REPO.length + 1))
      .filter(
        (file) =>
          // input-limits (and the digits its notice is written with): the reader stops where the core does.
          !/^src[\\/](sites[\\/]|core[\\/](html-text|json|input-limits|digits)\.ts$|content[\\/](boot|sites[\\/]linkedin|log|marks|page-state|route-watch|started|test-hooks)\.tsx?$)/.test(
            file,
          ),
      );
    expect(outside).toEqual([]);
    for (const heavy of ['read.ts', 'generic.ts', 'jsonld.ts'])
      expect(
        [...files].some((file) => file.endsWith(join('sites', heavy))),
        heavy,
      ).toBe(false);
    expect([...packages]).toEqual([]);
  });
});

describe("each site's content script", () => {
  it("carries its own adapter and no other site's", () => {
    for (const site of SITES) {
      const {files} = importGraph(join(REPO, 'src', 'content', 'sites', `${site.id}.ts`));
      const adapters = SITES.filter((each) => files.has(join(REPO, 'src', 'sites', `${each.id}.ts`)));
      expect(adapters.map((each) => each.id)).toEqual([site.id]);
      expect([...files].some((file) => file.endsWith(join('sites', 'all.ts')))).toBe(false);
    }
  });
});

describe('the route watcher (LinkedIn off /jobs/)', () => {
  // What runs on LinkedIn's feed, profiles and messages: the match of a URL against the manifest's patterns
  // and the navigation watch; no adapter, no extension-API polyfill, no package.
  const {files, packages} = importGraph(join(REPO, 'src', 'content', 'router.ts'));

  it('is the pattern match, the navigation watch, its message name, the page state and the log only', () => {
    expect([...files].map((file) => file.slice(REPO.length + 1).replace(/\\/g, '/')).sort()).toEqual([
      'src/content/log.ts',
      'src/content/page-state.ts',
      'src/content/route-watch.ts',
      'src/content/router.ts',
      'src/content/started.ts',
      'src/content/test-hooks.ts',
      'src/messages/start.ts',
      'src/sites/match-patterns.ts',
    ]);
    expect([...packages]).toEqual([]);
  });
});
