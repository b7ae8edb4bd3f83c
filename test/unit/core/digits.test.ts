// Whole numbers written as en-US writes them, without Intl (its first use cost the page ~60 ms).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {grouped} from '../../../src/core/digits';
import {usd} from '../../../src/core/usd';

describe('grouped digits', () => {
  it("matches toLocaleString('en-US') on every whole number a page can show", () => {
    fc.assert(
      fc.property(fc.double({min: -1e15, max: 1e15, noNaN: true}), (value) => {
        const expected = Math.round(value).toLocaleString('en-US');
        // toLocaleString keeps the sign of a value that rounds to zero ("-0"); a count never shows one.
        return grouped(value) === (expected === '-0' ? '0' : expected);
      }),
      {numRuns: 2000},
    );
    expect(grouped(1_048_576)).toBe('1,048,576');
    expect(grouped(999.5)).toBe('1,000');
    expect(grouped(-1234)).toBe('-1,234');
  });

  it('spells out numbers String() would write in exponent form, and says what is not a number', () => {
    expect(grouped(1e21)).toBe('1,000,000,000,000,000,000,000');
    expect(grouped(Number.NaN)).toBe('NaN');
    expect(grouped(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });

  it('writes dollars rounded to the dollar', () => {
    expect(usd(167_000.4)).toBe('$167,000');
    expect(usd(388_918)).toBe('$388,918');
  });
});
