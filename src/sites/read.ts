import type {Posting} from '../core/types';
import {elementText, firstElement, firstText} from './dom-text';
import {GENERIC_FIELDS} from './generic';
import {routeCanHoldPosting, siteFor} from './index';
import {readJsonLd} from './jsonld';
import type {FieldSelectors, ReadResult, SiteAdapter} from './types';

/** Shorter than this, a "description" is a teaser or a fragment, not a posting. */
const MIN_DESCRIPTION_CHARS = 200;

function readFields(doc: Document, fields: FieldSelectors, site: SiteAdapter | null) {
  const clean = (key: keyof FieldSelectors, text: string) => site?.clean?.[key]?.(text) ?? text;
  const descriptionElement = firstElement(doc, fields.description);
  return {
    title: clean('title', firstText(doc, fields.title)),
    company: clean('company', firstText(doc, fields.company)),
    location: clean('location', firstText(doc, fields.location)),
    salaryText: clean('salary', firstText(doc, fields.salary)),
    description: descriptionElement ? clean('description', elementText(descriptionElement)) : '',
    descriptionElement,
  };
}

/**
 * The posting on this page: JobPosting JSON-LD first, then the site's selectors, then generic markup.
 * Null when the page does not hold exactly one readable posting.
 */
export function readPosting(doc: Document, url: URL): ReadResult | null {
  const site = siteFor(url);
  if (!routeCanHoldPosting(url, site)) return null;
  const siteId = site?.id ?? url.hostname.replace(/^www\./, '');
  const fromSelectors = readFields(doc, site?.fields ?? GENERIC_FIELDS, site);

  const jsonLd = readJsonLd(doc);
  if (jsonLd) {
    const posting: Posting = {
      ...jsonLd,
      company: jsonLd.company || fromSelectors.company,
      location: jsonLd.location || fromSelectors.location,
      salaryText: jsonLd.salaryText || fromSelectors.salaryText,
      site: siteId,
      url: url.href,
    };
    return {posting, source: 'json-ld', descriptionElement: fromSelectors.descriptionElement};
  }

  const generic = site ? readFields(doc, GENERIC_FIELDS, null) : fromSelectors;
  const pick = (key: 'title' | 'company' | 'location' | 'salaryText' | 'description') => fromSelectors[key] || generic[key];
  const description = pick('description');
  const title = pick('title');
  if (!title || description.length < MIN_DESCRIPTION_CHARS) return null;
  const usedSelectors = Boolean(site && fromSelectors.description && fromSelectors.title);
  return {
    posting: {title, company: pick('company'), location: pick('location'), salaryText: pick('salaryText'), description, site: siteId, url: url.href},
    source: usedSelectors ? 'selectors' : 'generic',
    descriptionElement: fromSelectors.descriptionElement ?? generic.descriptionElement,
  };
}
