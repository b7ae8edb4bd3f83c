import {describe, expect, it} from 'vitest';
import {postingKey} from '../../../src/sites/index';
import {haveShared, read, sharedPage} from '../../support/pages';

describe.skipIf(!haveShared)('Workday: real server response (Autodesk, JSON-LD only, 2025)', () => {
  it('reads the JobPosting JSON-LD; the French section before the English one does not make it foreign', () => {
    const url =
      'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528';
    const doc = sharedPage('workday/adfrisealach_workday-scraper-job_page.html', url);
    const result = read(doc, url);
    expect(result?.source).toBe('json-ld');
    expect(result?.posting).toMatchObject({
      title: 'Senior Industry Strategy Manager - Content Creation',
      company: 'Autodesk Canada Co.',
      location: 'AMER - Canada - Quebec - Montreal - 10 Rue Duke, Canada',
      salaryText: '',
      site: 'workday',
    });
    expect(result?.posting.description).toMatch(/^Job Requisition ID # 24WD81528 English job description to follow!/);
    expect(result?.posting.description).toContain('Position Overview');
    expect(postingKey(new URL(url), doc)).toBe('workday:24WD81528');
  });
});
