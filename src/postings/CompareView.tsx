import {useState} from 'preact/hooks';
import {CHECKLIST} from '../core/checklist';
import type {PostingRecord} from '../storage/posting-record';
import {usd, usdRange} from '../core/usd';
import {missingLabel} from '../panel/format';

const LEVEL_NAMES = ['I', 'II', 'III', 'IV'] as const;
const labels = new Map(CHECKLIST.map((item) => [item.id as string, item.label]));

export interface CompareViewProps {
  records: readonly PostingRecord[];
  onClose: () => void;
}

function payText(record: PostingRecord): string {
  if (!record.pay) return 'not stated';
  const {annualMin, annualMax, currency} = record.pay;
  return currency === 'USD'
    ? `${usdRange(annualMin, annualMax)} a year`
    : `${Math.round(annualMin).toLocaleString('en-US')}-${Math.round(annualMax).toLocaleString('en-US')} ${currency} a year`;
}

/** The posted midpoint against one wage level of the posting's own place, in words. */
function againstLevel(record: PostingRecord, level: number): string {
  const levels = record.benchmark?.levels;
  if (!levels) return 'no data';
  const figure = levels[level]!;
  if (!record.pay || record.pay.currency !== 'USD') return `${usd(figure)} (no comparable posted pay)`;
  const mid = (record.pay.annualMin + record.pay.annualMax) / 2;
  const delta = Math.round(((mid - figure) / figure) * 100);
  return `${usd(figure)}: posted midpoint ${delta >= 0 ? '+' : ''}${delta}%`;
}

/** 2 to 4 postings side by side: pay against the same wage level in each place, requirements, checklist, fit gaps. */
export function CompareView({records, onClose}: CompareViewProps) {
  const [level, setLevel] = useState(1);
  const cell = (render: (record: PostingRecord) => preact.ComponentChildren) =>
    records.map((record) => <td key={record.key}>{render(record)}</td>);
  return (
    <section class="compare" aria-labelledby="compare-heading" data-testid="compare-view">
      <h2 id="compare-heading">Compare {records.length} postings</h2>
      <p>
        <label>
          Pay against wage level{' '}
          <select
            value={String(level)}
            onChange={(event) => setLevel(Number((event.target as HTMLSelectElement).value))}
          >
            {LEVEL_NAMES.map((name, index) => (
              <option key={name} value={String(index)}>
                {name}
              </option>
            ))}
          </select>
        </label>{' '}
        <span class="muted">(US Department of Labor OFLC prevailing wage levels for each posting's own place)</span>{' '}
        <button type="button" onClick={onClose}>
          Close the comparison
        </button>
      </p>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span class="sr-only">Field</span>
              </th>
              {records.map((record) => (
                <th scope="col" key={record.key} data-testid="compare-column">
                  {record.title}
                  <div class="muted">{[record.company, record.location].filter(Boolean).join(' · ')}</div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Posted pay</th>
              {cell(payText)}
            </tr>
            <tr>
              <th scope="row">Level {LEVEL_NAMES[level]} where it is</th>
              {cell((record) => againstLevel(record, level))}
            </tr>
            <tr>
              <th scope="row">Benchmark source</th>
              {cell((record) =>
                record.benchmark?.levelsSource
                  ? `${record.benchmark.levelsSource.area}: ${record.benchmark.levelsSource.source}, ${record.benchmark.levelsSource.date}`
                  : record.benchmark?.reference
                    ? `${record.benchmark.reference.source}, ${record.benchmark.reference.date}`
                    : 'no data',
              )}
            </tr>
            <tr>
              <th scope="row">Against the benchmark</th>
              {cell((record) => record.benchmark?.summary || 'no data')}
            </tr>
            <tr>
              <th scope="row">Years required</th>
              {cell((record) =>
                record.requirements.minYearsExperience === null
                  ? 'not stated'
                  : `${record.requirements.minYearsExperience}+`,
              )}
            </tr>
            <tr>
              <th scope="row">Degree</th>
              {cell((record) => record.requirements.degree ?? 'not stated')}
            </tr>
            <tr>
              <th scope="row">Certifications</th>
              {cell((record) => record.requirements.certifications.join(', ') || 'none named')}
            </tr>
            <tr>
              <th scope="row">Your fit</th>
              {cell((record) => (record.fit ? `${record.fit.score}/100` : 'no profile'))}
            </tr>
            <tr>
              <th scope="row">Fit gaps</th>
              {cell((record) =>
                record.fit
                  ? record.fit.missing.map((id) => missingLabel(id, labels)).join(', ') || 'none'
                  : 'no profile',
              )}
            </tr>
            <tr>
              <th scope="row">Completeness</th>
              {cell((record) => `${record.completeness.score}/100`)}
            </tr>
            {CHECKLIST.map((item) => (
              <tr key={item.id}>
                <th scope="row" class="item">
                  {item.label}
                </th>
                {cell((record) =>
                  record.checklist.met.includes(item.id) ? (
                    <span class="ok">✓ stated</span>
                  ) : (
                    <span class="no">✗ missing</span>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
