import type {Analysis} from '../core/types';
import type {CardRequest, CardResult, CardsAnswer, RememberedFigures} from '../messages/cards';
import {blockersOf} from '../messages/summary';
import {findCards, findListContainer, listFor, readCard, readCardId, type CardRead} from '../sites/cards';
import {jobKey} from '../sites/keys';
import type {CardList, SiteAdapter} from '../sites/types';
import {countText, createListHeader, drawCardMark, MARK_CSS, verdictOf} from './card-mark';
import {LIST_MARKS} from './list-measure';
import {guard, logError} from './log';
import {TEST_HOOKS} from './test-hooks';

// List mode: one mark per job card, a one-line header with the count and the dim toggle. Marks are keyed by
// the card's job id, not by the element: sites re-use card elements for other jobs (virtual scrolling,
// re-renders), and a mark whose card now shows another job is replaced, never kept. Only the list's own
// container is observed; it is looked up again when the site replaces it or the route changes.

export interface ListDeps {
  doc: Document;
  currentUrl: () => string;
  /**
   * One request per batch of cards (never per card); the background holds the data and the patterns, and
   * answers with the stored dim choice too (the list page makes no storage read of its own).
   */
  requestCards: (cards: CardRequest[]) => Promise<CardsAnswer>;
  /** Remembers the dim choice made in the list's header. */
  saveDim: (on: boolean) => Promise<unknown>;
}

/**
 * Marks the elements TPM Lens adds, so a scan can tell them from the page's (and drop stray copies). An empty
 * attribute: it says a card was marked, which the page can see anyway, and nothing of what the mark says.
 */
const HOST_ATTR = 'data-tpm-lens-host';
/**
 * Test hooks, in builds with test hooks only (like the panel's id): the verdict on each mark's host and the
 * count text on the header's. The store build keeps the marks in closed shadow roots and writes neither, so a
 * page script can read no verdict or count. DIMMED_ATTR is in both builds: it is what the dim style targets.
 */
const CARD_ATTR = 'data-tpm-lens-card';
const LIST_ATTR = 'data-tpm-lens-list';
const DIMMED_ATTR = 'data-tpm-lens-dimmed';
const STYLE_ID = 'tpm-lens-list-style';
/** Re-renders come in bursts of mutation records: one scan once the burst's task is over. */
const SETTLE_MS = 0;
/**
 * While on a list route: is the observed container still the page's? (sites replace it on a new search)
 * A change of URL is not looked for here: the navigation watcher reports it (list.navigated).
 */
const HOUSEKEEPING_MS = 500;
/** Attributes that carry a card's job id: a re-used card element changes one of these. */
const ID_ATTRIBUTES = [
  'data-occludable-job-id',
  'data-job-id',
  'data-jk',
  'data-jobid',
  'data-entity-urn',
  'id',
  'href',
];

/** What a scan read of one card (see readMark). */
interface Found {
  element: Element;
  key: string;
  card: CardRead | null;
  existing: Mark | undefined;
  strays: Element[] | null;
}

interface Mark {
  key: string;
  host: HTMLElement;
  /** The host's shadow root, or an element in it (closed in the store build: reachable only through this reference). */
  body: ParentNode;
  /** The answer last drawn, to skip drawing the same one again. */
  drawn: CardResult | null | undefined;
}

/**
 * Brackets a span of list work with two trace stamps for the bench (builds with test hooks only). The bench
 * reads their trace events, which carry the thread's CPU clock: CPU time, told apart from time lost to other
 * processes. console.timeStamp rather than a User Timing mark: a mark adds an entry to the page's timeline,
 * which the page can read, and cost the spans about 40 µs each in the bench's traced pages (0.3 ms
 * per 25 cards), where a stamp writes one trace event and nothing when no trace is recording.
 */
function timed(work: () => void) {
  if (!TEST_HOOKS) return work();
  // eslint-disable-next-line no-console -- a trace stamp for the bench (test hooks only), not a log
  console.timeStamp?.(LIST_MARKS.start);
  try {
    work();
  } finally {
    // eslint-disable-next-line no-console -- as above
    console.timeStamp?.(LIST_MARKS.end);
  }
}

const isOurs = (node: Node) => node.nodeType === 1 && (node as Element).hasAttribute(HOST_ATTR);
/** A change the page made (our own marks going in or out are not the page changing). */
const isTheirs = (record: MutationRecord) =>
  record.type === 'attributes'
    ? !isOurs(record.target)
    : [...record.addedNodes, ...record.removedNodes].some((node) => !isOurs(node)) && !isOurs(record.target);

/**
 * Makes mark hosts for one document: each a host and where its content goes, its shadow root (closed in the
 * store build, as the panel's), or an element beside the <style> in it where no style sheet can be adopted.
 */
function createHostMaker(doc: Document) {
  /**
   * One constructed style sheet shared by every mark's shadow root: a <style> per mark would make the
   * browser parse and match the same rules once per card. Null where a content script cannot adopt one.
   */
  let sheets: CSSStyleSheet[] | null | undefined;
  /** A host made once per tag and cloned: one call into the DOM per mark where creating and marking it take two. */
  const prototypes: Partial<Record<'span' | 'div', HTMLElement>> = {};
  return function newHost(tag: 'span' | 'div'): Mark {
    let prototype = prototypes[tag];
    if (!prototype) {
      prototype = prototypes[tag] = doc.createElement(tag);
      prototype.setAttribute(HOST_ATTR, '');
    }
    const host = prototype.cloneNode() as HTMLElement;
    const root = host.attachShadow({mode: TEST_HOOKS ? 'open' : 'closed'});
    if (sheets === undefined) {
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(MARK_CSS);
        sheets = [sheet];
      } catch {
        sheets = null;
      }
    }
    if (sheets) {
      try {
        root.adoptedStyleSheets = sheets;
        return {key: '', host, body: root, drawn: undefined};
      } catch {
        sheets = null;
      }
    }
    const style = doc.createElement('style');
    style.textContent = MARK_CSS;
    const body = doc.createElement('span');
    root.append(style, body);
    return {key: '', host, body, drawn: undefined};
  };
}

export function createListMode(deps: ListDeps) {
  const {doc} = deps;
  const newHost = createHostMaker(doc);
  const marks = new WeakMap<Element, Mark>();
  /** Each mark's host with the card it was placed in (see strayPossible). */
  const owners = new WeakMap<Element, Element>();
  /** Cards read and asked about, their verdict not known yet: where each one's mark will go (see placeMark). */
  let waiting = new WeakMap<Element, {key: string; anchor: Element | null}>();
  /** Answers by posting key; a card re-rendered or scrolled back into view is shown at once. */
  const results = new Map<string, CardResult>();
  const requested = new Set<string>();
  /** Analyses made on this page (the user opened a card), newer than what the background remembered. */
  const fresh = new Map<string, RememberedFigures>();
  /** The cards on screen at the last scan, in page order. */
  let onScreen: Array<{element: Element; key: string}> = [];
  let active: {site: SiteAdapter; list: CardList; href: string} | null = null;
  let container: Element | null = null;
  let header: {host: HTMLElement; view: ReturnType<typeof createListHeader>} | null = null;
  let dimStyle: HTMLStyleElement | null = null;
  let dimmed = false;
  /**
   * Whether any card on this page was ever dimmed: until one is, no card can carry the attribute (only this
   * script writes it), and undimming needs no look at each card (a DOM call per card, twice per page).
   */
  let dimmedAny = false;
  /** The dim choice is known: from the first answer, or set here or elsewhere before it came. */
  let dimKnown = false;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let housekeeping: ReturnType<typeof setInterval> | undefined;

  const observer = new MutationObserver((records) =>
    timed(() => {
      if (records.some(isTheirs)) schedule();
    }),
  );

  function schedule() {
    if (settle !== undefined) return;
    settle = setTimeout(() => {
      settle = undefined;
      guard('list scan', scan);
    }, SETTLE_MS);
  }

  function ensureStyle() {
    if (dimStyle?.isConnected) return;
    const style = (dimStyle = doc.createElement('style'));
    if (TEST_HOOKS) style.id = STYLE_ID;
    // Faded, never hidden or moved: the page's layout stays as the site made it.
    style.textContent = `[${DIMMED_ATTR}]{opacity:.4!important;transition:opacity .15s}[${DIMMED_ATTR}]:hover,[${DIMMED_ATTR}]:focus-within{opacity:1!important}`;
    (doc.head ?? doc.documentElement).append(style);
  }

  function paint(mark: Mark) {
    const result = results.get(mark.key) ?? null;
    if (mark.drawn === result) return;
    // A mark goes in with its answer (placeMark); none means the answers were dropped to be asked again.
    mark.drawn = result;
    if (TEST_HOOKS) {
      if (result) mark.host.setAttribute(CARD_ATTR, verdictOf(result));
      else mark.host.removeAttribute(CARD_ATTR);
    }
    drawCardMark(mark.body, result);
  }

  function setDimmed(element: Element, key: string) {
    const result = results.get(key);
    const dim = dimmed && result !== undefined && verdictOf(result) === 'no';
    if (!dim && !dimmedAny) return;
    if (dim !== element.hasAttribute(DIMMED_ATTR)) {
      if (dim) {
        dimmedAny = true;
        element.setAttribute(DIMMED_ATTR, '');
      } else element.removeAttribute(DIMMED_ATTR);
    }
  }

  function paintHeader() {
    if (!active || !container?.isConnected) return;
    let tpm = 0;
    let maybe = 0;
    let known = 0;
    for (const {key} of onScreen) {
      const result = results.get(key);
      const verdict = result && verdictOf(result);
      if (verdict) known++;
      if (verdict === 'yes') tpm++;
      else if (verdict === 'maybe') maybe++;
    }
    const shown = header?.host.isConnected === true;
    // No header before the first verdicts: "0 of 20 look like TPM roles" would be a count of nothing yet.
    if (!shown && !known) return;
    const text = countText(tpm, maybe, onScreen.length);
    if (!header || !shown) {
      header?.host.remove();
      const {host, body} = newHost('div');
      const view = createListHeader(doc, () => toggleDim());
      body.append(view.root);
      header = {host, view};
      container.before(host);
    }
    if (header.view.update(text, dimmed) && TEST_HOOKS) header.host.setAttribute(LIST_ATTR, text);
  }

  function toggleDim(on = !dimmed) {
    applyDim(on);
    deps.saveDim(on).catch((error: unknown) => logError('dim', error));
  }

  function applyDim(on: boolean) {
    dimKnown = true;
    dimmed = on;
    if (on) ensureStyle();
    guard('dim', () => {
      for (const {element, key} of onScreen) setDimmed(element, key);
      paintHeader();
    });
  }

  /**
   * Reads a card for its mark, and only reads (what it finds is written afterwards, all together, by
   * placeMark, so no read follows a write). `strays` null: the card's mark is current, nothing to write.
   * `card` null: a card not yet rendered (a placeholder), whose mark, if any, goes.
   */
  function readMark(element: Element, list: CardList, siteId: string, straysInList: boolean): Found {
    const jobId = readCardId(element, list);
    const existing = marks.get(element);
    const key = jobKey(siteId, jobId);
    // The same job in the same card, mark still in place: nothing to read or redraw.
    if (jobId && existing?.key === key && existing.host.isConnected && element.contains(existing.host))
      return {element, key, card: null, existing, strays: null};
    // Copies of a mark the page cloned with its card (no shadow root, or another card's) are dropped. A new
    // card mostly has none: one first-match query says so, when the list holds any such copy at all.
    const strays =
      straysInList && element.querySelector(`[${HOST_ATTR}]`)
        ? [...element.querySelectorAll(`[${HOST_ATTR}]`)].filter((stray) => stray !== existing?.host)
        : [];
    return {element, key, card: jobId ? readCard(element, list, jobId) : null, existing, strays};
  }

  /**
   * Writes what readMark found: strays and an outdated mark out, the card's mark in beside its anchor. A card
   * whose verdict is not known yet gets its mark with the verdict (repaint): an empty host put in now would
   * make the page lay out and paint the list once for the empty hosts and again for what they show.
   */
  function placeMark({element, key, card, existing, strays}: Found) {
    for (const stray of strays ?? []) stray.remove();
    existing?.host.remove();
    waiting.delete(element);
    marks.delete(element);
    if (!card) return;
    const kept = existing?.key === key ? existing : undefined;
    if (kept || results.has(key)) insertMark(element, key, card.anchor, kept);
    else waiting.set(element, {key, anchor: card.anchor});
  }

  function insertMark(element: Element, key: string, anchor: Element | null, mark = newHost('span')) {
    mark.key = key;
    if (anchor?.parentNode && element.contains(anchor)) anchor.after(mark.host);
    else element.prepend(mark.host);
    marks.set(element, mark);
    owners.set(mark.host, element);
    paint(mark);
  }

  function observe(next: Element | null) {
    if (next === container) return;
    observer.disconnect();
    container = next;
    if (container)
      observer.observe(container, {childList: true, subtree: true, attributes: true, attributeFilter: ID_ATTRIBUTES});
  }

  /**
   * Whether the list holds a mark that is not in the card it was placed in (a copy the page cloned with a
   * card, or one moved into another card): one query for the whole list, so that a list holding none (a
   * page's first scan, most scrolls) costs no query per card for them.
   */
  function strayPossible(root: Element): boolean {
    for (const host of root.querySelectorAll(`[${HOST_ATTR}]`))
      if (owners.get(host)?.contains(host) !== true) return true;
    return false;
  }

  /** One look at the list, timed whole (the route check, the reads, the writes and the request). */
  function scan() {
    timed(scanList);
  }

  function scanList() {
    const href = deps.currentUrl();
    // The route decides by URL alone: a scan at the same URL (the list's own mutations) keeps the decision.
    const found = active?.href === href ? active : listFor(new URL(href));
    if (!found) {
      stop();
      return;
    }
    if (active?.site !== found.site || active.href !== href) active = {...found, href};
    observe(findListContainer(doc, found.list));
    startHousekeeping();
    if (!container) return;
    const missing: CardRequest[] = [];
    onScreen = [];
    const writes: Found[] = [];
    const straysInList = strayPossible(container);
    // Reads first (ids, fields), every write after them.
    for (const element of findCards(container, found.list)) {
      const marked = readMark(element, found.list, found.site.id, straysInList);
      if (marked.strays) {
        if (marked.card || marked.existing || marked.strays.length) writes.push(marked);
        // Not rendered yet: no mark, not counted.
        if (!marked.card) continue;
      }
      const {key} = marked;
      onScreen.push({element, key});
      if (!results.has(key) && !requested.has(key)) {
        const card = marked.card ?? readCard(element, found.list);
        if (!card) continue;
        requested.add(key);
        missing.push({
          key,
          title: card.title,
          company: card.company,
          location: card.location,
          salaryText: card.salaryText,
          ...(card.payPeriod ? {payPeriod: card.payPeriod} : {}),
        });
      }
    }
    for (const write of writes) placeMark(write);
    for (const {element, key} of onScreen) setDimmed(element, key);
    paintHeader();
    // What the observer queued is this scan's own writes, or page changes made before the scan (which it
    // has just read): no second look for them.
    observer.takeRecords();
    if (missing.length) ask(missing);
  }

  function ask(cards: CardRequest[]) {
    deps
      .requestCards(cards)
      .then(({results: answers, dim}) => {
        timed(() => {
          // The answers are this script's own copies (the message was cloned): kept as they come.
          const keys = new Set<string>();
          for (const answer of answers) {
            answer.remembered = fresh.get(answer.key) ?? answer.remembered;
            results.set(answer.key, answer);
            keys.add(answer.key);
          }
          // The stored choice, unless the user made one meanwhile (a later change arrives as dimChanged).
          if (!dimKnown) {
            dimKnown = true;
            if (dim) {
              dimmed = true;
              ensureStyle();
            }
          }
          repaint(keys);
        });
      })
      .catch((error: unknown) => {
        // Asked again at the next scan: a background that was asleep or restarting answers then.
        for (const card of cards) requested.delete(card.key);
        logError('cards', error);
      });
  }

  /** Never throws (guarded in place: a closure for guard() would be one more function to compile cold). */
  function repaint(keys: ReadonlySet<string>) {
    try {
      // Page changes since the last scan (queued, or already heard and their scan scheduled) get their scan;
      // the records of the writes below are ours.
      const changed = observer.takeRecords().some(isTheirs) || settle !== undefined;
      if (changed) schedule();
      for (const {element, key} of onScreen) {
        if (!keys.has(key)) continue;
        // After a change, a card the page re-used for another job gets no answer about its old one (not for
        // a moment either): its mark waits for the scan. Unchanged, a card shows what the scan read.
        if (changed && (!active || jobKey(active.site.id, readCardId(element, active.list)) !== key)) continue;
        const mark = marks.get(element);
        const wait = waiting.get(element);
        if (mark?.key === key) paint(mark);
        else if (wait?.key === key) {
          waiting.delete(element);
          insertMark(element, key, wait.anchor);
        }
        setDimmed(element, key);
      }
      paintHeader();
      observer.takeRecords();
    } catch (error) {
      logError('repaint', error);
    }
  }

  function startHousekeeping() {
    housekeeping ??= setInterval(() => {
      guard('list housekeeping', () => {
        if (!container?.isConnected) scan();
      });
    }, HOUSEKEEPING_MS);
  }

  /** Off a list route: no observer, no timer, nothing of ours left on the page. */
  function stop() {
    observer.disconnect();
    container = null;
    clearTimeout(settle);
    settle = undefined;
    clearInterval(housekeeping);
    housekeeping = undefined;
    header?.host.remove();
    header = null;
    for (const {element} of onScreen) {
      marks.get(element)?.host.remove();
      marks.delete(element);
      element.removeAttribute(DIMMED_ATTR);
    }
    onScreen = [];
    waiting = new WeakMap();
    active = null;
  }

  return {
    /** The route or the page changed: look again (never throws). `askAgain` forgets the answers first. */
    refresh: (options: {askAgain?: boolean} = {}) =>
      guard('list refresh', () => {
        if (options.askAgain) {
          results.clear();
          requested.clear();
        }
        scan();
      }),
    /**
     * The content script started on a list route: the first scan in a task of its own, not in the start-up
     * task (compiling the script and reading a posting pane already make that one long).
     */
    start: () => guard('list start', schedule),
    /** The URL changed (heard by the navigation watcher): one scan once the site has re-rendered. */
    navigated: () => guard('list navigated', schedule),
    /** A posting was analysed (the user opened a card): its card shows fit and completeness at once. */
    analysisArrived: (key: string, analysis: Analysis) =>
      guard('list analysis', () => {
        const figures = figuresOf(analysis);
        fresh.set(key, figures);
        const result = results.get(key);
        if (!result) return;
        results.set(key, {...result, remembered: figures});
        repaint(new Set([key]));
      }),
    /** The dim choice changed elsewhere (the popup, another tab). */
    dimChanged: (on: boolean) => applyDim(on),
    stop: () => guard('list stop', stop),
  };
}

/** What a posting's card remembers of its analysis. */
function figuresOf(analysis: Analysis, now: Date = new Date()): RememberedFigures {
  return {
    tpm: analysis.detection.isTechnicalProjectManager,
    completeness: analysis.completeness.score,
    fit: analysis.fit?.score ?? null,
    ...blockersOf(analysis),
    at: now.toISOString(),
  };
}
