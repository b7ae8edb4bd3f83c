import type {Detection} from '../core/types';
import {PageText} from './PageText';

export function VerdictView({detection}: {detection: Detection}) {
  const tpm = detection.isTechnicalProjectManager;
  return (
    <section aria-labelledby="tpm-verdict-heading">
      <h3 id="tpm-verdict-heading">Verdict</h3>
      <p data-testid="verdict" data-verdict={tpm ? 'tpm' : 'not-tpm'} class={`verdict ${tpm ? 'tpm' : 'not-tpm'}`}>
        {tpm ? 'Technical project manager role' : 'Not a TPM role'}
        <span class="muted"> (signal {Math.round(detection.score * 100)}/100)</span>
      </p>
      {detection.reasons.length > 0 && (
        <ul class="reasons">
          {detection.reasons.map((reason) => (
            <li key={reason}>
              <PageText text={reason} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
