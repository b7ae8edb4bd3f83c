// Scores the analysis core against the hand-made labels of a split (format: ../shared/data/postings/LABELS.md).
// Shared by `npm run eval` (prints the table) and test/unit/project/accuracy.test.ts (guards the targets).
import {existsSync, readFileSync} from 'node:fs';
import {analyze} from '../src/core/analyze';
import {analyzeCard} from '../src/core/card';
import {CHECKLIST_IDS, REQUIREMENT_IDS, type ChecklistId} from '../src/core/ids';
import {postingFromRow} from '../src/cli/inputs';
import {loadSalaryDatasetSync} from '../src/core/salary/load-node';
import type {Analysis} from '../src/core/types';

export interface Label {
  id: string;
  is_tpm: 'yes' | 'no' | 'borderline';
  min_years: number | null;
  degree_min: string | null;
  certifications: string[];
  salary: null | {annual_min: number; annual_max: number};
  present: null | Record<string, boolean>;
  skip_pay?: boolean;
  note: string;
  /** Screening labels, only on the rows labelled for them (LABELS.md). */
  work_mode?: 'remote' | 'hybrid' | 'onsite' | null;
  clearance_required?: boolean;
  us_citizenship_required?: boolean;
  sponsorship?: 'offered' | 'not offered' | null;
}

export interface Measure {
  name: string;
  value: number;
  target: number;
  detail: string;
}

export interface EvalResult {
  postings: number;
  /** The sources scored (id prefixes), in the split's order. */
  sources: string[];
  elapsedMs: number;
  measures: Measure[];
  perItem: Array<{id: ChecklistId; tp: number; fp: number; fn: number}>;
  misses: string[];
  /** The screening measures on each half of the screening-labelled rows, split by id source prefix. */
  screeningHalves: Array<{name: string; postings: number; measures: Measure[]}>;
}

interface ScreeningRow {
  id: string;
  label: Label;
  got: Analysis['requirements'];
}

/**
 * Exact agreement on each of the four labelled screening facts, and the precision of the three
 * answers that block a candidate (a wrong blocker costs a job). Precision with no such answer is 1.
 */
export function screeningMeasures(
  rows: readonly ScreeningRow[],
  miss?: (metric: string, id: string, text: string) => void,
): Measure[] {
  const exact = (name: string, same: (row: ScreeningRow) => boolean, show: (row: ScreeningRow) => string): Measure => {
    const right = rows.filter((row) => {
      const ok = same(row);
      if (!ok) miss?.(name, row.id, show(row));
      return ok;
    }).length;
    return {name, value: rows.length ? right / rows.length : 1, target: 0.95, detail: `${right}/${rows.length}`};
  };
  const precision = (
    name: string,
    predicted: (row: ScreeningRow) => boolean,
    actual: (row: ScreeningRow) => boolean,
  ): Measure => {
    const said = rows.filter(predicted);
    const right = said.filter(actual).length;
    const relevant = rows.filter(actual).length;
    return {
      name,
      value: said.length ? right / said.length : 1,
      target: 0.97,
      detail: `${right}/${said.length} said (${relevant} labelled)`,
    };
  };
  return [
    exact(
      'work mode',
      (row) => row.got.workMode === (row.label.work_mode ?? null),
      (row) => `got ${row.got.workMode}, want ${row.label.work_mode}`,
    ),
    exact(
      'clearance',
      (row) => (row.got.clearance?.required ?? false) === row.label.clearance_required,
      (row) => `got ${JSON.stringify(row.got.clearance)}, want required ${row.label.clearance_required}`,
    ),
    exact(
      'citizenship',
      (row) => row.got.usCitizenship === row.label.us_citizenship_required,
      (row) => `got ${row.got.usCitizenship}, want ${row.label.us_citizenship_required}`,
    ),
    exact(
      'sponsorship',
      (row) => row.got.sponsorship === (row.label.sponsorship ?? null),
      (row) => `got ${row.got.sponsorship}, want ${row.label.sponsorship}`,
    ),
    precision(
      'clearance req P',
      (row) => row.got.clearance?.required === true,
      (row) => row.label.clearance_required === true,
    ),
    precision(
      'citizenship P',
      (row) => row.got.usCitizenship,
      (row) => row.label.us_citizenship_required === true,
    ),
    precision(
      'not offered P',
      (row) => row.got.sponsorship === 'not offered',
      (row) => row.label.sponsorship === 'not offered',
    ),
  ];
}

export const SCORED_ITEMS = CHECKLIST_IDS.filter(
  (id) => !(REQUIREMENT_IDS as readonly string[]).includes(id),
) as ChecklistId[];

const readJsonl = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as unknown);
const canonCert = (cert: string) => cert.toUpperCase().replace(/[^A-Z0-9+]/g, '');
const within = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(Math.abs(b), 1);

export function f1(tp: number, fp: number, fn: number) {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return {precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0};
}

export function splitExists(dir: string, split = 'dev'): boolean {
  return existsSync(`${dir}/${split}.jsonl`) && existsSync(`${dir}/${split}.labels.jsonl`);
}

/** Which half of a split to score: sources (the id's prefix before ':') fall wholly in one half. */
export type Half = 'a' | 'b';

const sourceOf = (id: string) => id.split(':')[0]!;

/**
 * Sources assigned to half "a" or "b": largest first, each to the half with fewer postings so far
 * (ties to "a"), so that the halves are near equal in size and never share a source. Writing patterns
 * on one half and measuring on the other shows whether they generalise beyond the postings they were
 * written on.
 */
export function sourceHalves(ids: readonly string[]): Map<string, Half> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(sourceOf(id), (counts.get(sourceOf(id)) ?? 0) + 1);
  const halves = new Map<string, Half>();
  const size = {a: 0, b: 0};
  for (const [source, count] of [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) {
    const half: Half = size.a <= size.b ? 'a' : 'b';
    halves.set(source, half);
    size[half] += count;
  }
  return halves;
}

export function evaluate(dir: string, split = 'dev', half?: Half): EvalResult {
  const allRows = readJsonl(`${dir}/${split}.jsonl`) as Array<{
    id: string;
    title: string;
    company?: string | null;
    location?: string | null;
    salary_text?: string | null;
  }>;
  const halves = sourceHalves(allRows.map((row) => row.id));
  const rows = half ? allRows.filter((row) => halves.get(sourceOf(row.id)) === half) : allRows;
  const labels = new Map((readJsonl(`${dir}/${split}.labels.jsonl`) as Label[]).map((label) => [label.id, label]));
  const misses: string[] = [];
  const miss = (metric: string, id: string, text: string) => misses.push(`${metric.padEnd(12)} ${id}: ${text}`);
  let tp = 0,
    fp = 0,
    fn = 0;
  // Card verdict (title, company, location, pay line only): precision of "yes", recall of yes+maybe.
  let cardYes = 0,
    cardYesRight = 0,
    cardTpm = 0,
    cardTpmMarked = 0;
  let yearsRight = 0,
    degreeRight = 0,
    total = 0;
  let certTp = 0,
    certFp = 0,
    certFn = 0;
  let payRight = 0,
    payTotal = 0;
  let itemTp = 0,
    itemFp = 0,
    itemFn = 0;
  const perItem = new Map(SCORED_ITEMS.map((id) => [id, {id, tp: 0, fp: 0, fn: 0}]));
  const screeningRows: ScreeningRow[] = [];

  // The county data the extension and the CLI analyse with: it resolves each posting's place.
  const dataset = loadSalaryDatasetSync();
  const started = performance.now();
  for (const row of rows) {
    const label = labels.get(row.id);
    if (!label) continue;
    total++;
    const analysis = analyze(postingFromRow(row), {dataset});
    const title = `${row.title}`.slice(0, 60);
    const why = `${analysis.detection.score.toFixed(2)}: ${analysis.detection.reasons.join('; ')}`;

    if (label.is_tpm !== 'borderline') {
      const predicted = analysis.detection.isTechnicalProjectManager;
      const actual = label.is_tpm === 'yes';
      if (predicted && actual) tp++;
      else if (predicted) {
        fp++;
        miss('detection', row.id, `false positive "${title}" (${why})`);
      } else if (actual) {
        fn++;
        miss('detection', row.id, `missed "${title}" (${why})`);
      }
      const card = analyzeCard({
        title: row.title ?? '',
        company: row.company ?? '',
        location: row.location ?? '',
        salaryText: row.salary_text ?? '',
      });
      const verdict = card.isTechnicalProjectManager;
      if (verdict === 'yes') {
        cardYes++;
        actual ? cardYesRight++ : miss('card', row.id, `"${title}" marked TPM (${card.reasons.join('; ')})`);
      }
      if (actual) {
        cardTpm++;
        verdict !== 'no'
          ? cardTpmMarked++
          : miss('card', row.id, `"${title}" left unmarked (${card.reasons.join('; ')})`);
      }
    }

    if (analysis.requirements.minYearsExperience === label.min_years) yearsRight++;
    else miss('years', row.id, `got ${analysis.requirements.minYearsExperience}, want ${label.min_years}`);

    if (analysis.requirements.degree === label.degree_min) degreeRight++;
    else miss('degree', row.id, `got ${analysis.requirements.degree}, want ${label.degree_min}`);

    const gotCerts = new Set(analysis.requirements.certifications.map(canonCert));
    const wantCerts = new Set(label.certifications.map(canonCert));
    for (const cert of gotCerts) {
      if (wantCerts.has(cert)) certTp++;
      else {
        certFp++;
        miss('certs', row.id, `extra ${cert}`);
      }
    }
    for (const cert of wantCerts) {
      if (gotCerts.has(cert)) continue;
      certFn++;
      miss('certs', row.id, `missed ${cert}`);
    }

    if (!label.skip_pay) {
      payTotal++;
      const got = analysis.salary.posted;
      const want = label.salary;
      const right =
        got === null
          ? want === null
          : want !== null && within(got.annualMin, want.annual_min) && within(got.annualMax, want.annual_max);
      if (right) payRight++;
      else
        miss(
          'pay',
          row.id,
          `got ${got ? `${got.annualMin}-${got.annualMax} (${got.text})` : 'none'}, want ${want ? `${want.annual_min}-${want.annual_max}` : 'none'}`,
        );
    }

    if (label.work_mode !== undefined) screeningRows.push({id: row.id, label, got: analysis.requirements});

    if (label.present && label.is_tpm !== 'no') {
      for (const id of SCORED_ITEMS) {
        const want = label.present[id];
        if (want === undefined) continue;
        const match = analysis.checklist.find((item) => item.id === id);
        const got = match?.present ?? false;
        const counts = perItem.get(id)!;
        if (got && want) {
          itemTp++;
          counts.tp++;
        } else if (got) {
          itemFp++;
          counts.fp++;
          miss(`item:${id}`, row.id, `extra: "${match?.evidence[0]?.slice(0, 120)}"`);
        } else if (want) {
          itemFn++;
          counts.fn++;
          miss(`item:${id}`, row.id, 'missed');
        }
      }
    }
  }
  const detection = f1(tp, fp, fn);
  const certs = f1(certTp, certFp, certFn);
  const items = f1(itemTp, itemFp, itemFn);
  return {
    postings: total,
    sources: [...new Set(rows.map((row) => sourceOf(row.id)))],
    elapsedMs: performance.now() - started,
    measures: [
      {
        name: 'detection F1',
        value: detection.f1,
        target: 0.95,
        detail: `P ${detection.precision.toFixed(3)} R ${detection.recall.toFixed(3)} (tp ${tp} fp ${fp} fn ${fn}; borderline excluded)`,
      },
      {name: 'years exact', value: yearsRight / total, target: 0.95, detail: `${yearsRight}/${total}`},
      {name: 'degree', value: degreeRight / total, target: 0.97, detail: `${degreeRight}/${total}`},
      {
        name: 'certs F1',
        value: certs.f1,
        target: 0.95,
        detail: `P ${certs.precision.toFixed(3)} R ${certs.recall.toFixed(3)}`,
      },
      {
        name: 'pay',
        value: payRight / payTotal,
        target: 0.98,
        detail: `${payRight}/${payTotal} (skip_pay rows left out)`,
      },
      {
        name: 'card yes P',
        value: cardYes ? cardYesRight / cardYes : 1,
        target: 0.95,
        detail: `${cardYesRight}/${cardYes} cards marked TPM are TPM roles (title, company, location, pay line only)`,
      },
      {
        name: 'card recall',
        value: cardTpm ? cardTpmMarked / cardTpm : 1,
        target: 0.95,
        detail: `${cardTpmMarked}/${cardTpm} TPM roles marked TPM or maybe TPM`,
      },
      {
        name: 'checklist F1',
        value: items.f1,
        target: 0.92,
        detail: `P ${items.precision.toFixed(3)} R ${items.recall.toFixed(3)} over ${SCORED_ITEMS.length} ids`,
      },
      ...screeningMeasures(screeningRows, miss),
    ],
    screeningHalves: screeningHalves(screeningRows),
    perItem: [...perItem.values()],
    misses: misses.sort(),
  };
}

/** The screening-labelled rows in two halves by source (sourceHalves over those rows alone), each scored alone. */
function screeningHalves(rows: readonly ScreeningRow[]): EvalResult['screeningHalves'] {
  const halves = sourceHalves(rows.map((row) => row.id));
  return (['a', 'b'] as const).flatMap((half) => {
    const inHalf = rows.filter((row) => halves.get(sourceOf(row.id)) === half);
    const sources = [...halves].filter(([, side]) => side === half).map(([source]) => source);
    return inHalf.length
      ? [{name: `${half} (${sources.join(', ')})`, postings: inHalf.length, measures: screeningMeasures(inHalf)}]
      : [];
  });
}
