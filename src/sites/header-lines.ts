// The short lines under a posting's title on a page read without markup of its own: where career sites state
// the place and type ("Infrastructure Engineering · Remote (United States) · Full Time"). Only collected here;
// the core decides which line is which (src/core/header-facts.ts), where the place vocabularies are.
import {MAX_HEADER_LINE_CHARS, MAX_HEADER_LINES} from '../core/input-limits';
import {lineText, nameOf, oneLine} from './dom-text';
import {INLINE} from './generic';

/** Where a text node is code, a style sheet or a control's label, not a line of the page (a site's inline <style>). */
const NOT_TEXT = 'script, style, noscript, template, svg, button, select, textarea';

/**
 * Text nodes looked at after the title at most: a header's facts are a few dozen; a page that puts thousands
 * of empty or hidden ones there costs a bounded walk.
 */
const MAX_TEXT_NODES = 400;

/** Whether an element holds text of its own, not only inside its children. */
const holdsText = (element: Element) =>
  [...element.childNodes].some((child) => child.nodeType === 3 && (child.nodeValue ?? '').trim() !== '');

/**
 * The element whose text is one line: the nearest block around the text, or the inline element within it
 * when the block holds its facts as separate elements and no text of its own ("<span>Anthropic</span>
 * <span>Seattle, WA</span>", which the site shows with a bullet between). "Remote <span>(United States)</span>"
 * stays one line.
 */
function lineOf(node: Node, ownText: Map<Element, boolean>): Element | null {
  let owner = node.parentElement;
  let inline: Element | null = null;
  while (owner && INLINE.has(nameOf(owner))) {
    inline = owner;
    owner = owner.parentElement;
  }
  if (!inline || !owner) return owner;
  let holds = ownText.get(owner);
  if (holds === undefined) ownText.set(owner, (holds = holdsText(owner)));
  return holds ? owner : inline;
}

/**
 * The text after the page's first <h1>, when that is the posting's title, in document order up to the
 * description: each block's inline text joined as one line ("Remote (" "United States" ")"), until a line too
 * long to be a fact (prose has begun) or MAX_HEADER_LINES of them.
 */
export function headerLines(doc: Document, title: string, description: Element | null): string[] {
  const heading = doc.querySelector('h1');
  // The generic reader's title is this heading's lineText when it comes from the heading.
  if (!heading || lineText(heading) !== title.trim()) return [];
  return linesAfter(doc, heading, description);
}

/** The lines between the posting's title heading, whichever it is, and its description. */
export function linesAfter(doc: Document, heading: Element, description: Element | null): string[] {
  // NodeFilter.SHOW_TEXT, by value (see proseBlock).
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 0x4);
  walker.currentNode = heading;
  const lines: string[] = [];
  const ownText = new Map<Element, boolean>();
  let block: Element | null = null;
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_TEXT_NODES; node = walker.nextNode(), visited++) {
    if (heading.contains(node)) continue;
    if (description?.contains(node)) break;
    const owner = lineOf(node, ownText);
    if (owner?.closest(NOT_TEXT)) continue;
    if (owner !== block) {
      // Blank text between blocks starts no line (it would take a line's place).
      if (!node.nodeValue?.trim()) continue;
      if ((lines.at(-1)?.trim().length ?? 0) > MAX_HEADER_LINE_CHARS) break;
      if (lines.length === MAX_HEADER_LINES) break;
      block = owner;
      lines.push('');
    }
    lines[lines.length - 1] += node.nodeValue ?? '';
  }
  return lines
    .map((line) => oneLine(line).replace(/\( /g, '(').replace(/ \)/g, ')'))
    .filter((line) => line.length > 0 && line.length <= MAX_HEADER_LINE_CHARS);
}
