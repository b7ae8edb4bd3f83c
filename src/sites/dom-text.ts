import type {FieldSource} from './types';

// Plain text of an element with a line per block, read from the DOM without layout (innerText needs
// layout, which a background tab or Node does not have) and without touching the page.

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME']);

/**
 * Characters read from one element at most. The core analyses the first 200,000 characters of a
 * description and says so; reading far past that would only cost the page time (a 10 MB description
 * took seconds to walk), so the walk stops a generous margin beyond it.
 */
export const MAX_TEXT_CHARS = 1_000_000;

export function elementText(root: Node, maxChars = MAX_TEXT_CHARS): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    if (length > maxChars) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const name = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) parts.push('\n');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, maxChars);
}

/** The first selector that finds an element with text. */
export function firstElement(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    let found: NodeListOf<Element>;
    try {
      found = root.querySelectorAll(selector);
    } catch {
      continue; // A selector the engine cannot parse must not break the others.
    }
    for (const element of found) if (element.textContent?.trim()) return element;
  }
  return null;
}

export interface FoundText {
  text: string;
  element: Element | null;
}

/** Elements for a selector; a selector the engine cannot parse finds nothing instead of throwing. */
function selectAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The first source (see FieldSource) that yields text after `clean`. Single-line text for short
 * fields; `block` keeps the lines of a description.
 */
export function readSources(
  root: ParentNode,
  sources: readonly FieldSource[],
  clean: (text: string) => string = (text) => text,
  block = false,
): FoundText {
  for (const source of sources) {
    const {css, attr, match} = typeof source === 'string' ? {css: source, attr: undefined, match: undefined} : source;
    for (const element of selectAll(root, css)) {
      const raw = attr
        ? (element.getAttribute(attr) ?? '')
        : block
          ? elementText(element)
          : oneLine(elementText(element));
      if (!raw.trim()) continue;
      const matched = match ? match.exec(raw)?.[1] : raw;
      if (!matched) continue;
      const text = clean(block ? matched.trim() : oneLine(matched));
      if (text) return {text, element};
    }
  }
  return {text: '', element: null};
}
