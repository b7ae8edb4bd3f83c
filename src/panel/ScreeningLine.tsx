import {useState} from 'preact/hooks';
import {screeningParts} from '../core/screening-line';
import type {Analysis} from '../core/types';
import type {ShowEvidence} from './ChecklistView';

/**
 * The facts a job seeker screens on, first and in one line: "Remote (US) · No sponsorship · Secret
 * clearance required · 8+ years · Bachelor's · Senior". Each part is a button that highlights the
 * sentence it was read from (the checklist's evidence path); a part read from the location line or
 * title has nothing in the description to highlight and says so.
 */
export function ScreeningLine({
  analysis,
  onShowEvidence,
}: {
  analysis: Pick<Analysis, 'requirements' | 'screening' | 'checklist'>;
  onShowEvidence?: ShowEvidence | undefined;
}) {
  const parts = screeningParts(analysis);
  const [notFound, setNotFound] = useState<string | null>(null);
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
            onClick={() => setNotFound(part.evidence && onShowEvidence?.(part.evidence) ? null : part.id)}
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
