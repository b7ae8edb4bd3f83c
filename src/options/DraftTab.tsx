import {useMemo, useState} from 'preact/hooks';
import {excerptAround} from '../core/excerpt';
import {MarkedText} from '../panel/MarkedText';
import {PageText} from '../panel/PageText';
import {analyzeDraft, type DraftReport} from '../core/draft';
import {checkJobPosting, findJobPostings, GUIDANCE_SOURCE, type GuidanceResult} from '../core/jsonld-guidance';
import {draftReportMarkdown} from '../core/markdown-report';
import {
  compareWithListing,
  CONSISTENCY_SOURCE,
  shownByDraft,
  type ConsistencyFinding,
} from '../core/jsonld-consistency';
import {errorMessage} from '../core/error-message';

export interface DraftTabProps {
  copyText: (text: string) => Promise<void>;
}

/** Where the JSON-LD and the listing disagree; once both are given and they agree, that is said too. */
function JsonLdDifferences({differences}: {differences: readonly ConsistencyFinding[]}) {
  return (
    <div data-testid="jsonld-differences">
      {differences.length ? (
        <>
          <p>The JSON-LD and the listing differ: Google asks structured data to say what the page shows.</p>
          <ul>
            {differences.map((difference) => (
              <li key={difference.property + difference.message}>
                <strong>
                  differs: <code>{difference.property}</code>
                </strong>{' '}
                <PageText text={difference.message} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>The JSON-LD agrees with the listing on title, place, remote work, pay and job type.</p>
      )}
      <p class="muted">Checked against {CONSISTENCY_SOURCE}.</p>
    </div>
  );
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

type JsonLdCheck = {error: string} | {result: GuidanceResult} | null;

export function DraftTab({copyText}: DraftTabProps) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [location, setLocation] = useState('');
  const [salaryText, setSalaryText] = useState('');
  const [jsonLdText, setJsonLdText] = useState('');

  const report = useMemo(() => {
    if (!text.trim()) return null;
    return analyzeDraft({text, title, location, salaryText, date: new Date().toISOString().slice(0, 10)});
  }, [text, title, location, salaryText]);

  const found = useMemo(() => (jsonLdText.trim() ? findJobPostings(jsonLdText) : null), [jsonLdText]);
  const jsonLd = useMemo((): JsonLdCheck => {
    if (!found) return null;
    return found.error !== null
      ? {error: found.error}
      : {result: checkJobPosting(found.postings[0]!, {now: new Date()})};
  }, [found]);
  const differences = useMemo(
    () => (report && found?.error === null ? compareWithListing(found.postings[0]!, shownByDraft(report, text)) : null),
    [report, found, text],
  );

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
        {differences ? <JsonLdDifferences differences={differences} /> : null}
      </details>

      {report ? (
        <DraftReportView report={report} jsonLd={jsonLd} differences={differences ?? []} copyText={copyText} />
      ) : (
        <p class="muted" data-testid="draft-empty">
          The check appears here once there is some text.
        </p>
      )}
    </section>
  );
}

/** Characters kept either side of the words that show a present item: its sentence in a line or two. */
const DRAFT_CONTEXT_CHARS = 60;

function DraftReportView({
  report,
  jsonLd,
  differences,
  copyText,
}: {
  report: DraftReport;
  jsonLd: JsonLdCheck;
  differences: readonly ConsistencyFinding[];
  copyText: (text: string) => Promise<void>;
}) {
  const present = report.analysis.checklist.filter((item) => item.present);
  return (
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
          {!report.payRange.present && report.payRange.required ? ' (likely required by law for this location)' : ''}
        </dd>
      </dl>
      <h3>Missing ({report.suggestions.length})</h3>
      <AdviceList testId="draft-missing" items={report.suggestions} />
      {report.unsaid.length > 0 ? (
        <>
          <h3>Unsaid, and candidates screen on it ({report.unsaid.length})</h3>
          <AdviceList testId="draft-unsaid" items={report.unsaid} />
        </>
      ) : null}
      <h3>Present ({present.length})</h3>
      <ul data-testid="draft-present">
        {present.map((item) => (
          <li key={item.id} data-id={item.id}>
            {item.label}
            {item.evidence[0] ? (
              <span class="muted">
                : "<MarkedText excerpt={excerptAround(item.evidence[0], item.shownAt?.[0], DRAFT_CONTEXT_CHARS)} />"
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <CopyReport
        markdown={() => draftReportMarkdown(report, jsonLd && 'result' in jsonLd ? jsonLd.result : null, differences)}
        copyText={copyText}
      />
    </div>
  );
}

function AdviceList({testId, items}: {testId: string; items: DraftReport['suggestions']}) {
  return (
    <ul data-testid={testId}>
      {items.map((item) => (
        <li key={item.id} data-id={item.id}>
          <strong>{item.label}</strong>: {item.advice}
          <br />
          <span class="muted">For example: "{item.example}"</span>
        </li>
      ))}
    </ul>
  );
}

/** Copies the report; when the clipboard refuses, shows it to copy by hand. */
function CopyReport({markdown, copyText}: {markdown: () => string; copyText: (text: string) => Promise<void>}) {
  const [copied, setCopied] = useState<string | null>(null);
  const [manual, setManual] = useState<string | null>(null);
  async function copy() {
    const text = markdown();
    try {
      await copyText(text);
      setManual(null);
      setCopied('Copied the report as Markdown.');
    } catch (error) {
      setManual(text);
      setCopied(`Could not copy (${errorMessage(error)}): select the report below and copy it.`);
    }
  }
  return (
    <>
      <p>
        <button type="button" onClick={() => void copy()}>
          Copy report as Markdown
        </button>{' '}
        {copied ? <span role="status">{copied}</span> : null}
      </p>
      {manual ? (
        <textarea aria-label="Report as Markdown" readOnly rows={10} value={manual} data-testid="draft-markdown" />
      ) : null}
    </>
  );
}
