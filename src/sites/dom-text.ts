import {head, MAX_DESCRIPTION_CHARS} from '../core/input-limits';
import type {Clean, FieldSource} from './types';

// Plain text of an element with a line per block, read from the DOM without layout (innerText needs
// layout, which a background tab or Node does not have) and without touching the page.

// Lower-case element names (localName), compared without building an upper-case copy per element.
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'iframe']);
/** An element's lower-case name, without an upper-case copy per element (tagName is upper-case in HTML). */
export const nameOf = (element: Element) => element.localName ?? element.tagName?.toLowerCase() ?? '';

/**
 * Characters read from one element at most: what the core analyses (it says so when a description is
 * longer). Reading past that only costs the page time: a 1 MB description took 180 ms to walk and
 * normalise, and the text would then be copied to the background only to be cut there.
 */
export const MAX_TEXT_CHARS = MAX_DESCRIPTION_CHARS;

/** An element's text as elementText reads it, and whether the element holds more than was read. */
export interface ReadText {
  text: string;
  /**
   * Set when the element holds more than `text`: the reader stopped at the cap and did not count the rest
   * (counting alone cost a 10 MB page 100-170 ms, for a figure only the truncation notice shows).
   */
  cut?: true;
}

/**
 * The text nodes elementText reads, in order (the text of scripts, styles, buttons... left out), one at a
 * time: a caller that stops early leaves the rest of the element unvisited.
 */
export function* textNodes(root: Node): Generator<Text, void, undefined> {
  const skipped = (node: Node) => node.nodeType === 1 && SKIP.has(nameOf(node as Element));
  if (root.nodeType === 3) {
    yield root as Text;
    return;
  }
  if ((root.nodeType !== 1 && root.nodeType !== 11) || skipped(root)) return;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) yield node as Text;
    else if (node.nodeType === 1 && !skipped(node) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Next in document order, without leaving root: the next sibling here or of the nearest ancestor.
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (node === root) return;
    }
    node = node?.nextSibling ?? null;
  }
}

/** Calls `visit` with each text node of textNodes until it returns false. */
export function forEachTextNode(root: Node, visit: (node: Text) => boolean | void): void {
  for (const node of textNodes(root)) if (visit(node) === false) return;
}

/** Whether the element shows any text: stops at the first text node that is not blank. */
function hasText(root: Node): boolean {
  let found = false;
  forEachTextNode(root, (node) => !(found = /\S/.test(node.data)));
  return found;
}

/** Blanks as the normalisation below sees them (it leaves other white space, such as \r, in place). */
const isBlank = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0;

/**
 * Line breaks the text ends with, blanks between them not counted (the normalisation drops those), added
 * to `before` when the text holds nothing else.
 */
function trailingBreaks(text: string, before: number): number {
  let breaks = 0;
  for (let index = text.length - 1; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) breaks++;
    else if (!isBlank(code)) return breaks;
  }
  return before + breaks;
}

/**
 * A run of blanks and line breaks that normalising changes: one with a blank beside a break, three breaks
 * or more, a tab or no-break space, or two blanks. Matched whole (the lookahead stays inside the run, and
 * a run that does not qualify has no suffix that does), so a bare break, two breaks or a single space (most
 * runs) are never matched.
 */
const RUN_TO_NORMALISE = /(?=[ \t\u00a0\n]*?(?:[ \t\u00a0]\n|\n[ \t\u00a0]|\n\n\n|[\t\u00a0]| {2}))[ \t\u00a0\n]+/g;

/** A run with a break keeps one or two breaks and no blank; a run of blanks becomes one space. */
function normalisedRun(run: string): string {
  const first = run.indexOf('\n');
  if (first < 0) return ' ';
  return run.indexOf('\n', first + 1) < 0 ? '\n' : '\n\n';
}

/**
 * Blanks around a line break go, other runs of blanks become one space, three or more breaks two: one
 * pass that touches only the runs it changes. Three passes (one per rule) cost a 1 MB posting's read
 * about 9 ms more on a fresh page: each scanned and copied the 200,000 characters read then.
 */
function normaliseBlanks(text: string): string {
  return text.replace(RUN_TO_NORMALISE, normalisedRun).trim();
}

export function readElementText(root: Node, maxChars = MAX_TEXT_CHARS): ReadText {
  const parts: string[] = [];
  let length = 0;
  /** Set once the text read passes `maxChars` with nodes left: the walk stops there, the rest unvisited. */
  let cut = false;
  /**
   * Line breaks at the end of the parts so far. A block's break after two is left out: the normalisation
   * would fold it away, and on a page of thousands of paragraphs every such break cost a regex match.
   */
  let breaks = 0;
  const blockBreak = () => {
    if (breaks >= 2) return;
    parts.push('\n');
    breaks++;
  };
  const addText = (value: string) => {
    parts.push(value);
    length += value.length;
    breaks = trailingBreaks(value, breaks);
  };
  /**
   * An element without child elements (most paragraphs and list items) gives its text in one call rather
   * than node by node: each node visited costs the page a wrapper object and several DOM calls, thousands
   * of times on a long posting. What it reads is what the walk reads (textContent joins the same text
   * nodes); an element of several text nodes that would cross the cap is walked, to stop where it stops.
   */
  const leafText = (element: Element): boolean => {
    if (element.firstElementChild !== null) return false;
    const value = element.textContent ?? '';
    if (length + value.length > maxChars && element.firstChild !== element.lastChild) return false;
    if (value) addText(value);
    return true;
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (length > maxChars) {
        cut = true;
        return;
      }
      if (child.nodeType === 3) {
        addText((child as Text).data);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const name = nameOf(child as Element);
      if (SKIP.has(name)) continue;
      const block = BLOCK.has(name);
      if (block) blockBreak();
      if (!leafText(child as Element)) walk(child);
      if (cut) return;
      if (block) blockBreak();
    }
  };
  if (root.nodeType === 3) parts.push((root as Text).data);
  else if (root.nodeType !== 1 || !SKIP.has(nameOf(root as Element))) {
    const block = root.nodeType === 1 && BLOCK.has(nameOf(root as Element));
    if (block) blockBreak();
    walk(root);
    if (block) blockBreak();
  }
  const normalised = normaliseBlanks(parts.join(''));
  const text = head(normalised, maxChars);
  if (!cut && text.length === normalised.length) return {text};
  return {text, cut: true};
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
  /** The element holds more than the text read (see ReadText). */
  cut?: true;
}

/** The first element for a selector; null for none or for a selector the engine cannot parse. */
export function selectFirst(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Elements for a selector; a selector the engine cannot parse finds nothing instead of throwing. */
export function selectAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/** Every run of white space one space, trimmed. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * An element's text on one line: what oneLine(readElementText(root).text) gives (every run of white space,
 * line breaks at block edges included, one space), for short fields such as a list card's title. It skips
 * the line bookkeeping and the three normalising passes of a description read: a page of cards reads four
 * of these per card.
 */
export function lineText(root: Element): string {
  if (SKIP.has(nameOf(root))) return '';
  // A leaf (most titles, company links and pay lines): its text nodes are all it holds, read in one call
  // where the walk below makes several per node.
  if (!root.firstElementChild) {
    const leaf = root.textContent ?? '';
    return oneLine(leaf.length > MAX_TEXT_CHARS ? readElementText(root).text : leaf);
  }
  let text = '';
  let node: Node | null = root.firstChild;
  while (node) {
    // Not a short field after all: read as a description is, up to its cap.
    if (text.length > MAX_TEXT_CHARS) return oneLine(readElementText(root).text);
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1 && !SKIP.has(nameOf(node as Element))) {
      if (BLOCK.has(nameOf(node as Element))) text += ' ';
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    // On to the next sibling here or of the nearest ancestor; each block left behind ends with a space.
    while (!node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) return oneLine(text);
      if (BLOCK.has(nameOf(node as Element))) text += ' ';
    }
    node = node.nextSibling;
  }
  return oneLine(text);
}

/**
 * The first source (see FieldSource) that yields text after `clean`. Single-line text for short
 * fields; `block` keeps the lines of a description.
 */
export function readSources(
  root: ParentNode,
  sources: readonly FieldSource[],
  clean?: Clean,
  block = false,
): FoundText {
  for (const source of sources) {
    const css = typeof source === 'string' ? source : source.css;
    const attr = typeof source === 'string' ? undefined : source.attr;
    const match = typeof source === 'string' ? undefined : source.match;
    // The first match alone first: most sources match nothing or read from their first element, and a
    // first-match query costs less than listing every match (a page of cards asks dozens per card).
    const first = selectFirst(root, css);
    if (!first) continue;
    const found = readFrom(first, attr, match, clean, block);
    if (found) return found;
    for (const element of selectAll(root, css)) {
      if (element === first) continue;
      const later = readFrom(element, attr, match, clean, block);
      if (later) return later;
    }
  }
  return {text: '', element: null};
}

/** One element's text for readSources: null when it holds none (or none that `match` and `clean` keep). */
function readFrom(
  element: Element,
  attr: string | undefined,
  match: RegExp | undefined,
  clean: Clean | undefined,
  block: boolean,
): FoundText | null {
  const read: ReadText = attr
    ? {text: element.getAttribute(attr) ?? ''}
    : block
      ? readElementText(element)
      : {text: lineText(element)};
  const raw = read.text;
  if (!raw.trim()) return null;
  const matched = match ? match.exec(raw)?.[1] : raw;
  if (!matched) return null;
  // lineText's text is on one line already: a part of it needs trimming at most.
  const kept = block || !attr ? matched.trim() : oneLine(matched);
  const text = clean ? clean(kept, element) : kept;
  return text ? {text, element, ...(block && read.cut ? {cut: true} : {})} : null;
}
