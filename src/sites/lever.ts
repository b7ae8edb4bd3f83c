import {BOARD_ROUTE, pathId} from './keys';
import {WITH_MONEY} from './money';
import type {SelectorCheck, SiteAdapter} from './types';

// Lever (jobs.lever.co). NO real saved page was available (the fixtures found in public repositories use
// invented companies), so these selectors come from public knowledge of Lever's hosted job page
// (.posting-headline, .posting-categories, [data-qa=...] sections) and are unverified against a capture.
// Lever's job pages carry JobPosting JSON-LD, which is read before any selector.

export const lever: SiteAdapter = {
  id: 'lever',
  hosts: ['jobs.lever.co', 'jobs.eu.lever.co'],
  // /<company>/<uuid>, not /<company>/<uuid>/apply (the application form).
  routes: [/^\/[^/]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/?(?:[?#]|$)/i],
  fields: {
    title: ['.posting-headline h2', '.posting-header h2', 'h2'],
    company: [
      {css: '.main-header-logo img', attr: 'alt', match: /^(.+?)(?:\s+logo)?$/i},
      {css: 'head > title', match: /^(.+?)\s+-\s+.+$/},
    ],
    location: ['.posting-categories .location', '.posting-category.location', '.sort-by-time.posting-category'],
    salary: ['[data-qa="salary-range"]', {css: '.posting-categories .compensation', match: WITH_MONEY}],
    description: ['[data-qa="job-description"]', '.section-wrapper.page-full-width', '.posting-page .content'],
  },
  // The last of the categories under the title: "College Park, MD / Internships / Intern / Hybrid".
  workplace: ['.posting-categories .workplaceTypes'],
  postingKey: (url) => pathId(url, /^\/[^/]+\/([0-9a-f-]{36})/i),
  watch: ['.posting-page', '.content'],
  // The company's board (jobs.lever.co/<company>, filters in the query): one card per posting, its id the
  // posting's. The cards name neither the company nor any pay.
  list: {
    routes: [BOARD_ROUTE],
    container: ['.postings-wrapper'],
    card: ['.posting[data-qa-posting-id]'],
    jobId: [{attr: 'data-qa-posting-id'}],
    fields: {
      title: ['[data-qa="posting-name"]'],
      company: [],
      location: ['.posting-categories .location'],
      pay: [],
    },
  },
  // No real saved page available (https://jobs.lever.co/<company>/<uuid>): every selector is unverified.
  testUrls: [],
};

/** Where the selectors above were checked (see SelectorCheck). */
export const selectorCheck: SelectorCheck = {
  pages: [],
  // The list's selectors match a company board saved in August 2024 (jobs.lever.co/iterative), which cannot
  // be bundled (no license): test/support/boards.ts copies its markup
  // for the unit and end-to-end tests.
  unverified: [
    '.posting-headline h2',
    '.posting-header h2',
    'h2',
    '.main-header-logo img',
    'head > title',
    '.posting-categories .location',
    '.posting-category.location',
    '.sort-by-time.posting-category',
    '.posting-categories .workplaceTypes',
    '[data-qa="salary-range"]',
    '.posting-categories .compensation',
    '[data-qa="job-description"]',
    '.section-wrapper.page-full-width',
    '.posting-page .content',
    '.posting-page',
    '.content',
    '.postings-wrapper',
    '.posting[data-qa-posting-id]',
    '[data-qa="posting-name"]',
    '.posting-categories .location',
  ],
};
