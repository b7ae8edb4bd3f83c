import {describe, expect, it} from 'vitest';
import {PAY_TRANSPARENCY_LAWS, payRangeLikelyRequired} from '../../../../src/core/salary/pay-transparency';
import {jobPostingsFromJsonLd} from '../../../../src/sites/jsonld';

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

  it('a Canadian address ending in CA is Canada, not California', () => {
    expect(payRangeLikelyRequired('Toronto, ON, CA', '2026-12-01')).toMatchObject({jurisdiction: 'Ontario, Canada'});
    expect(payRangeLikelyRequired('Ontario, CA', '2026-12-01')).toMatchObject({jurisdiction: 'California'});
  });

  it('before the law took effect: not required, and says when it will be', () => {
    expect(payRangeLikelyRequired('Sunnyvale, CA', '2022-06-01')).toMatchObject({
      required: false,
      jurisdiction: 'California',
      effective: '2023-01-01',
      source: expect.stringMatching(/SB 1162/),
    });
  });

  it.each(['Austin, TX', 'Columbus, GA', 'Remote', 'United States', '', 'London, United Kingdom'])(
    '%j: no listed law',
    (location) => {
      expect(payRangeLikelyRequired(location, '2026-01-01')).toBeNull();
    },
  );

  it("defaults to the data's as-of date, not the clock", () => {
    expect(payRangeLikelyRequired('Boston, MA')).toMatchObject({required: true, jurisdiction: 'Massachusetts'});
  });

  it('every law is dated, sourced and checked against at least one public page', () => {
    for (const law of PAY_TRANSPARENCY_LAWS) {
      expect(law.effective).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(law.source.length).toBeGreaterThan(5);
      expect(law.checked.length).toBeGreaterThan(0);
      expect(law.minEmployees).toBeGreaterThanOrEqual(1);
      expect(Boolean(law.state) !== Boolean(law.names)).toBe(true);
    }
  });

  it.each([
    ['Jersey City, NJ', '2022-06-01', 'Jersey City, NJ'],
    ['Ithaca, NY', '2022-10-01', 'Ithaca, NY'],
    ['White Plains, NY', '2023-01-01', 'Westchester County, NY'],
    ['Cleveland, OH', '2025-10-27', 'Cleveland, OH'],
    ['Columbus, OH', '2027-01-01', 'Columbus, OH'],
    ['Toronto, ON, Canada', '2026-01-01', 'Ontario, Canada'],
    ['Wilmington, DE', '2027-09-26', 'Delaware'],
  ])('%s on %s: required by %s (added laws)', (location, date, jurisdiction) => {
    expect(payRangeLikelyRequired(location, date)).toMatchObject({required: true, jurisdiction});
  });

  it.each([
    ['Columbus, OH', '2026-06-01', 'Columbus, OH', '2027-01-01'],
    ['Wilmington, DE', '2026-06-01', 'Delaware', '2027-09-26'],
    ['Boston, MA', '2025-08-01', 'Massachusetts', '2025-10-29'],
  ])('%s on %s: not yet (%s from %s)', (location, date, jurisdiction, effective) => {
    expect(payRangeLikelyRequired(location, date)).toMatchObject({required: false, jurisdiction, effective});
  });

  it('a county law matches on the resolved county, and ends when the state law that voids it begins', () => {
    expect(payRangeLikelyRequired('Scarsdale, NY', '2023-01-01', {countyFips: '36119'})).toMatchObject({
      required: true,
      jurisdiction: 'Westchester County, NY',
    });
    expect(payRangeLikelyRequired('Scarsdale, NY', '2024-01-01', {countyFips: '36119'})).toMatchObject({
      required: true,
      jurisdiction: 'New York State',
    });
    expect(payRangeLikelyRequired('Albany, NY', '2023-06-01', {countyFips: '36001'})).toMatchObject({
      required: true,
      jurisdiction: 'Albany County, NY',
    });
  });

  it('the EU Directive: in force for member states from 2026-06-07, but the range may reach applicants before the interview instead', () => {
    expect(payRangeLikelyRequired('Stockholm, Sweden', '2026-07-01')).toMatchObject({
      required: false,
      jurisdiction: 'European Union (Pay Transparency Directive)',
      effective: '2026-06-07',
    });
    expect(payRangeLikelyRequired('Paris, TX', '2026-07-01')).toBeNull();
  });

  it('applies employer-size thresholds only when the posting states the size', () => {
    expect(payRangeLikelyRequired('Chicago, IL', '2025-06-01')).toMatchObject({
      required: true,
      applies: 'may',
      threshold: 'employers with 15+ employees',
    });
    expect(payRangeLikelyRequired('Chicago, IL', '2025-06-01', {employees: 12})).toMatchObject({
      required: false,
      applies: 'no',
    });
    expect(payRangeLikelyRequired('Chicago, IL', '2025-06-01', {employees: 15})).toMatchObject({
      required: true,
      applies: 'yes',
    });
    expect(payRangeLikelyRequired('Denver, CO', '2025-06-01', {employees: 2})).toMatchObject({
      required: true,
      applies: 'yes',
    });
    // A small employer in New York City is still covered by the city's 4-employee threshold.
    expect(payRangeLikelyRequired('Brooklyn, NY', '2025-06-01', {employees: 5})).toMatchObject({
      required: true,
      applies: 'yes',
    });
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

describe('employer size from JobPosting JSON-LD', () => {
  const posting = (numberOfEmployees: unknown) =>
    jobPostingsFromJsonLd([
      JSON.stringify({
        '@type': 'JobPosting',
        title: 'Technical Program Manager',
        description: 'Run programs.',
        hiringOrganization: {'@type': 'Organization', name: 'Acme', numberOfEmployees},
      }),
    ])[0];
  it('reads an exact figure or an open lower bound, never a closed range', () => {
    expect(posting({'@type': 'QuantitativeValue', value: 12})?.employerSize).toBe(12);
    expect(posting(40)?.employerSize).toBe(40);
    expect(posting({'@type': 'QuantitativeValue', minValue: 1000})?.employerSize).toBe(1000);
    expect(posting({'@type': 'QuantitativeValue', minValue: 10, maxValue: 50})?.employerSize).toBeUndefined();
    expect(posting(undefined)?.employerSize).toBeUndefined();
  });
});
