// Page fixtures: saved real job-board pages, parsed exactly as the CLI parses them (happy-dom, scripts off).
// Most stay in ../shared/data/html (their licenses do not allow copies); MIT ones are in test/fixtures/sites.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseHtmlDocument} from '../../src/cli/html-document';
import {readPostingStrict} from '../../src/sites/read';
import type {ReadResult} from '../../src/sites/types';
import {FIXTURES as ALL_FIXTURES, SHARED_HTML} from './shared';

export {SHARED_HTML};
export const FIXTURES = join(ALL_FIXTURES, 'sites');
export const haveShared = existsSync(join(SHARED_HTML, 'MANIFEST.json'));
export const NO_SHARED = `saved pages not found at ${SHARED_HTML}: tests on pages kept there are skipped`;
if (!haveShared) console.warn(NO_SHARED);

/** A saved page's HTML as stored. */
export const sharedHtml = (file: string) => readFileSync(join(SHARED_HTML, file), 'utf8');

export function sharedPage(file: string, url: string): Document {
  return parseHtmlDocument(sharedHtml(file), url);
}

export function fixturePage(file: string, url: string): Document {
  return parseHtmlDocument(readFileSync(join(FIXTURES, file), 'utf8'), url);
}

/** readPosting, letting a reader's error fail the test instead of reading as "no posting". */
export function read(doc: Document, url: string): ReadResult | null {
  return readPostingStrict(doc, new URL(url));
}

/** A small hand-made document (for sites with no saved real page), parsed the same way. */
export function syntheticPage(html: string, url: string): Document {
  return parseHtmlDocument(html, url);
}

/** A JSON-LD script element's text for a synthetic document. */
export const jsonLdScript = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
