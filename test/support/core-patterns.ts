// Every regular expression the core can run, found three ways so that a pattern added anywhere in
// src/core is covered without being listed here:
// - literals (/.../) in the source files, read with the TypeScript parser;
// - patterns built with `new RegExp` while the core's modules load and while they analyse real postings,
//   resumes and drafts (the compiled alternations, the years and pay patterns built from parts);
// - RegExp objects and pattern-source strings anywhere in the modules' exported data (vocabularies).
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import ts from 'typescript';
import type {Posting} from '../../src/core/types';
import {realPostings} from './dev-postings';
import {REPO} from './shared';

export interface CorePattern {
  source: string;
  flags: string;
  /** Where it was found first: a file and line, or an export path. */
  origin: string;
  /** Everywhere it was found. */
  origins: string[];
}

const CORE = join(REPO, 'src', 'core');

function coreFiles(dir = CORE): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return coreFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function literalPatterns(add: (pattern: Omit<CorePattern, 'origins'>) => void): void {
  for (const file of coreFiles()) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const slash = literal.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        add({
          source: literal.slice(1, slash),
          flags: literal.slice(slash + 1),
          origin: `${relative(REPO, file)}:${line}`,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}

/** Strings in exported data that read as pattern sources (escapes, groups, classes, alternatives). */
const PATTERN_LIKE = /\\[bdswDSW.()[\]]|\(\?|\[[^\]]+\]|\w\|\w/;

function exportedPatterns(
  exports: Record<string, unknown>,
  file: string,
  add: (pattern: Omit<CorePattern, 'origins'>) => void,
): void {
  const seen = new Set<unknown>();
  const visit = (value: unknown, path: string, depth: number) => {
    if (depth > 8 || value === null || value === undefined) return;
    if (value instanceof RegExp) return add({source: value.source, flags: value.flags, origin: `${file} ${path}`});
    if (typeof value === 'string') {
      if (value.length >= 3 && PATTERN_LIKE.test(value)) {
        try {
          new RegExp(value, 'i');
          add({source: value, flags: 'i', origin: `${file} ${path}`});
        } catch {
          // Not a pattern after all (a label with a bracket).
        }
      }
      return;
    }
    if (typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (value instanceof Map) {
      for (const [key, entry] of value) visit(entry, `${path}.get(${String(key)})`, depth + 1);
    } else if (value instanceof Set || Array.isArray(value)) {
      let index = 0;
      for (const entry of value as Iterable<unknown>) visit(entry, `${path}[${index++}]`, depth + 1);
    } else if (ArrayBuffer.isView(value)) {
      return;
    } else {
      for (const [key, entry] of Object.entries(value)) visit(entry, `${path}.${key}`, depth + 1);
    }
  };
  for (const [name, value] of Object.entries(exports)) visit(value, name, 0);
}

/** Runs `work` with `new RegExp` watched: every pattern the core constructs meanwhile is added. */
async function watchConstructed(
  add: (pattern: Omit<CorePattern, 'origins'>) => void,
  work: () => Promise<void>,
): Promise<void> {
  const Native = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args: unknown[], newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      const caller = new Error().stack?.split('\n').find((line) => line.includes('/src/core/'));
      if (caller) {
        const where = /\/(src\/core\/[^:)]+:\d+)/.exec(caller)?.[1] ?? 'src/core';
        add({source: made.source, flags: made.flags, origin: `new RegExp at ${where}`});
      }
      return made;
    },
  });
  try {
    await work();
  } finally {
    globalThis.RegExp = Native;
  }
}

/** Real material for the core to run over while patterns are watched: postings from ../shared, else the sample. */
function samplePostings(): Posting[] {
  const real = realPostings().slice(0, 15);
  if (real.length) return real;
  return [
    {
      id: 'sample',
      title: 'Technical Program Manager',
      company: 'Example',
      location: 'Austin, TX',
      salaryText: '$150,000 - $180,000 a year',
      description:
        "Lead cross-functional programs. 5+ years of experience. PMP preferred. Bachelor's degree in Computer Science.",
    },
  ];
}

/** Every pattern the core holds, deduplicated by source and flags (the first origin found is kept). */
export async function collectCorePatterns(): Promise<CorePattern[]> {
  const found = new Map<string, CorePattern>();
  const add = ({source, flags, origin}: Omit<CorePattern, 'origins'>) => {
    const key = `${flags}/${source}`;
    const known = found.get(key);
    if (!known) found.set(key, {source, flags, origin, origins: [origin]});
    else if (!known.origins.includes(origin)) known.origins.push(origin);
  };
  literalPatterns(add);
  await watchConstructed(add, async () => {
    const modules = import.meta.glob<Record<string, unknown>>('../../src/core/**/*.ts');
    for (const [file, load] of Object.entries(modules)) exportedPatterns(await load(), file.replace('../../', ''), add);
    const {analyze} = await import('../../src/core/analyze');
    const {analyzeDraft} = await import('../../src/core/draft');
    const {profileFromResume} = await import('../../src/core/resume');
    const {findJobPostings} = await import('../../src/core/jsonld-guidance');
    const profile = {
      version: 1,
      yearsExperience: 8,
      degree: 'bachelor' as const,
      certifications: ['PMP'],
      checklist: [],
      skills: ['SQL'],
      location: 'Austin, TX',
      payExpectation: 150000,
    };
    for (const posting of samplePostings()) {
      analyze(posting, {profile});
      analyzeDraft({text: `${posting.title}\n${posting.location}\n${posting.salaryText}\n${posting.description}`});
      profileFromResume(
        `Jane Doe\nAustin, TX\n\nEXPERIENCE\nTechnical Program Manager, 2015 - Present\n${posting.description.slice(0, 2000)}\n\nEDUCATION\nB.S. Computer Science\n\nCERTIFICATIONS\nPMP`,
      );
    }
    findJobPostings(
      '<script type="application/ld+json">{"@type":"JobPosting","title":"TPM","description":"x"}</script>',
    );
  });
  return [...found.values()];
}
