import {pathId} from './keys';
import type {PartialFields, SelectorCheck, SiteAdapter} from './types';

// Workday (*.myworkdayjobs.com). The one real saved page is the server response for an Autodesk job
// (../shared/data/html/workday/adfrisealach_workday-scraper-job_page.html): JobPosting JSON-LD and meta
// tags only, since Workday renders the job in the browser. NO real rendered page was available, so the
// data-automation-id selectors below come from public knowledge of Workday's job page and are
// unverified by the tests; in the browser the JSON-LD (present in the server response) is read first.
// Checked by hand on one rendered page that cannot be bundled (its repository has no license: NVIDIA's "Senior Test
// Engineer - Autonomous Driving", 2026-07, 17nbist/jobApplier test/fixtures/workday.html): jobPostingHeader (an h2),
// locations, jobPostingDescription, jobPostingPage, job-posting-details and headerTitle match; og:site_name, salary
// and payRange are absent there.

/** A job's address: /job/<place>/<title>_<requisition>. Without a place the address is /job/<title>_<requisition>. */
const PLACE_IN_ADDRESS = /\/job\/([^/]+)\/[^/]+_[A-Za-z0-9-]+\/?$/;

/**
 * One part of the slug as a location: the words of a name joined by spaces ("Santa-Clara" as "Santa Clara"), a
 * state's, province's or country's code ("CA", "QC", "CAN") a part of its own.
 */
function slugPart(slug: string): string {
  const isCode = (token: string) => /^[A-Z]{2,3}$/.test(token);
  const parts: string[] = [];
  for (const token of slug.split('-').filter(Boolean)) {
    const last = parts.at(-1);
    if (last === undefined || isCode(token) || isCode(last)) parts.push(token);
    else parts[parts.length - 1] = `${last} ${token}`;
  }
  return parts.join(', ');
}

/**
 * The place Workday writes in a job's address, as a location line: "US-CA-Santa-Clara" as "US, CA, Santa
 * Clara", "Montreal-QC-CAN" as "Montreal, QC, CAN", "California---San-Francisco" as "California - San
 * Francisco" (the location reader puts each in order). The address outlives any redesign of the page; the
 * canonical one comes first (the server's response for the saved page carries it in og:url).
 */
function placeInAddress(doc: Document, url: URL): PartialFields | null {
  const canonical =
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  for (const address of [canonical, url.pathname]) {
    const slug = address ? PLACE_IN_ADDRESS.exec(address.split(/[?#]/)[0]!)?.[1] : undefined;
    if (!slug) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(slug);
    } catch {
      continue;
    }
    const location = decoded.split('---').map(slugPart).join(' - ');
    if (location) return {location};
  }
  return null;
}

export const workday: SiteAdapter = {
  id: 'workday',
  hosts: ['.myworkdayjobs.com', '.myworkdaysite.com'],
  routes: [/\/job\//],
  // A posting opened from a search (/details/<title>_<requisition>) stands beside the list, whose cards carry the
  // same automation ids (locations...): only the posting's root is read there.
  paneRoutes: [/\/details\//],
  pane: ['[data-automation-id="jobPostingPage"]'],
  fields: {
    title: ['[data-automation-id="jobPostingHeader"]', 'h2[data-automation-id="jobPostingHeader"]'],
    // A tenant's header names the employer ("CAREERS AT NVIDIA" on NVIDIA's rendered page, 2026) where no meta tag does.
    company: [
      {css: 'meta[property="og:site_name"]', attr: 'content'},
      {css: '[data-automation-id="headerTitle"]', match: /^\s*careers at (.+?)\s*$/i},
      {css: '[data-automation-id="headerTitle"]', match: /^\s*(.+?) careers\s*$/i},
    ],
    location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
    salary: ['[data-automation-id="salary"]', '[data-automation-id="payRange"]'],
    description: ['[data-automation-id="jobPostingDescription"]'],
  },
  clean: {
    location: (text) => text.replace(/^locations\s*/i, ''),
  },
  // The job's facts beside its locations, each a <dl> of its own ("remote type: Hybrid", "time type: Full time").
  employmentType: ['[data-automation-id="time"] dd'],
  workplace: ['[data-automation-id="remoteType"] dd'],
  readExtra: placeInAddress,
  postingKey: (url) => pathId(url, /\/(?:job|details)\/(?:.*\/)?[^/]*_([A-Za-z0-9-]+)\/?$/) ?? url.pathname,
  watch: ['[data-automation-id="jobPostingPage"]', '[data-automation-id="job-posting-details"]', 'main'],
  // A tenant's job search (/en-US/<site>, /<site>?q=...), and the same list beside a posting opened from it: one
  // <li> per job, its id the requisition id ending the title link, as postingKey reads it from the posting's path.
  list: {
    routes: [/^\/(?:[a-z]{2}-[A-Z]{2}\/)?[^/?#]+\/?(?:\?|$)/, /\/details\//],
    container: ['[data-automation-id="jobResults"]'],
    card: ['li:has([data-automation-id="jobTitle"])'],
    jobId: [{css: '[data-automation-id="jobTitle"]', attr: 'href', match: /_([A-Za-z0-9-]+)(?:[?#]|$)/}],
    fields: {
      title: ['[data-automation-id="jobTitle"]'],
      company: [],
      location: ['[data-automation-id="locations"] dd'],
      pay: [],
    },
  },
  testUrls: [
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528 (server response, JSON-LD only, 2025)',
    // No real rendered Workday page available: data-automation-id selectors are unverified.
  ],
};

/** Where the selectors above were checked (see SelectorCheck). */
export const selectorCheck: SelectorCheck = {
  pages: ['workday/adfrisealach_workday-scraper-job_page.html'],
  // The list's selectors were read off rendered searches of four banks' tenants saved in 2026, which could not
  // be copied: test/support/boards.ts copies their markup
  // for the unit and end-to-end tests.
  unverified: [
    '[data-automation-id="jobResults"]',
    'li:has([data-automation-id="jobTitle"])',
    '[data-automation-id="jobTitle"]',
    '[data-automation-id="jobPostingHeader"]',
    'h2[data-automation-id="jobPostingHeader"]',
    'meta[property="og:site_name"]',
    '[data-automation-id="locations"] dd',
    '[data-automation-id="locations"]',
    '[data-automation-id="time"] dd',
    '[data-automation-id="remoteType"] dd',
    '[data-automation-id="salary"]',
    '[data-automation-id="payRange"]',
    '[data-automation-id="jobPostingDescription"]',
    '[data-automation-id="headerTitle"]',
    '[data-automation-id="jobPostingPage"]',
    '[data-automation-id="job-posting-details"]',
    'main',
  ],
};
