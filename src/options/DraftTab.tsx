import {useMemo, useState} from 'preact/hooks';
import {PageText} from '../panel/PageText';
import {analyzeDraft} from '../core/draft';
import {checkJobPosting, findJobPostings, GUIDANCE_SOURCE, type GuidanceResult} from '../core/jsonld-guidance';
import {draftReportMarkdown} from '../core/markdown-report';
import {errorMessage} from '../core/error-message';

export interface DraftTabProps {
  copyText: (text: string) => Promise<void>;
}

function JsonLdFindings({result}: {result: GuidanceResult}) {
  return (
    <div data-testid="jsonld-findings">
      <p>
        {result.eligible
          ? 'Every required property is present and well-formed.'
          : 'Required properties are missing or malformed: Google may not show this job.'}
      </p>
      {result.findings.length ? (
        <ul>
          {result.findings.map((finding) => (
            <li key={`${finding.property}-${finding.message}`} class={finding.level}>
              <strong>
                {finding.level}, {finding.problem}: <code>{finding.property}</code>
              </strong>{' '}
              <PageText text={finding.message} />
            </li>
          ))}
        </ul>
      ) : null}
      <p class="muted">Checked against {GUIDANCE_SOURCE}.</p>
    </div>
  );
}

export function DraftTab({copyText}: DraftTabProps) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [location, setLocation] = useState('');
  const [salaryText, setSalaryText] = useState('');
  const [jsonLdText, setJsonLdText] = useState('');
  const [copied, setCopied] = useState<string | null>(null);
  /** The report to copy by hand when the clipboard refuses. */
  const [manual, setManual] = useState<string | null>(null);

  const report = useMemo(() => {
    if (!text.trim()) return null;
    return analyzeDraft({text, title, location, salaryText, date: new Date().toISOString().slice(0, 10)});
  }, [text, title, location, salaryText]);

  const jsonLd = useMemo((): {error: string} | {result: GuidanceResult} | null => {
    if (!jsonLdText.trim()) return null;
    const found = findJobPostings(jsonLdText);
    return found.error !== null
      ? {error: found.error}
      : {result: checkJobPosting(found.postings[0]!, {now: new Date()})};
  }, [jsonLdText]);

  async function copy() {
    if (!report) return;
    const markdown = draftReportMarkdown(report, jsonLd && 'result' in jsonLd ? jsonLd.result : null);
    try {
      await copyText(markdown);
      setManual(null);
      setCopied('Copied the report as Markdown.');
    } catch (error) {
      setManual(markdown);
      setCopied(`Could not copy (${errorMessage(error)}): select the report below and copy it.`);
    }
  }

  const present = report?.analysis.checklist.filter((item) => item.present) ?? [];

  return (
    <section aria-labelledby="draft-heading">
      <h2 id="draft-heading">Check a listing draft</h2>
      <p class="muted">Paste or type a job listing. The check runs here, as you type; nothing leaves this page.</p>
      <div class="draft-fields">
        <label for="draft-title">Title (optional)</label>
        <input
          id="draft-title"
          value={title}
          onInput={(event) => setTitle(event.currentTarget.value)}
          placeholder="Detected from the draft"
        />
        <label for="draft-location">Location (optional)</label>
        <input
          id="draft-location"
          value={location}
          onInput={(event) => setLocation(event.currentTarget.value)}
          placeholder="Detected from the draft"
        />
        <label for="draft-pay">Pay line (optional)</label>
        <input
          id="draft-pay"
          value={salaryText}
          onInput={(event) => setSalaryText(event.currentTarget.value)}
          placeholder="$140,000 - $175,000 a year"
        />
      </div>
      <label for="draft-text">Listing text</label>
      <textarea id="draft-text" rows={16} value={text} onInput={(event) => setText(event.currentTarget.value)} />

      <details class="jsonld">
        <summary>Also check the page's JobPosting JSON-LD</summary>
        <label for="jsonld-text">Paste the JSON-LD object, or the page source that holds it</label>
        <textarea
          id="jsonld-text"
          rows={6}
          value={jsonLdText}
          onInput={(event) => setJsonLdText(event.currentTarget.value)}
        />
        {jsonLd && 'error' in jsonLd ? (
          <p class="status error" role="alert">
            {jsonLd.error}
          </p>
        ) : null}
        {jsonLd && 'result' in jsonLd ? <JsonLdFindings result={jsonLd.result} /> : null}
      </details>

      {report ? (
        <div class="draft-report" data-testid="draft-report">
          <p data-testid="draft-completeness">
            Completeness: <span class="score">{report.analysis.completeness.score}</span>/100
          </p>
          <dl>
            <dt>Title</dt>
            <dd data-testid="draft-title-value">
              {report.title.value || 'not found'}
              {report.title.detected ? ' (detected)' : ''}
            </dd>
            <dt>Location</dt>
            <dd data-testid="draft-location-value">
              {report.location.value || 'not found'}
              {report.location.detected ? ' (detected)' : ''}
            </dd>
            <dt>Reads as a TPM role</dt>
            <dd>{report.analysis.detection.isTechnicalProjectManager ? 'yes' : 'no'}</dd>
            <dt>Pay range</dt>
            <dd data-testid="draft-pay-value">
              {report.payRange.present ? (
                <>
                  stated: <PageText text={report.payRange.text ?? ''} />
                </>
              ) : (
                'missing'
              )}
              {!report.payRange.present && report.payRange.required
                ? ' (likely required by law for this location)'
                : ''}
            </dd>
          </dl>
          <h3>Missing ({report.suggestions.length})</h3>
          <ul data-testid="draft-missing">
            {report.suggestions.map((suggestion) => (
              <li key={suggestion.id} data-id={suggestion.id}>
                <strong>{suggestion.label}</strong>: {suggestion.advice}
                <br />
                <span class="muted">For example: "{suggestion.example}"</span>
              </li>
            ))}
          </ul>
          {report.unsaid.length > 0 ? (
            <>
              <h3>Unsaid, and candidates screen on it ({report.unsaid.length})</h3>
              <ul data-testid="draft-unsaid">
                {report.unsaid.map((item) => (
                  <li key={item.id} data-id={item.id}>
                    <strong>{item.label}</strong>: {item.advice}
                    <br />
                    <span class="muted">For example: "{item.example}"</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>Present ({present.length})</h3>
          <ul data-testid="draft-present">
            {present.map((item) => (
              <li key={item.id} data-id={item.id}>
                {item.label}
                {item.evidence[0] ? (
                  <span class="muted">
                    : "<PageText text={item.evidence[0]} />"
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <p>
            <button type="button" onClick={() => void copy()}>
              Copy report as Markdown
            </button>{' '}
            {copied ? <span role="status">{copied}</span> : null}
          </p>
          {manual ? (
            <textarea aria-label="Report as Markdown" readOnly rows={10} value={manual} data-testid="draft-markdown" />
          ) : null}
        </div>
      ) : (
        <p class="muted" data-testid="draft-empty">
          The check appears here once there is some text.
        </p>
      )}
    </section>
  );
}
