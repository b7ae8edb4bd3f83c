import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkJobPosting, findJobPostings} from '../../../src/core/jsonld-guidance';
import {draftReportMarkdown} from '../../../src/core/markdown-report';
import {analyzeDraft} from '../../../src/core/draft';
import {haveShared, SHARED_HTML, sharedHtml} from '../../support/pages';

const complete = {
  '@context': 'https://schema.org/',
  '@type': 'JobPosting',
  title: 'Technical Program Manager',
  description: `<p>${'Run cross-team infrastructure programs from plan to delivery. '.repeat(8)}</p>`,
  datePosted: '2026-11-02',
  validThrough: '2026-12-31T00:00',
  employmentType: 'FULL_TIME',
  hiringOrganization: {'@type': 'Organization', name: 'Example Co', sameAs: 'https://example.com'},
  jobLocation: {
    '@type': 'Place',
    address: {'@type': 'PostalAddress', addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US'},
  },
  baseSalary: {
    '@type': 'MonetaryAmount',
    currency: 'USD',
    value: {'@type': 'QuantitativeValue', minValue: 150000, maxValue: 180000, unitText: 'YEAR'},
  },
  identifier: {'@type': 'PropertyValue', name: 'Example Co', value: 'TPM-1234'},
};
const ids = (node: Record<string, unknown>, now?: Date) =>
  checkJobPosting(node as never, now ? {now} : {}).findings.map(
    (finding) => `${finding.level}/${finding.problem}/${finding.property}`,
  );

describe('checkJobPosting', () => {
  it('finds nothing wrong with a complete posting', () => {
    expect(checkJobPosting(complete as never, {now: new Date('2026-11-26')})).toEqual({eligible: true, findings: []});
  });

  it('lists every missing required and recommended property, required first', () => {
    const result = checkJobPosting({'@type': 'JobPosting'});
    expect(result.eligible).toBe(false);
    expect(result.findings.map((finding) => `${finding.level}/${finding.property}`)).toEqual([
      'required/title',
      'required/description',
      'required/datePosted',
      'required/hiringOrganization',
      'required/jobLocation',
      'recommended/validThrough',
      'recommended/baseSalary',
      'recommended/employmentType',
      'recommended/identifier',
    ]);
  });

  it('accepts a remote job without jobLocation only with applicantLocationRequirements', () => {
    const {jobLocation: _dropped, ...rest} = complete;
    const remote = {...rest, jobLocationType: 'TELECOMMUTE'};
    expect(ids(remote)).toEqual(['required/missing/applicantLocationRequirements']);
    expect(ids({...remote, applicantLocationRequirements: {'@type': 'Country', name: 'USA'}})).toEqual([]);
    expect(ids({...remote, applicantLocationRequirements: 'USA'})).toEqual([
      'required/malformed/applicantLocationRequirements',
    ]);
  });

  it('flags malformed values', () => {
    expect(ids({...complete, datePosted: 'November 2, 2026'})).toEqual(['required/malformed/datePosted']);
    expect(ids({...complete, hiringOrganization: 'Example Co'})).toEqual(['required/malformed/hiringOrganization']);
    expect(ids({...complete, title: 'TPM - $150k - Austin - Job ID: 88'})).toEqual(['required/malformed/title']);
    expect(ids({...complete, description: 'Great job.'})).toEqual(['required/malformed/description']);
    expect(ids({...complete, jobLocation: 'Austin, TX'})).toEqual(['required/malformed/jobLocation']);
    expect(ids({...complete, employmentType: ['FULL_TIME', 'Permanent']})).toEqual([
      'recommended/malformed/employmentType',
    ]);
    expect(ids({...complete, validThrough: '2026-10-01'})).toEqual(['recommended/malformed/validThrough']);
    expect(ids({...complete, validThrough: '2026-11-20'}, new Date('2026-11-26'))).toEqual([
      'recommended/malformed/validThrough',
    ]);
    const badSalary = {
      ...complete,
      baseSalary: {currency: 'dollars', value: {minValue: 200, maxValue: 100, unitText: 'ANNUAL'}},
    };
    expect(ids(badSalary)).toEqual([
      'recommended/malformed/baseSalary',
      'recommended/malformed/baseSalary',
      'recommended/malformed/baseSalary',
    ]);
    expect(ids({...complete, jobLocation: {'@type': 'Place', address: {addressLocality: 'Austin'}}})).toEqual([
      'recommended/missing/jobLocation.address.addressCountry',
    ]);
  });
});

describe('findJobPostings', () => {
  it('reads an object, an @graph, or script blocks in pasted HTML', () => {
    expect(findJobPostings(JSON.stringify(complete)).postings).toHaveLength(1);
    expect(findJobPostings(JSON.stringify({'@graph': [{'@type': 'Organization'}, complete]})).postings).toHaveLength(1);
    const html = `<html><script type="application/ld+json">${JSON.stringify(complete)}</script></html>`;
    expect(findJobPostings(html).postings).toHaveLength(1);
  });

  it('says what is wrong with bad input', () => {
    expect(findJobPostings('').error).toBe('Nothing pasted.');
    expect(findJobPostings('{"@type": "JobPosting",').error).toMatch(/^The JSON-LD is not valid JSON/);
    expect(findJobPostings('{"@type": "Organization"}').error).toContain('no object with "@type": "JobPosting"');
    expect(findJobPostings('<p>hello</p>').error).toContain('No JSON-LD found');
  });
});

describe.skipIf(!haveShared)('JSON-LD on saved real pages', () => {
  const manifest = haveShared
    ? (JSON.parse(readFileSync(join(SHARED_HTML, 'MANIFEST.json'), 'utf8')) as Array<{
        file: string;
        jsonld_jobposting?: boolean;
        has_jsonld_jobposting?: boolean;
        ld_baseSalary?: boolean;
      }>)
    : [];

  it('finds JobPosting JSON-LD exactly on the pages the manifest says carry it', () => {
    for (const entry of manifest) {
      // The manifest names the flag two ways (two collection rounds).
      const carries = entry.jsonld_jobposting ?? entry.has_jsonld_jobposting;
      expect(carries, entry.file).toBeTypeOf('boolean');
      expect(findJobPostings(sharedHtml(entry.file)).postings.length > 0, entry.file).toBe(carries);
    }
  });

  it('reports a missing baseSalary where the page has none, and a Markdown section listing it', () => {
    const withoutPay = manifest.filter((entry) => entry.jsonld_jobposting && entry.ld_baseSalary === false);
    expect(withoutPay.length).toBeGreaterThan(0);
    for (const entry of withoutPay) {
      const [posting] = findJobPostings(sharedHtml(entry.file)).postings;
      const result = checkJobPosting(posting!);
      expect(
        result.findings.map((finding) => finding.property),
        entry.file,
      ).toContain('baseSalary');
      const markdown = draftReportMarkdown(analyzeDraft({text: String(posting!.description)}), result);
      expect(markdown).toContain('- recommended, missing: `baseSalary`');
    }
  });
});
