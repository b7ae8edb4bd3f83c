// Shows an evidence sentence in the posting itself. The CSS Custom Highlight API paints a Range without
// touching the page's DOM (no wrapper elements for the site's scripts to trip over); where it is missing
// or the page refuses the style, the sentence is still scrolled into view.
import {normalizeText} from '../core/normalize';
import {MAX_TEXT_CHARS, textNodes} from '../sites/dom-text';
import {logError} from './log';
import {TEST_HOOKS} from './test-hooks';

/**
 * The page can list CSS.highlights and read the adopted style sheet: the shipped build names its
 * highlight at random per page, so neither says which extension set it (tests look for the fixed name).
 */
let chosenName: string | undefined;
const highlightName = () =>
  (chosenName ??= TEST_HOOKS ? 'tpm-lens-evidence' : `h${Math.floor(Math.random() * 2 ** 48).toString(36)}`);
/**
 * Whether this script ever set its highlight: clearing runs on every posting shown, and the first touch
 * of CSS.highlights costs a page several ms even when there is nothing to clear.
 */
let highlighted = false;

/** Matching on the sentence's opening characters tolerates the site's trailing markup. */
const PROBE_CHARS = 60;

/**
 * Whitespace is left out of the comparison altogether: sites break lines and split words across
 * elements differently from the reader that made the sentence, but the visible characters agree.
 */
const compact = (text: string) => normalizeText(text).replace(/\s+/g, '').toLowerCase();

/** Text that compacts character by character with native string calls: no normalisation to apply. */
const PLAIN_ASCII = /^[\x00-\x7f]*$/;

/**
 * One character at a time, as the page shows it, so that every compared character still knows where it
 * sits in its text node. `cache` keeps the normalised form of each distinct non-ASCII character.
 */
function compactChars(value: string, cache: Map<string, string>): string[] {
  const out: string[] = [];
  for (let offset = 0; offset < value.length; offset++) {
    const char = value[offset]!;
    let compacted = cache.get(char);
    if (compacted === undefined) cache.set(char, (compacted = compact(char)));
    out.push(compacted);
  }
  return out;
}

/** A text node's compacted text (what compactChars would give, joined). */
function compactNode(value: string, cache: Map<string, string>): string {
  // ASCII compacts the same whole or per character; only other text needs the per-character pass.
  return PLAIN_ASCII.test(value) ? value.replace(/\s+/g, '').toLowerCase() : compactChars(value, cache).join('');
}

/** Characters compacted before the first look for the sentence; each later step doubles it. */
const FIRST_STEP = 4_096;

/**
 * The element's characters as the reader reads them (src/sites/dom-text.ts), compacted, with one entry
 * per text node (not per character), built only as far as a search needs: evidence near the top of a
 * posting is found without touching the rest. Evidence comes from the part of the description the core
 * analysed, so it never grows past that: a click costs the same on a 1 MB and a 10 MB posting.
 */
class TextIndex {
  text = '';
  readonly nodes: Text[] = [];
  /** Where each node's compacted text starts in `text` (ascending). */
  readonly starts: number[] = [];
  readonly cache = new Map<string, string>();
  private readonly pending: Iterator<Text>;
  private done = false;

  constructor(root: Element) {
    this.pending = textNodes(root);
  }

  /** Compacts nodes until the text holds at least `chars` characters (or the cap, or every node). */
  grow(chars: number): boolean {
    if (this.done) return false;
    const parts: string[] = [this.text];
    let length = this.text.length;
    const goal = Math.min(chars, MAX_TEXT_CHARS);
    while (length < goal) {
      const next = this.pending.next();
      if (next.done) {
        this.done = true;
        break;
      }
      const node = next.value;
      const part = compactNode(node.data, this.cache);
      if (!part) continue;
      this.nodes.push(node);
      this.starts.push(length);
      parts.push(part);
      length += part.length;
    }
    if (length >= MAX_TEXT_CHARS) this.done = true;
    this.text = parts.join('');
    return true;
  }
}

/** Where `probe` starts in the index, growing it step by step until found or the index is complete. */
function search(index: TextIndex, probe: string): number {
  let searched = 0;
  for (let step = FIRST_STEP; index.grow(index.text.length + step); step *= 2) {
    const found = index.text.indexOf(probe, Math.max(0, searched - probe.length + 1));
    if (found >= 0) return found;
    searched = index.text.length;
  }
  return index.text.indexOf(probe, Math.max(0, searched - probe.length + 1));
}

/** The text node and offset of the compacted character at `position`, and the node's place in the index. */
function locate(index: TextIndex, position: number): {node: Text; offset: number; at: number} {
  let low = 0;
  let high = index.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (index.starts[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  const node = index.nodes[low]!;
  let remaining = position - index.starts[low]!;
  const chars = compactChars(node.data, index.cache);
  for (let offset = 0; offset < chars.length; offset++) {
    remaining -= chars[offset]!.length;
    if (remaining < 0) return {node, offset, at: low};
  }
  return {node, offset: node.data.length - 1, at: low};
}

/** Where `sentence` sits inside `root`: its Range and the text nodes it spans; null when the page does not show it. */
function locateSentence(root: Element, sentence: string): {range: Range; nodes: Text[]} | null {
  const full = compact(sentence);
  const probe = full.slice(0, PROBE_CHARS);
  if (!probe) return null;
  const index = new TextIndex(root);
  const start = search(index, probe);
  if (start < 0) return null;
  // The whole sentence may run past what the search compacted.
  if (start + full.length > index.text.length) index.grow(start + full.length);
  const end = index.text.startsWith(full, start) ? start + full.length : start + probe.length;
  const first = locate(index, start);
  const last = locate(index, end - 1);
  const range = root.ownerDocument.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return {range, nodes: index.nodes.slice(first.at, last.at + 1)};
}

/** The Range of `sentence` inside `root`, or null when the page does not show it. */
export function findSentence(root: Element, sentence: string): Range | null {
  return locateSentence(root, sentence)?.range ?? null;
}

/**
 * A selector that matches this one element: its path from the root, each step its tag and its place among
 * its siblings. Null outside the document's own tree (a shadow tree, a detached node), where a document
 * style sheet does not reach.
 */
export function pathSelector(element: Element): string | null {
  const steps: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (!node.parentElement) {
      if (node !== node.ownerDocument.documentElement) return null;
      steps.push(':root');
      break;
    }
    let place = 1;
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) place++;
    steps.push(`${CSS.escape(node.localName)}:nth-child(${place})`);
  }
  return steps.reverse().join(' > ');
}

/** Elements styled one by one at most; a sentence spread over more is styled through their common ancestor. */
const MAX_STYLED_ELEMENTS = 32;

/**
 * The highlight's style rule, written for the elements that hold the sentence only. A rule for every
 * element (`::highlight(name)`) made the browser compute the style of the whole document again when the
 * sheet changed: 260-340 ms on the first click of a 10 MB page. A rule whose last step is a tag has the
 * browser look again at the elements of that tag only, and paints only these.
 */
export function highlightRule(range: Range, nodes: readonly Text[]): string | null {
  const parents = [...new Set(nodes.map((node) => node.parentElement).filter((parent) => parent !== null))];
  const common = range.commonAncestorContainer;
  const targets =
    parents.length && parents.length <= MAX_STYLED_ELEMENTS
      ? parents
      : [common.nodeType === 1 ? (common as Element) : common.parentElement].filter((parent) => parent !== null);
  const selectors = targets.map(pathSelector).filter((selector) => selector !== null);
  if (!selectors.length) return null;
  const name = highlightName();
  return `${selectors.map((selector) => `${selector}::highlight(${name})`).join(', ')} { background-color: #ffe58a; color: #111; }`;
}

/** The highlight's one style sheet per document, its rule rewritten for each sentence shown. */
const sheets = new WeakMap<Document, {sheet: CSSStyleSheet; rule: string}>();

function styleHighlight(doc: Document, rule: string): void {
  let styled = sheets.get(doc);
  if (!styled) sheets.set(doc, (styled = {sheet: new CSSStyleSheet(), rule: ''}));
  const {sheet} = styled;
  // Each change of the rule has the browser look again at the elements it names (the same sentence
  // shown again costs none). A constructed sheet is not subject to the page's style-src CSP, unlike a <style> element.
  if (styled.rule !== rule) sheet.replaceSync((styled.rule = rule));
  // The page's own scripts may have replaced the list since.
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** Highlights and scrolls to the sentence; false when it cannot be found on the page. */
export function showEvidence(root: Element | null, sentence: string): boolean {
  if (!root?.isConnected) return false;
  const found = locateSentence(root, sentence);
  if (!found) return false;
  const {range} = found;
  try {
    if (typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function') {
      const rule = highlightRule(range, found.nodes);
      if (rule) styleHighlight(root.ownerDocument, rule);
      CSS.highlights.set(highlightName(), new Highlight(range));
      highlighted = true;
    }
  } catch (error) {
    logError('highlight', error);
  }
  const anchor = range.startContainer.parentElement;
  anchor?.scrollIntoView({block: 'center', behavior: 'smooth'});
  return true;
}

export function clearEvidence(): void {
  if (!highlighted) return;
  try {
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(highlightName());
  } catch (error) {
    logError('clear highlight', error);
  }
}
