import {Window} from 'happy-dom';

/** A DOM for a saved page in Node, with scripts, styles and network loading all switched off. */
export function parseHtmlDocument(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const parser = new window.DOMParser();
  return parser.parseFromString(withoutSvgStyles(html), 'text/html') as unknown as Document;
}

/**
 * happy-dom 21 drops everything after a <style> inside an <svg> (Indeed's pages have one in their
 * loading spinner), so those style blocks, which carry no posting text, are removed before parsing.
 */
export function withoutSvgStyles(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg\s*>/gi, (svg) => svg.replace(/<style\b[\s\S]*?<\/style\s*>/gi, ''));
}

/** The address a browser's "Save page as" records in a leading comment: <!-- saved from url=(0042)https://... --> */
function savedFromUrl(doc: Document): string | undefined {
  for (const node of Array.from(doc.childNodes).concat(Array.from(doc.documentElement?.childNodes ?? []))) {
    const match = node.nodeType === 8 ? /saved from url=\(\d+\)(\S+)/.exec(node.nodeValue ?? '') : null;
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** Where a saved page came from: its canonical link, og:url or "saved from" comment, else the fallback. */
export function pageUrl(doc: Document, fallback: string): string {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    savedFromUrl(doc),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // not a URL: try the next one
    }
  }
  return fallback;
}
