import {Window} from 'happy-dom';
import {SITES} from '../sites/all';
import {routeKind, siteFor, useSites} from '../sites/index';
import {jobKey} from '../sites/keys';

// The command line reads saved pages of every site TPM Lens knows.
useSites(SITES);

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

/** Absolute addresses written in a page's scripts (JSON escapes `/` as `\/` and `&` as `\u0026`). */
const SCRIPT_URL = /https?:(?:\/|\\\/){2}[\w.-]+(?:\/|\\\/)[^\s"'<>)]*/g;

/**
 * The posting a page links to when it links to exactly one: a page saved without its address (a scraper's
 * copy) still names itself in its share, apply and data links (Greenhouse's `public_url`, LinkedIn's
 * /jobs/view/<id>/ links). A page that links to several jobs (a list, "similar jobs") gives none: reading
 * it as one of them would be a guess. Of that job's links, the shortest (no tracking parameters).
 */
function onlyPostingLinked(doc: Document): string | undefined {
  const links = Array.from(doc.querySelectorAll('a[href], link[href], form[action]'), (element) =>
    element.getAttribute(element.localName === 'form' ? 'action' : 'href'),
  );
  const written = Array.from(doc.querySelectorAll('script'), (script) => script.textContent?.match(SCRIPT_URL) ?? []);
  let job: string | null = null;
  let shortest: string | undefined;
  for (const raw of [...links, ...written.flat()]) {
    if (!raw || !/^https?:/i.test(raw)) continue;
    let url: URL;
    try {
      url = new URL(
        raw
          .replace(/\\\//g, '/')
          .replace(/\\u0026/gi, '&')
          .replace(/\\+$/, ''),
      );
    } catch {
      continue;
    }
    const site = siteFor(url);
    if (!site || routeKind(url, site) !== 'posting') continue;
    const id = site.postingKey(url, doc);
    if (!id) continue;
    const key = jobKey(site.id, id);
    if (job !== null && key !== job) return undefined;
    job = key;
    url.hash = '';
    if (shortest === undefined || url.href.length < shortest.length) shortest = url.href;
  }
  return shortest;
}

/**
 * Where a saved page came from: its canonical link, og:url or "saved from" comment, else the one posting it
 * links to, else the fallback.
 */
export function pageUrl(doc: Document, fallback: string): string {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    savedFromUrl(doc),
    onlyPostingLinked(doc),
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
