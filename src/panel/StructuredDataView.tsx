import type {GuidanceFinding} from '../core/jsonld-guidance';
import {PageText} from './PageText';
import type {StructuredDataCheck} from '../messages/structured-data';

function count(findings: GuidanceFinding[], level: GuidanceFinding['level']): number {
  return findings.filter((finding) => finding.level === level).length;
}

/** What the heading says before the section is opened. */
function tally(findings: GuidanceFinding[]): string {
  if (findings.length === 0) return 'nothing to fix';
  const required = count(findings, 'required');
  const recommended = count(findings, 'recommended');
  return (
    [required ? `${required} required` : '', recommended ? `${recommended} recommended` : '']
      .filter(Boolean)
      .join(', ') + ' to fix'
  );
}

/**
 * For recruiters: the page's JobPosting JSON-LD against Google's guidance, missing or malformed fields,
 * required first. Closed by default: job seekers need not see it. Pages without JSON-LD show nothing.
 */
export function StructuredDataView({check}: {check: StructuredDataCheck | null | undefined}) {
  if (!check) return null;
  const {findings} = check;
  return (
    <section data-testid="structured-data" data-eligible={String(check.eligible)}>
      <details class="recruiters">
        <summary>
          <span class="section-title">For recruiters: structured data</span>{' '}
          <span class="muted">({tally(findings)})</span>
        </summary>
        <p class="muted">This page's JobPosting JSON-LD, checked against Google's job posting guidance.</p>
        {findings.length === 0 ? (
          <p>Every required and recommended field is present and well formed.</p>
        ) : (
          <ul class="findings">
            {findings.map((finding, index) => (
              <li
                key={index}
                data-testid="structured-data-finding"
                data-property={finding.property}
                data-level={finding.level}
                data-problem={finding.problem}
              >
                <code>{finding.property}</code>{' '}
                <span class={finding.level === 'required' ? 'warning' : 'muted'}>
                  {finding.level}, {finding.problem}
                </span>
                <div class="muted">
                  <PageText text={finding.message} />
                </div>
              </li>
            ))}
          </ul>
        )}
        <p class="source">Source: {check.source}</p>
      </details>
    </section>
  );
}
