import {pathId} from './keys';
import type {SelectorCheck, SiteAdapter} from './types';

// SmartRecruiters (jobs.smartrecruiters.com). NO real saved page was available, so the selectors below
// come from public knowledge of its job page (schema.org microdata: itemprop="hiringOrganization",
// "jobLocation", "description") and are unverified. Its job pages carry JobPosting JSON-LD, which is
// read before any selector.

export const smartrecruiters: SiteAdapter = {
  id: 'smartrecruiters',
  hosts: ['jobs.smartrecruiters.com', 'careers.smartrecruiters.com'],
  // /<Company>/<numeric id>-<slug>
  routes: [/^\/[^/]+\/\d{6,}/],
  fields: {
    title: ['h1.job-title', '[itemprop="title"]', 'h1'],
    company: [
      // The organisation's element names it in its content attribute, as public scrapers of these pages read it.
      {css: '[itemprop="hiringOrganization"]', attr: 'content'},
      '[itemprop="hiringOrganization"] [itemprop="name"]',
      {css: '[itemprop="hiringOrganization"] meta[itemprop="name"]', attr: 'content'},
      {css: 'meta[property="og:site_name"]', attr: 'content'},
    ],
    location: [
      {css: 'spl-job-location', attr: 'formattedaddress'},
      '[itemprop="jobLocation"]',
      '.job-details .location',
    ],
    salary: ['[itemprop="baseSalary"]', '.job-details .salary'],
    // The sections (company, job description, qualifications, additional information) together, before any one
    // of them: a section's own itemprop may be the company's description alone.
    description: ['.job-sections', '[itemprop="description"]', '.job-description'],
  },
  employmentType: ['[itemprop="employmentType"]'],
  workplace: [{css: 'spl-job-location', attr: 'workplacetype'}],
  postingKey: (url) => pathId(url, /^\/[^/]+\/(\d{6,})/),
  watch: ['.job-sections', 'main'],
  // No real saved page available (https://jobs.smartrecruiters.com/<Company>/<id>-<slug>): every selector is unverified.
  testUrls: [],
};

/** Where the selectors above were checked (see SelectorCheck). */
export const selectorCheck: SelectorCheck = {
  pages: [],
  unverified: [
    'h1.job-title',
    '[itemprop="hiringOrganization"]',
    '[itemprop="employmentType"]',
    '[itemprop="title"]',
    'h1',
    '[itemprop="hiringOrganization"] [itemprop="name"]',
    '[itemprop="hiringOrganization"] meta[itemprop="name"]',
    'meta[property="og:site_name"]',
    'spl-job-location',
    '[itemprop="jobLocation"]',
    '.job-details .location',
    '[itemprop="baseSalary"]',
    '.job-details .salary',
    '[itemprop="description"]',
    '.job-sections',
    '.job-description',
    'main',
  ],
};
