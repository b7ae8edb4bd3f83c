import {describe, expect, it} from 'vitest';
import {letterWord, tagLines, unseen} from '../../../scripts/bench-stats';

describe('the benches’ unseen text', () => {
  it('gives every number a word of its own, of letters only', () => {
    const words = Array.from({length: 100_000}, (_, number) => letterWord(number));
    expect(new Set(words).size).toBe(words.length);
    expect(words.every((word) => /^[a-z]+$/.test(word))).toBe(true);
    expect([letterWord(0), letterWord(25), letterWord(26)]).toEqual(['a', 'z', 'ba']);
  });

  it('tags every line of a posting, with no figure a reader of pay or years would examine', () => {
    const text = unseen('Lead the program.\nReport to the VP.', 12);
    expect(text).toBe('Lead the program. rm\nReport to the VP. rm');
    expect(unseen('Lead the program.', 13)).not.toBe(unseen('Lead the program.', 12));
    expect(text).not.toMatch(/\d/);
  });

  it('leaves blank lines blank, where a tag would be a sentence of its own, and keeps every other character', () => {
    expect(tagLines('Lead the program.  \r\n\n   \n\tReport to the VP.\n', ' rm')).toBe(
      'Lead the program. rm  \r\n\n   \n\tReport to the VP. rm\n',
    );
    expect(tagLines('', ' rm')).toBe('');
    expect(tagLines('x', ' rm')).toBe('x rm');
  });
});
