import {describe, expect, it} from 'vitest';
import {postingKey} from '../../../src/sites/index';
import {haveShared, jsonLdScript, read, sharedPage, syntheticPage} from '../../support/pages';

const FILE = 'ziprecruiter/jobsearch-rag_ziprecruiter_serp_real_c889684d.html';

describe.skipIf(!haveShared)('ZipRecruiter: real saved search page with the selected job (2026)', () => {
  it('reads the selected job from the right pane', () => {
    const url =
      'https://www.ziprecruiter.com/jobs-search?search=staff+platform+architect&location=Remote+%28USA%29&lk=il98sdaV5Z7_q2SogBy-0A';
    const doc = sharedPage(FILE, url);
    const result = read(doc, url);
    expect(result?.source).toBe('selectors');
    expect(result?.posting).toMatchObject({
      title: 'Member of Technical Staff, Platform Engineering',
      company: 'Anchorage Digital',
      location: 'Charleston, WV (Remote)',
      salaryText: '',
    });
    expect(result?.posting.description).toMatch(
      /^At Anchorage Digital, we are building the world’s most advanced digital asset platform/,
    );
    expect(postingKey(new URL(url), doc)).toBe('ziprecruiter:il98sdaV5Z7_q2SogBy-0A');
  });

  it('the same page read by the generic reader (as a local file) is a list, not a posting', () => {
    const local = 'file:///tmp/ziprecruiter_serp.html';
    expect(read(sharedPage(FILE, local), local)).toBeNull();
  });
});

describe('ZipRecruiter single job page: SYNTHETIC document (no real saved page exists)', () => {
  it('reads its JobPosting JSON-LD', () => {
    const url =
      'https://www.ziprecruiter.com/c/Example-Co/Job/Technical-Program-Manager/-in-Austin,TX?jid=0123456789abcdef';
    const html = `<html><head><title>Technical Program Manager - Example Co</title>${jsonLdScript({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Technical Program Manager',
      hiringOrganization: {'@type': 'Organization', name: 'Example Co'},
      jobLocation: {'@type': 'Place', address: {addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US'}},
      baseSalary: {currency: 'USD', value: {minValue: 140000, maxValue: 170000, unitText: 'YEAR'}},
      description: `<p>${'Synthetic test text: you will run cross-team programs with engineering. '.repeat(6)}</p>`,
    })}</head><body><h1>Technical Program Manager</h1></body></html>`;
    const result = read(syntheticPage(html, url), url);
    expect(result?.source).toBe('json-ld');
    expect(result?.posting).toMatchObject({
      title: 'Technical Program Manager',
      company: 'Example Co',
      location: 'Austin, TX, US',
      salaryText: 'USD 140000 - 170000 a year',
      site: 'ziprecruiter',
    });
  });
});
