import {merged} from '../core/merged';
import {payEstimatedBy} from '../core/pay-estimate';
import type {Posting} from '../core/types';
import {head} from '../core/input-limits';
import {listInPlace} from './cards';
import {elementText, firstElement, MAX_TEXT_CHARS, readElementText, readSources} from './dom-text';
import {
  companyFromDocumentTitle,
  densestTextBlock,
  GENERIC_FIELDS,
  headingBefore,
  looksLikeResultsList,
  proseBlock,
  titleFromDocumentTitle,
} from './generic';
import {routeKind, siteFor} from './index';
import type {JsonObject} from '../core/json';
import {readJsonLdNode} from './jsonld';
import {headerLines, linesAfter} from './header-lines';
import {isLikelyEnglish} from './language';
import type {FieldKey, FieldSelectors, FieldSource, PartialFields, ReadResult, ReadSource, SiteAdapter} from './types';
import {withWorkplace, workplaceName} from './workplace';

/** Shorter than this, a "description" is a teaser or a fragment, not a posting. */
const MIN_DESCRIPTION_CHARS = 200;
/**
 * Found by structure alone on a list page, a description must be longer: job cards show a line or
 * three of snippet (about 200 characters on Indeed), a posting's description runs to many paragraphs.
 */
const MIN_STRUCTURE_CHARS = 500;

type TextFields = Required<PartialFields>;
const FIELD_OF: Record<keyof TextFields, FieldKey> = {
  title: 'title',
  company: 'company',
  location: 'location',
  salaryText: 'salary',
  description: 'description',
};
const KEYS = Object.keys(FIELD_OF) as (keyof TextFields)[];
const GENERIC_DESCRIPTION = GENERIC_FIELDS.description.filter((source): source is string => typeof source === 'string');

function readFields(
  root: ParentNode,
  fields: FieldSelectors,
  site: SiteAdapter | null,
  keys: readonly (keyof TextFields)[] = KEYS,
) {
  const values = {title: '', company: '', location: '', salaryText: '', description: ''} as TextFields;
  let descriptionElement: Element | null = null;
  let descriptionCut: boolean | undefined;
  for (const key of keys) {
    const field = FIELD_OF[key];
    const found = readSources(root, fields[field], site?.clean?.[field], key === 'description');
    values[key] = found.text;
    if (key === 'description') ({element: descriptionElement, cut: descriptionCut} = found);
  }
  return {values, descriptionElement, descriptionCut};
}

/** Each field from the first reading that has it. */
function merge(readings: readonly PartialFields[]): TextFields {
  const merged = {} as TextFields;
  for (const key of KEYS) merged[key] = readings.find((reading) => reading[key])?.[key] ?? '';
  return merged;
}

const isPosting = (fields: PartialFields) =>
  Boolean(fields.title) && (fields.description?.length ?? 0) >= MIN_DESCRIPTION_CHARS;

function result(
  fields: TextFields,
  source: ReadSource,
  descriptionElement: Element | null,
  siteId: string,
  url: URL,
  jsonLd: JsonObject | null,
  /** The page reader stopped reading the description at the cap (the page holds more, not counted). */
  descriptionCut?: boolean,
): ReadResult | null {
  // Only what the core analyses goes to the background (JSON-LD can carry megabytes too); the panel
  // still says how long the description was.
  const description = head(fields.description, MAX_TEXT_CHARS);
  const posting: Posting = merged(fields, {
    description,
    ...(fields.description.length > description.length ? {descriptionChars: fields.description.length} : {}),
    ...(descriptionCut ? {descriptionCut: true} : {}),
    site: siteId,
    url: url.href,
  });
  return {posting, source, descriptionElement, jsonLd};
}

/**
 * A list page's selected posting when the site's markup is not what its adapter knows (a redesign): the
 * page's main prose and the heading before it. Card lists lose to one description (see proseBlock).
 */
function readStructure(doc: Document, url: URL, site: SiteAdapter | null, siteId: string): ReadResult | null {
  let description = proseBlock(doc.body ?? doc.documentElement);
  if (!description) return null;
  const heading = headingBefore(description);
  // A description split into spans, paragraphs and lists scores in pieces: take in the enclosing
  // blocks up to the posting's header (the title's scope), while they add text of the same section.
  const descriptionLength = elementText(description).length;
  for (
    let outer = description.parentElement;
    outer && outer !== doc.body && !(heading && outer.contains(heading));
    outer = outer.parentElement
  ) {
    if (elementText(outer).length > 4 * descriptionLength) break;
    description = outer;
  }
  const clean = site?.clean?.title;
  const raw = heading ? elementText(heading).replace(/\s+/g, ' ').trim() : '';
  const title = heading && clean ? clean(raw, heading) : raw;
  const text = readElementText(description);
  const fields: TextFields = {title, company: '', location: '', salaryText: '', description: text.text};
  if (!isPosting(fields) || fields.description.length < MIN_STRUCTURE_CHARS) return null;
  const read = result(fields, 'generic', description, siteId, url, null, text.cut);
  // The place and type stand between the title and the description here too (Indeed's pane, Workday).
  const lines = heading && read ? linesAfter(doc, heading, description) : [];
  if (read && lines.length) read.posting.headerLines = lines;
  return read;
}

/** The Open Graph title and description (or the meta description), which no class or id renames. */
function metaPosting(doc: Document): {title: string; description: string} {
  const content = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
  return {
    title: content('meta[property="og:title"]').replace(/\s+/g, ' '),
    description: content('meta[property="og:description"]') || content('meta[name="description"]'),
  };
}

/** What a reader's error does: the extension goes on to the next reader, tests and the CLI see it. */
type OnReaderError = (error: unknown) => void;

/** One reader's answer, or undefined when it failed (after `onError` has seen the error). */
function attempt<T>(reader: () => T, onError: OnReaderError): T | undefined {
  try {
    return reader();
  } catch (error) {
    onError(error);
    return undefined;
  }
}

function read(doc: Document, url: URL, onError: OnReaderError): ReadResult | null {
  const site = siteFor(url);
  const kind = routeKind(url, site);
  if (kind === 'none') return null;
  const siteId = site?.id ?? url.hostname.replace(/^www\./, '');

  // On a list page only the selected posting's pane counts; nothing selected means no posting.
  const root: ParentNode | null | undefined =
    kind === 'pane' ? site?.pane?.map((selector) => doc.querySelector(selector)).find(Boolean) : doc;
  if (!root) {
    // The adapter's own list markup in place and no pane: nothing is selected. Reading by structure is for
    // a page whose markup the adapter no longer knows (a redesign); on a list it walks every card's text
    // (9-10 ms on Indeed's 2022 search page, again at the reader's retries) and could take a paragraph of
    // the page's own (an SEO blurb under the results) for a posting.
    if (site?.list && listInPlace(doc, site.list)) return null;
    return readStructure(doc, url, site, siteId);
  }
  const found = readFirst(doc, root, url, site, siteId, kind === 'pane', onError);
  // A type the site shows as a field of its own (SiteAdapter.employmentType), where the JSON-LD gave none:
  // in the selected posting's pane, never a list's filter bar beside it.
  const sources = site?.employmentType;
  if (found && sources && !found.posting.employmentType) {
    const type = readSources(root, sources).text;
    if (type) found.posting.employmentType = type;
  }
  const workplace = found && site?.workplace ? workplaceName(readSources(root, site.workplace).text) : null;
  if (found && workplace) found.posting.location = withWorkplace(found.posting.location, workplace);
  return found;
}

/** The posting in `root` (the page, or a list page's selected pane): JSON-LD first, then the site's selectors (and the data it embeds), then generic markup. */
function readFirst(
  doc: Document,
  root: ParentNode,
  url: URL,
  site: SiteAdapter | null,
  siteId: string,
  inPane: boolean,
  onError: OnReaderError,
): ReadResult | null {
  // Each reader below may fail on a hostile or broken page; the next one still gets its turn.
  const {posting: jsonLd, node: jsonLdNode} = attempt(() => readJsonLdNode(root), onError) ?? {
    posting: null,
    node: null,
  };
  if (jsonLd) {
    const fromJsonLd = attempt(() => {
      // Selectors only fill what the JSON-LD lacks; the description's element is only for highlighting
      // evidence, so it is found without reading its text.
      // A JSON-LD pay line that is only the site's estimate gives way to pay the page's own markup shows.
      // (Without a pay line there is no estimate: the pattern is not run, nor compiled, on such pages.)
      const estimateOnly = jsonLd.salaryText ? payEstimatedBy(jsonLd.salaryText) !== null : false;
      const missing = KEYS.filter(
        (key) => key !== 'description' && (!jsonLd[key] || (key === 'salaryText' && estimateOnly)),
      );
      const fromSelectors: PartialFields = site ? readFields(root, site.fields, site, missing).values : {};
      const cssOnly = (sources: readonly FieldSource[]) =>
        sources.map((source) => (typeof source === 'string' ? source : source.css));
      const element = firstElement(root, [...cssOnly(site?.fields.description ?? []), ...GENERIC_DESCRIPTION]);
      const salaryFirst = estimateOnly && fromSelectors.salaryText ? [{salaryText: fromSelectors.salaryText}] : [];
      return {fields: merge([...salaryFirst, jsonLd, fromSelectors]), element};
    }, onError);
    const read = result(
      fromJsonLd?.fields ?? merge([jsonLd]),
      'json-ld',
      fromJsonLd?.element ?? null,
      siteId,
      url,
      jsonLdNode,
    );
    if (read && jsonLd.employmentType) read.posting.employmentType = jsonLd.employmentType;
    return read;
  }

  const selectors = site ? (attempt(() => readFields(root, site.fields, site), onError) ?? null) : null;
  const complete = selectors !== null && KEYS.every((key) => selectors.values[key]);
  const extra = site && !complete ? (attempt(() => site.readExtra?.(doc, url) ?? null, onError) ?? null) : null;

  if (site && selectors) {
    if (isPosting(selectors.values)) {
      return result(
        merge([selectors.values, extra ?? {}]),
        'selectors',
        selectors.descriptionElement,
        siteId,
        url,
        jsonLdNode,
        selectors.descriptionCut,
      );
    }
    if (extra && isPosting(merge([extra, selectors.values]))) {
      const fields = merge([extra, selectors.values]);
      const own = fields.description === selectors.values.description;
      return result(
        fields,
        'embedded',
        own ? selectors.descriptionElement : null,
        siteId,
        url,
        jsonLdNode,
        own ? selectors.descriptionCut : undefined,
      );
    }
  }
  if (inPane && site) return attempt(() => readStructure(doc, url, site, siteId), onError) ?? null;

  // What the adapter reads apart from the markup (a Workday job's place in its address) stands after a redesign.
  const known = selectors && extra ? merged(selectors, {values: merge([selectors.values, extra])}) : selectors;
  return attempt(() => readGeneric(doc, url, siteId, known, jsonLdNode), onError) ?? null;
}

/** The generic reader: the site's partial fields, then generic markup, then the densest block of text. */
function readGeneric(
  doc: Document,
  url: URL,
  siteId: string,
  selectors: ReturnType<typeof readFields> | null,
  jsonLdNode: JsonObject | null,
): ReadResult | null {
  // The generic reader never calls a list of results a posting.
  if (looksLikeResultsList(doc)) return null;
  const generic = readFields(doc, GENERIC_FIELDS, null);
  const fields = merge([selectors?.values ?? {}, generic.values]);
  // Description: the site's or generic markup when long enough, else the densest block of paragraphs.
  const marked = [
    {
      text: selectors?.values.description ?? '',
      element: selectors?.descriptionElement ?? null,
      cut: selectors?.descriptionCut,
    },
    {text: generic.values.description, element: generic.descriptionElement, cut: generic.descriptionCut},
  ].find((candidate) => candidate.text.length >= MIN_DESCRIPTION_CHARS);
  // By density first (links discounted: a "similar jobs" list loses to the description), by paragraphs after.
  const densest = marked ? null : (proseBlock(doc.body ?? doc.documentElement) ?? densestTextBlock(doc));
  const descriptionElement = marked?.element ?? densest;
  const densestText = densest ? readElementText(densest) : null;
  fields.description = marked?.text ?? densestText?.text ?? '';
  let descriptionCut = marked ? marked.cut : densestText?.cut;
  // A page served before the site's script renders it (Workday) states the posting in its meta tags only.
  const meta = metaPosting(doc);
  if (fields.description.length < MIN_DESCRIPTION_CHARS && meta.description.length >= MIN_STRUCTURE_CHARS) {
    fields.description = meta.description;
    descriptionCut = undefined;
  }
  fields.title ||= meta.title || titleFromDocumentTitle(doc.title);
  if (!isPosting(fields)) return null;
  fields.company ||= companyFromDocumentTitle(doc.title, fields.title);
  const read = result(fields, 'generic', descriptionElement, siteId, url, jsonLdNode, descriptionCut);
  // A career site states its place and type in the lines under the title: sent for the core to read
  // (withHeaderFacts), unless the page gave both otherwise (JSON-LD's type is set after this).
  if (read && !(fields.location && jsonLdNode?.employmentType)) {
    const lines = headerLines(doc, fields.title, descriptionElement);
    if (lines.length) read.posting.headerLines = lines;
  }
  return read;
}

/** The checklist reads English; an ad in another language gets no panel rather than a wrong one. */
const inEnglish = (read: ReadResult | null) => (read && isLikelyEnglish(read.posting.description) ? read : null);

/**
 * The posting on this page, in any language: JobPosting JSON-LD first, then the site's selectors (and the
 * data it embeds), then generic markup. Null when the page does not hold exactly one readable posting.
 * Never throws: a page that breaks a reader is a page without a posting. The content script reads with
 * this and the background judges the language (src/background/analysis.ts), so the page never loads the
 * word lists.
 */
export function readPagePosting(doc: Document, url: URL): ReadResult | null {
  try {
    return read(doc, url, () => undefined);
  } catch {
    return null;
  }
}

/** readPagePosting, English postings only (the CLI, tests): what the extension shows a panel for. */
export function readPosting(doc: Document, url: URL): ReadResult | null {
  return inEnglish(readPagePosting(doc, url));
}

/** readPosting that lets a reader's error through: for tests, where a bug must show. */
export function readPostingStrict(doc: Document, url: URL): ReadResult | null {
  return inEnglish(
    read(doc, url, (error) => {
      throw error;
    }),
  );
}
