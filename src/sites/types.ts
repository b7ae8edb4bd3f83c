import type {Posting} from '../core/types';

/** CSS selectors per field, tried in order: sites roll out layouts in variants, so list each. */
export interface FieldSelectors {
  title: string[];
  company: string[];
  location: string[];
  salary: string[];
  description: string[];
}

/**
 * A job site as data. A redesign should cost an edit to one adapter file and nothing else.
 * `testUrls` name real pages the selectors were written against.
 */
export interface SiteAdapter {
  id: string;
  /** Host names; a leading dot matches any subdomain (".myworkdayjobs.com"). */
  hosts: string[];
  /** Paths (with search) that can hold one posting. Others get no panel. */
  routes: RegExp[];
  fields: FieldSelectors;
  /** Strip a site's decoration from a field ("Company · 3 days ago"). */
  clean?: Partial<Record<keyof FieldSelectors, (text: string) => string>>;
  testUrls: string[];
}

export type ReadSource = 'json-ld' | 'selectors' | 'generic';

export interface ReadResult {
  posting: Posting;
  source: ReadSource;
  /** The element holding the description, when there is one, for evidence highlighting. */
  descriptionElement: Element | null;
}
