import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {excerptAround, shortQuote} from '../../../src/core/excerpt';

const LONG =
  'Interface with the PMO, the businesses and plant leadership to develop and deliver small projects that reduce cost and sustain operations, then provide project leadership to ten to twenty projects at a time across several locations in the region.';

describe('excerptAround', () => {
  it('keeps a short sentence whole, the words apart', () => {
    const sentence = 'Report status to the program sponsors.';
    expect(excerptAround(sentence, [0, 13], 90)).toEqual({
      before: '',
      phrase: 'Report status',
      after: ' to the program sponsors.',
      cut: false,
    });
  });

  it('cuts a long sentence after a space either side of the words, and says where it cut', () => {
    const start = LONG.indexOf('provide project leadership');
    const end = start + 'provide project leadership'.length;
    const {before, phrase, after, cut} = excerptAround(LONG, [start, end], 40);
    expect(cut).toBe(true);
    expect(phrase).toBe('provide project leadership');
    expect(before.startsWith('\u2026')).toBe(true);
    expect(after.endsWith('\u2026')).toBe(true);
    // Whole words: the text kept starts after a space and ends before one.
    expect(LONG).toContain(` ${before.slice(1)}${phrase}${after.slice(0, -1)} `);
    expect(before.length - 1).toBeLessThanOrEqual(40);
    expect(after.length - 1).toBeLessThanOrEqual(40);
  });

  it('gives the whole sentence, uncut, without a position or with one outside it', () => {
    for (const at of [null, undefined, [5, 5], [10, 4], [-1, 3], [0, LONG.length + 1]] as const)
      expect(excerptAround(LONG, at as [number, number] | null | undefined, 40)).toEqual({
        before: LONG,
        phrase: '',
        after: '',
        cut: false,
      });
  });

  it('never splits a character, and keeps every character between its cuts in order', () => {
    fc.assert(
      fc.property(
        fc.string({unit: fc.constantFrom('a', ' ', '\u{1F600}', 'é', '.'), minLength: 1, maxLength: 300}),
        fc.nat(),
        fc.nat(),
        fc.integer({min: 0, max: 120}),
        (text, a, b, context) => {
          // Positions between characters, as a match's are.
          const bounds = [...text].reduce((ends, char) => [...ends, ends.at(-1)! + char.length], [0]);
          const startIndex = a % (bounds.length - 1);
          const start = bounds[startIndex]!;
          const end = bounds[startIndex + 1 + (b % (bounds.length - 1 - startIndex))]!;
          const {before, phrase, after} = excerptAround(text, [start, end], context);
          expect(phrase).toBe(text.slice(start, end));
          const kept = before.replace(/^\u2026/, '') + phrase + after.replace(/\u2026$/, '');
          expect(text).toContain(kept);
          expect(/[\ud800-\udbff]$|^[\udc00-\udfff]/.test(before.replace(/^\u2026/, ''))).toBe(false);
          expect(/[\ud800-\udbff]$/.test(after.replace(/\u2026$/, ''))).toBe(false);
        },
      ),
      {numRuns: 300},
    );
  });
});

describe('shortQuote', () => {
  it('keeps the words that show the item where the first characters would lose them', () => {
    const start = LONG.indexOf('ten to twenty projects');
    const quote = shortQuote(LONG, [start, start + 'ten to twenty projects'.length], 110);
    expect(quote).toContain('ten to twenty projects');
    expect(quote.length).toBeLessThanOrEqual(112);
    expect(quote.startsWith('\u2026')).toBe(true);
  });

  it('cuts after the start without a position, and leaves a short sentence whole', () => {
    expect(shortQuote(LONG, null, 50)).toBe(`${LONG.slice(0, 49)}\u2026`);
    expect(shortQuote('Lead programs.', [0, 4], 50)).toBe('Lead programs.');
  });
});
