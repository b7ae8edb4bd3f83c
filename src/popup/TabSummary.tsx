import {OCCUPATION_TITLES} from '../core/salary/occupation-titles';
import type {AnalysisSummary} from '../messages/summary';
import {PageText} from '../panel/PageText';

export interface TabSummaryProps {
  /** undefined while loading. */
  summary: AnalysisSummary | null | undefined;
  onSetUpProfile?: (() => void) | undefined;
  /** Runs the analysis on a page the content script is not declared on. */
  onAnalyze?: (() => void) | undefined;
  analyzing?: boolean;
  /** What the last on-demand analysis found when it found no posting. */
  notice?: string | null;
  /** Brings back the panel the user closed on this posting (offered when the summary says it is closed). */
  onShowPanel?: ((dismissedKey: string) => void) | undefined;
  /** The reader's remembered occupation for pay (null: from each posting); undefined while it loads. */
  chosenOccupation?: string | null | undefined;
  /** Remembers a new choice for every posting (null: back to the posting's own). */
  onChooseOccupation?: ((soc: string | null) => void) | undefined;
}

export function TabSummary({
  summary,
  onSetUpProfile,
  onAnalyze,
  analyzing = false,
  notice = null,
  onShowPanel,
  chosenOccupation,
  onChooseOccupation,
}: TabSummaryProps) {
  if (summary === undefined) return <p class="muted">Reading this tab…</p>;
  if (summary === null) return <NoSummary onAnalyze={onAnalyze} analyzing={analyzing} notice={notice} />;
  const tpm = summary.verdict === 'tpm';
  return (
    <section aria-labelledby="tpm-tab-heading" data-testid="tab-summary">
      <h2 id="tpm-tab-heading">
        <PageText text={summary.title} />
      </h2>
      {summary.company ? (
        <p class="company">
          <PageText text={summary.company} />
        </p>
      ) : null}
      <p data-testid="verdict" class={`verdict ${tpm ? 'tpm' : 'not-tpm'}`}>
        {tpm ? 'Technical project manager role' : 'Not a TPM role'}
      </p>
      <p data-testid="completeness-score">
        Listing completeness: <strong>{Math.round(summary.completeness)}</strong>/100
      </p>
      <div data-testid="fit-score">
        {summary.fit === null ? (
          <p>
            No profile yet: set one up to see your fit.{' '}
            {onSetUpProfile ? (
              <button type="button" onClick={onSetUpProfile}>
                Set up your profile
              </button>
            ) : null}
          </p>
        ) : (
          <p>
            Your fit: <strong>{Math.round(summary.fit)}</strong>/100
            {summary.blockers ? <span class="warning">, blocked: {summary.blockers.join('; ')}</span> : null}
          </p>
        )}
      </div>
      <OccupationLines summary={summary} chosenOccupation={chosenOccupation} onChooseOccupation={onChooseOccupation} />
      {summary.dismissedKey ? (
        <p data-testid="panel-closed">
          <span class="muted">You closed the panel on this posting. </span>
          {onShowPanel ? (
            <button type="button" onClick={() => onShowPanel(summary.dismissedKey!)}>
              Show the panel again
            </button>
          ) : null}
        </p>
      ) : null}
      {notice ? <p role="status">{notice}</p> : null}
    </section>
  );
}

/** No posting analysed in this tab: how to get one (and, where the content script does not run, a button). */
function NoSummary({
  onAnalyze,
  analyzing,
  notice,
}: Pick<TabSummaryProps, 'onAnalyze' | 'notice'> & {analyzing: boolean}) {
  return (
    <section aria-label="This tab">
      <p class="muted" data-testid="no-summary">
        No job posting analysed in this tab. Open a posting on a supported job site
        {onAnalyze ? ', or analyse this page:' : '.'}
      </p>
      {onAnalyze ? (
        <p>
          <button type="button" onClick={onAnalyze} disabled={analyzing}>
            {analyzing ? 'Analysing…' : 'Analyze this page'}
          </button>
        </p>
      ) : null}
      {notice ? (
        <p role="status" data-testid="analyze-notice">
          {notice}
        </p>
      ) : null}
    </section>
  );
}

/** The occupation the pay is measured as, the level the posting implies, and the reader's switch. */
function OccupationLines({
  summary,
  chosenOccupation,
  onChooseOccupation,
}: Pick<TabSummaryProps, 'chosenOccupation' | 'onChooseOccupation'> & {summary: AnalysisSummary}) {
  return (
    <>
      {summary.occupation ? (
        <p data-testid="tab-occupation" data-soc={summary.occupation.soc}>
          Pay measured as {summary.occupation.soc} {summary.occupation.title}
          {summary.occupation.by === 'user' ? ' (your choice)' : ''}
          {summary.impliedLevel ? (
            <>
              ; the posting asks for a{' '}
              <strong data-testid="tab-implied-level">
                Level {['I', 'II', 'III', 'IV'][summary.impliedLevel - 1]}
              </strong>{' '}
              worker
            </>
          ) : null}
          .{summary.impliedLevelSummary ? ` ${summary.impliedLevelSummary}` : ''}
        </p>
      ) : null}
      {summary.occupation && onChooseOccupation && chosenOccupation !== undefined ? (
        <p>
          <label>
            Measure pay as{' '}
            <select
              data-testid="tab-occupation-select"
              value={chosenOccupation ?? ''}
              onChange={(event) => onChooseOccupation(event.currentTarget.value || null)}
            >
              <option value="">From each posting</option>
              {OCCUPATION_TITLES.map(({soc, title}) => (
                <option key={soc} value={soc}>
                  {soc} {title}
                </option>
              ))}
            </select>
          </label>
        </p>
      ) : null}
    </>
  );
}
