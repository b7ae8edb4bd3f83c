import type {JsonObject} from '../core/json';
import type {PayPeriod, Posting} from '../core/types';

/**
 * Where one field can be read. A plain string is a CSS selector whose element text is the value.
 * The object form reads an attribute instead (`attr`) and/or keeps only the first capture group of
 * `match`; when `match` does not match, the next source is tried.
 */
export type FieldSource = string | {css: string; attr?: string; match?: RegExp};

export type FieldKey = 'title' | 'company' | 'location' | 'salary' | 'description';

/** A field's text as the site writes it, tidied; `element` is where it was read (for what the text leaves out). */
export type Clean = (text: string, element: Element) => string;

/** Sources per field, tried in order: sites roll out layouts in variants, so list each. */
export type FieldSelectors = Record<FieldKey, FieldSource[]>;

/** Plain-text fields a site-specific reader found (embedded JSON, page structure). Empty means unknown. */
export type PartialFields = Partial<Record<'title' | 'company' | 'location' | 'salaryText' | 'description', string>>;

/**
 * A job site as data. A redesign should cost an edit to one adapter file and nothing else.
 * `testUrls` are the addresses of the real pages the selectors were written against (none when no page was
 * available); `selectorCheck` beside each adapter says which saved pages each selector was checked on.
 */
export interface SiteAdapter {
  id: string;
  /** Host names; a leading dot matches any subdomain (".myworkdayjobs.com"). */
  hosts: string[];
  /**
   * Match-pattern paths ("/jobs/*") under which every route the adapter reads lies, for a site whose other
   * pages users visit far more (LinkedIn's feed, profiles, messages): the content script starts with the
   * page only there, and elsewhere on the hosts a route watcher of a few hundred bytes waits for the site to
   * navigate into them (see src/content/router.ts). Unset: the content script starts on every path.
   */
  startPaths?: string[];
  /**
   * Match-pattern paths of the pages the site serves inside other sites' frames (Greenhouse's job shown in a
   * company's careers page, "/embed/*"): the content script runs in those frames too, and in no other frame.
   */
  framedPaths?: string[];
  /** Paths (with search) of pages that are one posting. */
  routes: RegExp[];
  /**
   * Paths (with search) of list pages that show the selected posting in a pane. There only the pane
   * (`pane`) is read and the generic reader is never used: a list is not a posting.
   */
  paneRoutes?: RegExp[];
  /** The element holding the selected posting on pane routes, in layout variants. */
  pane?: string[];
  fields: FieldSelectors;
  /** Strip a site's decoration from a field ("Company · 3 days ago"); '' rejects the value. */
  clean?: Partial<Record<FieldKey, Clean>>;
  /**
   * Where the site shows the employment type as a field of its own (LinkedIn's "Employment type" criterion):
   * the employer's choice, read as JSON-LD's employmentType is, before anything the text says.
   */
  employmentType?: FieldSource[];
  /**
   * Where the site shows how the work is done as a field of its own (Lever's workplace category, Workday's
   * "remote type"): "Remote", "Hybrid" or "On-site", added to the location (src/sites/workplace.ts), JSON-LD or
   * not: JSON-LD has a word for remote work only.
   */
  workplace?: FieldSource[];
  /** Fields the selectors cannot reach (embedded JSON, hashed-class layouts). Called only when needed. */
  readExtra?: (doc: Document, url: URL) => PartialFields | null;
  /**
   * Identity of the posting on screen, so single-page navigation (a click in a result list) can tell
   * a new posting from the same one re-rendered. Null when no posting is selected.
   */
  postingKey: (url: URL, doc: Document) => string | null;
  /**
   * Containers of the posting on screen, narrowest first, for a MutationObserver: observe the first one
   * that exists. Later entries are wider fallbacks for other layouts (e.g. 'main' on LinkedIn's 2026
   * layout, whose hashed classes offer nothing narrower that survives a re-render).
   */
  watch: string[];
  /** The site's result lists (search pages), when it has any: how to find and read each job card. */
  list?: CardList;
  testUrls: string[];
}

export type CardField = 'title' | 'company' | 'location' | 'pay';

/** Where a card's job id is: an attribute of the card itself (no `css`) or of an element inside it. */
export interface CardIdSource {
  css?: string;
  attr: string;
  /** Keeps the first capture group ("urn:li:jobPosting:4449371115" gives 4449371115). */
  match?: RegExp;
}

/**
 * A list of job cards as data. The job id is the same id `postingKey` gives once the card is opened, so a
 * card and its posting share one key.
 */
export interface CardList {
  /** Paths (with search) of pages that show a list of job cards. */
  routes: RegExp[];
  /**
   * The element holding the cards, narrowest first: the observer watches the first that exists and
   * nothing wider (later entries are other layouts).
   */
  container: string[];
  /** One element per card, in layout variants: the first selector that finds any is used. */
  card: string[];
  jobId: CardIdSource[];
  /** Sources per field, read inside the card (FieldSource as for postings). */
  fields: Record<CardField, FieldSource[]>;
  clean?: Partial<Record<CardField, Clean>>;
  /** The element the mark goes after; defaults to the element the title was read from. */
  markAfter?: string[];
  /**
   * Pay periods by job id that the page states outside the cards (a site's embedded data), for pay lines
   * that write none. Read once per page state; never throws.
   */
  payPeriods?: (doc: Document) => ReadonlyMap<string, PayPeriod>;
}

export type ReadSource = 'json-ld' | 'selectors' | 'embedded' | 'generic';

export interface ReadResult {
  posting: Posting;
  source: ReadSource;
  /** The element holding the description, when there is one, for evidence highlighting. */
  descriptionElement: Element | null;
  /** The page's JobPosting JSON-LD object as stated, when it carries one (checked in the background). */
  jsonLd?: JsonObject | null;
}

/**
 * Where an adapter's selectors were checked: the saved real pages (paths under ../shared/data/html) and the
 * selectors that match none of them, kept for layouts no saved page shows. Each adapter file exports one
 * beside the adapter; test/unit/sites/selectors-verified.test.ts keeps both lists true. Not imported by the
 * extension, so builds leave it out.
 */
export interface SelectorCheck {
  pages: string[];
  unverified: string[];
}
