import {elementText} from './dom-text';
import type {FieldSelectors} from './types';

/** Last resort on any page: common markup for a posting's parts. */
export const GENERIC_FIELDS: FieldSelectors = {
  title: ['[itemprop="title"]', 'h1'],
  company: [
    '[itemprop="hiringOrganization"] [itemprop="name"]',
    '[itemprop="hiringOrganization"]',
  ],
  location: ['[itemprop="jobLocation"]', '[class*="job-location" i]', '[class*="jobLocation" i]'],
  salary: ['[itemprop="baseSalary"]', '[class*="salary" i]', '[class*="compensation" i]'],
  description: [
    '[itemprop="description"]',
    '#jobDescriptionText',
    '[class*="job-description" i]',
    '[class*="jobDescription" i]',
    '[id*="job-description" i]',
    '[class*="posting-description" i]',
  ],
};

// A results page lists many postings; one posting page links to a few "similar jobs" at most.
const RESULT_CARDS = [
  '[data-jk]',
  '[data-job-id]',
  '[data-jobid]',
  '[data-occludable-job-id]',
  '[data-test="jobListing"]',
  '[data-testid="job-card"]',
  '[id^="job-card-"]',
  'a[href*="/rc/clk"]',
  'a[href*="/viewjob?"]',
  'a[href*="/job-listing/"]',
].join(',');
const MANY_CARDS = 6;

/** "4,030 Data scientist jobs in India", "Developer Jobs in Toronto", "Data Analyst Jobs, Employment in ...". */
const RESULTS_HEADING = /^\(?\d[\d,.]*\+?\)?\s.*\bjobs\b|\bjobs\s+(?:in|near)\b|\bjobs,\s*employment\b/i;

/** True for a search-results page: a count of jobs in its heading, or many job cards. */
export function looksLikeResultsList(doc: Document): boolean {
  const heading = doc.querySelector('h1')?.textContent?.trim() ?? '';
  if (RESULTS_HEADING.test(doc.title.trim()) || RESULTS_HEADING.test(heading)) return true;
  return doc.querySelectorAll(RESULT_CARDS).length >= MANY_CARDS;
}

/** Paragraph-like elements read at most, so a huge page costs a bounded walk. */
const MAX_BLOCKS = 600;

/**
 * The element holding most of the page's paragraph and list text, for pages without description
 * markup (company career sites). Only <p> and <li> are visited, never the whole document.
 */
export function densestTextBlock(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  const blocks = doc.querySelectorAll('p, li');
  const count = Math.min(blocks.length, MAX_BLOCKS);
  for (let index = 0; index < count; index++) {
    const block = blocks[index]!;
    if (block.closest('nav, header, footer, form, aside, [role="navigation"]')) continue;
    const length = (block.textContent ?? '').trim().length;
    if (length < 20) continue;
    // Readability's rule: the container gets the text, its parent half of it, so a description split
    // into sections (<div><h2/><p/><ul><li/></ul></div>) still wins over a lone long paragraph.
    const container = block.tagName === 'LI' ? block.parentElement?.parentElement : block.parentElement;
    if (!container || container === doc.body) continue;
    scores.set(container, (scores.get(container) ?? 0) + length);
    const outer = container.parentElement;
    if (outer && outer !== doc.body) scores.set(outer, (scores.get(outer) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best && elementText(best).length > 0 ? best : null;
}

/**
 * A career site's document title is "<posting title> – <company>". The company is taken only when the
 * title before the separator is the posting's and one plain name follows (job boards add more parts:
 * "Pilot Scientist | Job ad | Jobindex").
 */
export function companyFromDocumentTitle(documentTitle: string, postingTitle: string): string {
  const normalized = documentTitle.replace(/\s+/g, ' ').trim();
  if (!postingTitle || !normalized.toLowerCase().startsWith(postingTitle.toLowerCase())) return '';
  const rest = /^\s+[-–—|]\s+(.+)$/.exec(normalized.slice(postingTitle.length))?.[1]?.trim() ?? '';
  return rest && !/[|–—]| - /.test(rest) && rest.length <= 60 ? rest : '';
}

/**
 * Without a heading, a page's subject is the first part of its document title
 * ("Graduate Data Engineer | Flow Traders | LinkedIn"). Only titles with parts count.
 */
export function titleFromDocumentTitle(documentTitle: string): string {
  const parts = documentTitle.replace(/\s+/g, ' ').trim().split(/ [|–—] | - /);
  return parts.length >= 2 ? (parts[0] ?? '').trim() : '';
}
