import {pathId} from './keys';
import type {SelectorCheck, SiteAdapter} from './types';

// Workday (*.myworkdayjobs.com). The one real saved page is the server response for an Autodesk job
// (../shared/data/html/workday/adfrisealach_workday-scraper-job_page.html): JobPosting JSON-LD and meta
// tags only, since Workday renders the job in the browser. NO real rendered page was available, so the
// data-automation-id selectors below come from public knowledge of Workday's job page and are
// unverified; in the browser the JSON-LD (present in the server response) is read first.

export const workday: SiteAdapter = {
  id: 'workday',
  hosts: ['.myworkdayjobs.com', '.myworkdaysite.com'],
  routes: [/\/job\//],
  fields: {
    title: ['[data-automation-id="jobPostingHeader"]', 'h2[data-automation-id="jobPostingHeader"]'],
    company: [{css: 'meta[property="og:site_name"]', attr: 'content'}],
    location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
    salary: ['[data-automation-id="salary"]', '[data-automation-id="payRange"]'],
    description: ['[data-automation-id="jobPostingDescription"]'],
  },
  clean: {
    location: (text) => text.replace(/^locations\s*/i, ''),
  },
  postingKey: (url) => pathId(url, /\/job\/(?:.*\/)?[^/]*_([A-Za-z0-9-]+)\/?$/) ?? url.pathname,
  watch: ['[data-automation-id="jobPostingPage"]', '[data-automation-id="job-posting-details"]', 'main'],
  testUrls: [
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528 (server response, JSON-LD only, 2025)',
    // No real rendered Workday page available: data-automation-id selectors are unverified.
  ],
};

/** Where the selectors above were checked (see SelectorCheck). */
export const selectorCheck: SelectorCheck = {
  pages: ['workday/adfrisealach_workday-scraper-job_page.html'],
  unverified: [
    '[data-automation-id="jobPostingHeader"]',
    'h2[data-automation-id="jobPostingHeader"]',
    'meta[property="og:site_name"]',
    '[data-automation-id="locations"] dd',
    '[data-automation-id="locations"]',
    '[data-automation-id="salary"]',
    '[data-automation-id="payRange"]',
    '[data-automation-id="jobPostingDescription"]',
    '[data-automation-id="jobPostingPage"]',
    '[data-automation-id="job-posting-details"]',
    'main',
  ],
};
