import {htmlToText} from '../core/html-text';
import {isJsonObject} from '../core/json';
import {assignedJson, findObject, jsonString} from './embedded';
import {BOARD_ROUTE, pathId, queryParam} from './keys';
import type {PartialFields, SelectorCheck, SiteAdapter} from './types';

// Greenhouse, written against one real saved page: a job-boards.greenhouse.io job in the Remix UI (2024,
// ../shared/data/html/greenhouse/jobdog_greenhouse_scaleai_4315289005.html). It has no JSON-LD; the DOM has
// .job__title / .job__description / .pay-range and window.__remixContext carries the same job as JSON.
// Classic boards.greenhouse.io pages carry JobPosting JSON-LD and #content (not saved here).
// Company career sites embed Greenhouse as an iframe (?gh_jid=... on the company page, the job itself at
// boards.greenhouse.io/embed/job_app?token=...): the posting is read inside that frame, on this adapter.

/** The job post in window.__remixContext's loader data. */
function readRemixContext(doc: Document): PartialFields | null {
  const context = assignedJson(doc, 'window.__remixContext =');
  const job = findObject(
    context,
    (object) => typeof object.title === 'string' && typeof object.content === 'string' && 'job_post_location' in object,
  );
  if (!job) return null;
  const pay = Array.isArray(job.pay_ranges) ? job.pay_ranges.find(isJsonObject) : undefined;
  const salaryText = pay
    ? [jsonString(pay.min), jsonString(pay.max)].filter(Boolean).join(' - ') +
      (pay.currency_type ? ` ${jsonString(pay.currency_type)}` : '')
    : '';
  const description = [job.introduction, job.content, job.conclusion]
    .map((part) => htmlToText(jsonString(part)))
    .filter(Boolean)
    .join('\n\n');
  return {
    title: jsonString(job.title),
    company: jsonString(job.company_name),
    location: jsonString(job.job_post_location),
    salaryText: salaryText.trim(),
    description,
  };
}

export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  hosts: ['boards.greenhouse.io', 'job-boards.greenhouse.io', 'boards.eu.greenhouse.io', 'job-boards.eu.greenhouse.io'],
  routes: [/^\/[^/]+\/jobs\/\d+/, /^\/embed\/job_app\?(?:.*&)?token=\d+/],
  framedPaths: ['/embed/*'],
  fields: {
    title: ['.job__title h1', '.app-title', 'h1.section-header', 'h1'],
    company: [
      '.company-name',
      {css: 'head > title', match: /^Job Application for .+ at (.+)$/},
      {css: 'meta[property="og:site_name"]', attr: 'content'},
    ],
    location: ['.job__location', '.job__title p', '.location'],
    salary: ['.pay-range > p:last-child', '.pay-range .pay-amount', '.pay-input'],
    description: ['.job__description', '#content', '.job-post-content'],
  },
  clean: {
    company: (text) => text.replace(/^by\s+/i, ''),
  },
  readExtra: readRemixContext,
  postingKey: (url) => pathId(url, /\/jobs\/(\d+)/) ?? queryParam(url, ['token', 'gh_jid']),
  watch: ['.job__description', '#content', 'main'],
  // The company's board in the Remix UI (job-boards.greenhouse.io/<company>): a table of postings per department,
  // each a link to its posting; a new posting's title ends in a "New" tag.
  list: {
    routes: [BOARD_ROUTE],
    container: ['.job-posts'],
    card: ['tr.job-post'],
    jobId: [{css: 'a', attr: 'href', match: /\/jobs\/(\d+)/}],
    fields: {title: ['.body--medium'], company: [], location: ['.body--metadata'], pay: []},
    // The tag's text follows the title's without a space ("Data PlatformNew"); "Something New" keeps its word.
    clean: {title: (text) => text.replace(/(?<=\S)New$/, '')},
  },
  testUrls: [
    'https://job-boards.greenhouse.io/scaleai/jobs/4315289005 (Remix UI, 2024: jobdog_greenhouse_scaleai_4315289005.html)',
    // No real saved classic boards.greenhouse.io page or gh_jid embed: those selectors are unverified (JSON-LD is read first there).
  ],
};

/** Where the selectors above were checked (see SelectorCheck). */
export const selectorCheck: SelectorCheck = {
  pages: ['greenhouse/jobdog_greenhouse_scaleai_4315289005.html'],
  // The list's selectors match a board saved in 2026 (job-boards.greenhouse.io/discord), which cannot be bundled (no
  // license): test/support/boards.ts copies its markup
  // for the unit and end-to-end tests.
  unverified: [
    '.job-posts',
    'tr.job-post',
    '.app-title',
    '.company-name',
    'meta[property="og:site_name"]',
    '.job__location',
    '.location',
    '.pay-range .pay-amount',
    '.pay-input',
    '#content',
    '.job-post-content',
  ],
};
