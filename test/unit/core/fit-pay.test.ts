import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {payAgainstExpectation} from '../../../src/core/fit-pay';
import {emptyProfile} from '../../../src/core/profile';
import type {PostedPay} from '../../../src/core/types';

const yearly = (
  annualMin: number,
  annualMax: number,
): Pick<PostedPay, 'annualMin' | 'annualMax' | 'currency' | 'period'> => ({
  annualMin,
  annualMax,
  currency: 'USD',
  period: 'year',
});

describe('posted pay against the profile expectation', () => {
  it('says below, within or meets, with both figures', () => {
    expect(payAgainstExpectation(yearly(120000, 140000), 150000)).toEqual({
      verdict: 'below',
      text: 'Posted pay $120,000-$140,000 a year is below your $150,000.',
    });
    expect(payAgainstExpectation(yearly(140000, 160000), 150000)).toEqual({
      verdict: 'within',
      text: 'Your $150,000 is within the posted $140,000-$160,000 a year.',
    });
    // The range's top equal to the expectation reaches it; its bottom equal to it meets it.
    expect(payAgainstExpectation(yearly(130000, 150000), 150000).verdict).toBe('within');
    expect(payAgainstExpectation(yearly(150000, 170000), 150000)).toEqual({
      verdict: 'meets',
      text: 'Posted pay $150,000-$170,000 a year meets your $150,000.',
    });
    expect(payAgainstExpectation(yearly(160000, 160000), 150000).text).toBe(
      'Posted pay $160,000 a year meets your $150,000.',
    );
  });

  it('names the period an hourly rate was made yearly from', () => {
    const hourly = {annualMin: 114400, annualMax: 135200, currency: 'USD', period: 'hour' as const};
    expect(payAgainstExpectation(hourly, 150000).text).toBe(
      'Posted pay $114,400-$135,200 a year (from hourly pay) is below your $150,000.',
    );
  });

  it('compares nothing it cannot: no posted pay, or pay in another currency', () => {
    expect(payAgainstExpectation(null, 150000)).toEqual({
      verdict: 'unknown',
      text: 'No posted pay to compare with your $150,000.',
    });
    expect(payAgainstExpectation({...yearly(90000, 110000), currency: 'EUR'}, 150000)).toEqual({
      verdict: 'unknown',
      text: 'Posted pay is in EUR: not compared with your $150,000 (USD).',
    });
  });

  it('joins the fit of an analysis when the profile states an expectation, and leaves the score alone', () => {
    // SYNTHETIC posting.
    const posting = {
      title: 'Technical Program Manager',
      company: 'Example',
      location: 'Austin, TX',
      salaryText: '$120,000 - $140,000 a year',
      description: '5+ years of experience managing technical programs.',
    };
    const profile = {...emptyProfile(), yearsExperience: 6};
    const withExpectation = analyze(posting, {profile: {...profile, payExpectation: 150000}}).fit!;
    const without = analyze(posting, {profile}).fit!;
    expect(withExpectation.pay).toEqual({
      verdict: 'below',
      text: 'Posted pay $120,000-$140,000 a year is below your $150,000.',
    });
    expect(without.pay).toBeUndefined();
    expect(withExpectation.score).toBe(without.score);
  });
});
