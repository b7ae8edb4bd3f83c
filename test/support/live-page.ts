// Pages shown in the test's live document (happy-dom) as the content script meets them, for DOM tests.
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
