import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {analyzeCard} from '../../../src/core/card';
import {jobPostingsFromJsonLd} from '../../../src/sites/jsonld';
import {readPosting} from '../../../src/sites/read';
import {fixturePage} from '../../support/pages';

// SYNTHETIC JSON-LD blocks: each shows one shape sites print (lone object, array, @graph, HTML encoded
// twice, raw line breaks inside strings), so a regression names the shape it broke.
const description = '<p>Synthetic test text: lead programs across engineering teams.</p>';
const posting = {
  '@type': 'JobPosting',
  title: 'Technical Program Manager',
  hiringOrganization: {name: 'Example Co'},
  description,
};

describe('jobPostingsFromJsonLd', () => {
  it('a lone object', () => {
    expect(jobPostingsFromJsonLd([JSON.stringify(posting)])[0]).toMatchObject({
      title: 'Technical Program Manager',
      company: 'Example Co',
    });
  });

  it('an array, skipping other types', () => {
    const block = JSON.stringify([{'@type': 'Organization', name: 'Example Co'}, posting]);
    expect(jobPostingsFromJsonLd([block]).map((found) => found.title)).toEqual(['Technical Program Manager']);
  });

  it('an @graph, and @type given as a list', () => {
    const block = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{'@type': 'WebPage'}, {...posting, '@type': ['JobPosting']}],
    });
    expect(jobPostingsFromJsonLd([block])[0]?.title).toBe('Technical Program Manager');
  });

  it('an HTML-encoded description becomes text', () => {
    const block = JSON.stringify({
      ...posting,
      description:
        '&lt;p&gt;Lead programs &amp;amp; releases.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Own the roadmap&lt;/li&gt;&lt;/ul&gt;',
    });
    expect(jobPostingsFromJsonLd([block])[0]?.description).toBe('Lead programs & releases.\n\nOwn the roadmap');
  });

  it('raw line breaks inside strings (invalid JSON that sites print) are tolerated', () => {
    const block = `{"@type": "JobPosting", "title": "Program Manager", "description": "First line.\nSecond line."}`;
    expect(jobPostingsFromJsonLd([block])[0]?.description).toBe('First line. Second line.');
  });

  it('malformed blocks yield nothing instead of throwing', () => {
    expect(jobPostingsFromJsonLd(['{"@type": "JobPosting", ', 'not json', ''])).toEqual([]);
  });

  it('remote postings and pay', () => {
    const block = JSON.stringify({
      ...posting,
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: {'@type': 'Country', name: 'USA'},
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: {'@type': 'QuantitativeValue', minValue: 60, maxValue: 75, unitText: 'HOUR'},
      },
    });
    expect(jobPostingsFromJsonLd([block])[0]).toMatchObject({
      location: 'USA (Remote)',
      salaryText: 'USD 60 - 75 an hour',
    });
  });

  it("writes no currency a MonetaryAmount leaves out, so the job's country decides", () => {
    // "USD" was written in, and "USD" in the figure keeps it US dollars for a job in Sydney.
    const block = JSON.stringify({
      ...posting,
      jobLocation: {address: {addressLocality: 'Sydney', addressRegion: 'NSW', addressCountry: 'AU'}},
      baseSalary: {value: {minValue: 120000, maxValue: 140000, unitText: 'YEAR'}},
    });
    const [read] = jobPostingsFromJsonLd([block]);
    expect(read?.salaryText).toBe('120000 - 140000 a year');
    expect(analyze(read!).salary.posted?.currency).toBe('AUD');
  });

  it('reads an address written as text, as schema.org allows', () => {
    const block = JSON.stringify({...posting, jobLocation: {'@type': 'Place', address: 'New York, NY 10001'}});
    expect(jobPostingsFromJsonLd([block])[0]?.location).toBe('New York, NY 10001');
  });
});

describe("estimatedSalary (the site's estimate, not posted pay)", () => {
  const amount = (minValue: number, maxValue: number) => ({
    '@type': 'MonetaryAmount',
    currency: 'USD',
    value: {'@type': 'QuantitativeValue', minValue, maxValue, unitText: 'YEAR'},
  });
  const base = {
    ...posting,
    title: 'Technical Program Manager',
    jobLocation: {address: {addressLocality: 'Austin', addressRegion: 'TX'}},
  };

  it('is shown as an estimate in the analysis and never as posted pay', () => {
    const [read] = jobPostingsFromJsonLd([JSON.stringify({...base, estimatedSalary: amount(120_000, 150_000)})]);
    expect(read?.salaryText).toBe('USD 120000 - 150000 a year (Job site est.)');
    const {salary} = analyze(read!);
    expect(salary.posted).toBeNull();
    expect(salary.estimate).toMatchObject({annualMin: 120_000, annualMax: 150_000, estimatedBy: 'Job site'});
  });

  it('on a list card, is labelled an estimate', () => {
    const [read] = jobPostingsFromJsonLd([JSON.stringify({...base, estimatedSalary: [amount(90_000, 110_000)]})]);
    expect(analyzeCard(read!).pay).toMatchObject({annualMin: 90_000, annualMax: 110_000, estimatedBy: 'Job site'});
  });

  it('gives way to baseSalary, the posted pay', () => {
    const both = {...base, baseSalary: amount(130_000, 160_000), estimatedSalary: amount(90_000, 110_000)};
    const [read] = jobPostingsFromJsonLd([JSON.stringify(both)]);
    const {salary} = analyze(read!);
    expect(salary.posted).toMatchObject({annualMin: 130_000, annualMax: 160_000});
    expect(salary.estimate).toBeUndefined();
  });

  it("gives way to the pay the page's own markup shows (a saved Greenhouse page)", () => {
    const url = 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005';
    const doc = fixturePage('jobdog_greenhouse_scaleai_4315289005.html', url);
    const script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify({...base, estimatedSalary: amount(90_000, 110_000)});
    doc.head.append(script);
    const read = readPosting(doc, new URL(url));
    expect(read?.source).toBe('json-ld');
    expect(read?.posting.salaryText).toBe('$176,000 - $300,000 USD');
  });
});
