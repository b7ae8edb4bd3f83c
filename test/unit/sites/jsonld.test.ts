import {describe, expect, it} from 'vitest';
import {jobPostingsFromJsonLd} from '../../../src/sites/jsonld';

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
});
