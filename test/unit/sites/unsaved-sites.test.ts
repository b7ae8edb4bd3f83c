import {describe, expect, it} from 'vitest';
import {postingKey} from '../../../src/sites/index';
import {jsonLdScript, read, syntheticPage} from '../../support/pages';

// NO real saved page exists for these sites (see each adapter's header). These documents are SYNTHETIC,
// hand-made for the test: they check that each adapter matches the site's job URLs and reads the
// JobPosting JSON-LD that real job pages on those sites carry. The adapters' CSS selectors are not
// verified by them.
const SITES: Array<[site: string, url: string]> = [
  ['lever', 'https://jobs.lever.co/example/0f5e1f2a-3b4c-4d5e-8f90-123456789abc'],
  ['ashby', 'https://jobs.ashbyhq.com/example/0f5e1f2a-3b4c-4d5e-8f90-123456789abc'],
  ['smartrecruiters', 'https://jobs.smartrecruiters.com/ExampleCo/743999912345678-technical-program-manager'],
];
const description = `<p>${'Synthetic test text: you will plan and run cross-team technical programs. '.repeat(6)}</p>`;

describe.each(SITES)('%s: SYNTHETIC document with JobPosting JSON-LD', (site, url) => {
  it('reads the JSON-LD on a job URL', () => {
    const html = `<html><head>${jsonLdScript({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Technical Program Manager',
      hiringOrganization: {'@type': 'Organization', name: 'Example Co'},
      jobLocation: [
        {'@type': 'Place', address: {addressLocality: 'Seattle', addressRegion: 'WA', addressCountry: 'US'}},
      ],
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: {minValue: 150000, maxValue: 190000, unitText: 'YEAR'},
      },
      description,
    })}</head><body><h1>Technical Program Manager</h1></body></html>`;
    const doc = syntheticPage(html, url);
    const result = read(doc, url);
    expect(result?.source).toBe('json-ld');
    expect(result?.posting).toMatchObject({
      title: 'Technical Program Manager',
      company: 'Example Co',
      location: 'Seattle, WA, US',
      salaryText: 'USD 150000 - 190000 a year',
      site,
    });
    expect(result?.posting.description).toMatch(/^Synthetic test text: you will plan/);
    expect(postingKey(new URL(url), doc)).toMatch(new RegExp(`^${site}:`));
  });

  it('a job page without JSON-LD or posting markup is no posting', () => {
    expect(
      read(syntheticPage('<html><body><h1>Technical Program Manager</h1><p>Loading…</p></body></html>', url), url),
    ).toBeNull();
  });
});
