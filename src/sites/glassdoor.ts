import type {PayPeriod} from '../core/types';
import {attributeOf, queryParam} from './keys';
import type {SelectorCheck, SiteAdapter} from './types';

// Glassdoor, written against one real saved page: a 2025 search page on glassdoor.co.in with the selected
// job in the details pane (../shared/data/html/glassdoor/sidharth1snair_Salary-Prediction-glassdoor_search_pane.html).
// Its classes are Next.js CSS modules (JobDetails_jobDescription__uW_fK): the readable prefix is stable,
// the hash suffix is not, hence [class*="JobDetails_..."]. data-test attributes are used where they exist.
// No real single job-listing page was available; the same pane markup is assumed there (Glassdoor
// renders /job-listing/ pages with the JobDetails component), and its JSON-LD is read first anyway.

export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  // Country sites; the build writes the content-script matches from these (scripts/manifest.ts).
  hosts: [
    '.glassdoor.com',
    '.glassdoor.co.in',
    '.glassdoor.co.uk',
    '.glassdoor.ca',
    '.glassdoor.com.au',
    '.glassdoor.ie',
    '.glassdoor.sg',
    '.glassdoor.co.nz',
    '.glassdoor.de',
    '.glassdoor.fr',
    '.glassdoor.nl',
    '.glassdoor.be',
    '.glassdoor.ch',
    '.glassdoor.at',
    '.glassdoor.es',
    '.glassdoor.it',
    '.glassdoor.com.hk',
    '.glassdoor.com.br',
    '.glassdoor.com.mx',
  ],
  routes: [/^\/job-listing\//, /^\/partner\/jobListing\.htm/],
  paneRoutes: [/^\/Job\//, /^\/Jobs\//],
  pane: ['[class*="JobDetails_jobDetailsContainer"]', '[data-test="job-details"]', '#JDCol'],
  fields: {
    title: ['h1[id^="jd-job-title"]', '[class*="JobDetails_jobTitle"]', '[data-test="job-title"]', 'h1'],
    company: [
      '[class*="EmployerProfile_employerNameHeading"] h4',
      '[class*="EmployerProfile_employerName"]',
      '[data-test="employer-name"]',
      '[data-test="employerName"]',
    ],
    location: ['[data-test="location"]', '[class*="JobDetails_location"]', '[data-test="emp-location"]'],
    salary: [
      '[id^="jd-salary-"]',
      '[data-test="detailSalary"]',
      '[class*="SalaryEstimate_salaryRange"]',
      '[data-test="salaryEstimate"]',
    ],
    description: [
      '[class*="JobDetails_jobDescription"]',
      '[data-test="jobDescriptionContent"]',
      '.jobDescriptionContent',
      '#JobDescriptionContainer',
    ],
  },
  postingKey: (url, doc) =>
    queryParam(url, ['jl', 'jobListingId']) ??
    attributeOf(
      doc,
      '[data-test="jobListing"][class*="selected" i], [data-test="jobListing"]:has([data-selected="true"])',
      'data-jobid',
    ) ??
    attributeOf(doc, 'h1[id^="jd-job-title-"]', 'id')?.replace(/^\D+/, '') ??
    null,
  list: {
    routes: [/^\/Job\//, /^\/Jobs\//],
    container: ['[class*="JobsList_jobsList"]', '[data-test="jlGrid"]', '#MainCol'],
    card: ['[data-test="jobListing"]', 'li[data-jobid]'],
    jobId: [
      {attr: 'data-jobid'},
      {css: '[data-jobid]', attr: 'data-jobid'},
      {css: '[id^="job-title-"]', attr: 'id', match: /^job-title-(\d+)$/},
    ],
    fields: {
      title: ['[data-test="job-title"]', '[class*="JobCard_jobTitle"]'],
      company: [
        '[class*="EmployerProfile_compactEmployerName"]',
        '[class*="EmployerProfile_employerName"]',
        '[data-test="employer-short-name"]',
      ],
      location: ['[data-test="emp-location"]', '[class*="JobCard_location"]'],
      // Kept whole: "(Glassdoor Est.)" says the figure is the site's estimate, "(Employer Est.)" the employer's range.
      pay: ['[data-test="detailSalary"]', '[class*="JobCard_salaryEstimate"]'],
    },
    payPeriods: listedPayPeriods,
  },
  watch: ['[class*="JobDetails_jobDetailsContainer"]', '[data-test="job-details"]', '#JDCol'],
  testUrls: [
    'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm (search page with pane, 2025: sidharth1snair_Salary-Prediction-glassdoor_search_pane.html)',
  ],
};

/** Glassdoor's pay periods (its GraphQL enum) in the words the core uses. */
const PERIOD: ReadonlyMap<string, PayPeriod> = new Map([
  ['ANNUAL', 'year'],
  ['MONTHLY', 'month'],
  ['WEEKLY', 'week'],
  ['DAILY', 'day'],
  ['HOURLY', 'hour'],
]);
const periodsRead = new WeakMap<Element, ReadonlyMap<string, PayPeriod>>();
/** Where each listing's object begins in the data (Apollo writes each object's __typename first). */
const JOB_VIEW = /"__typename"\s*:\s*"JobView"/g;
/** The first of each field in a listing's part, whatever its value (null stops the look, not a later one). */
const PAY_PERIOD = /"payPeriod"\s*:\s*"?(\w*)/;
const LISTING_ID = /"listingId"\s*:\s*"?(\w*)/;

/**
 * The cards' pay lines write no period ("₹25K - ₹35K (Employer est.)"); the search page's Next.js data
 * holds each listing's payPeriod beside its listingId (a JobView: header.payPeriod, job.listingId). Read
 * once per data script: cards added later by scrolling are not in it and keep the size-based reading.
 * The data is ~545 KB of JSON of which these two fields are wanted: parsing it whole and walking every
 * object cost the first scan of a list ~20 ms, so the text is cut at each JobView and the two fields are
 * looked for in that listing's own part only (the first of each, whatever the order of header and job).
 */
function listedPayPeriods(doc: Document): ReadonlyMap<string, PayPeriod> {
  const script = doc.getElementById('__NEXT_DATA__');
  if (!script) return new Map();
  let periods = periodsRead.get(script);
  if (!periods) {
    const read = new Map<string, PayPeriod>();
    const text = script.textContent ?? '';
    const starts = [...text.matchAll(JOB_VIEW)].map((match) => match.index);
    starts.forEach((start, index) => {
      const view = text.slice(start, starts[index + 1] ?? text.length);
      const period = PERIOD.get(PAY_PERIOD.exec(view)?.[1] ?? '');
      const id = LISTING_ID.exec(view)?.[1] ?? '';
      if (period && /^\d+$/.test(id) && !read.has(id)) read.set(id, period);
    });
    periods = read;
    periodsRead.set(script, periods);
  }
  return periods;
}

/** Where the selectors above were checked (see SelectorCheck). */
export const selectorCheck: SelectorCheck = {
  pages: ['glassdoor/sidharth1snair_Salary-Prediction-glassdoor_search_pane.html'],
  unverified: [
    '[class*="JobDetails_jobTitle"]',
    '[data-test="employer-name"]',
    '[data-test="employerName"]',
    '[class*="SalaryEstimate_salaryRange"]',
    '[data-test="salaryEstimate"]',
    '[data-test="jobDescriptionContent"]',
    '.jobDescriptionContent',
    '#JobDescriptionContainer',
    '[data-test="job-details"]',
    '#JDCol',
    // List cards: no saved list page of this site has these.
    '[data-test="jlGrid"]',
    '#MainCol',
    '[data-test="employer-short-name"]',
  ],
};
