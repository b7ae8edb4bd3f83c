import {elementText, nameOf} from './dom-text';
import type {FieldSelectors} from './types';

/** Last resort on any page: common markup for a posting's parts. */
export const GENERIC_FIELDS: FieldSelectors = {
  title: ['[itemprop="title"]', 'h1'],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]', '[itemprop="hiringOrganization"]'],
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
  const parts = documentTitle
    .replace(/\s+/g, ' ')
    .trim()
    .split(/ [|–—] | - /);
  return parts.length >= 2 ? (parts[0] ?? '').trim() : '';
}

// ---- Structure only: what a redesign leaves (tags, headings, landmarks, text, the document title) ----

/** Elements whose text is never the posting's: chrome, controls, code (lower-case element names, localName). */
const NOT_CONTENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'select',
  'textarea',
  'iframe',
  'nav',
  'header',
  'footer',
  'form',
  'aside',
]);
/** Text-level tags: their text belongs to the nearest block around them. */
export const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
]);
/** Blocks that hold one paragraph or item: their text counts for the container around them. */
const LEAF_BLOCKS = new Set(['p', 'li', 'dd', 'dt', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);
const LISTS = new Set(['ul', 'ol', 'dl']);
/** Text nodes visited at most (a huge page costs a bounded walk). */
const MAX_TEXT_NODES = 20_000;

/** Where the text of an element's own text nodes counts (see proseBlock); null: nowhere. */
interface Place {
  container: Element | null;
  inLink: boolean;
}

/**
 * The element holding the page's main prose, by text density alone (no class or id): each run of text
 * counts for its paragraph's container in full and the container's parent by half (Readability's rule),
 * text inside links is discounted, so a list of job cards (a title link and a line each) loses to one
 * description written as paragraphs, bullets or <br>-separated lines.
 */
export function proseBlock(root: ParentNode & Node): Element | null {
  // (The employer's own "About the company" text is passed over for the next block: see isEmployerBlurb.)
  const doc = root.ownerDocument ?? (root as Document);
  // NodeFilter.SHOW_TEXT, by value: the CLI's DOM (happy-dom in Node) defines no NodeFilter global.
  const walker = doc.createTreeWalker(root, 0x4);
  const scores = new Map<Element, {text: number; links: number}>();
  const add = (element: Element | null, text: number, links: number) => {
    if (!element || element === doc.body || element === doc.documentElement) return;
    const score = scores.get(element);
    if (score) {
      score.text += text;
      score.links += links;
    } else scores.set(element, {text, links});
  };
  // Remembered per element: a page's text nodes share their parents, and their parents' ancestors. A look
  // up the tree per text node (a closest() over every ancestor) cost a list page of cards 13 ms.
  const places = new Map<Element, Place | null>();
  const outside = new Map<Element, boolean>();
  /** Whether the element is or sits in one whose text is never the posting's (each ancestor looked at once). */
  const isOutside = (element: Element): boolean => {
    const chain: Element[] = [];
    let known: boolean | undefined;
    for (let at: Element | null = element; at; at = at.parentElement) {
      known = outside.get(at);
      if (known !== undefined) break;
      chain.push(at);
    }
    let inside = known ?? false;
    for (let index = chain.length - 1; index >= 0; index--) {
      const at = chain[index]!;
      inside ||= NOT_CONTENT.has(nameOf(at));
      outside.set(at, inside);
    }
    return inside;
  };
  const placeOf = (parent: Element): Place | null => {
    let block: Element | null = parent;
    let inLink = false;
    while (block && INLINE.has(nameOf(block))) {
      if (nameOf(block) === 'a') inLink = true;
      block = block.parentElement;
    }
    if (!block || isOutside(block)) return null;
    // A paragraph or item counts for its container (past the list that holds an item).
    let container: Element | null = block;
    if (LEAF_BLOCKS.has(nameOf(block))) {
      container = block.parentElement;
      if (container && LISTS.has(nameOf(container))) container = container.parentElement;
      // Paragraphs wrapped in a <span> (LinkedIn) belong to the block around the span.
      while (container && INLINE.has(nameOf(container))) container = container.parentElement;
    }
    return {container, inLink};
  };
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_TEXT_NODES; node = walker.nextNode()) {
    visited++;
    const length = (node.nodeValue ?? '').trim().length;
    if (length === 0) continue;
    const parent = node.parentElement;
    if (!parent) continue;
    let place = places.get(parent);
    if (place === undefined) places.set(parent, (place = placeOf(parent)));
    if (!place) continue;
    const links = place.inLink ? length : 0;
    add(place.container, length, links);
    add(place.container?.parentElement ?? null, length / 2, links / 2);
  }
  const ranked = [...scores]
    .map(([element, {text, links}]) => ({element, score: text * (1 - links / text) ** 2}))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score);
  return ranked.find((candidate) => !isEmployerBlurb(candidate.element))?.element ?? null;
}

/** "About the company", "About us", "Company overview": the employer's standing text, not the job's. */
const EMPLOYER_SECTION =
  /^(?:about (?:the )?(?:company|employer|us)|(?:company|employer) (?:overview|profile|description|information))$/i;

/** A block whose own section heading (the nearest one around it) introduces the employer. */
function isEmployerBlurb(block: Element): boolean {
  for (let scope: Element | null = block, depth = 0; scope && depth < 4; scope = scope.parentElement, depth++) {
    const heading = scope.querySelector('h1, h2, h3, h4');
    if (heading) return EMPLOYER_SECTION.test((heading.textContent ?? '').replace(/\s+/g, ' ').trim());
  }
  return false;
}

/**
 * Headings that name a section of a posting rather than the posting: "Job description", "About the
 * role", "Full job description", "Qualifications". Every word is one of these.
 */
const SECTION_WORDS = new Set([
  'about',
  'the',
  'this',
  'job',
  'role',
  'position',
  'opportunity',
  'full',
  'description',
  'details',
  'overview',
  'summary',
  'responsibilities',
  'requirements',
  'qualifications',
  'benefits',
  'skills',
  'what',
  'you',
  'your',
  'will',
  'do',
  'we',
  'our',
  'offer',
  'who',
  'are',
  'company',
  'team',
  'us',
  'more',
  'info',
  'information',
  'highlights',
  'insights',
  'profile',
  'and',
  'of',
]);
const isSectionHeading = (text: string) => {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.length > 0 && words.every((word) => SECTION_WORDS.has(word));
};

/** Longer than this, a "heading" is prose set large, not a job title. */
const MAX_TITLE_CHARS = 150;
/** Levels a posting's own title takes (h1-h2); h3 and below head its sections or its neighbours' cards. */
const TITLE_HEADINGS = 'h1, h2';

/**
 * The posting's title for a description found by structure: going out from the description, the
 * first enclosing element that holds a title-level heading (not a section label, not a results count)
 * gives its first such heading: the header of the pane or page the description belongs to.
 */
export function headingBefore(description: Element): Element | null {
  const usable = (heading: Element) => {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    return (
      text.length >= 2 &&
      text.length <= MAX_TITLE_CHARS &&
      !isSectionHeading(text) &&
      !RESULTS_HEADING.test(text) &&
      // A <header> may be the pane's own (its title lives there); navigation and footers never are.
      !heading.closest('nav, footer, aside, form, button, [role="navigation"]') &&
      !description.contains(heading)
    );
  };
  for (let scope = description.parentElement; scope; scope = scope.parentElement) {
    const heading = [...scope.querySelectorAll(TITLE_HEADINGS)].find(usable);
    if (heading) return heading;
  }
  return null;
}
