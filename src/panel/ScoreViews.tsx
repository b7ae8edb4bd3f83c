import type {Completeness, Fit} from '../core/types';
import {missingLabel, type Labels} from './format';

function Meter({value, label}: {value: number; label: string}) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div class="meter" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={clamped}>
      <span style={{width: `${clamped}%`}} />
    </div>
  );
}

export function CompletenessView({completeness, labels}: {completeness: Completeness; labels: Labels}) {
  const label = (id: string) => missingLabel(id, labels);
  return (
    <section aria-labelledby="tpm-completeness-heading">
      <h3 id="tpm-completeness-heading">Listing completeness</h3>
      <p data-testid="completeness-score">
        <span class="score">{Math.round(completeness.score)}</span>
        <span class="muted">/100</span>
      </p>
      <Meter value={completeness.score} label="Listing completeness" />
      {completeness.missing.length > 0 && <p class="muted">Not stated: {completeness.missing.map(label).join(', ')}</p>}
    </section>
  );
}

export interface FitViewProps {
  fit: Fit | null;
  labels: Labels;
  /** Opens the profile settings; absent where there is no way to open them. */
  onSetUpProfile?: (() => void) | undefined;
  /** Why the saved profile could not be read: said instead of "Set up your profile". */
  profileProblem?: string | undefined;
}

export function FitView({fit, labels, onSetUpProfile, profileProblem}: FitViewProps) {
  const label = (id: string) => missingLabel(id, labels);
  return (
    <section aria-labelledby="tpm-fit-heading">
      <h3 id="tpm-fit-heading">Your fit</h3>
      {fit ? (
        <div data-testid="fit-score" data-has-profile="true">
          {fit.blockers?.length ? (
            <div class="blockers" data-testid="fit-blockers" role="note">
              <p>
                <strong>Blocked</strong>
                <span class="muted">: the score is 0 whatever else you meet</span>
              </p>
              <ul>
                {fit.blockers.map((blocker) => (
                  <li key={blocker.id} data-id={blocker.id}>
                    {blocker.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p>
            <span class="score">{Math.round(fit.score)}</span>
            <span class="muted">/100 of the stated requirements</span>
          </p>
          <Meter value={fit.score} label="Your fit" />
          {fit.pay && <p class={fit.pay.verdict === 'below' ? 'warning' : 'muted'}>{fit.pay.text}</p>}
          {fit.skills && <p>{fit.skills.text}</p>}
          {fit.place && (
            <p class={fit.place.away ? 'warning' : 'muted'} data-testid="fit-place">
              {fit.place.text}
            </p>
          )}
          {fit.missing.length > 0 && <p>Missing: {fit.missing.map(label).join(', ')}</p>}
          {fit.met.length > 0 && <p>Met: {fit.met.map(label).join(', ')}</p>}
          {fit.unknown.length > 0 && (
            <p class="muted">Your profile does not say: {fit.unknown.map(label).join(', ')}</p>
          )}
        </div>
      ) : profileProblem ? (
        <div data-testid="fit-score" data-has-profile="unreadable">
          <p class="warning" role="alert">
            Your saved profile failed to load, so no fit is shown. {profileProblem}
          </p>
          {onSetUpProfile ? (
            <button type="button" onClick={onSetUpProfile}>
              Open your profile
            </button>
          ) : null}
        </div>
      ) : (
        <div data-testid="fit-score" data-has-profile="false">
          <p>Set up your profile to see how well you match this posting's requirements.</p>
          {onSetUpProfile ? (
            <button type="button" onClick={onSetUpProfile}>
              Set up your profile
            </button>
          ) : null}
        </div>
      )}
    </section>
  );
}
