import {readSources, selectAll, selectFirst} from './dom-text';
import {routeHasList, siteFor} from './index';
import type {PayPeriod} from '../core/types';
import type {CardField, CardList, SiteAdapter} from './types';

// Job cards of a result list, read by the site's CardList data. Used by the content script's list mode
// and the tests; never throws for a selector the engine cannot parse.

export interface CardRead {
  /** The site's job id: the same id postingKey gives once the card is opened. */
  jobId: string;
  title: string;
  company: string;
  location: string;
  /** The card's pay line as shown ("$150K/yr - $190K/yr", "₹5L - ₹8L (Glassdoor Est.)"), or ''. */
  salaryText: string;
  /** The pay's period when the page states it outside the pay line (CardList.payPeriods). */
  payPeriod?: PayPeriod;
  element: Element;
  /** The mark goes right after this element (the title, or the site's markAfter). */
  anchor: Element | null;
}

/** The fields read after the title. */
const OTHER_FIELDS: readonly Exclude<CardField, 'title'>[] = ['company', 'location', 'pay'];

/** The site and its card list when this URL is one of the site's list pages. */
export function listFor(url: URL, site: SiteAdapter | null = siteFor(url)): {site: SiteAdapter; list: CardList} | null {
  return site?.list && routeHasList(url, site) ? {site, list: site.list} : null;
}

/** The card elements under `root`: the first card selector that finds any. */
export function findCards(root: ParentNode, list: CardList): Element[] {
  for (const selector of list.card) {
    const found = selectAll(root, selector);
    if (found.length) return found;
  }
  return [];
}

/**
 * The first list container that exists: what the observer watches. Looked up at every scan, over the whole
 * document: the first match only (querySelectorAll walks the document to its end).
 */
export function findListContainer(doc: ParentNode, list: CardList): Element | null {
  for (const selector of list.container) {
    const found = selectFirst(doc, selector);
    if (found) return found;
  }
  return null;
}

/** Whether the list's own markup is on the page: its container, holding one of its cards. */
export function listInPlace(doc: ParentNode, list: CardList): boolean {
  const container = findListContainer(doc, list);
  return container !== null && list.card.some((selector) => selectFirst(container, selector) !== null);
}

/** The card's job id alone ('' when it has none): cheap, for telling a kept card from a re-used one. */
export function readCardId(card: Element, list: CardList): string {
  for (const {css, attr, match} of list.jobId) {
    // The first match mostly holds the id: every match is listed only when it does not.
    const first = css ? selectFirst(card, css) : card;
    if (!first) continue;
    let id = idIn(first, attr, match);
    if (!id && css)
      for (const element of selectAll(card, css)) if (element !== first && (id = idIn(element, attr, match))) break;
    if (id) return id;
  }
  return '';
}

const idIn = (element: Element, attr: string, match: RegExp | undefined) => {
  const raw = element.getAttribute(attr);
  return raw ? (match ? match.exec(raw)?.[1] : raw) : undefined;
};

/**
 * One card's fields; null for a card without an id or a title (a placeholder not yet rendered). `jobId` when
 * the caller has just read it (readCardId), so the id's queries are not run twice per card.
 */
export function readCard(card: Element, list: CardList, jobId = readCardId(card, list)): CardRead | null {
  if (!jobId) return null;
  // A placeholder not yet rendered holds no element, so no field: none of the title's queries is asked
  // (LinkedIn keeps its out-of-view cards empty, and a scan reads each of them again).
  if (!card.firstElementChild) return null;
  // The title first: a card without one (a placeholder not yet rendered) costs no other field's queries.
  const title = readSources(card, list.fields.title, list.clean?.title);
  if (!title.text) return null;
  const values = {title: title.text, company: '', location: '', pay: ''};
  for (const key of OTHER_FIELDS) values[key] = readSources(card, list.fields[key], list.clean?.[key]).text;
  // The first markAfter selector that finds an element; the ones after it are not queried.
  let anchor: Element | null = null;
  for (const selector of list.markAfter ?? []) if ((anchor = selectFirst(card, selector))) break;
  anchor ??= title.element;
  const payPeriod = values.pay && card.ownerDocument ? list.payPeriods?.(card.ownerDocument).get(jobId) : undefined;
  return {
    jobId,
    title: values.title,
    company: values.company,
    location: values.location,
    salaryText: values.pay,
    ...(payPeriod ? {payPeriod} : {}),
    element: card,
    anchor,
  };
}

/** Every readable card under `root`, in page order. */
export function readCards(root: ParentNode, list: CardList): CardRead[] {
  const cards: CardRead[] = [];
  for (const element of findCards(root, list)) {
    const card = readCard(element, list);
    if (card) cards.push(card);
  }
  return cards;
}
