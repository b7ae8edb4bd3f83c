// npm run eval [-- --details] : scores the analysis core against the hand-made labels of the dev split.
import {existsSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {analyze} from '../src/core/analyze';
import {REQUIREMENT_IDS, CHECKLIST_IDS, type ChecklistId} from '../src/core/ids';
import {postingFromRow} from '../src/cli/inputs';
import type {Analysis} from '../src/core/types';

interface Label {
  id: string;
  is_tpm: 'yes' | 'no' | 'borderline';
  min_years: number | null;
  degree_min: string | null;
  certifications: string[];
  salary: null | {annual_min: number; annual_max: number};
  present: null | Record<string, boolean>;
  skip_pay?: boolean;
  note: string;
}

const {values} = parseArgs({options: {details: {type: 'boolean'}, data: {type: 'string'}}});
const dataDir = resolve(values.data ?? '../shared/data/postings');
if (!existsSync(`${dataDir}/dev.jsonl`)) {
  console.error(`eval: ${dataDir}/dev.jsonl not found (../shared must sit beside the project)`);
  process.exit(2);
}
const readJsonl = (file: string) => readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as unknown);
const rows = readJsonl(`${dataDir}/dev.jsonl`) as Array<{id: string; title: string}>;
const labels = new Map((readJsonl(`${dataDir}/dev.labels.jsonl`) as Label[]).map((label) => [label.id, label]));

const details: string[] = [];
const note = (metric: string, id: string, text: string) => details.push(`${metric.padEnd(12)} ${id}: ${text}`);

let tp = 0, fp = 0, fn = 0;
let yearsRight = 0, yearsTotal = 0, degreeRight = 0, degreeTotal = 0;
let certTp = 0, certFp = 0, certFn = 0;
let payRight = 0, payTotal = 0;
let itemTp = 0, itemFp = 0, itemFn = 0;
const perItem = new Map<string, {tp: number; fp: number; fn: number}>();
const scoredItems = CHECKLIST_IDS.filter((id) => !(REQUIREMENT_IDS as readonly string[]).includes(id)) as ChecklistId[];
const canonCert = (cert: string) => cert.toUpperCase().replace(/[^A-Z0-9+]/g, '');
const within = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(Math.abs(b), 1);

const started = performance.now();
for (const row of rows) {
  const label = labels.get(row.id);
  if (!label) continue;
  const analysis: Analysis = analyze(postingFromRow(row));
  const title = `${row.title}`.slice(0, 60);

  if (label.is_tpm !== 'borderline') {
    const predicted = analysis.detection.isTechnicalProjectManager;
    const actual = label.is_tpm === 'yes';
    if (predicted && actual) tp++;
    else if (predicted) (fp++, note('detection', row.id, `false positive "${title}" (${analysis.detection.score.toFixed(2)}: ${analysis.detection.reasons.join('; ')})`));
    else if (actual) (fn++, note('detection', row.id, `missed "${title}" (${analysis.detection.score.toFixed(2)}: ${analysis.detection.reasons.join('; ')})`));
  }

  yearsTotal++;
  if (analysis.requirements.minYearsExperience === label.min_years) yearsRight++;
  else note('years', row.id, `got ${analysis.requirements.minYearsExperience}, want ${label.min_years}`);

  degreeTotal++;
  if (analysis.requirements.degree === label.degree_min) degreeRight++;
  else note('degree', row.id, `got ${analysis.requirements.degree}, want ${label.degree_min}`);

  const gotCerts = new Set(analysis.requirements.certifications.map(canonCert));
  const wantCerts = new Set(label.certifications.map(canonCert));
  for (const cert of gotCerts) wantCerts.has(cert) ? certTp++ : (certFp++, note('certs', row.id, `extra ${cert}`));
  for (const cert of wantCerts) if (!gotCerts.has(cert)) (certFn++, note('certs', row.id, `missed ${cert}`));

  if (!label.skip_pay) {
    payTotal++;
    const got = analysis.salary.posted;
    const want = label.salary;
    const right = got === null ? want === null : want !== null && within(got.annualMin, want.annual_min) && within(got.annualMax, want.annual_max);
    if (right) payRight++;
    else note('pay', row.id, `got ${got ? `${got.annualMin}-${got.annualMax} (${got.text})` : 'none'}, want ${want ? `${want.annual_min}-${want.annual_max}` : 'none'}`);
  }

  if (label.present && label.is_tpm !== 'no') {
    for (const id of scoredItems) {
      const want = label.present[id];
      if (want === undefined) continue;
      const got = analysis.checklist.find((item) => item.id === id)?.present ?? false;
      const counts = perItem.get(id) ?? {tp: 0, fp: 0, fn: 0};
      if (got && want) (itemTp++, counts.tp++);
      else if (got) (itemFp++, counts.fp++, note(`item:${id}`, row.id, `extra: "${analysis.checklist.find((item) => item.id === id)?.evidence[0]?.slice(0, 120)}"`));
      else if (want) (itemFn++, counts.fn++, note(`item:${id}`, row.id, `missed`));
      perItem.set(id, counts);
    }
  }
}
const elapsed = performance.now() - started;

const f1 = (tpN: number, fpN: number, fnN: number) => {
  const precision = tpN + fpN ? tpN / (tpN + fpN) : 1;
  const recall = tpN + fnN ? tpN / (tpN + fnN) : 1;
  return {precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0};
};
const detection = f1(tp, fp, fn);
const certs = f1(certTp, certFp, certFn);
const items = f1(itemTp, itemFp, itemFn);
const table: Array<[string, number, number, string]> = [
  ['detection F1', detection.f1, 0.95, `P ${detection.precision.toFixed(3)} R ${detection.recall.toFixed(3)} (tp ${tp} fp ${fp} fn ${fn}; borderline excluded)`],
  ['years exact', yearsRight / yearsTotal, 0.9, `${yearsRight}/${yearsTotal}`],
  ['degree', degreeRight / degreeTotal, 0.9, `${degreeRight}/${degreeTotal}`],
  ['certs F1', certs.f1, 0.95, `P ${certs.precision.toFixed(3)} R ${certs.recall.toFixed(3)}`],
  ['pay', payRight / payTotal, 0.95, `${payRight}/${payTotal} (skip_pay rows left out)`],
  ['checklist F1', items.f1, 0.85, `P ${items.precision.toFixed(3)} R ${items.recall.toFixed(3)} over ${scoredItems.length} ids`],
];

if (values.details) console.log(`${details.sort().join('\n')}\n`);
console.log(`TPM Lens accuracy on ${dataDir}/dev.jsonl (${rows.length} postings, ${elapsed.toFixed(0)} ms)\n`);
console.log(`${'measure'.padEnd(14)}${'value'.padStart(7)}${'target'.padStart(8)}  ok    detail`);
for (const [name, value, target, detail] of table) {
  console.log(`${name.padEnd(14)}${value.toFixed(3).padStart(7)}${(`>=${target}`).padStart(8)}  ${value >= target ? 'yes' : 'NO '}   ${detail}`);
}
console.log('\nchecklist items (P / R / F1):');
for (const id of scoredItems) {
  const counts = perItem.get(id) ?? {tp: 0, fp: 0, fn: 0};
  const score = f1(counts.tp, counts.fp, counts.fn);
  console.log(`  ${id.padEnd(24)} ${score.precision.toFixed(2)} / ${score.recall.toFixed(2)} / ${score.f1.toFixed(2)}  (tp ${counts.tp} fp ${counts.fp} fn ${counts.fn})`);
}
