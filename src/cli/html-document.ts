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

/** The absolute addresses a page holds: its links' and form actions', and those its scripts write. */
function absoluteLinks(doc: Document): URL[] {
  const links = Array.from(doc.querySelectorAll('a[href], link[href], form[action]'), (element) =>
    element.getAttribute(element.localName === 'form' ? 'action' : 'href'),
  );
  const written = Array.from(doc.querySelectorAll('script'), (script) => script.textContent?.match(SCRIPT_URL) ?? []);
  const urls: URL[] = [];
  for (const raw of [...links, ...written.flat()]) {
    if (!raw || !/^https?:/i.test(raw)) continue;
    try {
      urls.push(
        new URL(
          raw
            .replace(/\\\//g, '/')
            .replace(/\\u0026/gi, '&')
            .replace(/\\+$/, ''),
        ),
      );
    } catch {
      // not a URL
    }
  }
  return urls;
}

/**
 * The posting a page links to when it links to exactly one: a page saved without its address (a scraper's
 * copy) still names itself in its share, apply and data links (Greenhouse's `public_url`, LinkedIn's
 * /jobs/view/<id>/ links). A page that links to several jobs (a list, "similar jobs") gives none: reading
 * it as one of them would be a guess. Of that job's links, the shortest (no tracking parameters).
 */
function onlyPostingLinked(doc: Document, links: readonly URL[]): string | undefined {
  let job: string | null = null;
  let shortest: string | undefined;
  for (const link of links) {
    const site = siteFor(link);
    if (!site || routeKind(link, site) !== 'posting') continue;
    const id = site.postingKey(link, doc);
    if (!id) continue;
    const key = jobKey(site.id, id);
    if (job !== null && key !== job) return undefined;
    job = key;
    const url = new URL(link.href);
    url.hash = '';
    if (shortest === undefined || url.href.length < shortest.length) shortest = url.href;
  }
  return shortest;
}

/**
 * The posting the page's heading links to: a split pane (a list of jobs beside the open one, as LinkedIn's
 * logged-in search shows) links to many, and its <h1> is the open job's title, linking to it. A relative link is
 * read against the one job site whose addresses the page writes; its tracking parameters are left out when the
 * path alone names the job.
 */
function headingPosting(doc: Document, links: readonly URL[]): string | undefined {
  const href = doc.querySelector('h1 a[href]')?.getAttribute('href');
  if (!href) return undefined;
  // By host: a page writes its own site's addresses with http: as well as https:.
  const hosts = [...new Set(links.filter((link) => siteFor(link)).map((link) => link.hostname))];
  let url: URL;
  try {
    if (/^https?:/i.test(href)) url = new URL(href);
    else if (hosts.length === 1) url = new URL(href, `https://${hosts[0]}`);
    else return undefined;
  } catch {
    return undefined;
  }
  const site = siteFor(url);
  if (!site || routeKind(url, site) !== 'posting') return undefined;
  const key = site.postingKey(url, doc);
  if (!key) return undefined;
  url.hash = '';
  const bare = new URL(url.pathname, url.origin);
  return routeKind(bare, site) === 'posting' && site.postingKey(bare, doc) === key ? bare.href : url.href;
}

/**
 * Where a saved page came from: its canonical link, og:url or "saved from" comment, else the one posting it
 * links to, else the posting its heading links to, else the fallback.
 */
export function pageUrl(doc: Document, fallback: string): string {
  const stated = firstWebAddress([
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    savedFromUrl(doc),
  ]);
  if (stated) return stated;
  // Only a page that does not say where it came from has its links and scripts read.
  const links = absoluteLinks(doc);
  return firstWebAddress([onlyPostingLinked(doc, links) ?? headingPosting(doc, links)]) ?? fallback;
}

/** The first of the candidates that is an http(s) address, as a URL's href. */
function firstWebAddress(candidates: ReadonlyArray<string | null | undefined>): string | undefined {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // not a URL: try the next one
    }
  }
  return undefined;
}
