// Pages shown in the test's live document (happy-dom) as the content script meets them, for DOM tests.
import {readFileSync} from 'node:fs';
import {parseHtmlDocument} from '../../src/cli/html-document';
import {unmountPanel} from '../../src/content/mount';
import {sampleDocument} from './sample-posting';

/** A parsed page put into the live document: its body, and its JobPosting JSON-LD in the head. */
export function showPage(saved: Document, doc: Document = document): void {
  doc.body.replaceChildren(...Array.from(saved.body.childNodes, (node) => doc.importNode(node as Node, true)));
  for (const script of saved.querySelectorAll('script[type="application/ld+json"]'))
    doc.head.append(doc.importNode(script, true));
}

/** The repository's sample posting page in the live document; returns its URL. */
export function showSample(): string {
  const sample = sampleDocument();
  showPage(sample.doc);
  return sample.url;
}

/**
 * A saved page from ../shared/data/html in the live document, as served at `url`; returns the URL. Its
 * stylesheets, scripts (but its JSON-LD) and frames are left out: the test's document would fetch them.
 */
export function showSavedPage(file: string, url: string): string {
  const saved = parseHtmlDocument(readFileSync(file, 'utf8'), url);
  saved.body
    .querySelectorAll('link, script:not([type="application/ld+json"]), iframe')
    .forEach((node) => node.remove());
  showPage(saved);
  return url;
}

/** What a test left in the live document: the panel, the content script's marks on it, the page. */
export function clearLivePage(doc: Document = document): void {
  unmountPanel(doc);
  delete doc.documentElement.dataset.tpmLens;
  doc.head.replaceChildren();
  doc.body.replaceChildren();
}
