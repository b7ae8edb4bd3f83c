import {htmlToText} from '../core/html-text';
import {asList, isJsonObject, type Json, type JsonObject} from '../core/json';
import {assignedJson, jsonString} from './embedded';
import {BOARD_ROUTE, pathId} from './keys';
import type {PartialFields, SelectorCheck, SiteAdapter} from './types';
import {withWorkplace, workplaceName} from './workplace';

// Ashby (jobs.ashbyhq.com). NO real saved page was available (fixtures in public repositories use
// invented companies), so the selectors below come from public knowledge of Ashby's job page (CSS-module
// classes with readable prefixes, ashby-job-posting-* hooks) and are unverified. Ashby's server-rendered
// job pages carry JobPosting JSON-LD, which is read before any selector.
// The page is a small shell that Ashby's script renders: the HTML also holds the job as `window.__appData`
// (its `posting`: title, descriptionHtml, locationName, workplaceType, compensationTierSummary, as public
// scrapers of these pages read it), which readAppData reads when the JSON-LD and the markup give no posting
// (a page saved before its script ran, or a redesign).

/** A place's name: Ashby's page data says `locationName`, its public API `location`. */
const placeName = (place: Json | undefined) =>
  isJsonObject(place) ? jsonString(place.locationName) || jsonString(place.location) : '';

/** The posting's places, the workplace type after them unless they already say it. */
function appDataLocation(posting: JsonObject): string {
  const places = [placeName(posting), ...asList(posting.secondaryLocations).map(placeName)].filter(Boolean);
  const location = [...new Set(places)].join('; ');
  const workplace = workplaceName(jsonString(posting.workplaceType)) ?? (posting.isRemote === true ? 'Remote' : null);
  return workplace ? withWorkplace(location, workplace) : location;
}

/** The job in `window.__appData` (the page's own data for its script; never run, only parsed). */
function readAppData(doc: Document): PartialFields | null {
  const data = assignedJson(doc, 'window.__appData =');
  if (!isJsonObject(data) || !isJsonObject(data.posting) || !jsonString(data.posting.title)) return null;
  const {posting} = data;
  const organization = isJsonObject(data.organization) ? data.organization : {};
  const compensation = isJsonObject(posting.compensation) ? posting.compensation : {};
  const html = jsonString(posting.descriptionHtml);
  return {
    title: jsonString(posting.title),
    company: jsonString(organization.name),
    location: appDataLocation(posting),
    salaryText:
      jsonString(posting.compensationTierSummary) ||
      jsonString(compensation.compensationTierSummary) ||
      jsonString(compensation.scrapeableCompensationSalarySummary),
    description: html
      ? htmlToText(html)
      : jsonString(posting.descriptionPlainText) || jsonString(posting.descriptionPlain),
  };
}

export const ashby: SiteAdapter = {
  id: 'ashby',
  hosts: ['jobs.ashbyhq.com'],
  // /<company>/<uuid>, not /<company>/<uuid>/application.
  routes: [/^\/[^/]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/?(?:[?#]|$)/i],
  fields: {
    title: ['.ashby-job-posting-heading', 'h1[class*="_title_"]', 'h1'],
    company: [
      {css: 'meta[property="og:site_name"]', attr: 'content'},
      {css: 'head > title', match: /^.+? @ (.+)$/},
    ],
    location: ['[class*="_location_"]', '.ashby-job-posting-left-pane [class*="_section_"]:first-child p'],
    salary: ['[class*="_compensation_"]', '[class*="compensation" i]'],
    description: [
      '.ashby-job-posting-description',
      '[class*="_descriptionText_"]',
      // The job tab of the right pane, as public scrapers of these pages read it.
      '.ashby-job-posting-right-pane [role="tabpanel"]',
      '[class*="_description_"]',
    ],
  },
  // The left pane's sections, one line: "Location San Francisco Employment Type Full time Location Type Hybrid".
  workplace: [{css: '.ashby-job-posting-left-pane', match: /\bLocation Type\s+(\S+)/}],
  readExtra: readAppData,
  postingKey: (url) => pathId(url, /^\/[^/]+\/([0-9a-f-]{36})/i),
  watch: ['.ashby-job-posting-right-pane', 'main'],
  // The company's board (jobs.ashbyhq.com/<company>): a list of links per department, each to a posting.
  list: {
    routes: [BOARD_ROUTE],
    container: ['[class*="_departments_"]'],
    card: ['.ashby-job-posting-brief-list > a'],
    jobId: [{attr: 'href', match: /\/([0-9a-f-]{36})/i}],
    fields: {
      title: ['.ashby-job-posting-brief-title'],
      company: [],
      location: ['.ashby-job-posting-brief-details > p'],
      pay: ['[class*="_detailsCompensation_"]'],
    },
    // "External Recruiting • USA | ALL | Remote • Full time": the department, the place, the employment type,
    // where a board shows each ("Engineering • Berlin" without a type, "Berlin • Contract" without a department).
    clean: {
      location: (text) => {
        const parts = text.split(/\s*•\s*/);
        if (
          parts.length > 1 &&
          /^(?:(?:full|part)[ -]?time|contract(?:or)?|intern(?:ship)?|temporary)$/i.test(parts.at(-1)!)
        )
          parts.pop();
        return parts.at(-1)!;
      },
    },
  },
  // No real saved page available (https://jobs.ashbyhq.com/<company>/<uuid>): every selector is unverified.
  testUrls: [],
};

/** Where the selectors above were checked (see SelectorCheck). */
export const selectorCheck: SelectorCheck = {
  pages: [],
  // The list's selectors match a company board saved in August 2024 (jobs.ashbyhq.com/TalentDisruptors),
  // which cannot be bundled (no license): test/support/boards.ts copies its markup
  // for the unit and end-to-end tests.
  unverified: [
    '.ashby-job-posting-heading',
    'h1[class*="_title_"]',
    'h1',
    'meta[property="og:site_name"]',
    'head > title',
    '[class*="_location_"]',
    '.ashby-job-posting-left-pane [class*="_section_"]:first-child p',
    '[class*="_compensation_"]',
    '[class*="compensation" i]',
    '.ashby-job-posting-description',
    '[class*="_descriptionText_"]',
    '.ashby-job-posting-right-pane [role="tabpanel"]',
    '[class*="_description_"]',
    '.ashby-job-posting-right-pane',
    '.ashby-job-posting-left-pane',
    'main',
    '[class*="_departments_"]',
    '.ashby-job-posting-brief-list > a',
    '.ashby-job-posting-brief-title',
    '.ashby-job-posting-brief-details > p',
    '[class*="_detailsCompensation_"]',
  ],
};
