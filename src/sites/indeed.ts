import {attributeOf, queryParam} from './keys';
import {WITH_MONEY} from './money';
import type {SelectorCheck, SiteAdapter} from './types';

// Indeed, written against real saved pages in ../shared/data/html/indeed:
// - viewjob pages (2023 talynt, 2026 au.indeed.com dinie): JobPosting JSON-LD plus #jobDescriptionText;
// - a 2026 search page with the selected job in the right-hand pane (DanWarner00): data-testid
//   attributes (jobsearch-JobInfoHeader-title, inlineHeader-companyName, inlineHeader-companyLocation),
//   #salaryInfoAndJobType and #jobDescriptionText inside #jobsearch-ViewjobPaneWrapper;
// - a 2022 search list with nothing selected (donthephan), which must read as no posting.
// Class names are emotion hashes (css-1r6lhuj), so only ids, data-testid and jobsearch-* names are used.

export const indeed: SiteAdapter = {
  id: 'indeed',
  hosts: ['.indeed.com'],
  routes: [/^\/(?:m\/)?viewjob\b/, /^\/rc\/clk\b/, /^\/(?:m\/)?basecamp\/viewjob\b/],
  paneRoutes: [/^\/(?:m\/)?jobs\b/, /^\/q-[^/]*-jobs\.html/, /^\/[^/]*[?&]vjk=/],
  pane: [
    '#jobsearch-ViewjobPaneWrapper',
    '.jobsearch-RightPane',
    '#vjs-container',
    '.jobsearch-ViewJobLayout--embedded',
  ],
  fields: {
    title: [
      '[data-testid="jobsearch-JobInfoHeader-title"]',
      'h1.jobsearch-JobInfoHeader-title',
      '.jobsearch-JobInfoHeader-title',
      '[data-testid="simpler-jobTitle"]',
    ],
    company: [
      '[data-testid="inlineHeader-companyName"]',
      // The pane's simpler header (a 2025 search page, Dalton-K-Hughes, no license so not bundled): the title in
      // [data-testid="simpler-jobTitle"], the employer in this span, the place in [data-testid="job-location"].
      '.jobsearch-JobInfoHeader-companyNameSimple',
      '[data-company-name="true"]',
      '.jobsearch-CompanyInfoContainer a[href*="/cmp/"]',
    ],
    location: [
      '[data-testid="inlineHeader-companyLocation"]',
      '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
      '[data-testid="job-location"]',
      '.jobsearch-JobInfoHeader-subtitle > div:last-child',
    ],
    salary: [
      {css: '#salaryInfoAndJobType > span', match: WITH_MONEY},
      {css: '[data-testid="jobsearch-OtherJobDetailsContainer"] span', match: WITH_MONEY},
      {css: '#salaryGuide li', match: WITH_MONEY},
    ],
    description: ['#jobDescriptionText', '.jobsearch-jobDescriptionText', '.jobsearch-JobComponent-description'],
  },
  // The header's last item after the pay: " - Part-time" (DanWarner00), " - Full-time" (dinie), "Full-time"
  // with no pay (talynt); Indeed lists several as "Full-time, Contract". Words the core does not know as a
  // type ("Permanent") read as none, and the text is asked next.
  employmentType: [
    {css: '#salaryInfoAndJobType > span:last-child', match: /^[\s-]*([A-Z][a-z -]+(?:, [A-Z][a-z -]+)*)$/},
  ],
  clean: {
    // The pane's heading reads "Research Data Analyst 1 - job post" for screen readers.
    title: (text) => text.replace(/\s*-\s*job post$/i, ''),
  },
  postingKey: (url, doc) =>
    queryParam(url, ['vjk', 'jk']) ??
    attributeOf(doc, '.vjs-highlight [data-jk], [aria-current="true"] [data-jk]', 'data-jk') ??
    null,
  list: {
    // Search results: 2022 (donthephan, ca.indeed.com) and 2026 (DanWarner00) both wrap each card's
    // content in .job_seen_beacon and carry the job key as data-jk on the title link.
    routes: [/^\/(?:m\/)?jobs\b/, /^\/q-[^/]*-jobs\.html/],
    container: ['#mosaic-provider-jobcards', '#mosaic-jobResults', '.jobsearch-ResultsList', '#resultsBody'],
    card: ['.job_seen_beacon', '.cardOutline', '.result'],
    jobId: [{css: 'a[data-jk]', attr: 'data-jk'}, {attr: 'data-jk'}],
    fields: {
      title: ['[id^="jobTitle-"]', 'h2.jobTitle a', '.jobTitle a', '.jobTitle'],
      company: ['[data-testid="company-name"]', '.companyName'],
      location: ['[data-testid="text-location"]', '.companyLocation'],
      pay: [
        '[data-testid*="salary-snippet"]',
        '.salary-snippet-container',
        '.estimated-salary',
        {css: '[data-testid="attribute_snippet_testid"]', match: WITH_MONEY},
      ],
    },
    clean: {
      // "Portland, OR 97239 ( Homestead area )": the neighbourhood is not part of the place.
      location: (text) => text.replace(/\s*\(\s*[^)]*\barea\s*\)\s*$/i, ''),
    },
    markAfter: ['h2.jobTitle', '.jobTitle'],
  },
  watch: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '#vjs-container', '#jobDescriptionText'],
  testUrls: [
    'https://www.indeed.com/viewjob?jk=bf873f62104b48b5 (2023: talynt_indeed_posting.html)',
    'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2 (2026: dinie_coverletterer-indeed_job.html)',
    'https://www.indeed.com/q-data-analyst-l-portland,-or-jobs.html (search page with pane, 2026: DanWarner00_ai-job-search-platform-indeed_page.html)',
    'https://ca.indeed.com/jobs?q=developer&l=Toronto (search list, nothing selected, 2022: donthephan_testBaseSearch.html)',
  ],
};

/** Where the selectors above were checked (see SelectorCheck). */
export const selectorCheck: SelectorCheck = {
  pages: [
    'indeed/talynt_indeed_posting.html',
    'indeed/donthephan_testBaseSearch.html',
    'indeed/dinie_coverletterer-indeed_job.html',
    'indeed/DanWarner00_ai-job-search-platform-indeed_page.html',
  ],
  // The simpler header's selectors were checked by hand on a 2025 search page that cannot be bundled (see company).
  unverified: [
    '[data-testid="simpler-jobTitle"]',
    '.jobsearch-JobInfoHeader-companyNameSimple',
    '.jobsearch-JobInfoHeader-subtitle > div:last-child',
    '#salaryGuide li',
    '#vjs-container',
    // List cards: no saved list page of this site has these.
    '#resultsBody',
    '.estimated-salary',
  ],
};
