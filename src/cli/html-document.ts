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
      navigation: {disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true},
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

/** Where a saved page came from: its canonical link or og:url, else a file: URL. */
export function pageUrl(doc: Document, fallback: string): string {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
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
