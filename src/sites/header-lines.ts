// The short lines under a posting's title on a page read without markup of its own: where career sites state
// the place and type ("Infrastructure Engineering · Remote (United States) · Full Time"). Only collected here;
// the core decides which line is which (src/core/header-facts.ts), where the place vocabularies are.
import {MAX_HEADER_LINE_CHARS, MAX_HEADER_LINES} from '../core/input-limits';
import {nameOf} from './dom-text';
import {INLINE} from './generic';

/**
 * The text after the page's first <h1>, when that is the posting's title, in document order up to the
 * description: each block's inline text joined as one line ("Remote (" "United States" ")"), until a line too
 * long to be a fact (prose has begun) or MAX_HEADER_LINES of them.
 */
export function headerLines(doc: Document, title: string, description: Element | null): string[] {
  const heading = doc.querySelector('h1');
  if (!heading || (heading.textContent ?? '').replace(/\s+/g, ' ').trim() !== title.trim()) return [];
  // NodeFilter.SHOW_TEXT, by value (see proseBlock).
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 0x4);
  walker.currentNode = heading;
  const lines: string[] = [];
  let block: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (heading.contains(node)) continue;
    if (description?.contains(node)) break;
    let owner = node.parentElement;
    while (owner && INLINE.has(nameOf(owner))) owner = owner.parentElement;
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
    .map((line) => line.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim())
    .filter((line) => line.length > 0 && line.length <= MAX_HEADER_LINE_CHARS);
}
