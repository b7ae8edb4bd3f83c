import {head, MAX_DESCRIPTION_CHARS} from '../core/input-limits';
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
 * Characters read from one element at most: what the core analyses (it says so when a description is
 * longer). Reading past that only costs the page time: a 1 MB description took 180 ms to walk and
 * normalise, and the text would then be copied to the background only to be cut there.
 */
export const MAX_TEXT_CHARS = MAX_DESCRIPTION_CHARS;

/** An element's text as elementText reads it, and whether the element holds more than was read. */
export interface ReadText {
  text: string;
  /** The element's characters in all (text nodes, unnormalised) when `text` stops short of them; else absent. */
  totalChars?: number;
}

/**
 * Calls `visit` with each text node elementText reads, in order (the text of scripts, styles, buttons...
 * left out), until it returns false.
 */
export function forEachTextNode(root: Node, visit: (node: Text) => boolean | void): void {
  let going = true;
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      going = visit(node as Text) !== false;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    if (SKIP.has((node as Element).tagName?.toUpperCase() ?? '')) return;
    for (let child = node.firstChild; child && going; child = child.nextSibling) walk(child);
  };
  walk(root);
}

/**
 * The element's characters in all, for "the first 200,000 characters (N in all)", counted without
 * copying them (textContent builds the whole string: 70 ms for a 1 MB element in Chromium).
 */
function countChars(root: Node): number {
  let count = 0;
  forEachTextNode(root, (node) => {
    count += node.length;
  });
  return count;
}

/** Whether the element shows any text: stops at the first text node that is not blank. */
function hasText(root: Node): boolean {
  let found = false;
  forEachTextNode(root, (node) => !(found = /\S/.test(node.data)));
  return found;
}

export function readElementText(root: Node, maxChars = MAX_TEXT_CHARS): ReadText {
  const parts: string[] = [];
  let length = 0;
  let cut = false;
  const walk = (node: Node): void => {
    if (length > maxChars) {
      cut = true;
      return;
    }
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
  const normalised = parts
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const text = head(normalised, maxChars);
  if (!cut && text.length === normalised.length) return {text};
  return {text, totalChars: Math.max(countChars(root), normalised.length)};
}

export function elementText(root: Node, maxChars = MAX_TEXT_CHARS): string {
  return readElementText(root, maxChars).text;
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
    for (const element of found) if (hasText(element)) return element;
  }
  return null;
}

export interface FoundText {
  text: string;
  element: Element | null;
  /** The element's characters in all, when it holds more than the text read (see ReadText). */
  totalChars?: number;
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
      const read: ReadText = attr ? {text: element.getAttribute(attr) ?? ''} : readElementText(element);
      const raw = block || attr ? read.text : oneLine(read.text);
      if (!raw.trim()) continue;
      const matched = match ? match.exec(raw)?.[1] : raw;
      if (!matched) continue;
      const text = clean(block ? matched.trim() : oneLine(matched));
      if (text)
        return {text, element, ...(block && read.totalChars !== undefined ? {totalChars: read.totalChars} : {})};
    }
  }
  return {text: '', element: null};
}
