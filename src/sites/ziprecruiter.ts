import {queryParam} from './keys';
import {TYPE_WORDS} from './employment-type';
import {WITH_MONEY} from './money';
import type {SelectorCheck, SiteAdapter} from './types';

// ZipRecruiter. One real saved page: a 2026 search-results page with the selected job rendered in the
// right pane (../shared/data/html/ziprecruiter/jobsearch-rag_ziprecruiter_serp_real_c889684d.html;
// license PolyForm Noncommercial, so it stays in ../shared). The pane is Tailwind markup with
// data-testid hooks (right-pane, job-details-scroll-container). That page embeds its data as Next.js
// flight chunks (self.__next_f), not as plain JSON, so the rendered pane is what is read.
// NO real saved single-job page (/c/<Company>/Job/...) was available: its selectors below come from
// public knowledge of the site and are untested; such pages carry JobPosting JSON-LD, which is read first.

/**
 * The site's own figure, not the employer's, is shown with an "Estimated pay" button beside the pay line (7 of
 * the 13 pay lines of the saved 2026 search page; the pane's pay line is assumed to be drawn the same way, no
 * saved pane shows pay). Named as pay-estimate.ts reads a site's estimate, so it is never taken for posted pay.
 */
const estimateNamed = (text: string, line: Element) =>
  line.parentElement?.parentElement?.querySelector('[aria-label^="Estimated pay" i]')
    ? `${text} (ZipRecruiter est.)`
    : text;

export const ziprecruiter: SiteAdapter = {
  id: 'ziprecruiter',
  hosts: ['.ziprecruiter.com', '.ziprecruiter.co.uk', '.ziprecruiter.ca'],
  routes: [/^\/c\/[^/]+\/Job\//, /^\/jobs\/[^/?]+\/[^/?]+/, /^\/job\//, /^\/ojob\//],
  paneRoutes: [/^\/jobs-search\b/, /^\/candidate\/search\b/, /^\/Jobs\//],
  pane: ['[data-testid="right-pane"]', '[data-testid="job-details-scroll-container"]', '.job_details_container'],
  fields: {
    title: ['h1.job_title', '.job_title', 'h1', 'h2'],
    company: ['a[href^="/co/"]', '.hiring_company_text a', '.hiring_company_text', '.hiring_company'],
    location: ['a[href^="/co/"] + div > p', '.location_text', '.job_location', '[data-testid="job-location"]'],
    salary: [{css: 'a[href^="/co/"] ~ div p', match: WITH_MONEY}, '.job_salary', '.salary_text'],
    description: ['.whitespace-pre-line', '.job_description', '.jobDescriptionSection', '[class*="job_description"]'],
  },
  // The pane's line under the apply button ("Full-time", then "Posted 8 days ago"): a paragraph with no class
  // or id of its own, told from the others by its exact words.
  employmentType: [{css: 'p', match: TYPE_WORDS}],
  clean: {
    salary: estimateNamed,
    // "Charleston, WV • Remote" becomes "Charleston, WV (Remote)", as JSON-LD locations are written.
    location: (text) => {
      const parts = text.split(/\s*•\s*/).filter(Boolean);
      const remote = parts.some((part) => /^remote$/i.test(part));
      const places = parts.filter((part) => !/^remote$/i.test(part)).join(', ');
      return remote ? (places ? `${places} (Remote)` : 'Remote') : places;
    },
  },
  postingKey: (url) => queryParam(url, ['lk', 'jid']),
  list: {
    // Each result holds the card twice (a desktop and a mobile variant, one hidden by CSS); the wrapper is
    // the card and the first variant is read and marked.
    routes: [/^\/jobs-search\b/, /^\/candidate\/search\b/, /^\/Jobs\//],
    container: ['.job_results_two_pane', '[data-testid="job-results"]', '.job_results'],
    card: ['.job_result_two_pane_v2', '.job_result_two_pane', 'article[id^="job-card-"]'],
    jobId: [
      {attr: 'id', match: /^job-card-(.+)$/},
      {css: 'article[id^="job-card-"]', attr: 'id', match: /^job-card-(.+)$/},
    ],
    fields: {
      title: [{css: 'h2[aria-label]', attr: 'aria-label'}, 'h2'],
      company: ['[data-testid="job-card-company"]'],
      location: ['p:has(> [data-testid="job-card-location"])', '[data-testid="job-card-location"]'],
      // The lines after the place only: a card without pay reads none (every <p> of both variants before).
      pay: [{css: 'p:has(> [data-testid="job-card-location"]) ~ div p', match: WITH_MONEY}],
    },
    clean: {
      pay: estimateNamed,
      location: (text) => {
        // "Charleston, WV · Remote" or "Austin, TX · On-site +1": the place, and Remote when it says so.
        const [place = '', ...rest] = text.split(/\s*·\s*/);
        return rest.some((part) => /^remote$/i.test(part)) ? `${place} (Remote)` : place;
      },
    },
  },
  watch: ['[data-testid="right-pane"]', '[data-testid="job-details-scroll-container"]', '.job_details_container'],
  testUrls: [
    'https://www.ziprecruiter.com/jobs-search?search=staff+platform+architect&location=Remote+(USA)&lk=il98sdaV5Z7_q2SogBy-0A (search page with pane, 2026)',
    // No real saved single-job page: /c/<Company>/Job/<Title>/-in-<Place>?jid=... selectors are unverified.
  ],
};

/** Where the selectors above were checked (see SelectorCheck). */
export const selectorCheck: SelectorCheck = {
  pages: ['ziprecruiter/jobsearch-rag_ziprecruiter_serp_real_c889684d.html'],
  unverified: [
    'h1.job_title',
    '.job_title',
    '.hiring_company_text a',
    '.hiring_company_text',
    '.hiring_company',
    '.location_text',
    '.job_location',
    '[data-testid="job-location"]',
    '.job_salary',
    '.salary_text',
    '.job_description',
    '.jobDescriptionSection',
    '[class*="job_description"]',
    '.job_details_container',
    // List cards: no saved list page of this site has these.
    '[data-testid="job-results"]',
    '.job_results',
    '.job_result_two_pane',
  ],
};
