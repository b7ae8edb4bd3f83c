import {describe, expect, it} from 'vitest';
import {PAY_TRANSPARENCY_LAWS, payRangeLikelyRequired} from '../../src/core/salary/pay-transparency';

describe('payRangeLikelyRequired', () => {
  it.each([
    ['Mountain View, CA, United States', '2024-03-01', 'California'],
    ['Denver, CO', '2021-06-01', 'Colorado'],
    ['Seattle, WA', '2023-02-01', 'Washington'],
    ['Brooklyn, NY', '2022-12-01', 'New York City'],
    ['Albany, NY', '2024-01-01', 'New York State'],
    ['Honolulu, HI', '2024-02-01', 'Hawaii'],
    ['Washington, DC', '2024-07-01', 'District of Columbia'],
    ['Baltimore, Maryland', '2025-01-01', 'Maryland'],
    ['Chicago, IL', '2025-02-01', 'Illinois'],
    ['Minneapolis, MN', '2025-02-01', 'Minnesota'],
    ['Newark, NJ', '2025-07-01', 'New Jersey'],
    ['Burlington, VT', '2025-08-01', 'Vermont'],
    ['Hybrid - Boston, MA', '2025-11-01', 'Massachusetts'],
    ['Cleveland, OH', '2025-11-01', 'Cleveland, OH'],
    ['San Francisco Bay Area', '2024-01-01', 'California'],
  ])('%s on %s: required by %s', (location, date, jurisdiction) => {
    expect(payRangeLikelyRequired(location, date)).toMatchObject({required: true, jurisdiction});
  });

  it('before the law took effect: not required, and says when it will be', () => {
    expect(payRangeLikelyRequired('Sunnyvale, CA', '2022-06-01')).toEqual({required: false, jurisdiction: 'California', effective: '2023-01-01', source: expect.stringMatching(/SB 1162/)});
  });

  it.each(['Austin, TX', 'Columbus, OH', 'Remote', 'United States', '', 'Stockholm, Sweden'])('%j: no listed law', (location) => {
    expect(payRangeLikelyRequired(location, '2026-01-01')).toBeNull();
  });

  it('defaults to the data\'s as-of date, not the clock', () => {
    expect(payRangeLikelyRequired('Boston, MA')).toMatchObject({required: true, jurisdiction: 'Massachusetts'});
  });

  it('every law is dated and sourced', () => {
    for (const law of PAY_TRANSPARENCY_LAWS) {
      expect(law.effective).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(law.source.length).toBeGreaterThan(5);
    }
  });
});

describe('region names without a state', () => {
  it.each([
    ['Greater Seattle Area', 'Washington'],
    ['Greater Boston', 'Massachusetts'],
    ['New York City Metropolitan Area', 'New York City'],
    ['Greater Chicago Area', 'Illinois'],
  ])('%s is read as %s', (location, jurisdiction) => {
    expect(payRangeLikelyRequired(location, '2026-01-01')).toMatchObject({required: true, jurisdiction});
  });
});
