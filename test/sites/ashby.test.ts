import {describe, expect, it} from 'vitest';
import {postingKey} from '../../src/sites/index';
import {jsonLdScript, read, syntheticPage} from './pages';

// NO real saved Ashby page exists (see src/sites/ashby.ts). These documents are SYNTHETIC, hand-made for
// the test: they check that the adapter matches the site's job URLs and reads the JobPosting JSON-LD that
// real Ashby job pages carry. The adapter's CSS selectors are not verified by them.
const URL_ = 'https://jobs.ashbyhq.com/example/0f5e1f2a-3b4c-4d5e-8f90-123456789abc';
const description = `<p>${'Synthetic test text: you will plan and run cross-team technical programs. '.repeat(6)}</p>`;

describe('Ashby: SYNTHETIC document with JobPosting JSON-LD', () => {
  it('reads the JSON-LD on a job URL', () => {
    const html = `<html><head>${jsonLdScript({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Technical Program Manager',
      hiringOrganization: {'@type': 'Organization', name: 'Example Co'},
      jobLocation: [{'@type': 'Place', address: {addressLocality: 'Seattle', addressRegion: 'WA', addressCountry: 'US'}}],
      baseSalary: {'@type': 'MonetaryAmount', currency: 'USD', value: {minValue: 150000, maxValue: 190000, unitText: 'YEAR'}},
      description,
    })}</head><body><h1>Technical Program Manager</h1></body></html>`;
    const doc = syntheticPage(html, URL_);
    const result = read(doc, URL_);
    expect(result?.source).toBe('json-ld');
    expect(result?.posting).toMatchObject({
      title: 'Technical Program Manager',
      company: 'Example Co',
      location: 'Seattle, WA, US',
      salaryText: 'USD 150000 - 190000 a year',
      site: 'ashby',
    });
    expect(result?.posting.description).toMatch(/^Synthetic test text: you will plan/);
    expect(postingKey(new URL(URL_), doc)).toMatch(/^ashby:/);
  });

  it('a job page without JSON-LD or posting markup is no posting', () => {
    expect(read(syntheticPage('<html><body><h1>Technical Program Manager</h1><p>Loading…</p></body></html>', URL_), URL_)).toBeNull();
  });
});
