import {Component} from 'preact';
import {screeningParts} from '../core/screening-line';
import type {Analysis} from '../core/types';
import type {ShowEvidence} from './ChecklistView';

interface ScreeningLineProps {
  analysis: Pick<Analysis, 'requirements' | 'screening' | 'checklist'>;
  onShowEvidence?: ShowEvidence | undefined;
}

/**
 * The facts a job seeker screens on, first and in one line: "Remote (US) · No sponsorship · Secret
 * clearance required · 8+ years · Bachelor's · Senior". Each part is a button that highlights the
 * sentence it was read from (the checklist's evidence path); a part read from the location line or
 * title has nothing in the description to highlight and says so.
 (A class, not hooks: see
 * ChecklistView's EvidenceQuote.)
 */
export class ScreeningLine extends Component<ScreeningLineProps, {notFound: string | null}> {
  override state: {notFound: string | null} = {notFound: null};

  override render({analysis, onShowEvidence}: ScreeningLineProps, {notFound}: {notFound: string | null}) {
    const parts = screeningParts(analysis);
    if (parts.length === 0) return null;
    return (
      <p class="screening" data-testid="screening-line" aria-label="Screening facts">
        {parts.map((part, index) => (
          <span key={part.id}>
            {index > 0 ? <span aria-hidden="true"> · </span> : null}
            <button
              type="button"
              class="fact"
              data-id={part.id}
              title={part.evidence ? `"${part.evidence}"` : undefined}
              aria-describedby={notFound === part.id ? 'tpm-screening-status' : undefined}
              onClick={() =>
                this.setState({notFound: part.evidence && onShowEvidence?.(part.evidence) ? null : part.id})
              }
            >
              {part.text}
            </button>
          </span>
        ))}
        {notFound ? (
          <span id="tpm-screening-status" class="muted" role="status">
            {' '}
            (not in the posting's text: read from its title or location)
          </span>
        ) : null}
      </p>
    );
  }
}
