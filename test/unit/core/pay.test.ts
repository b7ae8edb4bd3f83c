import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {amountsIn} from '../../../src/core/money';
import {extractPay, HOURLY_PAY_BEFORE, HOURLY_PAY_ENDS, readPay} from '../../../src/core/pay';

// Pay lines and description sentences quoted from ../shared/data/postings/dev.jsonl, plus invented edge cases.
const fromLine = (line: string) => extractPay(line, '');
const fromDescription = (text: string) => extractPay('', text);
const annual = (pay: ReturnType<typeof extractPay>) => (pay ? [pay.annualMin, pay.annualMax, pay.currency] : null);

describe('site pay lines', () => {
  it.each([
    ['110000-160000 USD YEARLY', [110000, 160000, 'USD'], 'year'],
    ['39.59-45.84 USD HOURLY', [82347.2, 95347.2, 'USD'], 'hour'],
    ['23.0 USD HOURLY (median)', [47840, 47840, 'USD'], 'hour'],
    ['$131,700 - $210,700', [131700, 210700, 'USD'], 'year'],
    ['$75 - $85', [156000, 176800, 'USD'], 'hour'],
    ['From $90', [187200, 187200, 'USD'], 'hour'],
    ['$155,000', [155000, 155000, 'USD'], 'year'],
    ['$120K', [120000, 120000, 'USD'], 'year'],
    ['$55/hr', [114400, 114400, 'USD'], 'hour'],
    ['$6,500 per month', [78000, 78000, 'USD'], 'month'],
    ['$1,500/week', [78000, 78000, 'USD'], 'week'],
    ['$650 per day', [169000, 169000, 'USD'], 'day'],
    ['USD 120000 - 150000 a year', [120000, 150000, 'USD'], 'year'],
    ['USD 45 - 60 an hour', [93600, 124800, 'USD'], 'hour'],
    ['$114,000.00/yr - $168,000.00/yr', [114000, 168000, 'USD'], 'year'],
    ['$300,000—$425,000 USD', [300000, 425000, 'USD'], 'year'],
    ['AUD 130000 - 160000', [130000, 160000, 'AUD'], 'year'],
    // A dash right after the low end's period (a 2024 staffing board, not in dev; the low end alone before).
    ['$80,000.00/yr-$105,000.00/yr USD', [80000, 105000, 'USD'], 'year'],
    ['A$140,000 - A$160,000', [140000, 160000, 'AUD'], 'year'],
    ['CAD 90,000 - 110,000 annually', [90000, 110000, 'CAD'], 'year'],
    ['£45,000 - £55,000 per annum', [45000, 55000, 'GBP'], 'year'],
    ['€55.000 - €65.000', [55000, 65000, 'EUR'], 'year'],
    ['₹5L', [500000, 500000, 'INR'], 'year'],
    ['₹8-12 LPA', [800000, 1200000, 'INR'], 'year'],
    ['Rs. 5,00,000 - 8,00,000 per annum', [500000, 800000, 'INR'], 'year'],
    ['INR 35000 - 55000 a month', [420000, 660000, 'INR'], 'month'],
    ['2000-2600 USD BIWEEKLY', [52000, 67600, 'USD'], 'week'],
    ['$3,000 semi-monthly', [72000, 72000, 'USD'], 'month'],
    // Currencies of other job markets (a 2026 Ethiopian board, not in dev: read as 67,000 US dollars a year before);
    // no exchange rate is bundled, so no size is too large for them.
    ['67,000 ETB Monthly', [804000, 804000, 'ETB'], 'month'],
    ['KES 150,000 per month', [1800000, 1800000, 'KES'], 'month'],
    ['VND 30,000,000 per month', [360000000, 360000000, 'VND'], 'month'],
    ['₱50,000 - ₱70,000 monthly', [600000, 840000, 'PHP'], 'month'],
    // A code before the sign names the dollar, for both ends (the second end read as US dollars before).
    ['CAD $120,000 - $140,000', [120000, 140000, 'CAD'], 'year'],
    ['C$90,000 to $110,000', [90000, 110000, 'CAD'], 'year'],
    ['USD $119,800 - $234,700', [119800, 234700, 'USD'], 'year'],
    // Dots grouping thousands before a dollar code, as the euro style writes them (read as $120-$140 an hour and
    // no pay before); with the dollar sign a dot stays the decimal point, as US postings write it.
    ['120.000 - 140.000 USD', [120000, 140000, 'USD'], 'year'],
    ['USD 95.000 per year', [95000, 95000, 'USD'], 'year'],
    ['2.500 USD per month', [30000, 30000, 'USD'], 'month'],
    ['$33.774 - $38.000 hourly', [70249.92, 79040, 'USD'], 'hour'],
  ])('%s', (line, want, period) => {
    const pay = fromLine(line);
    expect(annual(pay)).toEqual(want);
    expect(pay?.period).toBe(period);
  });

  it('ignores lines that state no pay', () => {
    expect(fromLine('Full-time')).toBeNull();
    expect(fromLine('N')).toBeNull();
    expect(fromLine('')).toBeNull();
  });

  it('prefers the pay line over the description', () => {
    const pay = extractPay(
      '70250.0-79040.0 USD YEARLY',
      'Target Pay Range/Rate: $33.774 - $38.000 hourly or $70,250 - $79,040 annually',
    );
    expect(annual(pay)).toEqual([70250, 79040, 'USD']);
    expect(annual(extractPay('Full-time', 'Pay: $50,000.00 - $100,000.00 per year'))).toEqual([50000, 100000, 'USD']);
  });
});

describe('pay in descriptions', () => {
  it.each([
    [
      'For this role, we anticipate paying $110k - $160k per year. This role is eligible for variable pay.',
      [110000, 160000, 'USD'],
    ],
    ['The salary range for this position is $69,525-$115,875/ year.', [69525, 115875, 'USD']],
    ['Reasonable estimate of the current range\n\n$94,000 \ufffd $156,000 USD', [94000, 156000, 'USD']],
    ['the expected salary range for this position is between $51962.03 and $93918.96.', [51962.03, 93918.96, 'USD']],
    // Four decimals, as an HR system prints rates (dev posting; each end read as thousands, "$32.640", before).
    ['Salary Range:\n$32.6400 - $65.0100 Hourly', [67891.2, 135220.8, 'USD']],
    ['Compensation: $21/hr. - $26/hr.', [43680, 54080, 'USD']],
    [
      'Salary for first year teacher starts at $43,000, and increases dependent on degree attained',
      [43000, 43000, 'USD'],
    ],
    ['Job Type: Full-time / Salary: ₹35,000.00 - ₹55,000.00 per month', [420000, 660000, 'INR']],
    ['Salary: Up to ₹17,000.00 per month', [204000, 204000, 'INR']],
    ['Salary Range:\n\n- $55,000 - $80,000 per year', [55000, 80000, 'USD']],
    ['Compensation\nBase pay 120k - 190k\nBenefits & Perks', [120000, 190000, 'USD']],
    ['Hourly rate: $45 - $55 depending on experience', [93600, 114400, 'USD']],
    ['The base salary range for this Project Manager position is $90,000 - $120,000.', [90000, 120000, 'USD']],
    ['Salary: $100,000 plus a bonus of up to $20,000', [100000, 100000, 'USD']],
    ['Salary: $150,000 - $200,000 + equity', [150000, 200000, 'USD']],
    // Figures in "k" without a dollar sign joined by "and", a few words after the pay word (unread before).
    ['The expected salary for this role is between 170k and 210k.', [170000, 210000, 'USD']],
    // The "k" written once, on the high end (SYNTHETIC; read as 120,000 alone before).
    ['The salary for this role is between 100 and 120K.', [100000, 120000, 'USD']],
    // Thousands as a word (SYNTHETIC; "$120 thousand" read as $120 an hour, and the others as no pay, before).
    ['Compensation: $120 thousand - $150 thousand', [120000, 150000, 'USD']],
    ['The salary range is between 120 and 150 thousand dollars per year.', [120000, 150000, 'USD']],
    ['Base salary: 120 thousand to 150 thousand USD', [120000, 150000, 'USD']],
    // On-target earnings, a sales role's stated pay (SYNTHETIC; each no pay before).
    ['$175K - $225K OTE', [175000, 225000, 'USD']],
    ['On-target earnings of $175,000 - $225,000.', [175000, 225000, 'USD']],
    ['Target earnings: $175,000 - $225,000', [175000, 225000, 'USD']],
    // "Pays" as the verb of pay, and a pay band's own figures (SYNTHETIC; each no pay, or "Salary band 145k-165k"
    // the high end alone, before: the band's word read the low end as a band number such as "Band 5").
    ['The role pays $145,000 to $165,000.', [145000, 165000, 'USD']],
    ['This role pays 145k to 165k.', [145000, 165000, 'USD']],
    ['Pays 60-70/hr', [124800, 145600, 'USD']],
    ['Salary band 145k-165k', [145000, 165000, 'USD']],
    ['Salary band: 145,000 - 165,000', [145000, 165000, 'USD']],
    // A range in "k" that opens its line with the year after it, and a single figure that a "+" and its pay
    // noun follow (SYNTHETIC; each no pay before).
    ['145K-165K/year', [145000, 165000, 'USD']],
    ['Target: 120k - 150k per year', [120000, 150000, 'USD']],
    ['$145k+ base', [145000, 145000, 'USD']],
    ['$145K OTE', [145000, 145000, 'USD']],
    // Thousands without the comma, as forms export them, and an hourly rate without a dollar sign that a pay
    // word and the hour both name (SYNTHETIC; each no pay before).
    // A federal range by grade and step (a 2021 posting, not in dev; "1 - $108,885" before, read as no pay).
    ['Salary range: GS-14, Step 1 - $108,885 to GS-14, Step 10 - $172,500', [108885, 172500, 'USD']],
    ['Salary: GS-13, Step 1: $98,496 to GS-13, Step 10: $128,043', [98496, 128043, 'USD']],
    // The market each end is paid in after it (a large employer's form, 2025 postings not in dev; the low end alone
    // before).
    [
      'The base pay for this position ranges from $147,600/year in our lowest geographic market up to $244,000/year in our highest geographic market.',
      [147600, 244000, 'USD'],
    ],
    [
      'The base pay for this position ranges from $17.00/hr in our lowest geographic market up to $28.50/hr in our highest geographic market.',
      [35360, 59280, 'USD'],
    ],
    // A double dash between the ends, and "/annual" after them (2023-2025 postings, not in dev; the high end alone, and
    // no pay, before).
    ['U.S. pay ranges: $139,000 -- $257,550 annually.', [139000, 257550, 'USD']],
    ['$82,000 - $198,000/annual salary + stock + benefits', [82000, 198000, 'USD']],
    // A grade table's row: the grade, its lowest and highest pay (a 2016 posting, not in dev; the highest alone before).
    ['Pay scale & grade\tSalary\nGS-15 $136,908 $183,500 per year', [136908, 183500, 'USD']],
    // Notes in brackets after each end (a 2025 posting, not in dev; the low end alone before).
    [
      'The reasonably expected salary range is between $124,500 [minimum salary in our lowest geographic market within California] to $194,000 [maximum salary in our highest geographic market within California].',
      [124500, 194000, 'USD'],
    ],
    ['Salary range: 95000-120000', [95000, 120000, 'USD']],
    ['Salary: 95000 - 120000 per year', [95000, 120000, 'USD']],
    ['Pay range: 45-55 per hour', [93600, 114400, 'USD']],
    ['Pay rate: 45-55/hr', [93600, 114400, 'USD']],
    // A pay noun right after the figure (SYNTHETIC; each no pay before).
    ['Up to $180K base salary + equity.', [180000, 180000, 'USD']],
    ['We offer a $120,000 annual salary.', [120000, 120000, 'USD']],
    // Pay words of postings in other languages (each no pay before).
    ['Gehalt: 70.000 € - 85.000 €', [70000, 85000, 'EUR']],
    ['Rémunération : 60 000 € brut annuel', [60000, 60000, 'EUR']],
    ['Salario: 2.500 USD mensual', [30000, 30000, 'USD']],
  ])('%s', (text, want) => {
    expect(annual(fromDescription(text))).toEqual(want);
  });

  it.each([
    'With annual revenues over $120 million, Princeton Information operates across the US.',
    'Leidos reported annual revenues of approximately $10.19 billion for the fiscal year.',
    'The Regional Project teams focus on projects typically ranging from $500k - $10 million.',
    'Previous role accountable for Project Management of $10M+ of value',
    '$6,000 hiring bonus for eligible external hires that meet required qualifications',
    '$7,500 Sign On Bonus',
    'Lead technicians can expect to make $500-$1000+ a month in tips in addition to regular wages.',
    'a Competitive Base Salary, 20% Annual Bonus, $8000 Annual Stock Grant, and Relocation Assistance',
    'Should your referral result in a successful hire, a $500 bonus will be awarded.',
    'We are a $1B company serving 20 million users.',
    'Tuition reimbursement up to $5,250 per year.',
    '401(k) with a company match of up to $6,000',
    'Prior experience managing a large portfolio with multiple programs and resources (budget >$10MM)',
    'Salary and benefits are above average for this industry in this area.',
    'Every employee gets a $10,000 annual learning stipend.',
    // Perks of 2020-2021 remote postings (not in dev), each read as pay before.
    "We also cover up to $350 USD per month if you'd like to rent a co-working desk somewhere.",
    '- $3,500 per year in educational funds ("Boost Budget")',
    'you get a month of paid vacation and $2,500 to spend towards travel, learning, projects or anything else.',
    'Company paid commuter benefit; $300 per month',
    'We offer $2,500 per year for professional development.',
    'Manage projects with budgets of up to $750,000 per year.',
    'Sign-on bonus of $5,000 for eligible candidates.',
    'We serve between 5k and 10k users.',
    'Competitive salary; we serve between 100 and 150K users a day.',
    'Competitive salary; our platform serves 50k customers.',
    'Competitive salary; our platform serves 50 thousand customers.',
    'Our tools handle thousands of requests per hour.',
    // A rate that is not pay, and plain thousands that count something.
    'Error rate: 5 per hour at most.',
    'Our team of 45-55 engineers handles tickets per hour.',
    'We pay 24000 employees on time.',
    'Every engineer got a $5,000 salary increase last year.',
    // SYNTHETIC, each read as pay before: a cap on a share of salary, a bonus target, a contribution.
    'Our 401(k) match is 4% of salary up to $10,000.',
    'We match 100% of your salary deferrals up to $8,000.',
    'Annual bonus target of $20,000.',
    'HSA contribution up to $1,500 annually.',
    // A company's earnings per share (SYNTHETIC; "Earning per share of $2.50" read as $2.50 an hour before).
    'Earning per share of $2.50.',
    'Earnings per share grew to $2.50 in 2024.',
    'Expected earnings per share of $3.10.',
    // What the company pays for besides pay.
    'The company pays up to $100 per month towards your phone bill.',
    'The company pays 100% of premiums for you and 75% for dependents.',
    'Our payroll team pays 24000 employees on time.',
    // Thousands a year that count or save something.
    'We process 145K-165K transactions per year.',
    'Save 10K-20K a year on fees.',
    'Our users grew 145K-165K/year.',
    '10K-20K/year in savings',
  ])('finds no pay in: %s', (text) => {
    expect(fromDescription(text)).toBeNull();
  });

  it('keeps non-US currencies as stated', () => {
    const pay = fromDescription('Salary: ₹30,000.00 - ₹70,000.00 per month');
    expect(pay).toMatchObject({
      min: 30000,
      max: 70000,
      period: 'month',
      currency: 'INR',
      annualMin: 360000,
      annualMax: 840000,
    });
  });
});

describe('what is and is not posted pay', () => {
  it("reads another kind of money only on the figure's own line", () => {
    // A duty line ending in "budget" above the pay line (found by the completeness property test).
    expect(fromDescription('Manage the PMO department budget\n$150,000 - $190,000 per year')?.annualMax).toBe(190000);
    expect(fromDescription('Compensation: $150,000 - $190,000\nBonus and stock on top')?.annualMin).toBe(150000);
    expect(fromDescription('You will manage a budget of $5,000,000 per year')).toBeNull();
  });

  it('reads a figure that "base" alone follows as pay ("$150K base + 15% bonus"), a base fee not', () => {
    // SYNTHETIC, in the short form of startup and HN posts; no pay before ("base" counted less than "base salary").
    expect(annual(fromDescription('Lead programs.\n$150K base + 15% bonus + RSUs\nAbout us'))).toEqual([
      150000,
      150000,
      'USD',
    ]);
    expect(annual(fromDescription('Comp: $180K base (plus equity)'))).toEqual([180000, 180000, 'USD']);
    expect(fromDescription('Each seat has a $100 base fee.')).toBeNull();
    expect(fromDescription('A $5,000 base and a bonus for referrals.')).toBeNull();
  });

  it('reads " + bonus" or " + super" after a range as pay and more; "$5,000+ signing bonus" stays the bonus', () => {
    // Unread before: the bonus after the sign was taken for the figure's kind of money.
    expect(annual(fromDescription('$150,000 - $190,000 + bonus'))).toEqual([150000, 190000, 'USD']);
    expect(annual(fromDescription('$150,000 - $190,000 + equity + benefits'))).toEqual([150000, 190000, 'USD']);
    // Australia's superannuation on top, as its postings write it (no pay before).
    expect(annual(fromDescription('AUD $140,000 - $160,000 + super'))).toEqual([140000, 160000, 'AUD']);
    expect(annual(fromDescription('Package: we offer $140k-$160k plus superannuation and leave.'))).toEqual([
      140000,
      160000,
      'USD',
    ]);
    expect(fromDescription('We offer a $5,000+ signing bonus.')).toBeNull();
    expect(fromDescription('$5,000 + signing bonus')).toBeNull();
  });

  it('reads a range that fills its line or a field of a "|" or "•" header as pay, other money so set apart not', () => {
    // SYNTHETIC, in the forms of a "Who is hiring" header and a range standing alone under a title. Unread before:
    // with no pay word or period near, the range alone scored too low.
    expect(annual(fromDescription('Acme | Senior TPM | Remote (US) | $150K-$180K | Full-time'))).toEqual([
      150000,
      180000,
      'USD',
    ]);
    expect(annual(fromDescription('Senior Technical Program Manager\n$95K - $110K\nAbout the role'))).toEqual([
      95000,
      110000,
      'USD',
    ]);
    // A board's header with its fields between middle dots (Wellfound writes "$150K – $190K • Offers Equity"):
    // unread before, where the same header with "|" was read.
    expect(annual(fromDescription('Lead programs.\n$150K – $190K • Offers Equity\nAbout us'))).toEqual([
      150000,
      190000,
      'USD',
    ]);
    expect(annual(fromDescription('Remote · $120K - $150K · Full-time'))).toEqual([120000, 150000, 'USD']);
    expect(fromDescription('Acme • Raised $10M-$20M • Remote')).toBeNull();
    expect(fromDescription('Acme | Raised $10M-$20M | Remote')).toBeNull();
    expect(fromDescription('Acme | Projects of $1M-$5M | Remote')).toBeNull();
    expect(fromDescription('Programs from $1M - $5M are common here')).toBeNull();
  });

  it('reads the label "Contract:" before a rate as pay, a contract\'s value as other money', () => {
    // Unread before: the label was read as the contract's value.
    expect(annual(fromDescription('1099 Contract: $70-$80/hour'))).toEqual([145600, 166400, 'USD']);
    expect(fromDescription('Contract value: $1M - $5M')).toBeNull();
    expect(fromDescription('Manage contracts of $500,000 per year')).toBeNull();
    // A contract the job manages, named after its period (a 2026 state posting, not in dev; $500,000 a year before).
    expect(
      fromDescription('This position manages a $500,000 annual flow monitoring contract and supervises two staff.'),
    ).toBeNull();
    expect(annual(fromDescription('Pay: $60 per hour contract'))).toEqual([124800, 124800, 'USD']);
    expect(annual(fromDescription('Salary: $95,000 - $110,000 annual contract position'))).toEqual([
      95000,
      110000,
      'USD',
    ]);
  });

  it('reads a double dash glued between the ends as a range, not a minus sign', () => {
    // A 2022 nonprofit posting (not in dev): "$6,000--8,000 USD per month" read $6,000 alone.
    expect(annual(fromDescription('Our current range is $6,000--8,000 USD per month full-time equivalent.'))).toEqual([
      72000,
      96000,
      'USD',
    ]);
    expect(fromDescription('Salary: -$150,000 to -$120,000')).toBeNull();
  });

  it('reads the peso written "Php", and monthly figures where pay is quoted by the month', () => {
    // A Philippine and a Polish posting (2024-2026, not in dev): $150,000 a year and 10,000-15,000 PLN a year before.
    const peso = fromDescription('Compensation Package up to Php 150,000');
    expect(peso && [peso.currency, peso.period, peso.annualMax]).toEqual(['PHP', 'month', 1800000]);
    const zloty = fromDescription('Salary: 10 000 - 15 000 PLN + VAT (B2B) or 8300 - 12 400 PLN gross (UoP)');
    expect(zloty && [zloty.currency, zloty.period, zloty.annualMin]).toEqual(['PLN', 'month', 120000]);
    expect(fromDescription('Salary: 180 000 - 240 000 PLN per year')?.period).toBe('year');
    // "PHP" in capitals is the language.
    expect(annual(fromDescription('Experience with PHP 8 and Laravel. Salary: $90,000'))).toEqual([
      90000,
      90000,
      'USD',
    ]);
  });

  it("reads a perk's short period as the perk's ($150/mo health and wellness), not pay", () => {
    // A 2026 LinkedIn posting's perks (not in dev): $150 a month read as the pay before.
    expect(
      fromDescription('Up to $150/mo health and wellness reimbursement (gym, fitness classes, and similar)'),
    ).toBeNull();
    expect(annual(fromDescription('Salary: $150,000/yr and equity'))).toEqual([150000, 150000, 'USD']);
  });

  it('annualises each end of a range in its own period', () => {
    const pay = fromLine('$85.10/hour to $251,000/year + bonus + equity + benefits');
    expect(annual(pay)).toEqual([177008, 251000, 'USD']);
    expect(pay!.period).toBe('year');
    // Both ends in one period stay in that period.
    expect(fromLine('$21/hr. - $26/hr.')!.period).toBe('hour');
  });

  it('keeps both ends of a range whose dash a Markdown copy escaped', () => {
    expect(
      annual(
        fromDescription('In United States, the Base compensation range for this role is USD 148,505 \\- USD 178,206.'),
      ),
    ).toEqual([148505, 178206, 'USD']);
  });

  it('joins two ends labelled apart, minimum then maximum, but not a maximum of other money', () => {
    // SYNTHETIC, each read as its first figure alone before.
    expect(annual(fromDescription('Minimum Salary: $103,400 Maximum Salary: $148,600'))).toEqual([
      103400,
      148600,
      'USD',
    ]);
    expect(annual(fromDescription('Salary Min: 90000, Max: 110000'))).toEqual([90000, 110000, 'USD']);
    expect(annual(fromDescription('Min. Salary: $70,000 Max. Salary: $90,000'))).toEqual([70000, 90000, 'USD']);
    const hourly = fromDescription('Pay: minimum $25 per hour, maximum $30 per hour');
    expect([hourly?.min, hourly?.max, hourly?.period]).toEqual([25, 30, 'hour']);
    expect(annual(fromLine('Minimum: $50/hr | Maximum: $60/hr'))).toEqual([104000, 124800, 'USD']);
    expect(annual(fromDescription('Minimum salary $80,000; maximum bonus $20,000'))).toEqual([80000, 80000, 'USD']);
  });

  it('reads bare hourly figures an hourly pay word labels, with nothing after them but the end or the pay', () => {
    // SYNTHETIC, each read as no pay before.
    const rate = fromDescription('Hourly rate: 45.00 - 55.00');
    expect([rate?.min, rate?.max, rate?.period, rate?.currency]).toEqual([45, 55, 'hour', 'USD']);
    expect(fromDescription('Our hourly pay is 30 to 35, plus overtime.')?.period).toBe('hour');
    expect(fromDescription('Hourly rate: 5 - 10 tickets resolved')).toBeNull();
    // A bare figure is an hourly rate only with a pay word right before it, whatever period follows or precedes it.
    expect(fromDescription('Hourly, 45.00 - 55.00')).toBeNull();
    expect(fromDescription('Tickets closed per hour: 45 - 55')).toBeNull();
    expect(fromDescription('Pay rate: 45 - 55 an hour')).toMatchObject({min: 45, max: 55, period: 'hour'});
    expect(fromDescription('Hourly error rate: 5-10')).toBeNull();
  });

  it('looks for an hourly pay word only after a character one of the pattern’s words can end with', () => {
    // Every run of letters in the source that is not an escape (\b, \s), with and without an optional last letter
    // ("wages?"), and the signs it allows: each one the pattern reads as the end of a pay label, alone or after a pay
    // word, must end with a character of HOURLY_PAY_ENDS. A word added to the pattern with another ending fails here.
    const words = new Set([':', '-']);
    for (const [run, optional] of HOURLY_PAY_BEFORE.source.matchAll(/(?<!\\)[a-z]+(\?)?/gi)) {
      const letters = optional ? run.slice(0, -1) : run;
      words.add(letters);
      if (optional) words.add(letters.slice(0, -1));
    }
    const endings = new Set<string>();
    for (const word of words)
      for (const label of [word, `salary ${word}`, word.toUpperCase()])
        if (HOURLY_PAY_BEFORE.test(`${label} `)) endings.add(label.at(-1)!);
    expect([...endings].sort().join('')).toMatch(/^[-:a-zA-Z]{6,}$/);
    for (const ending of endings) expect(HOURLY_PAY_ENDS.has(ending)).toBe(true);
  });

  it.each([
    ['Salary 45 - 55 per hour', [45, 55, 'hour']],
    ['The job pays 45 - 55 per hour', [45, 55, 'hour']],
    ['Paid 45 to 55 an hour', [45, 55, 'hour']],
    ['Compensation: 45 - 55 per hour', [45, 55, 'hour']],
    ['Wage - 45 per hour', [45, 45, 'hour']],
    ['Wages 45 per hour', [45, 45, 'hour']],
    ['Bill rate 45 - 55 per hour', [45, 55, 'hour']],
    ['Billing rate is 45/hr', [45, 45, 'hour']],
    ['Pay rate range from 45 to 55 per hour', [45, 55, 'hour']],
    ['Hourly rate of 45 per hour', [45, 45, 'hour']],
    ['Wage between 45-55 per hour', [45, 55, 'hour']],
    // Other spaces before the figure: a no-break space, an ideographic space, a tab and a line break.
    ['SALARY:\u00a045 - 55 per hour', [45, 55, 'hour']],
    ['Salary:\u3000 45 per hour', [45, 45, 'hour']],
    ['Salary\t\n45 per hour', [45, 45, 'hour']],
    // Not a pay word: a letter after it, or another word between.
    ['Salaryé 45 per hour', null],
    ['Pay rate x 45 per hour', null],
  ])('reads a bare hourly rate after each pay word and each word the label allows after one: %s', (text, want) => {
    const pay = fromDescription(text);
    expect(pay && [pay.min, pay.max, pay.period]).toEqual(want);
  });

  it('reads "dollars" after a figure as the dollar sign, a range "between" them ending in the word', () => {
    // SYNTHETIC, each read as no pay (or its second figure alone) before.
    expect(fromDescription('The pay is 45 dollars an hour.')).toMatchObject({min: 45, max: 45, period: 'hour'});
    expect(annual(fromDescription('Salary: 120,000 dollars per year'))).toEqual([120000, 120000, 'USD']);
    expect(fromDescription('pay between 35 and 42 dollars per hour')).toMatchObject({min: 35, max: 42, period: 'hour'});
    expect(fromDescription('We saved customers 5 million dollars.')).toBeNull();
    expect(amountsIn('150,000 US dollars')[0]).toMatchObject({currency: 'USD', signed: false});
    expect(amountsIn('150,000 dollars')[0]).toMatchObject({currency: 'USD', signed: true});
  });

  it('reads the words after a figure only up to the end of its line', () => {
    expect(
      annual(
        fromDescription(
          'Pay range\n$164,200\ufffd$241,700 USD\nDetermine business impact of current and proposed projects.',
        ),
      ),
    ).toEqual([164200, 241700, 'USD']);
    expect(
      annual(
        fromDescription(
          'Pay range\n$164,200 - $241,700 USD\nResponsible for project scope definition and change control management.',
        ),
      ),
    ).toEqual([164200, 241700, 'USD']);
    // Trap: on the same line the noun still governs the figure.
    expect(fromDescription('We fund $50,000 - $90,000 projects for local schools.')).toBeNull();
  });

  it("never reads a retirement plan's name as pay", () => {
    expect(fromDescription('Benefits: Medical, dental, vision, 401k, unlimited PTO')).toBeNull();
    expect(fromDescription('We offer a 401(k) with company match and a 403(b) for our nonprofit arm.')).toBeNull();
    expect(annual(fromDescription('Salary: $120,000 - $140,000. We also offer a 401k with match.'))).toEqual([
      120000,
      140000,
      'USD',
    ]);
  });

  it("takes a job site's own estimate for no posted pay, the employer's estimate for pay", () => {
    expect(fromLine('₹5L - ₹8L (Glassdoor Est.)')).toBeNull();
    expect(fromLine('$98K - $132K (Glassdoor est.)')).toBeNull();
    expect(annual(fromLine('₹6L - ₹19L (Employer Est.)'))).toEqual([600000, 1900000, 'INR']);
    expect(annual(fromLine('₹5L - ₹10L (Employer est.)'))).toEqual([500000, 1000000, 'INR']);
    expect(fromLine('$120K (est. by Indeed)')).toBeNull();
    expect(fromLine("$90K - $110K (site's estimate)")).toBeNull();
  });

  it('reads lakhs (1 L = 100,000) as yearly only when the whole range is in lakhs', () => {
    expect(fromLine('₹12L (Employer Est.)')).toMatchObject({annualMin: 1_200_000, period: 'year', currency: 'INR'});
    expect(fromLine('₹1.5L - ₹2L')).toMatchObject({annualMin: 150_000, annualMax: 200_000, period: 'year'});
    // Thousands at the low end: Glassdoor India's monthly pay, written without a period on its cards.
    expect(fromLine('₹80K - ₹1L (Employer Est.)')).toMatchObject({
      min: 80_000,
      max: 100_000,
      period: 'month',
      annualMin: 960_000,
      annualMax: 1_200_000,
    });
  });
});

describe('the dollar a code names', () => {
  it('carries over a range only: a "$" further on is its own', () => {
    const text = 'Salary: CAD $100,000 - $120,000. US applicants: $130,000 - $150,000.';
    expect(amountsIn(text).map((amount) => amount.currency)).toEqual(['CAD', 'CAD', 'USD', 'USD']);
  });
});

describe('thousands grouped by spaces or apostrophes', () => {
  // French, Nordic and SI style, and what a form's number formatting leaves: "120 000", also with a
  // no-break (U+00A0), thin (U+2009) or narrow no-break (U+202F) space. Read as "120" these were
  // $120 an hour, "$249,600 a year".
  it.each([
    ['$ 120 000 - 140 000', [120000, 140000, 'USD']],
    ['Salary: $120 000 - $140 000 per year', [120000, 140000, 'USD']],
    ['€ 85\u00a0000 – 95\u00a0000', [85000, 95000, 'EUR']],
    ['Compensation: USD 150\u202f000-180\u202f000 annually', [150000, 180000, 'USD']],
    ['The pay range is 120\u2009000 to 140\u2009000 USD', [120000, 140000, 'USD']],
    ['$ 1 200 000', [1200000, 1200000, 'USD']],
    // Swiss style, with an apostrophe (read as CHF 120 an hour before).
    ["CHF 120'000 - 140'000", [120000, 140000, 'CHF']],
    ['CHF 120\u2019000', [120000, 120000, 'CHF']],
  ])('%s', (line, want) => {
    expect(annual(fromLine(line))).toEqual(want);
    expect(fromLine(line)?.period).toBe('year');
  });

  it('reads counts, phone numbers and ids grouped by spaces as no pay', () => {
    expect(fromDescription('We are 5 000 employees in 40 countries.')).toBeNull();
    expect(fromDescription('Call us at 555 123 4567 to apply.')).toBeNull();
    expect(fromDescription('Requisition 123 456 789')).toBeNull();
    expect(annual(fromDescription('Pay range: $50 - $60/hr; we serve 300 000 customers'))).toEqual([
      104000,
      124800,
      'USD',
    ]);
  });
});

describe('the statement read', () => {
  it("starts on the figures' line when the period is a heading's", () => {
    // A 2025 posting (not in dev): the statement began "annual)\n• " before.
    expect(fromDescription('Salary (annual)\n• $100,000- $110,000 base + $5k target annual bonus')?.text).toBe(
      '$100,000- $110,000',
    );
    expect(fromDescription('Annual salary of $120,000')?.text).toBe('Annual salary of $120,000');
  });
});

describe('several ranges for several places', () => {
  // Microsoft careers (dev): a U.S. range, then one for two metropolitan areas.
  const text = [
    'Technical Program Management IC2 - The typical base pay range for this role across the U.S. is USD $84,200 - $165,200 per year.',
    'There is a different range applicable to specific work locations, within the San Francisco Bay area and New York City metropolitan area, and the base pay range for this role in those locations is USD $109,000 - $180,400 per year.',
  ].join('\n');
  const line = 'USD $84,200 - $165,200 (SF Bay Area / NYC); USD $109,000 - $180,400 (SF Bay Area / NYC)';

  it('gives a label written after its range in brackets to that range, not to the next one', () => {
    // SYNTHETIC; San Diego got Northern California's range before (the next range's words began at the last one's end).
    const after =
      'Pay: $170,000 - $210,000 (Northern California); $160,000 - $200,000 (Southern California); $140,000 - $180,000 (all other locations)';
    const at = (place: string, countyFips: string, text = after) => annual(extractPay('', text, {place, countyFips}));
    expect(at('San Diego, CA', '06073')).toEqual([160000, 200000, 'USD']);
    expect(at('San Francisco, CA', '06075')).toEqual([170000, 210000, 'USD']);
    expect(at('Austin, TX', '48453')).toEqual([140000, 180000, 'USD']);
    // Northern California is more than the Bay Area: Sacramento, Santa Cruz and Stockton are in it (they took the
    // range for all other locations before); Fresno, in neither region, still takes that one.
    expect(at('Sacramento, CA', '06067')).toEqual([170000, 210000, 'USD']);
    expect(at('Santa Cruz, CA', '06087')).toEqual([170000, 210000, 'USD']);
    expect(at('Stockton, CA', '06077')).toEqual([170000, 210000, 'USD']);
    expect(at('Oakland, CA', '06001')).toEqual([170000, 210000, 'USD']);
    expect(at('Fresno, CA', '06019')).toEqual([140000, 180000, 'USD']);
    const noSpace =
      'Pay: NorCal $170,000 - $210,000; SoCal $160,000 - $200,000; all other locations $140,000 - $180,000';
    expect(at('Roseville, CA', '06061', noSpace)).toEqual([170000, 210000, 'USD']);
  });

  it("reads a region's short name ('SF') and leaves another state's region out of the state's range", () => {
    // SYNTHETIC; each gave the first range before (SF: Denver's; Seattle: the range for all other US locations).
    const short = 'Salary range: $150,000-$180,000 (Denver); $165,000-$200,000 (Seattle/SF)';
    expect(annual(extractPay('', short, {place: 'San Francisco, CA', countyFips: '06075'}))).toEqual([
      165000,
      200000,
      'USD',
    ]);
    const states =
      'Hiring ranges: California (Bay Area), New York, Washington: $176,000 - $264,000; All other US locations: $150,000 - $225,000';
    expect(annual(extractPay('', states, {place: 'Seattle, WA', countyFips: '53033'}))).toEqual([
      176000,
      264000,
      'USD',
    ]);
    // In California the Bay Area's qualifier holds: San Diego takes the other locations' range.
    expect(annual(extractPay('', states, {place: 'San Diego, CA', countyFips: '06073'}))).toEqual([
      150000,
      225000,
      'USD',
    ]);
  });

  it("takes the range of the posting's region of its state, not the state's other region", () => {
    // SYNTHETIC, in the form of a large software employer's list (noted in 2026 on unseen postings: San Diego got the
    // Bay Area line, the first naming California).
    const regions =
      'The expected base pay range for this position is:\nBay Area California $186,500 - $252,500\n' +
      'Southern California $171,000 - $231,500\nAll other locations $156,000 - $211,000';
    const at = (place: string, countyFips: string) => annual(extractPay('', regions, {place, countyFips}));
    expect(at('San Diego, CA', '06073')).toEqual([171000, 231500, 'USD']);
    expect(at('Mountain View, CA', '06085')).toEqual([186500, 252500, 'USD']);
    expect(at('Sacramento, CA', '06067')).toEqual([156000, 211000, 'USD']);
    expect(at('Atlanta, GA', '13121')).toEqual([156000, 211000, 'USD']);
  });

  it("takes the range of the posting's own place", () => {
    // Mountain View is in Santa Clara County, which the Bay Area holds.
    expect(
      annual(extractPay(line, text, {place: 'Mountain View, CA', county: 'Santa Clara County', countyFips: '06085'})),
    ).toEqual([109000, 180400, 'USD']);
    expect(
      annual(extractPay(line, text, {place: 'New York, NY', county: 'New York County', countyFips: '36061'})),
    ).toEqual([109000, 180400, 'USD']);
  });

  it('takes the first range when the place is elsewhere or unknown', () => {
    expect(annual(extractPay(line, text, {place: 'Redmond, WA', county: 'King County', countyFips: '53033'}))).toEqual([
      84200,
      165200,
      'USD',
    ]);
    expect(annual(extractPay(line, text))).toEqual([84200, 165200, 'USD']);
  });

  it('reads a city named beside its range', () => {
    const cities = 'Salary: Seattle, WA: $150,000 - $180,000; Austin, TX: $130,000 - $160,000.';
    expect(annual(extractPay('', cities, {place: 'Austin, TX', county: 'Travis County', countyFips: '48453'}))).toEqual(
      [130000, 160000, 'USD'],
    );
    expect(annual(extractPay('', cities, {place: 'Seattle, WA', county: 'King County', countyFips: '53033'}))).toEqual([
      150000,
      180000,
      'USD',
    ]);
  });

  it('reads each list by its own words when the same place is asked of several, in any order', () => {
    // The place names' patterns are kept between postings: they must hold no state of their own.
    const austin = {place: 'Austin, TX', county: 'Travis County', countyFips: '48453'};
    const first = 'Salary: Austin, TX: $130,000 - $160,000; Seattle, WA: $150,000 - $180,000.';
    const second =
      'Salary: Seattle, WA: $151,000 - $181,000; Denver, CO: $140,000 - $170,000; Austin, TX: $131,000 - $161,000.';
    for (let round = 0; round < 2; round++) {
      expect(annual(extractPay('', first, austin))).toEqual([130000, 160000, 'USD']);
      expect(annual(extractPay('', second, austin))).toEqual([131000, 161000, 'USD']);
    }
  });

  it('reads a list of places whose lines a blank line parts, with no pay word beside them', () => {
    // A large employer's form (2023-2025 postings, not in dev; no pay before): the pay words are in the paragraph above.
    const list =
      'The minimum and maximum full-time annual salaries for this role are listed below, by location. Please note that this salary information is solely for candidates hired to perform work within one of these locations.\n\nChicago, IL: $158,600 - $181,000 for Lead Program Manager\n\nMcLean, VA: $174,500 - $199,100 for Lead Program Manager\n\nRemote (Regardless of Location): $158,600 - $181,000 for Lead Program Manager';
    const mcLean = {place: 'McLean, VA', county: 'Fairfax County', countyFips: '51059'};
    expect(annual(extractPay('', list, mcLean))).toEqual([174500, 199100, 'USD']);
    expect(annual(extractPay('', list))).toEqual([158600, 181000, 'USD']);
  });

  it("takes the range for every other place when none names the posting's", () => {
    // SYNTHETIC lists in the form careers sites print them; each gave the first range to Austin before.
    const austin = {place: 'Austin, TX', county: 'Travis County', countyFips: '48453'};
    const zones =
      'Pay ranges: San Francisco Bay Area: $180,000-$220,000; New York: $175,000-$215,000; All other US locations: $150,000-$190,000.';
    expect(annual(extractPay('', zones, austin))).toEqual([150000, 190000, 'USD']);
    expect(
      annual(extractPay('', zones, {place: 'New York, NY', county: 'New York County', countyFips: '36061'})),
    ).toEqual([175000, 215000, 'USD']);
    const after =
      'The base salary range for this role is $150,000 - $190,000 in Seattle and $130,000 - $170,000 in other US locations.';
    expect(annual(extractPay('', after, austin))).toEqual([130000, 170000, 'USD']);
  });

  it("takes the state's range from a list by state, whose later ranges carry no pay word of their own", () => {
    // SYNTHETIC, in the form pay-transparency lists take; Spokane and New York got Colorado's range before.
    const states =
      'Pay ranges by state: Colorado: $140,000 - $170,000; California: $160,000 - $200,000; Washington: $150,000 - $185,000; New York City: $165,000 - $205,000.';
    const place = (where: string, county: string, countyFips: string) => ({place: where, county, countyFips});
    expect(annual(extractPay('', states, place('Spokane, WA', 'Spokane County', '53063')))).toEqual([
      150000,
      185000,
      'USD',
    ]);
    expect(annual(extractPay('', states, place('Fresno, CA', 'Fresno County', '06019')))).toEqual([
      160000,
      200000,
      'USD',
    ]);
    expect(annual(extractPay('', states, place('New York, NY', 'New York County', '36061')))).toEqual([
      165000,
      205000,
      'USD',
    ]);
    // SYNTHETIC: another principal city of the metro area names its range (Oakland got the first range by chance, and
    // read as "other locations" once those words were read); "in other locations" is everywhere else (Chicago got the
    // Bay Area's before).
    const bay =
      'The base salary range for this role in the San Francisco Bay Area is $190,000 - $230,000. The range in other locations is $160,000 - $200,000.';
    const oakland = {...place('Oakland, CA', 'Alameda County', '06001'), area: 'San Francisco-Oakland-Fremont, CA'};
    expect(annual(extractPay('', bay, oakland))).toEqual([190000, 230000, 'USD']);
    const chicago = {...place('Chicago, IL', 'Cook County', '17031'), area: 'Chicago-Naperville-Elgin, IL-IN'};
    expect(annual(extractPay('', bay, chicago))).toEqual([160000, 200000, 'USD']);
    // A remote job takes the range a list labels remote (got NYC's, the first, before); a city that is a state's
    // name in the area's name ("Washington-Arlington-Alexandria") never picks a state's range.
    const zones = 'NYC: $170,000 - $200,000\nSF: $175,000 - $205,000\nRemote: $150,000 - $180,000';
    expect(annual(extractPay('', zones, {place: 'Remote', remote: true}))).toEqual([150000, 180000, 'USD']);
    const byState = 'Washington: $150,000 - $185,000; Colorado: $140,000 - $170,000';
    const arlington = {
      ...place('Arlington, VA', 'Arlington County', '51013'),
      area: 'Washington-Arlington-Alexandria, DC-VA-MD-WV',
    };
    expect(readPay('', byState, arlington).posted).toBeNull();
    // Items split by bars: the next item's state is not the words after a range (Boulder got California's before).
    const barred = 'California: $170,000 - $210,000 | Colorado: $140,000 - $170,000';
    expect(annual(extractPay('', barred, place('Boulder, CO', 'Boulder County', '08013')))).toEqual([
      140000,
      170000,
      'USD',
    ]);
    // A list by state that leaves the posting's state out gives it no pay, and says whose ranges they are (Austin got
    // Colorado's before).
    const austin = readPay('', states.replace('; New York City: $165,000 - $205,000', ''), {place: 'Austin, TX'});
    expect(austin.posted).toBeNull();
    expect(austin.unread?.reason).toBe('the ranges are given for Colorado, California, Washington, not Austin, TX');
    // The states as the data spells them.
    const spelled = readPay(
      '',
      'Pay ranges by state: North Carolina: $140,000 - $170,000; District of Columbia: $160,000 - $200,000.',
      {place: 'Austin, TX'},
    );
    expect(spelled.unread?.reason).toBe(
      'the ranges are given for North Carolina, District of Columbia, not Austin, TX',
    );
    // "Washington, DC" is the city, not the state: no range names Spokane's, so the first one stands (DC's if it did).
    const dc =
      'Pay range: Seattle area: $160,000 - $190,000; Washington, DC: $150,000 - $180,000; Texas: $140,000 - $170,000.';
    expect(annual(extractPay('', dc, place('Spokane, WA', 'Spokane County', '53063')))).toEqual([
      160000,
      190000,
      'USD',
    ]);
  });
});

describe('a list of ranges by place with no pay word near', () => {
  // SYNTHETIC, in the forms pay-transparency lists take under a "Compensation" heading far above or none.
  const heading = 'Compensation\nWe offer equity, a 401(k) match and full benefits to every employee.\n\n';

  it('reads a range that a zone or a state labels on its own line', () => {
    expect(annual(extractPay('', `${heading}Zone 1: $160k-$200k`))).toEqual([160000, 200000, 'USD']);
    expect(annual(extractPay('', `${heading}Colorado: $140,000 - $170,000`))).toEqual([140000, 170000, 'USD']);
  });

  it("reads a list of two or more labelled lines, each place's own", () => {
    const list = `${heading}Colorado: $140,000 - $170,000\nWashington: $150,000 - $185,000\nNew York City: $165,000 - $200,000`;
    expect(annual(extractPay('', list, {place: 'Spokane, WA', county: 'Spokane County', countyFips: '53063'}))).toEqual(
      [150000, 185000, 'USD'],
    );
    const cities = `${heading}SF Bay Area: $180,000 - $220,000\nSeattle: $170,000 - $210,000`;
    expect(annual(extractPay('', cities))).toEqual([180000, 220000, 'USD']);
  });

  it("reads the list's items where they share a line, between ';', '|' or full stops", () => {
    // Each gave no pay before: only a label at a line's start was read.
    const spokane = {place: 'Spokane, WA', county: 'Spokane County', countyFips: '53063'};
    const bay = `${heading}SF Bay Area: $150K - $190K; All other US locations: $130K - $165K`;
    expect(annual(extractPay('', bay))).toEqual([150000, 190000, 'USD']);
    expect(annual(extractPay('', bay, spokane))).toEqual([130000, 165000, 'USD']);
    const tiers = `${heading}Tier 1 (NYC, SF): $150K-$190K. Tier 2 (Austin, Denver): $130K-$165K.`;
    expect(annual(extractPay('', tiers))).toEqual([150000, 190000, 'USD']);
    expect(annual(extractPay('', `${heading}Seattle: $170,000 - $210,000 | Denver: $150,000 - $185,000`))).toEqual([
      170000,
      210000,
      'USD',
    ]);
    expect(extractPay('', `${heading}Budget: $500,000 - $900,000; Revenue: $2,000,000 - $3,000,000`)).toBeNull();
    // "Elsewhere" labels everywhere else's range, before it or after it (each gave the first range before).
    const elsewhere = `${heading}NYC/SF: $160-200k; elsewhere: $140-180k`;
    expect(annual(extractPay('', elsewhere, spokane))).toEqual([140000, 180000, 'USD']);
    expect(annual(extractPay('', elsewhere))).toEqual([160000, 200000, 'USD']);
    const after = `${heading}$160,000 - $200,000 (NYC), $140,000 - $180,000 (elsewhere)`;
    expect(annual(extractPay('', after, spokane))).toEqual([140000, 180000, 'USD']);
  });

  it('reads ranges whose labels follow them in brackets, on one line, and the place picks its own', () => {
    // SYNTHETIC, in the form of an HN and startup posting's line; each gave no pay before (no pay word near).
    const nyc = {place: 'New York, NY', county: 'New York County', countyFips: '36061'};
    const spokane = {place: 'Spokane, WA', county: 'Spokane County', countyFips: '53063'};
    const remote = {place: 'Remote', remote: true};
    const national = `${heading}#LI-Remote $140,000 to $175,000 (national) or $155,000 to $195,000 (NYC and SF)`;
    expect(annual(extractPay('', national))).toEqual([140000, 175000, 'USD']);
    expect(annual(extractPay('', national, nyc))).toEqual([155000, 195000, 'USD']);
    // The national range is everywhere else's, and a remote job's, wherever the list puts it.
    const nationalLast = `${heading}$155,000 to $195,000 (NYC and SF) or $140,000 to $175,000 (national)`;
    expect(annual(extractPay('', nationalLast, spokane))).toEqual([140000, 175000, 'USD']);
    expect(annual(extractPay('', nationalLast, remote))).toEqual([140000, 175000, 'USD']);
    const others = `${heading}$150,000 - $180,000 (SF/NYC), $130,000 - $160,000 (all other US locations)`;
    expect(annual(extractPay('', others, spokane))).toEqual([130000, 160000, 'USD']);
    expect(annual(extractPay('', others, nyc))).toEqual([150000, 180000, 'USD']);
    expect(annual(extractPay('', `${heading}$150K-$180K (Senior) or $170K-$210K (Staff)`))).toEqual([
      150000,
      180000,
      'USD',
    ]);
    // A place after "in" or "for", and "elsewhere" (each gave no pay before).
    const inPlaces = `${heading}$160,000-$200,000 in NYC; $140,000-$180,000 elsewhere in the US`;
    expect(annual(extractPay('', inPlaces, nyc))).toEqual([160000, 200000, 'USD']);
    expect(annual(extractPay('', inPlaces, spokane))).toEqual([140000, 180000, 'USD']);
    const forRoles = `${heading}$160,000 - $200,000 for New York roles, $140,000 - $180,000 for all other locations`;
    expect(annual(extractPay('', forRoles, spokane))).toEqual([140000, 180000, 'USD']);
    // Sums "in" what is no place: recurring revenue, equity, a bonus.
    expect(extractPay('', `${heading}$500,000 - $900,000 in ARR; $1,000,000 - $2,000,000 in Revenue`)).toBeNull();
    expect(extractPay('', `${heading}$150,000 - $200,000 in Equity, $50,000 - $80,000 in Bonus`)).toBeNull();
    // One labelled range alone, a round's size, small sums: not a list of pay.
    expect(extractPay('', `${heading}$140,000 to $175,000 (national)`)).toBeNull();
    expect(extractPay('', `${heading}We raised $10,000,000 to $20,000,000 (Series A) or more.`)).toBeNull();
    expect(extractPay('', `${heading}$1,000 - $5,000 (seed) or $5,000 - $10,000 (growth)`)).toBeNull();
  });

  it('leaves other money alone: small sums, a budget, a label that is no place', () => {
    expect(extractPay('', `${heading}Seed: $1,000 - $5,000\nSeries A: $5,000 - $10,000`)).toBeNull();
    expect(extractPay('', `${heading}Seed: $1,000 - $5,000; Series A: $5,000 - $10,000`)).toBeNull();
    expect(extractPay('', `${heading}Budget: $140,000 - $170,000`)).toBeNull();
    expect(extractPay('', `${heading}Our Denver team: $140,000 - $170,000`)).toBeNull();
    expect(extractPay('', `${heading}Colorado: we ship with $140,000 - $170,000 in tooling`)).toBeNull();
  });
});

describe("a pay line that holds no pay (a wrong element, a scraper's wrong column)", () => {
  it.each(['Height 5\'10"', '5 ft 10 in', '5 years', '40 hours per week', '50 lbs', '10%', 'Up to 10% travel'])(
    '%s: a figure with its unit',
    (line) => expect(fromLine(line)).toBeNull(),
  );
  it.each(['Level 5', 'Grade 12', 'Band 7', 'Step 3', 'Posted 5 days ago', '24/7 on-call'])(
    '%s: a figure a label or another figure names',
    (line) => expect(fromLine(line)).toBeNull(),
  );
  it('a share is no amount, whatever pay words stand near it', () => {
    // SYNTHETIC; each read the percentage as an hourly rate ($15, $20) before.
    expect(fromLine('$140k base + 15% bonus')).toMatchObject({min: 140000, max: 140000, period: 'year'});
    expect(fromLine('$150k-$170k base + 20% target bonus + equity')).toMatchObject({min: 150000, max: 170000});
    expect(fromLine('Base pay: 15 percent above market')).toBeNull();
    // "base" after a range names it pay in a description too.
    expect(fromDescription('$150k-$170k base + 20% target bonus + equity')).toMatchObject({min: 150000, max: 170000});
  });
  it("a description's bare yearly figures read when a pay word labels them, not when a noun follows", () => {
    // SYNTHETIC; the first two read no pay before.
    expect(fromDescription('Base Salary Range: 145,000.00 - 185,000.00')).toMatchObject({min: 145000, max: 185000});
    expect(fromDescription('Salary range: 145,000 - 185,000 depending on experience')).toMatchObject({
      period: 'year',
    });
    expect(fromDescription('We have 45,000 employees and pay 12,000 vendors on time.')).toBeNull();
    // Indian grouping names no currency a bare figure could take.
    expect(fromDescription('Salary: 12,00,000 - 15,00,000')).toBeNull();
  });
  it('bare figures alone still read', () => {
    expect(fromLine('120,000 - 150,000')).toMatchObject({min: 120000, max: 150000, period: 'year'});
    expect(fromLine('45 - 55')).toMatchObject({min: 45, max: 55, period: 'hour'});
    expect(fromLine('Up to 150000')).toMatchObject({min: 150000, max: 150000});
    expect(fromLine('150,000+')).toMatchObject({min: 150000});
    expect(fromLine('Salary grade 12: 120,000 - 150,000')).toMatchObject({min: 120000, max: 150000});
  });
});

describe('absurd input', () => {
  it('rejects figures no job pays', () => {
    expect(fromLine('$99999999999999999999')).toBeNull();
    expect(fromLine('$-5')).toBeNull();
    expect(fromDescription('Salary: $99999999999999999999 per year')).toBeNull();
  });

  it('reads the pay out of a 100 KB description', () => {
    const noise = 'Our 1,000 engineers shipped 2,000 releases - 3 to 4 a day - across 50 regions. '.repeat(1300);
    const text = `${noise}${'$1,'.repeat(3000)}\n${'9'.repeat(20_000)}\nSalary: $120,000 - $150,000 per year`;
    expect(text.length).toBeGreaterThan(100_000);
    expect(annual(fromDescription(text))).toEqual([120000, 150000, 'USD']);
  });

  it('handles long runs of whitespace between figures', () => {
    expect(annual(fromDescription(`${' '.repeat(100_000)}Salary: $100,000 - $120,000 per year`))).toEqual([
      100000,
      120000,
      'USD',
    ]);
    // Figures 100 KB apart are not one range.
    const apart = fromDescription(`Salary: $100,000${' '.repeat(100_000)}- $120,000 per year`);
    expect(apart?.annualMin).toBe(apart?.annualMax);
    expect(annual(fromLine(`${' '.repeat(100_000)}$130,000 - $150,000`))).toEqual([130000, 150000, 'USD']);
  });
});

const currency = fc.constantFrom('$', 'USD ', '€', '£', '₹', 'Rs. ', 'A$', 'CAD ', '');
const figure = fc.oneof(
  fc.integer({min: 0, max: 400}).map(String),
  fc.integer({min: 1000, max: 900_000}).map((n) => n.toLocaleString('en-US')),
  fc.integer({min: 1, max: 999}).map((n) => `${n}k`),
  fc.integer({min: 1, max: 99}).map((n) => `${n}L`),
  fc.double({min: 0, max: 1e7, noNaN: true}).map((n) => n.toFixed(2)),
);
const payLike = fc
  .tuple(
    fc.constantFrom('', 'Salary: ', 'Pay range ', 'Hourly rate: ', 'Bonus of ', 'revenue of '),
    currency,
    figure,
    fc.constantFrom('', ' - ', ' to ', '\u2014', ' and '),
    currency,
    figure,
    fc.constantFrom(
      '',
      ' per hour',
      '/hr',
      ' a year',
      ' annually',
      ' per month',
      ' weekly',
      ' a day',
      ' USD',
      ' LPA',
      ' in tips',
    ),
  )
  .map(([lead, c1, f1, sep, c2, f2, unit]) =>
    sep ? `${lead}${c1}${f1}${sep}${c2}${f2}${unit}` : `${lead}${c1}${f1}${unit}`,
  );
const anyText = fc.oneof(payLike, fc.string({maxLength: 120}), fc.string({unit: 'grapheme', maxLength: 60}));

describe('pay parser properties', () => {
  it('never throws and always returns sane figures', () => {
    fc.assert(
      fc.property(anyText, anyText, (salaryText, description) => {
        const pay = extractPay(salaryText, description);
        if (pay === null) return;
        for (const value of [pay.min, pay.max, pay.annualMin, pay.annualMax]) expect(Number.isFinite(value)).toBe(true);
        expect(pay.min).toBeLessThanOrEqual(pay.max);
        expect(pay.annualMin).toBeLessThanOrEqual(pay.annualMax);
        expect(pay.annualMin).toBeGreaterThanOrEqual(0);
        expect(pay.currency).toMatch(/^[A-Z]{3}$/);
      }),
      {numRuns: 500},
    );
  });

  it('gives the same pay when its own text is read back as a pay line', () => {
    fc.assert(
      fc.property(anyText, anyText, (salaryText, description) => {
        const pay = extractPay(salaryText, description);
        if (pay === null) return;
        expect(extractPay(pay.text, '')).toEqual(pay);
      }),
      {numRuns: 500},
    );
  });
});
