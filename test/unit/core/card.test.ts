import {describe, expect, it} from 'vitest';
import {analyzeCard, payEstimatedBy, type CardInput} from '../../../src/core/card';
import {MAYBE_OUTSIDE_US} from '../../../src/core/benchmarks';
import {loadSalaryDatasetSync} from '../../../src/core/salary/load-node';
import {siteEstimate} from '../../../src/core/pay-estimate';

const card = (title: string, rest: Partial<CardInput> = {}): CardInput => ({
  title,
  company: 'Acme',
  location: '',
  salaryText: '',
  ...rest,
});
const verdict = (title: string) => analyzeCard(card(title)).isTechnicalProjectManager;

describe('card verdict from the title', () => {
  it('marks technical project and program managers TPM', () => {
    for (const title of [
      'Technical Program Manager',
      'Senior Technical Project Manager, Cloud',
      'TPM - Silicon Validation',
      'IT Project Manager',
      'Program Manager, Cloud Infrastructure',
      'Software Delivery Manager',
    ]) {
      expect(verdict(title), title).toBe('yes');
    }
  });

  it('leaves a project or program manager of an unstated domain for the posting to decide', () => {
    for (const title of ['Program Manager', 'Senior Project Manager', 'Project Manager II'])
      expect(verdict(title), title).toBe('maybe');
  });

  it('tells other roles apart: product, engineering manager, scrum master, construction and other PMs', () => {
    const cases: Array<[string, RegExp]> = [
      ['Senior Product Manager', /product manager/],
      ['Engineering Manager, Platform', /engineering manager/],
      ['Scrum Master', /scrum master/],
      ['Construction Project Manager', /construction/],
      ['Marketing Program Manager', /marketing/],
      ['Data Analyst', /does not name a project or program manager/],
    ];
    for (const [title, reason] of cases) {
      const result = analyzeCard(card(title));
      expect(result.isTechnicalProjectManager, title).toBe('no');
      expect(result.reasons.join(' '), title).toMatch(reason);
    }
  });
});

describe('card pay', () => {
  const dataset = loadSalaryDatasetSync();

  it('annualises the pay line and places it against the county wage levels, with source and date', () => {
    const result = analyzeCard(
      card('Technical Program Manager', {location: 'Seattle, WA', salaryText: '$150K/yr - $190K/yr'}),
      {dataset},
    );
    expect(result.pay).toMatchObject({annualMin: 150_000, annualMax: 190_000, currency: 'USD'});
    expect(result.pay?.estimatedBy).toBeUndefined();
    expect(result.benchmarkPosition).toMatch(/^(?:below level I|level I-II|level II-III|level III-IV|above level IV)$/);
    expect(result.benchmark?.source).toMatch(/OFLC|Department of Labor|DOL/i);
    expect(result.benchmark?.date).toBeTruthy();
  });

  it('reads hourly pay as 2,080 hours a year', () => {
    const result = analyzeCard(card('Project Manager', {location: 'Portland, OR', salaryText: '$55 an hour'}), {
      dataset,
    });
    expect(result.pay).toMatchObject({annualMin: 114_400, annualMax: 114_400, period: 'hour'});
    expect(result.benchmarkPosition).not.toBeNull();
  });

  it("keeps a site estimate apart from posted pay; the employer's estimate is the employer's range", () => {
    expect(payEstimatedBy('$120K - $160K (Glassdoor est.)')).toBe('Glassdoor');
    expect(payEstimatedBy('$120K - $160K (Glassdoor Est.)')).toBe('Glassdoor');
    expect(payEstimatedBy('$120K - $160K (Employer est.)')).toBeNull();
    const result = analyzeCard(
      card('Technical Program Manager', {location: 'Austin, TX', salaryText: '$120K - $160K (Glassdoor est.)'}),
      {dataset},
    );
    expect(result.pay).toMatchObject({annualMin: 120_000, annualMax: 160_000, estimatedBy: 'Glassdoor'});
  });

  it('does not place pay in another currency against US figures', () => {
    const result = analyzeCard(card('Technical Program Manager', {location: 'London', salaryText: '£80,000 a year'}), {
      dataset,
    });
    expect(result.pay?.currency).toBe('GBP');
    expect(result.benchmarkPosition).toBeNull();
  });

  it('reads US dollars paid outside the US but places them against no US benchmark', () => {
    const result = analyzeCard(
      card('Technical Program Manager', {location: 'Toronto, ON', salaryText: 'US$150K - US$190K'}),
      {
        dataset,
      },
    );
    expect(result.pay).toMatchObject({currency: 'USD', annualMin: 150_000, annualMax: 190_000});
    expect(result.benchmarkPosition).toBeNull();
    expect(result.benchmark).toBeNull();
  });

  it('reads a plain "$" as the dollar of the country the location names', () => {
    // Before: "$80,000 a year" for a job in Toronto, ON (ca.indeed.com) was US dollars.
    for (const [location, salaryText, currency] of [
      ['Toronto, ON', '$80,000 a year', 'CAD'],
      ['Remote in North York, ON', '$75,000\u2013$90,000 a year', 'CAD'],
      ['Sydney NSW', '$120,000 - $140,000 a year', 'AUD'],
      ['Auckland, New Zealand', '$95,000', 'NZD'],
      ['Toronto, ON', '80000 USD', 'USD'],
      ['Seattle, WA', '$80,000 a year', 'USD'],
    ] as const) {
      expect(
        analyzeCard(card('Technical Program Manager', {location, salaryText}), {dataset}).pay?.currency,
        location,
      ).toBe(currency);
    }
  });

  it('places no pay against US figures for a city abroad named alone that US places share', () => {
    // Before the city list, "Toronto" was Toronto, OH, and "$150K" was placed against its county's levels.
    const result = analyzeCard(card('Technical Program Manager', {location: 'Toronto', salaryText: '$150K - $190K'}), {
      dataset,
    });
    expect(result.benchmarkPosition).toBeNull();
    expect(dataset.benchmarkFor('Toronto')).toMatchObject({scope: 'national', fallbackReason: MAYBE_OUTSIDE_US});
    expect(dataset.benchmarkFor('Toronto').candidates?.[0]).toContain('Toronto, OH');
  });

  it('has no pay and no position without a pay line', () => {
    expect(analyzeCard(card('Technical Program Manager', {location: 'Seattle, WA'}), {dataset})).toMatchObject({
      pay: null,
      benchmarkPosition: null,
      benchmark: null,
    });
  });
});

describe('a site estimate on the posting page', () => {
  it('is labelled an estimate, never posted pay, and earns no pay credit in completeness', async () => {
    const {analyze} = await import('../../../src/core/analyze');
    const base = {
      title: 'Technical Program Manager',
      company: 'Acme',
      location: 'Austin, TX',
      description: 'Plan and track software releases with engineering teams.',
    };
    const estimate = analyze({...base, salaryText: '$120K - $160K (Glassdoor est.)'});
    const employer = analyze({...base, salaryText: '$120K - $160K (Employer est.)'});
    expect(estimate.salary.posted).toBeNull();
    expect(estimate.salary.estimate).toMatchObject({annualMin: 120_000, annualMax: 160_000, estimatedBy: 'Glassdoor'});
    expect(employer.salary.posted).toMatchObject({annualMin: 120_000});
    expect(employer.salary.estimate).toBeUndefined();
    expect(estimate.completeness.missing).toContain('pay-range');
    expect(employer.completeness.missing).not.toContain('pay-range');
  });
});

describe('a pay line that begins by calling itself an estimate ("Estimated $120K - $150K a year")', () => {
  // Indeed's wording for its own figure: a job site's estimate, though the line does not say whose.
  it.each(['Estimated $120K - $150K a year', 'Est. $120K - $150K', 'Estimated pay: $120,000 - $150,000'])(
    '%s is a job site estimate on the card and on the posting page, never posted pay',
    async (salaryText) => {
      const {analyze} = await import('../../../src/core/analyze');
      const card = analyzeCard({
        title: 'Technical Program Manager',
        company: 'Acme',
        location: 'Austin, TX',
        salaryText,
      });
      expect(card.pay).toMatchObject({annualMin: 120_000, annualMax: 150_000, estimatedBy: 'Job site'});
      const posting = analyze({
        title: 'Technical Program Manager',
        company: 'Acme',
        location: 'Austin, TX',
        salaryText,
        description: 'Plan and track software releases with engineering teams.',
      });
      expect(posting.salary.posted).toBeNull();
      expect(posting.salary.estimate).toMatchObject({annualMin: 120_000, estimatedBy: 'Job site'});
    },
  );

  it('"Estimated" before something other than a figure is not an estimate of pay', () => {
    const card = analyzeCard({title: 'TPM', company: 'Acme', location: 'Austin, TX', salaryText: '$130,000 a year'});
    expect(card.pay?.estimatedBy).toBeUndefined();
    expect(siteEstimate('Estimated start date: June 1')).toBeNull();
  });
});
