// matchesOf stands in for matchAll on the readers' hot paths: it must give the same matches.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {matchesOf} from '../../../src/core/matches';

const PATTERNS = [/\bdegrees?\b/gi, /a*/g, /(\d+)\s*(years?)/g, /(?<=[a-z])(?=[A-Z])/g, /x|yz/g];
const plain = (matches: RegExpMatchArray[]) => matches.map((match) => [match.index, ...match]);

describe('matchesOf', () => {
  it('gives what matchAll gives, empty matches included, and leaves the pattern ready for the next text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), fc.stringMatching(/^[a-zA-Z0-9 xyz]{0,40}$/), (pattern, text) => {
        expect(plain(matchesOf(pattern, text))).toEqual(plain([...text.matchAll(pattern)]));
        expect(pattern.lastIndex).toBe(0);
      }),
    );
  });

  it('lets the caller run the same pattern while going through the matches', () => {
    const pattern = /\d+/g;
    const seen = matchesOf(pattern, 'a 1 b 22 c 333').map((match) => [match[0], matchesOf(pattern, match[0]).length]);
    expect(seen).toEqual([
      ['1', 1],
      ['22', 1],
      ['333', 1],
    ]);
  });
});
