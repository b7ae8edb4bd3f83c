import {attributeOf, pathId, queryParam} from './keys';
import {TYPE_WORDS} from './employment-type';
import {WITH_MONEY} from './money';
import type {PartialFields, SelectorCheck, SiteAdapter} from './types';

// LinkedIn, written against real saved pages in ../shared/data/html/linkedin:
// - guest /jobs/view/ pages (2024 OpenAI and Anthropic, 2026 Heidi): top-card-layout / topcard__* classes;
// - logged-in split pane /jobs/search/ (2025, JoyKimaiyo): job-details-jobs-unified-top-card__* classes;
// - the guest search with a posting open (2024, Aayussh017; no license, not bundled): the guest top card and
//   description in .details-pane__content, checked by hand, with a synthetic test in that layout;
// - logged-in /jobs/view/ 2026 layout (XingyouLee): hashed class names, so only attributes that carry
//   meaning are used (componentkey="JobDetails_AboutTheJob_<id>",
//   aria-label="Company, ...") plus the document title "Title | Company | LinkedIn";
// - the HTTP 429 rate-limit body, which must read as no posting.
// Both logged-in layouts are live at once, so every field lists both. The employment type is read from each
// of the posting layouts above (the top card's pills, the guest page's criteria); pay on the 2026 layout is not
// (its one saved page posts none).

/** "Graduate Data Engineer | Flow Traders | LinkedIn": the logged-in title of one posting. */
const DOCUMENT_TITLE = /^(.+?) \| (.+?) \| LinkedIn$/;

/**
 * The 2026 layout's location: the line after the title, "Amsterdam, North Holland, Netherlands · 1 day ago · ...".
 * Its pay is not read: the one saved page of the layout posts none, so where it shows is unknown.
 */
function readHashedLayout(doc: Document): PartialFields | null {
  const title = DOCUMENT_TITLE.exec(doc.title.trim())?.[1];
  if (!title) return null;
  const paragraphs = doc.querySelectorAll('p');
  const limit = Math.min(paragraphs.length, 400);
  for (let index = 0; index < limit; index++) {
    if (paragraphs[index]!.textContent?.trim() !== title) continue;
    const next = paragraphs[index + 1];
    const firstPart = next?.querySelector('span')?.textContent?.trim() ?? '';
    const location = firstPart && !/\bago\b|applicants?|clicked/i.test(firstPart) ? firstPart : '';
    return {title, location};
  }
  return null;
}

/**
 * The employment type as each layout shows it: a pill in a button of the posting's top card (2025 "Contract",
 * 2026 "Full-time", beside the work mode) or the guest page's "Employment type" criterion (the list of four
 * criteria holds seniority, type, function and industry: only a type's words match).
 */
const EMPLOYMENT_TYPE = {
  css: 'button span, .description__job-criteria-text',
  match: TYPE_WORDS,
};

/** The hashed layout's card title: the paragraph of the first of three sibling divs that each hold one. */
const HASHED_TITLE = 'div:has(+ div > p):has(+ div + div > p) > p';

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  hosts: ['.linkedin.com'],
  // Postings, split panes and result lists all live under /jobs/ (and /comm/jobs/ in e-mailed links).
  startPaths: ['/jobs/*', '/comm/jobs/*'],
  routes: [/^\/(?:comm\/)?jobs\/view\//],
  // Logged in "/jobs/search/?currentJobId=", signed out "/jobs/search?keywords=...&currentJobId=" and
  // "/jobs/<keywords>-jobs?currentJobId=" (the guest search's pane, in .details-pane__content beside its <main> list).
  paneRoutes: [/^\/jobs\/(?:(?:search|search-results|collections)\b|[^/?]+-jobs\b).*[?&]currentJobId=\d+/],
  pane: ['.jobs-search__job-details', '.scaffold-layout__detail', '.jobs-details', '.details-pane__content', 'main'],
  fields: {
    title: [
      '.job-details-jobs-unified-top-card__job-title h1',
      '.job-details-jobs-unified-top-card__job-title',
      '.jobs-unified-top-card__job-title',
      '.top-card-layout__title',
      '.topcard__title',
      {css: 'head > title', match: DOCUMENT_TITLE},
    ],
    company: [
      '.job-details-jobs-unified-top-card__company-name',
      '.jobs-unified-top-card__company-name',
      '.topcard__org-name-link',
      '.top-card-layout__second-subline .topcard__flavor:first-child',
      {css: 'a[aria-label^="Company, "]', attr: 'aria-label', match: /^Company, (.+?)\.?$/},
      {css: 'head > title', match: /^.+? \| (.+?) \| LinkedIn$/},
    ],
    location: [
      '.job-details-jobs-unified-top-card__primary-description-container .tvm__text:first-child',
      '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text:first-child',
      '.jobs-unified-top-card__bullet',
      '.topcard__flavor--bullet:not(.num-applicants__caption):not(.num-applicants__figure)',
    ],
    salary: [
      '.compensation__salary',
      '.salary.compensation__salary',
      {css: '.job-details-preferences-and-skills__pill', match: WITH_MONEY},
      {css: '.job-details-jobs-unified-top-card__job-insight--highlight', match: WITH_MONEY},
      {css: '.jobs-unified-top-card__job-insight', match: WITH_MONEY},
    ],
    description: [
      '.jobs-description__content .jobs-box__html-content',
      '.jobs-description__content',
      '#job-details',
      '.show-more-less-html__markup',
      '.description__text',
      // The whole component, not its expandable-text-box: the box is a <span> inside a <p> holding
      // <ul> lists, which an HTML parser (a saved page reopened) splits out of the span.
      '[componentkey^="JobDetails_AboutTheJob_"]',
    ],
  },
  employmentType: [EMPLOYMENT_TYPE],
  clean: {
    location: (text) => text.split(/\s+·\s+/)[0] ?? text,
    description: (text) => text.replace(/^About the job\s*\n/i, '').trim(),
  },
  readExtra: readHashedLayout,
  postingKey: (url, doc) =>
    queryParam(url, ['currentJobId']) ??
    pathId(url, /^\/(?:comm\/)?jobs\/view\/(?:[^/]*-)?(\d+)/) ??
    attributeOf(doc, '[componentkey^="JobDetails_AboutTheJob_"]', 'componentkey')?.replace(/^\D+/, '') ??
    null,
  list: {
    // Three card layouts, each written against real saved markup:
    // - logged-in search 2025 (JoyKimaiyo): li[data-occludable-job-id]; cards out of view are empty
    //   placeholders until scrolled to (read as no card until then);
    // - logged-in 2026 hashed layout (XingyouLee, its similar-jobs cards): data-view-name="job-card",
    //   the id in the link's currentJobId, title, company and place in the first three <p>;
    // - guest pages (Heidi 2026, OpenAI 2024, their similar-jobs cards; the guest /jobs/search list uses
    //   the same base-card markup with base-search-card__* names): data-entity-urn="urn:li:jobPosting:<id>".
    routes: [
      /^\/jobs\/(?:search|search-results|collections)\b/,
      // Guest lists: /jobs/search?keywords=... (above) and /jobs/<keywords>-jobs[-<place>].
      /^\/jobs\/[^/?]+-jobs\b/,
    ],
    container: [
      '.scaffold-layout__list',
      '.jobs-search-results-list',
      '.jobs-search__results-list',
      '[data-results-list-top-scroll-sentinel] ~ ul',
    ],
    card: [
      'li[data-occludable-job-id]',
      '[data-job-id].job-card-container',
      '[data-view-name="job-card"]',
      '[data-entity-urn^="urn:li:jobPosting:"]',
    ],
    jobId: [
      {attr: 'data-occludable-job-id'},
      {attr: 'data-job-id'},
      {attr: 'data-entity-urn', match: /^urn:li:jobPosting:(\d+)$/},
      {css: 'a[href*="currentJobId="]', attr: 'href', match: /[?&]currentJobId=(\d+)/},
      {css: 'a[href*="/jobs/view/"]', attr: 'href', match: /\/jobs\/view\/(?:[^/?]*-)?(\d+)/},
    ],
    fields: {
      title: [
        '.job-card-list__title--link strong',
        '.job-card-container__link strong',
        '.job-card-list__title',
        '.base-search-card__title',
        '.base-main-card__title',
        '.base-aside-card__title',
        // Hashed layout: title, company and place are paragraphs in three sibling divs; the title's may
        // hold it twice (a visually hidden "... (Verified job)" first, then the plain one).
        `${HASHED_TITLE} > span:not([class])`,
        HASHED_TITLE,
      ],
      company: [
        '.artdeco-entity-lockup__subtitle',
        '.job-card-container__primary-description',
        '.base-search-card__subtitle',
        '.base-main-card__subtitle',
        '.base-aside-card__subtitle',
        'div:has(> p) + div:has(> p):has(+ div > p) > p',
      ],
      location: [
        '.job-card-container__metadata-wrapper li:first-child',
        '.job-card-container__metadata-item',
        '.job-search-card__location',
        '.main-job-card__location',
        '.aside-job-card__location',
        'div:has(> p) + div:has(> p) + div > p',
      ],
      pay: [
        '.job-search-card__salary-info',
        '.job-card-container__salary-info',
        {css: '.job-card-container__metadata-wrapper li', match: WITH_MONEY},
        {css: '.artdeco-entity-lockup__metadata', match: WITH_MONEY},
      ],
    },
    markAfter: [
      '.artdeco-entity-lockup__title',
      '.base-search-card__title',
      '.base-main-card__title',
      '.base-aside-card__title',
      HASHED_TITLE,
    ],
  },
  watch: [
    '.jobs-search__job-details',
    '.scaffold-layout__detail',
    '.jobs-details',
    '.details-pane__content',
    '.job-view-layout',
    'main',
  ],
  testUrls: [
    'https://www.linkedin.com/jobs/view/3915648739/ (guest 2024: jobdog_linkedin_openai_3915648739.html)',
    'https://www.linkedin.com/jobs/view/4053542511/ (guest 2024: jobdog_linkedin_anthropic_4053542511.html)',
    'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124 (guest 2026)',
    'https://www.linkedin.com/jobs/view/4374244548 (logged-in 2026 hashed layout: XingyouLee_linkedin-notifier-job_page.html)',
    'https://www.linkedin.com/jobs/search/?currentJobId=4205971663 (logged-in split pane 2025: JoyKimaiyo_web-scraping-data-jobs-linkedin_page.html)',
  ],
};

/** Where the selectors above were checked (see SelectorCheck). */
export const selectorCheck: SelectorCheck = {
  pages: [
    'linkedin/jobdog_linkedin_429_ratelimited_3915648739.html',
    'linkedin/jobdog_linkedin_openai_3915648739.html',
    'linkedin/jobdog_linkedin_anthropic_4053542511.html',
    'linkedin/dinie_coverletterer-linkedin_guest_job.html',
    'linkedin/XingyouLee_linkedin-notifier-job_page.html',
    'linkedin/JoyKimaiyo_web-scraping-data-jobs-linkedin_page.html',
  ],
  unverified: [
    '.jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__company-name',
    'a[aria-label^="Company, "]',
    '.jobs-unified-top-card__bullet',
    '.job-details-jobs-unified-top-card__job-insight--highlight',
    '.jobs-unified-top-card__job-insight',
    // The guest search's pane: checked by hand on Aayussh017's saved page (no license, not bundled).
    '.details-pane__content',
    // List cards: no saved list page of this site has these.
    '.jobs-search-results-list',
    '.jobs-search__results-list',
    '.job-card-list__title',
    '.base-search-card__title',
    '.job-card-container__primary-description',
    '.base-search-card__subtitle',
    '.job-card-container__metadata-item',
    '.job-search-card__location',
    '.job-search-card__salary-info',
    '.job-card-container__salary-info',
    '.artdeco-entity-lockup__metadata',
  ],
};
