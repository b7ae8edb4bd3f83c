import {describe, expect, it} from 'vitest';
import {postingKey} from '../../../src/sites/index';
import {haveShared, read, sharedPage} from '../../support/pages';

describe.skipIf(!haveShared)('Indeed: real saved pages (../shared/data/html/indeed)', () => {
  it('viewjob 2023 (Canonical): JSON-LD first, description element from the DOM', () => {
    const url = 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5';
    const doc = sharedPage('indeed/talynt_indeed_posting.html', url);
    const result = read(doc, url);
    expect(result?.source).toBe('json-ld');
    expect(result?.posting).toMatchObject({
      title: 'Engineering Manager, Sustaining Software Engineering, Worldwide',
      company: 'Canonical - Jobs',
      location: 'Austin, TX, US (Remote)',
      salaryText: '',
      site: 'indeed',
    });
    expect(result?.posting.description).toMatch(
      /^This is an exciting opportunity for an engineering manager who is passionate about open source/,
    );
    expect(result?.descriptionElement?.id).toBe('jobDescriptionText');
    expect(postingKey(new URL(url), doc)).toBe('indeed:bf873f62104b48b5');
  });

  it('viewjob 2026 (PaperCut, au.indeed.com): JSON-LD pay', () => {
    const url = 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2';
    const result = read(sharedPage('indeed/dinie_coverletterer-indeed_job.html', url), url);
    expect(result?.source).toBe('json-ld');
    expect(result?.posting).toMatchObject({
      title: 'Senior DevOps Engineer',
      company: 'PaperCut Software',
      location: 'Camberwell, VIC, AU',
      salaryText: 'AUD 130000 - 160000 a year',
    });
    expect(result?.posting.description).toMatch(/^Company Description\n\s*At PaperCut, we believe two things/);
  });

  it('search page 2026 with the selected job in the right pane (OHSU)', () => {
    const url = 'https://www.indeed.com/q-data-analyst-l-portland,-or-jobs.html';
    const doc = sharedPage('indeed/DanWarner00_ai-job-search-platform-indeed_page.html', url);
    const result = read(doc, url);
    expect(result?.source).toBe('selectors');
    expect(result?.posting).toMatchObject({
      title: 'Research Data Analyst 1',
      company: 'Oregon Health & Science University',
      location: '3181 SW Sam Jackson Park Rd, Portland, OR 97239',
      salaryText: '$27.85 - $41.77 an hour',
    });
    expect(result?.posting.description).toMatch(
      /^Function\/Duties of Position:\n\nThis position is for a research data analyst 1/,
    );
    // The selected card, not the first one on the list.
    expect(postingKey(new URL(url), doc)).toBe('indeed:29dd4196cccd7eaf');
    expect(postingKey(new URL(`${url}?vjk=7287a807f26d20f3`), doc)).toBe('indeed:7287a807f26d20f3');
  });

  it('search list 2022 with nothing selected is no posting, on Indeed and as a local file', () => {
    const file = 'indeed/donthephan_testBaseSearch.html';
    const onIndeed = 'https://ca.indeed.com/jobs?q=developer&l=Toronto%2C+ON';
    expect(read(sharedPage(file, onIndeed), onIndeed)).toBeNull();
    // The CLI reads a saved page without a canonical link at a file: URL: the generic reader must refuse a list.
    const local = 'file:///tmp/testBaseSearch.html';
    expect(read(sharedPage(file, local), local)).toBeNull();
  });
});
