import {Component} from 'preact';
import {truncationNotice} from '../core/input-limits';
import type {Analysis} from '../core/types';
import {ChecklistView, type ShowEvidence} from './ChecklistView';
import {labelsOf} from './format';
import {PageText} from './PageText';
import {SalaryView} from './SalaryView';
import {SaveView, type SaveViewProps} from './SaveView';
import {ScreeningLine} from './ScreeningLine';
import type {StructuredDataCheck} from '../messages/structured-data';
import {StructuredDataView} from './StructuredDataView';
import {CompletenessView, FitView} from './ScoreViews';
import {VerdictView} from './VerdictView';
import {CloseButton} from './CloseButton';

export interface PanelProps extends SaveViewProps {
  analysis: Analysis;
  onDismiss?: (() => void) | undefined;
  onSetUpProfile?: (() => void) | undefined;
  onShowEvidence?: ShowEvidence | undefined;
  /** Open a TPM posting collapsed: the user collapsed the panel before (any site). */
  startCollapsed?: boolean | undefined;
  /** The user collapsed or expanded the panel: remembered for the next posting. */
  onCollapsedChange?: ((collapsed: boolean) => void) | undefined;
  /** The page's JobPosting JSON-LD against Google's guidance; absent on pages without JSON-LD. */
  structuredData?: StructuredDataCheck | null | undefined;
  /** The reader picked an occupation for pay comparisons (null: let the posting decide). */
  onChooseOccupation?: ((soc: string | null) => void) | undefined;
}

type View = 'collapsed' | 'open';

interface PanelState {
  view: View;
  /** The startCollapsed last applied. */
  applied: boolean;
}

/**
 * The analysis of one posting, open (or collapsed, as the reader last left a TPM posting's). A posting that
 * is not a TPM role comes here once the reader opens its "Not a TPM role" chip (mount.tsx), so it opens in full.
 */
export class Panel extends Component<PanelProps, PanelState> {
  // (A class, not hooks: see ChecklistView's EvidenceQuote.)
  constructor(props: PanelProps) {
    super(props);
    const collapsed = props.startCollapsed ?? false;
    this.state = {
      view: props.analysis.detection.isTechnicalProjectManager && collapsed ? 'collapsed' : 'open',
      applied: collapsed,
    };
  }

  /**
   * The remembered choice can arrive after the first render (storage is read without holding it up): apply
   * it when it changes, never over a click made since. Derived before render, so the change shows in the same paint.
   */
  static override getDerivedStateFromProps(
    {startCollapsed = false}: PanelProps,
    {applied}: PanelState,
  ): Partial<PanelState> | null {
    return applied === startCollapsed ? null : {applied: startCollapsed, view: startCollapsed ? 'collapsed' : 'open'};
  }

  /** The checklist's labels, made again only for another analysis's checklist. */
  private labelled: {checklist: Analysis['checklist']; labels: ReturnType<typeof labelsOf>} | null = null;

  override render(
    {
      analysis,
      onDismiss,
      onSetUpProfile,
      onShowEvidence,
      onCollapsedChange,
      structuredData,
      onChooseOccupation,
      onSave,
      onOpenPostings,
    }: PanelProps,
    {view}: PanelState,
  ) {
    const {posting} = analysis;
    if (this.labelled?.checklist !== analysis.checklist)
      this.labelled = {checklist: analysis.checklist, labels: labelsOf(analysis.checklist)};
    const {labels} = this.labelled;
    const truncation = truncationNotice(analysis.truncated);

    const open = view === 'open';
    return (
      <div class="tpm" role="complementary" aria-label="TPM Lens analysis">
        <div class="panel" data-testid="panel">
          <header>
            <PostingTitles posting={posting} />
            <button
              type="button"
              class="icon"
              aria-expanded={open ? 'true' : 'false'}
              aria-controls="tpm-lens-body"
              aria-label={open ? 'Collapse TPM Lens' : 'Expand TPM Lens'}
              onClick={() => {
                this.setState({view: open ? 'collapsed' : 'open'});
                onCollapsedChange?.(open);
              }}
            >
              {open ? '▾' : '▸'}
            </button>
            <CloseButton onDismiss={onDismiss} />
          </header>
          <div class="body" id="tpm-lens-body" hidden={!open}>
            {truncation ? (
              <p class="muted" role="note" data-testid="truncated">
                {truncation}
              </p>
            ) : null}
            <ScreeningLine analysis={analysis} onShowEvidence={onShowEvidence} />
            <VerdictView detection={analysis.detection} />
            <CompletenessView completeness={analysis.completeness} labels={labels} />
            <FitView
              fit={analysis.fit}
              labels={labels}
              onSetUpProfile={onSetUpProfile}
              profileProblem={analysis.profileProblem}
            />
            <SalaryView salary={analysis.salary} onChooseOccupation={onChooseOccupation} />
            <ChecklistView checklist={analysis.checklist} onShowEvidence={onShowEvidence} />
            <StructuredDataView check={structuredData} />
            <SaveView onSave={onSave} onOpenPostings={onOpenPostings} />
          </div>
        </div>
      </div>
    );
  }
}

/** The posting's title, company and place, as the page gave them. */
function PostingTitles({posting}: {posting: Analysis['posting']}) {
  return (
    <div class="titles">
      <p class="brand">TPM Lens</p>
      <h2 data-testid="posting-title">
        <PageText text={posting.title} />
      </h2>
      {posting.company || posting.location ? (
        <p class="company">
          {posting.company ? <PageText text={posting.company} /> : null}
          {posting.company && posting.location ? ' · ' : null}
          {posting.location ? <PageText text={posting.location} /> : null}
        </p>
      ) : null}
    </div>
  );
}
