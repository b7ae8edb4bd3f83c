import {Component} from 'preact';
import {excerptAround} from '../core/excerpt';
import {withoutBidiControls} from '../core/invisible';
import {MarkedText} from './MarkedText';
import type {ChecklistKind} from '../core/ids';
import type {ChecklistMatch} from '../core/types';

/** Highlights a sentence in the posting on the page; false when the page does not show it. */
export type ShowEvidence = (sentence: string) => boolean;

interface EvidenceQuoteProps {
  sentence: string;
  /** Where the words that show the item stand in the sentence (ChecklistMatch.shownAt). */
  at?: [number, number] | null | undefined;
  onShow?: ShowEvidence | undefined;
}

/** Characters kept either side of the words that show the item: a long sentence is cut to about three lines. */
const CONTEXT_CHARS = 90;

// The panel's stateful parts are class components: preact/hooks would add about 1 KB gzipped to the
// content script, whose budget is 35 KB (the popup and options pages, without a budget, use hooks).
class EvidenceQuote extends Component<EvidenceQuoteProps, {missing: boolean}> {
  override state = {missing: false};

  override render({sentence, at, onShow}: EvidenceQuoteProps, {missing}: {missing: boolean}) {
    // The words marked, and a long sentence cut around them; the whole sentence on hover.
    const excerpt = excerptAround(sentence, at, CONTEXT_CHARS);
    return (
      <blockquote title={excerpt.cut ? withoutBidiControls(sentence) : undefined}>
        <MarkedText excerpt={excerpt} />
        {onShow ? (
          <>
            {' '}
            <button
              type="button"
              class="link"
              disabled={missing}
              onClick={() => this.setState({missing: !onShow(sentence)})}
            >
              {missing ? 'not found on the page' : 'show in posting'}
            </button>
          </>
        ) : null}
      </blockquote>
    );
  }
}

function ChecklistItemView({
  match,
  onShowEvidence,
}: {
  match: ChecklistMatch;
  onShowEvidence?: ShowEvidence | undefined;
}) {
  const state = match.present ? 'stated' : 'not stated';
  const head = (
    <>
      <span class="mark" aria-hidden="true">
        {match.present ? '✓' : '✗'}
      </span>
      <span>{match.label}</span>
      <span class="sr-only">: {state}</span>
    </>
  );
  return (
    <li class="item" data-testid="checklist-item" data-id={match.id} data-present={String(match.present)}>
      {match.evidence.length > 0 ? (
        <details>
          <summary>{head}</summary>
          {match.evidence.map((sentence, index) => (
            <EvidenceQuote key={index} sentence={sentence} at={match.shownAt?.[index]} onShow={onShowEvidence} />
          ))}
        </details>
      ) : (
        <div class="plain">{head}</div>
      )}
    </li>
  );
}

const GROUPS: Array<{kind: ChecklistKind; title: string}> = [
  {kind: 'qualification', title: 'Qualifications'},
  {kind: 'responsibility', title: 'Responsibilities'},
];

export function ChecklistView({
  checklist,
  onShowEvidence,
}: {
  checklist: ChecklistMatch[];
  onShowEvidence?: ShowEvidence | undefined;
}) {
  return (
    <>
      {GROUPS.map(({kind, title}) => {
        const items = checklist.filter((match) => match.kind === kind);
        const stated = items.filter((match) => match.present).length;
        const headingId = `tpm-checklist-${kind}`;
        return (
          <section key={kind} aria-labelledby={headingId}>
            <h3 id={headingId}>
              {title}{' '}
              <span class="muted">
                ({stated} of {items.length} stated)
              </span>
            </h3>
            <ul>
              {items.map((match) => (
                <ChecklistItemView key={match.id} match={match} onShowEvidence={onShowEvidence} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
