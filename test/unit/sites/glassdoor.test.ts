import {describe, expect, it} from 'vitest';
import {postingKey} from '../../../src/sites/index';
import {haveShared, read, sharedPage} from '../../support/pages';

const FILE = 'glassdoor/sidharth1snair_Salary-Prediction-glassdoor_search_pane.html';

describe.skipIf(!haveShared)('Glassdoor: real saved search page with the job pane (glassdoor.co.in, 2025)', () => {
  it('reads the selected job from the pane, not the list', () => {
    const url = 'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm';
    const doc = sharedPage(FILE, url);
    const result = read(doc, url);
    expect(result?.source).toBe('selectors');
    expect(result?.posting).toMatchObject({
      title: 'Principal Member of technical Staff- AI & Data Engineering',
      company: 'Athenahealth',
      location: 'Chennai',
      salaryText: '₹5L - ₹8L (Glassdoor Est.)',
      site: 'glassdoor',
    });
    expect(result?.posting.description).toMatch(/^Join us as we work to create a thriving ecosystem/);
    expect(postingKey(new URL(url), doc)).toBe('glassdoor:1009722062558');
  });

  it('the same page read by the generic reader (as a local file) is a list, not a posting', () => {
    const local = 'file:///tmp/glassdoor_search.html';
    expect(read(sharedPage(FILE, local), local)).toBeNull();
  });
});
