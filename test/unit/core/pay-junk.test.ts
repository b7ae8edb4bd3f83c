// Issue 13 item 8: figures no posting means as pay read as pay ("$1e308" as $1 an hour, "-$150,000 to
// -$120,000" as $150,000). Each now gives no pay, with the reason in the analysis, panel and CLI.
import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {extractPay, readPay} from '../../../src/core/pay';
import {AnalysisSchema} from '../../../src/core/schema';
import {jobPostingsFromJsonLd} from '../../../src/sites/jsonld';

const DESCRIPTION = 'Technical Program Manager. Lead cross-functional programs across engineering teams.';

describe('implausible pay is no pay, with the reason', () => {
  it.each([
    ['$1e308', /scientific notation/],
    ['1e308 USD per hour', /scientific notation/],
    ['USD 1e+308 a year', /scientific notation/],
    ['-$150,000 to -$120,000', /negative/],
    ['$-90,000 a year', /negative/],
    ['$99,999,999,999 a year', /above \$5,000,000/],
    // A placeholder dollar on a pay line (SYNTHETIC; read as $1 an hour before).
    ['$1', /below \$2\.13, the lowest cash wage/],
    ['$1 - $2', /below \$2\.13/],
    ['Up to $1/hr', /below \$2\.13/],
  ])('pay line %s', (line, reason) => {
    const reading = readPay(line, DESCRIPTION);
    expect(reading.posted).toBeNull();
    expect(reading.unread?.reason).toMatch(reason);
    expect(extractPay(line, DESCRIPTION)).toBeNull();
  });

  it('the same figures in the description', () => {
    const reading = readPay('', `${DESCRIPTION}\nThe salary range for this role is -$150,000 to -$120,000 per year.`);
    expect(reading.posted).toBeNull();
    expect(reading.unread?.reason).toMatch(/negative/);
  });

  it('JSON-LD with a number for the currency and 1e308 for the figure', () => {
    const block = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Technical Program Manager',
      description: DESCRIPTION,
      baseSalary: {currency: 7, minValue: '1e308'},
    });
    const [posting] = jobPostingsFromJsonLd([block]);
    const analysis = analyze({...posting!, location: 'Austin, TX'});
    expect(analysis.salary.posted).toBeNull();
    expect(analysis.salary.unread?.reason).toMatch(/scientific notation/);
    expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
  });

  it('a range whose dash lost its space, and ordinary pay, still read', () => {
    expect(extractPay('$100,000 -$150,000 a year', '')).toMatchObject({min: 100_000, max: 150_000, period: 'year'});
    expect(extractPay('$120,000-$150,000', '')).toMatchObject({min: 120_000, max: 150_000});
    expect(readPay('$60 - $75 an hour', '')).toMatchObject({posted: {min: 60, max: 75, period: 'hour'}, unread: null});
    expect(readPay('$2.13 an hour plus tips', '')).toMatchObject({posted: {min: 2.13, period: 'hour'}});
    expect(readPay('$7.25/hr', '')).toMatchObject({posted: {min: 7.25, period: 'hour'}});
  });

  it('a posting that states no pay has no reason either', () => {
    expect(readPay('', DESCRIPTION)).toEqual({posted: null, unread: null});
    expect(
      analyze({title: 'TPM', company: '', location: '', salaryText: '', description: DESCRIPTION}).salary,
    ).not.toHaveProperty('unread');
  });
});
