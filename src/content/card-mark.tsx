import type {CardVerdict} from '../core/card';
import type {CardResult} from '../messages/cards';

// What a list card shows (in the card's own shadow root) and the list's one-line header.

export {default as MARK_CSS} from './card-mark.css?inline';

/**
 * "$150K-$190K a year", "₹5L-₹10L a year": the card's pay annualised (rupees as Indian cards write them, in
 * lakhs of 100,000 from one lakh up; other currencies keep their code). One function for the figures and the
 * range: a page's first marks run cold, and each helper costs a compile of its own there.
 */
function annualPayText(pay: NonNullable<CardResult['card']['pay']>): string {
  const {currency} = pay;
  let text = '';
  for (const value of pay.annualMin === pay.annualMax ? [pay.annualMin] : [pay.annualMin, pay.annualMax]) {
    const figure =
      currency === 'INR' && value >= 100_000
        ? `${Math.round(value / 10_000) / 10}L`
        : value >= 1000
          ? `${Math.round(value / 1000)}K`
          : String(Math.round(value));
    text += `${text ? '-' : ''}${currency === 'USD' ? '$' : currency === 'INR' ? '₹' : ''}${figure}`;
  }
  return `${text}${currency === 'USD' || currency === 'INR' ? '' : ` ${currency}`} a year`;
}

const VERDICT_LABEL = {yes: 'TPM', maybe: 'maybe TPM', no: 'Not a TPM role'} as const;

type PartClass = 'fact pay' | 'fact pay est' | 'fact remembered';

/**
 * A mark's parts made once per document and cloned per card: a clone is one call into the DOM where
 * createElement and each setter is one more (a page of cards draws dozens of marks, the first ones cold).
 */
interface Prototypes {
  doc: Document;
  /** The mark with its first part, per verdict; `busy`: waiting for its answer. */
  marks: Record<'yes' | 'maybe' | 'no' | 'busy', HTMLElement>;
  parts: Record<PartClass, HTMLElement>;
}
let prototypes: Prototypes | null = null;

function prototypesFor(doc: Document): Prototypes {
  if (prototypes?.doc === doc) return prototypes;
  const span = (className: string, text = '') => {
    const element = doc.createElement('span');
    element.className = className;
    element.textContent = text;
    return element;
  };
  const busy = span('mark');
  busy.setAttribute('aria-busy', 'true');
  const dot = span('dot');
  dot.setAttribute('role', 'img');
  dot.setAttribute('aria-label', VERDICT_LABEL.no);
  const marks = {busy, yes: span('mark yes'), maybe: span('mark maybe'), no: span('mark no')};
  marks.yes.append(span('verdict', VERDICT_LABEL.yes));
  marks.maybe.append(span('verdict', VERDICT_LABEL.maybe));
  marks.no.append(dot);
  const parts = {
    'fact pay': span('fact pay'),
    'fact pay est': span('fact pay est'),
    'fact remembered': span('fact remembered'),
  };
  return (prototypes = {doc, marks, parts});
}

/**
 * A card's verdict: the whole posting's once the user has opened it (the panel's, from title and text
 * together), else the card's own from its title. The mark, the count line and the dimming all use it.
 */
export const verdictOf = ({card, remembered}: CardResult): CardVerdict =>
  remembered ? (remembered.tpm ? 'yes' : 'no') : card.isTechnicalProjectManager;

/**
 * A card's mark as DOM, put in `into` (the mark's shadow root): the verdict, then the pay line and the
 * remembered figures when known. Static text, no state and no events, one per card: cloned from prototypes
 * with page text set through textContent and title (never as markup), rather than a preact render per card
 * root, whose diff costs more than the whole mark.
 */
export function drawCardMark(into: ParentNode, result: CardResult | null): void {
  const {marks, parts} = prototypesFor((into as Node).ownerDocument ?? document);
  if (!result) {
    into.replaceChildren(marks.busy.cloneNode(true));
    return;
  }
  const {card, remembered} = result;
  const mark = marks[verdictOf(result)].cloneNode(true) as HTMLElement;
  mark.title = `TPM Lens: ${remembered ? `${remembered.tpm ? 'a TPM role' : 'not a TPM role'} by the whole posting, which you opened` : card.reasons.join('; ')}`;
  const part = (className: PartClass, text: string, title: string) => {
    const element = parts[className].cloneNode() as HTMLElement;
    element.title = title;
    element.textContent = text;
    mark.append(element);
  };
  const pay = card.pay;
  if (pay)
    part(
      pay.estimatedBy ? 'fact pay est' : 'fact pay',
      (pay.estimatedBy ? `${pay.estimatedBy} estimate, not posted pay: ` : '') +
        annualPayText(pay) +
        (card.benchmarkPosition
          ? ` · ${card.benchmarkPosition}`
          : pay.currency === 'USD'
            ? ''
            : ' · US benchmark: no data') +
        (result.yours ? ` · ${result.yours}` : ''),
      card.benchmark
        ? `${card.benchmark.label}; ${card.benchmark.source}, ${card.benchmark.date}`
        : pay.currency === 'USD'
          ? 'No benchmark for this place'
          : `No US benchmark for pay in ${pay.currency}: no data`,
    );
  if (remembered) {
    const {fit, blockers} = remembered;
    part(
      'fact remembered',
      `${fit !== null ? `fit ${Math.round(fit)}${blockers ? ' blocked' : ''} · ` : ''}complete ${Math.round(remembered.completeness)}`,
      `From your analysis of this posting, ${remembered.at.slice(0, 10)}${blockers ? `. Blocked: ${blockers.join('; ')}` : ''}`,
    );
  }
  into.replaceChildren(mark);
}

export function countText(tpm: number, maybe: number, total: number): string {
  const more = maybe ? ` (${maybe} more may be)` : '';
  return `TPM Lens: ${tpm} of ${total} result${total === 1 ? '' : 's'} look${tpm === 1 ? 's like a TPM role' : ' like TPM roles'}${more}`;
}

/**
 * The list's header (the count line and the dim toggle) as DOM, built once and updated in place: a preact
 * render here was the list path's only use of preact, paid cold on the first scan of a list page and again
 * (a diff) at every scan and every batch of answers.
 */
export function createListHeader(doc: Document, onToggleDim: () => void) {
  const root = doc.createElement('div');
  root.className = 'mark header';
  root.setAttribute('role', 'status');
  const line = doc.createElement('span');
  const button = doc.createElement('button');
  button.type = 'button';
  button.addEventListener('click', onToggleDim);
  root.append(line, button);
  let shown: string | null = null;
  return {
    root,
    /** Writes only what changed; false when the header already said this. */
    update(text: string, dimmed: boolean): boolean {
      const key = `${dimmed ? 1 : 0}${text}`;
      if (key === shown) return false;
      shown = key;
      line.textContent = text;
      button.setAttribute('aria-pressed', String(dimmed));
      button.textContent = `Dim non-TPM roles${dimmed ? ': on' : ''}`;
      return true;
    },
  };
}
