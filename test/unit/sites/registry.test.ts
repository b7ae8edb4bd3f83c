import {describe, expect, it} from 'vitest';
import {SITES} from '../../../src/sites/all';
import {postingKey, routeCanHoldPosting, routeKind, siteFor, watchSelectors} from '../../../src/sites/index';
import {syntheticPage} from '../../support/pages';

const kind = (href: string) => {
  const url = new URL(href);
  return [siteFor(url)?.id ?? null, routeKind(url, siteFor(url))];
};

describe('which site and which kind of page', () => {
  it.each([
    ['https://www.linkedin.com/jobs/view/4374244548/', 'linkedin', 'posting'],
    ['https://www.linkedin.com/jobs/search/?currentJobId=4205971663&keywords=tpm', 'linkedin', 'pane'],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4205971663', 'linkedin', 'pane'],
    ['https://www.linkedin.com/jobs/search/?keywords=tpm', 'linkedin', 'none'],
    // Signed out, a posting opened from a search (from addresses in public code; 'none' before).
    [
      'https://www.linkedin.com/jobs/search?keywords=Junior%20Java&location=Germany&position=2&pageNum=0&currentJobId=3625258171',
      'linkedin',
      'pane',
    ],
    [
      'https://in.linkedin.com/jobs/mobile-application-developer-jobs?currentJobId=3872602971&position=2&pageNum=0',
      'linkedin',
      'pane',
    ],
    ['https://in.linkedin.com/jobs/mobile-application-developer-jobs?position=1&pageNum=0', 'linkedin', 'none'],
    ['https://www.linkedin.com/feed/', 'linkedin', 'none'],
    ['https://www.indeed.com/viewjob?jk=bf873f62104b48b5', 'indeed', 'posting'],
    ['https://www.indeed.com/jobs?q=tpm&vjk=29dd4196cccd7eaf', 'indeed', 'pane'],
    ['https://www.indeed.com/cmp/Example/reviews', 'indeed', 'none'],
    [
      'https://www.glassdoor.com/job-listing/tpm-example-JV_IC1147401_KO0,3_KE4,11.htm?jl=1009722062558',
      'glassdoor',
      'posting',
    ],
    ['https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm', 'glassdoor', 'pane'],
    [
      'https://www.ziprecruiter.com/c/Example/Job/Technical-Program-Manager/-in-Austin,TX?jid=0123',
      'ziprecruiter',
      'posting',
    ],
    ['https://www.ziprecruiter.com/jobs-search?search=tpm&lk=abc', 'ziprecruiter', 'pane'],
    ['https://boards.greenhouse.io/example/jobs/4315289005', 'greenhouse', 'posting'],
    ['https://job-boards.greenhouse.io/scaleai/jobs/4315289005', 'greenhouse', 'posting'],
    ['https://boards.greenhouse.io/embed/job_app?for=example&token=4460840004', 'greenhouse', 'posting'],
    ['https://job-boards.greenhouse.io/scaleai', 'greenhouse', 'none'],
    ['https://jobs.lever.co/example/0f5e1f2a-3b4c-4d5e-8f90-123456789abc', 'lever', 'posting'],
    ['https://jobs.lever.co/example/0f5e1f2a-3b4c-4d5e-8f90-123456789abc/apply', 'lever', 'none'],
    ['https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Senior-Manager_24WD81528', 'workday', 'posting'],
    ['https://autodesk.wd1.myworkdayjobs.com/en-US/Ext', 'workday', 'none'],
    ['https://jobs.ashbyhq.com/example/0f5e1f2a-3b4c-4d5e-8f90-123456789abc', 'ashby', 'posting'],
    ['https://jobs.ashbyhq.com/example/0f5e1f2a-3b4c-4d5e-8f90-123456789abc/application', 'ashby', 'none'],
    [
      'https://jobs.smartrecruiters.com/Example/743999912345678-technical-program-manager',
      'smartrecruiters',
      'posting',
    ],
    ['https://vercel.com/careers/engineering-manager-edge-network-us-4534415004', null, 'posting'],
  ])('%s', (href, site, expected) => {
    expect(kind(href)).toEqual([site, expected]);
    expect(routeCanHoldPosting(new URL(href), siteFor(new URL(href)))).toBe(expected !== 'none');
  });
});

describe('adapters as data', () => {
  it('every adapter has hosts, routes, selectors for each field and something to watch', () => {
    for (const site of SITES) {
      expect(site.hosts.length, site.id).toBeGreaterThan(0);
      expect(site.routes.length, site.id).toBeGreaterThan(0);
      for (const field of ['title', 'company', 'location', 'salary', 'description'] as const)
        expect(site.fields[field].length, `${site.id}.${field}`).toBeGreaterThan(0);
      expect(site.watch.length, site.id).toBeGreaterThan(0);
      if (site.paneRoutes) expect(site.pane?.length, site.id).toBeGreaterThan(0);
    }
  });

  it('hosts do not overlap', () => {
    const all = SITES.flatMap((site) => site.hosts);
    expect(new Set(all).size).toBe(all.length);
  });

  it('every selector parses in the DOM engine', () => {
    const doc = syntheticPage('<html><body></body></html>', 'https://example.com/');
    for (const site of SITES) {
      const selectors = [
        ...Object.values(site.fields)
          .flat()
          .map((source) => (typeof source === 'string' ? source : source.css)),
        ...(site.pane ?? []),
        ...site.watch,
      ];
      for (const selector of selectors)
        expect(() => doc.querySelectorAll(selector), `${site.id}: ${selector}`).not.toThrow();
    }
  });
});

describe('postingKey and watch selectors', () => {
  const empty = syntheticPage('<html><body></body></html>', 'https://example.com/');
  it.each([
    ['https://www.linkedin.com/jobs/view/machine-learning-engineer-at-openai-3915648739/', 'linkedin:3915648739'],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4205971663', 'linkedin:4205971663'],
    ['https://www.indeed.com/jobs?q=tpm&vjk=29dd4196cccd7eaf', 'indeed:29dd4196cccd7eaf'],
    ['https://www.glassdoor.com/job-listing/x-JV_KO0,3.htm?jl=1009722062558', 'glassdoor:1009722062558'],
    [
      'https://www.ziprecruiter.com/jobs-search?search=tpm&lk=il98sdaV5Z7_q2SogBy-0A',
      'ziprecruiter:il98sdaV5Z7_q2SogBy-0A',
    ],
    [
      'https://jobs.lever.co/example/0f5e1f2a-3b4c-4d5e-8f90-123456789abc',
      'lever:0f5e1f2a-3b4c-4d5e-8f90-123456789abc',
    ],
    ['https://www.linkedin.com/feed/', null],
    ['https://careers.example.com/jobs/42?src=x#apply', 'https://careers.example.com/jobs/42?src=x'],
  ])('%s', (href, key) => {
    expect(postingKey(new URL(href), empty)).toBe(key);
  });

  it("watch selectors are the site's, none for unknown sites", () => {
    expect(watchSelectors(new URL('https://www.indeed.com/jobs?q=tpm'))).toContain('#jobsearch-ViewjobPaneWrapper');
    expect(watchSelectors(new URL('https://careers.example.com/jobs/42'))).toEqual([]);
  });
});

describe('readPosting never throws into the page', () => {
  it('a document whose DOM calls throw reads as no posting, while the strict reader shows the error', async () => {
    const {readPosting, readPostingStrict} = await import('../../../src/sites/read');
    const broken = new Proxy({} as Document, {
      get: () => () => {
        throw new Error('broken DOM');
      },
    });
    const url = new URL('https://www.indeed.com/viewjob?jk=1');
    expect(readPosting(broken, url)).toBeNull();
    expect(() => readPostingStrict(broken, url)).toThrow('broken DOM');
  });
});
