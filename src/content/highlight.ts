// Shows an evidence sentence in the posting itself. The CSS Custom Highlight API paints a Range without
// touching the page's DOM (no wrapper elements for the site's scripts to trip over); where it is missing
// or the page refuses the style, the sentence is still scrolled into view.
import {normalizeText} from '../core/text';
import {logError} from './log';

export const HIGHLIGHT_NAME = 'tpm-lens-evidence';
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe58a; color: #111; }`;
/** Matching on the sentence's opening characters tolerates the site's trailing markup. */
const PROBE_CHARS = 60;

/**
 * Whitespace is left out of the comparison altogether: sites break lines and split words across
 * elements differently from the reader that made the sentence, but the visible characters agree.
 */
const compact = (text: string) => normalizeText(text).replace(/\s+/g, '').toLowerCase();

interface TextIndex {
  text: string;
  /** For each character of `text`, the text node and offset it came from. */
  origin: Array<{node: Text; offset: number}>;
}

function indexText(root: Element): TextIndex {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  const origin: TextIndex['origin'] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.data;
    for (let offset = 0; offset < value.length; offset++) {
      // The sentences were normalised (quotes, dashes, NFKC) the same way, one character at a time here
      // so that every compared character still knows where it sits in the page.
      for (const char of compact(value[offset]!)) {
        text += char;
        origin.push({node, offset});
      }
    }
  }
  return {text, origin};
}

/** The Range of `sentence` inside `root`, or null when the page does not show it. */
export function findSentence(root: Element, sentence: string): Range | null {
  const full = compact(sentence);
  const probe = full.slice(0, PROBE_CHARS);
  if (!probe) return null;
  const {text, origin} = indexText(root);
  const start = text.indexOf(probe);
  if (start < 0) return null;
  const end = text.startsWith(full, start) ? start + full.length : start + probe.length;
  const first = origin[start]!;
  const last = origin[end - 1]!;
  const range = root.ownerDocument.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

let styled = false;

function ensureHighlightStyle(doc: Document): void {
  if (styled) return;
  styled = true;
  // A constructed sheet is not subject to the page's style-src CSP, unlike a <style> element.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** Highlights and scrolls to the sentence; false when it cannot be found on the page. */
export function showEvidence(root: Element | null, sentence: string): boolean {
  if (!root?.isConnected) return false;
  const range = findSentence(root, sentence);
  if (!range) return false;
  try {
    if (typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function') {
      ensureHighlightStyle(root.ownerDocument);
      CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    }
  } catch (error) {
    logError('highlight', error);
  }
  const anchor = range.startContainer.parentElement;
  anchor?.scrollIntoView({block: 'center', behavior: 'smooth'});
  return true;
}

export function clearEvidence(): void {
  try {
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
  } catch (error) {
    logError('clear highlight', error);
  }
}
