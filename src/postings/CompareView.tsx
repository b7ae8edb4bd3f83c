import {useState} from 'preact/hooks';
import {CHECKLIST} from '../core/checklist';
import type {ScreeningColumnPart} from '../core/screening-columns';
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

function benchmarkSource(record: PostingRecord): string {
  const {levelsSource, reference} = record.benchmark ?? {};
  if (levelsSource) return `${levelsSource.area}: ${levelsSource.source}, ${levelsSource.date}`;
  return reference ? `${reference.source}, ${reference.date}` : 'no data';
}

interface CompareRow {
  label: string;
  value: (record: PostingRecord) => preact.ComponentChildren;
}

/** A screening fact as the panel's screening line said it; a record from before they were kept has none yet. */
const screeningRow = (label: string, id: ScreeningColumnPart): CompareRow => ({
  label,
  value: (record) => (record.screening ? (record.screening[id] ?? 'not stated') : 'not read yet'),
});

/** The rows under the pay rows, as data: one label and what each posting says for it. */
const FACT_ROWS: readonly CompareRow[] = [
  {label: 'Benchmark source', value: benchmarkSource},
  {label: 'Against the benchmark', value: (record) => record.benchmark?.summary || 'no data'},
  screeningRow('Work mode', 'workMode'),
  screeningRow('Visa sponsorship', 'sponsorship'),
  screeningRow('Security clearance', 'clearance'),
  screeningRow('US citizenship', 'usCitizenship'),
  screeningRow('Seniority', 'seniority'),
  screeningRow('Travel', 'travelPercent'),
  screeningRow('Employment type', 'employmentType'),
  {
    label: 'Years required',
    value: ({requirements: {minYearsExperience: years}}) => (years === null ? 'not stated' : `${years}+`),
  },
  {label: 'Degree', value: (record) => record.requirements.degree ?? 'not stated'},
  {label: 'Certifications', value: (record) => record.requirements.certifications.join(', ') || 'none named'},
  {
    label: 'Your fit',
    value: ({fit}) =>
      fit ? `${fit.score}/100${fit.blockers ? ` (blocked: ${fit.blockers.join('; ')})` : ''}` : 'no profile',
  },
  {
    label: 'Pay against yours',
    value: ({fit}) => (fit ? (fit.pay?.text ?? 'no pay expectation in your profile') : 'no profile'),
  },
  {
    label: 'Your skills it names',
    value: ({fit}) =>
      fit ? (fit.skills ? fit.skills.named.join(', ') || 'none' : 'no skills in your profile') : 'no profile',
  },
  {
    label: 'Fit gaps',
    value: (record) =>
      record.fit ? record.fit.missing.map((id) => missingLabel(id, labels)).join(', ') || 'none' : 'no profile',
  },
  {label: 'Completeness', value: (record) => `${record.completeness.score}/100`},
];

function LevelPicker({
  level,
  onLevel,
  onClose,
}: {
  level: number;
  onLevel: (level: number) => void;
  onClose: () => void;
}) {
  return (
    <p>
      <label>
        Pay against wage level{' '}
        <select value={String(level)} onChange={(event) => onLevel(Number((event.target as HTMLSelectElement).value))}>
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
  );
}

/** 2 to 4 postings side by side: pay against the same wage level in each place, requirements, checklist, fit gaps. */
export function CompareView({records, onClose}: CompareViewProps) {
  const [level, setLevel] = useState(1);
  const row = ({label, value}: CompareRow, className?: string) => (
    <tr key={label}>
      <th scope="row" class={className}>
        {label}
      </th>
      {records.map((record) => (
        <td key={record.key}>{value(record)}</td>
      ))}
    </tr>
  );
  return (
    <section class="compare" aria-labelledby="compare-heading" data-testid="compare-view">
      <h2 id="compare-heading">Compare {records.length} postings</h2>
      <LevelPicker level={level} onLevel={setLevel} onClose={onClose} />
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
            {row({label: 'Posted pay', value: payText})}
            {row({label: `Level ${LEVEL_NAMES[level]} where it is`, value: (record) => againstLevel(record, level)})}
            {FACT_ROWS.map((fact) => row(fact))}
            {CHECKLIST.map((item) =>
              row(
                {
                  label: item.label,
                  value: (record) =>
                    record.checklist.met.includes(item.id) ? (
                      <span class="ok">✓ stated</span>
                    ) : (
                      <span class="no">✗ missing</span>
                    ),
                },
                'item',
              ),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
