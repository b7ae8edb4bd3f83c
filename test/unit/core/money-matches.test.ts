// Amounts found by searching from just before each digit: the same matches as running AMOUNT over the
// whole text, whatever currency marks, minus signs and spaces stand before the figures.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {matchesOf} from '../../../src/core/matches';
import {AMOUNT, amountMatches, amountsIn} from '../../../src/core/money';

const plain = (matches: RegExpMatchArray[]) => matches.map((match) => [match.index, ...match]);
const PIECES = ['US$', 'CA$', 'Rs.', 'Rs', 'USD', 'EUR', '$', '€', '₹', ' ', '-', ',', '.', 'k', 'K', 'LPA', 'a', 'x'];

describe('amountMatches', () => {
  it('gives what matchesOf(AMOUNT) gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.stringMatching(/^\d{1,7}$/)), {maxLength: 30}),
        (pieces) => {
          const text = pieces.join('');
          expect(plain(amountMatches(text))).toEqual(plain(matchesOf(AMOUNT, text)));
          expect(AMOUNT.lastIndex).toBe(0);
        },
      ),
      {numRuns: 500},
    );
  });

  it('finds a figure whose currency and minus stand well before its digits', () => {
    const text = 'pay: CA$ - 120,000 to USD 150k';
    expect(plain(amountMatches(text))).toEqual(plain(matchesOf(AMOUNT, text)));
    expect(amountMatches(text).map((match) => match[0])).toEqual(['CA$ - 120,000', 'USD 150k']);
  });

  it('searches a new text from its start', () => {
    amountMatches('x 12');
    expect(amountMatches('$5 and 6').map((match) => match.index)).toEqual([0, 7]);
  });
});

describe('amountsIn', () => {
  it('leaves out retirement plans and marks scientific notation, whatever stands beside the digits', () => {
    const read = (text: string) => amountsIn(text).map((amount) => [amount.text, amount.problem]);
    expect(read('401(k), 403b, 457 plan, 4015 users, $401k, 40 hours')).toEqual([
      ['4015', null],
      ['$401k', null],
      ['40', null],
    ]);
    expect(read('1e5 and 2E+10 and 3 e5')).toEqual([
      ['1', 'written in scientific notation'],
      ['5', 'written in scientific notation'],
      ['2', 'written in scientific notation'],
      ['10', 'written in scientific notation'],
      ['3', null],
      ['5', null],
    ]);
  });
});
