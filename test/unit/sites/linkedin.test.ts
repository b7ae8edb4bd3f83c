import {describe, expect, it} from 'vitest';
import {postingKey} from '../../../src/sites/index';
import {fixturePage, haveShared, read, sharedPage} from '../../support/pages';

describe('LinkedIn: HTTP 429 rate-limit body (real, test/fixtures/sites)', () => {
  it('is no posting', () => {
    const url = 'https://www.linkedin.com/jobs/view/3915648739/';
    expect(read(fixturePage('jobdog_linkedin_429_ratelimited_3915648739.html', url), url)).toBeNull();
  });
});

describe.skipIf(!haveShared)('LinkedIn: real saved pages (../shared/data/html/linkedin)', () => {
  it('guest page 2024 (OpenAI): top-card fields, and no pay taken from a "Similar jobs" card', () => {
    const url = 'https://www.linkedin.com/jobs/view/3915648739/';
    const result = read(sharedPage('linkedin/jobdog_linkedin_openai_3915648739.html', url), url);
    expect(result?.source).toBe('selectors');
    expect(result?.posting).toMatchObject({
      title: 'Machine Learning Engineer, Applied AI',
      company: 'OpenAI',
      location: 'San Francisco, CA',
      site: 'linkedin',
    });
    // The page shows "$114,000.00 - $168,000.00" only on a Google card under "Similar jobs".
    expect(result?.posting.salaryText).toBe('');
    expect(result?.posting.description).toMatch(
      /^About The Team\n\nOpenAI is at the forefront of artificial intelligence/,
    );
    expect(result?.descriptionElement?.className).toContain('show-more-less-html__markup');
  });

  it("guest page 2024 (Anthropic): the posting's own pay", () => {
    const url = 'https://www.linkedin.com/jobs/view/4053542511/';
    const result = read(sharedPage('linkedin/jobdog_linkedin_anthropic_4053542511.html', url), url);
    expect(result?.posting).toMatchObject({
      title: 'Machine Learning Systems Engineer, RL Engineering',
      company: 'Anthropic',
      location: 'Seattle, WA',
      salaryText: '$300,000.00/yr - $425,000.00/yr',
    });
    expect(result?.posting.description).toMatch(/^About Anthropic\n\nAnthropic’s mission is to create reliable/);
  });

  it('guest page 2026 (Heidi, au.linkedin.com)', () => {
    const url = 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124';
    const result = read(sharedPage('linkedin/dinie_coverletterer-linkedin_guest_job.html', url), url);
    expect(result?.posting).toMatchObject({
      title: 'Senior Software Engineer - Developer Experience',
      company: 'Heidi',
      location: 'Melbourne, Victoria, Australia',
      salaryText: '',
    });
    expect(result?.posting.description).toMatch(/^Who We Are\n\nHealthcare needs a better rhythm/);
  });

  it('logged-in 2026 layout with hashed classes (Flow Traders): document title, aria-label, componentkey', () => {
    const url = 'https://www.linkedin.com/jobs/view/4374244548';
    const doc = sharedPage('linkedin/XingyouLee_linkedin-notifier-job_page.html', url);
    const result = read(doc, url);
    expect(result?.posting).toMatchObject({
      title: 'Graduate Data Engineer',
      company: 'Flow Traders',
      location: 'Amsterdam, North Holland, Netherlands',
      salaryText: '',
    });
    expect(result?.posting.description).toMatch(/^Do you want to work in a dynamic and collaborative environment/);
    // "About the job", not the second expandable box ("About the company").
    expect(result?.posting.description).not.toMatch(/^Founded in 2004/);
    expect(result?.descriptionElement?.getAttribute('componentkey')).toBe('JobDetails_AboutTheJob_4374244548');
    // All of it, lists included (it ends with the staffing-firm notice).
    expect(result?.posting.description).toMatch(/will be considered free of obligation\.$/);
    expect(postingKey(new URL(url), doc)).toBe('linkedin:4374244548');
  });

  it('logged-in split pane, older layout (Odiin.): reads the selected job from the pane', () => {
    // The saved page's address bar is not recorded; currentJobId is the selected card's data-job-id.
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4205971663&keywords=data%20analyst';
    const doc = sharedPage('linkedin/JoyKimaiyo_web-scraping-data-jobs-linkedin_page.html', url);
    const result = read(doc, url);
    expect(result?.posting).toMatchObject({title: 'Data Analyst', company: 'Odiin.', location: 'EMEA'});
    expect(result?.posting.description).toMatch(/^The ideal candidate will use their passion for big data/);
    expect(doc.querySelector('[data-job-id="4205971663"]')).not.toBeNull();
    expect(postingKey(new URL(url), doc)).toBe('linkedin:4205971663');
  });

  it('the same search page without a selected job is no posting', () => {
    const url = 'https://www.linkedin.com/jobs/search/?keywords=data%20analyst';
    expect(read(sharedPage('linkedin/JoyKimaiyo_web-scraping-data-jobs-linkedin_page.html', url), url)).toBeNull();
  });
});
