// The literal-set table (src/core/data/literal-sets.json, written by `npm run literals`) is a cache of what
// literals.ts works out from each vocabulary source: it must hold every source the core asks about, each with
// the answer the source gives now, and nothing else. A failure here means: run `npm run literals`.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  computeLiteralSets,
  literalSetsAsked,
  literalSetsMissing,
  requiredLiteralSets,
} from '../../../src/core/literals';
import {askEveryVocabulary} from '../../../scripts/literal-sets-workload';

const TABLE = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../src/core/data/literal-sets.json'), 'utf8'),
) as Record<string, string[][]>;

describe('the literal-set table', () => {
  it('answers each source as parsing it does', () => {
    const stale = Object.entries(TABLE).filter(
      ([source, sets]) => JSON.stringify(computeLiteralSets(source)) !== JSON.stringify(sets),
    );
    expect(stale.map(([source]) => source)).toEqual([]);
  });

  it('holds every source an analysis asks about, and no other', () => {
    askEveryVocabulary();
    expect(literalSetsMissing()).toEqual([]);
    expect([...literalSetsAsked()].sort()).toEqual(Object.keys(TABLE).sort());
  });

  it('works out a source it lacks, and its shared answers cannot be changed in place', () => {
    const source = String.raw`\bzyzzyva\w*`;
    expect(TABLE[source]).toBeUndefined();
    expect(requiredLiteralSets(source)).toEqual([[' zyzzyva']]);
    expect(literalSetsMissing()).toContain(source);
    expect(() => (requiredLiteralSets(source)[0] as string[]).push('aardvark')).toThrow(TypeError);
  });
});
