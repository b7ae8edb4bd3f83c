// Where the panel docks: at the right edge, just under the site's own fixed or sticky header, so the
// site's navigation and search stay usable. Measured once per panel host; a few style reads.

const MARGIN_PX = 12;
/** A "header" taller than this share of the viewport is something else (a modal, a full-height pane). */
const MAX_HEADER_SHARE = 1 / 3;

function pinnedAncestor(element: Element, doc: Document): Element | null {
  const win = doc.defaultView!;
  for (
    let node: Element | null = element;
    node && node !== doc.body && node !== doc.documentElement;
    node = node.parentElement
  ) {
    const position = win.getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') return node;
  }
  return null;
}

/** The top offset for the panel, in CSS pixels. */
export function dockTop(doc: Document, ignore: Element | null = null): number {
  const win = doc.defaultView;
  if (!win || typeof doc.elementsFromPoint !== 'function') return MARGIN_PX;
  let bottom = 0;
  // Probe the top strip where the panel will sit (right) and the middle, where sites centre their bars.
  for (const x of [win.innerWidth - 40, win.innerWidth / 2]) {
    for (const element of doc.elementsFromPoint(x, 2)) {
      if (ignore?.contains(element)) continue;
      const pinned = pinnedAncestor(element, doc);
      if (!pinned) continue;
      const rect = pinned.getBoundingClientRect();
      if (rect.top <= 2 && rect.height < win.innerHeight * MAX_HEADER_SHARE) bottom = Math.max(bottom, rect.bottom);
      break;
    }
  }
  return Math.round(bottom + MARGIN_PX);
}

const PANEL_WIDTH_PX = 360;
const EDGE_PX = 16;

/**
 * The right offset for the panel: beside the posting when the page leaves room to its right (wide
 * windows, centred layouts), else at the window's right edge.
 */
export function dockRight(doc: Document, posting: Element | null): number {
  const width = doc.documentElement.clientWidth;
  const right = posting?.isConnected ? posting.getBoundingClientRect().right : NaN;
  if (!Number.isFinite(right) || right <= 0) return EDGE_PX;
  const besidePosting = width - (right + EDGE_PX + PANEL_WIDTH_PX);
  return besidePosting >= EDGE_PX ? Math.round(besidePosting) : EDGE_PX;
}
