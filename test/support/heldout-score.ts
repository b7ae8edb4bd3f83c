// Scores the analysis core on the hand-labelled real postings among the saved job-board pages
// (test/fixtures/heldout-pages.labels.json), which the dev split never saw.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {readPostingsFile} from '../../src/cli/inputs';
import {analyze} from '../../src/core/analyze';
import type {Analysis} from '../../src/core/types';
import {FIXTURES, SHARED_HTML} from './shared';

export const PAGES_DIR = SHARED_HTML;
export const havePages = existsSync(PAGES_DIR);

interface PageLabel {
  file: string;
  min_years: number | null;
  degree_min: string | null;
  pay: null | {annual_min: number; annual_max: number};
  present: Record<string, boolean>;
  note: string;
}

export interface HeldoutScore {
  pages: number;
  years: number;
  degree: number;
  pay: number;
  checklist: {precision: number; recall: number; f1: number};
  misses: string[];
}

const within = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(Math.abs(b), 1);

export function scoreHeldoutPages(): HeldoutScore {
  const labels = (
    JSON.parse(readFileSync(join(FIXTURES, 'heldout-pages.labels.json'), 'utf8')) as {
      pages: PageLabel[];
    }
  ).pages;
  let yearsRight = 0,
    degreeRight = 0,
    payRight = 0,
    tp = 0,
    fp = 0,
    fn = 0;
  const misses: string[] = [];
  for (const label of labels) {
    const items = readPostingsFile(join(PAGES_DIR, label.file));
    const first = items[0];
    if (!first || 'error' in first) throw new Error(`${label.file}: no posting read`);
    const analysis: Analysis = analyze(first.posting);
    const name = label.file.split('/').pop()!.slice(0, 40);
    if (analysis.requirements.minYearsExperience === label.min_years) yearsRight++;
    else misses.push(`years ${name}: got ${analysis.requirements.minYearsExperience}, want ${label.min_years}`);
    if (analysis.requirements.degree === label.degree_min) degreeRight++;
    else misses.push(`degree ${name}: got ${analysis.requirements.degree}, want ${label.degree_min}`);
    const got = analysis.salary.posted;
    const want = label.pay;
    if (
      got === null
        ? want === null
        : want !== null && within(got.annualMin, want.annual_min) && within(got.annualMax, want.annual_max)
    )
      payRight++;
    else
      misses.push(
        `pay ${name}: got ${got ? `${got.annualMin}-${got.annualMax}` : 'none'}, want ${want ? `${want.annual_min}-${want.annual_max}` : 'none'}`,
      );
    for (const [id, want] of Object.entries(label.present)) {
      const match = analysis.checklist.find((item) => item.id === id)!;
      if (match.present && want) tp++;
      else if (match.present) {
        fp++;
        misses.push(`extra ${id} ${name}: "${match.evidence[0]?.slice(0, 100)}"`);
      } else if (want) {
        fn++;
        misses.push(`missed ${id} ${name}`);
      }
    }
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return {
    pages: labels.length,
    years: yearsRight / labels.length,
    degree: degreeRight / labels.length,
    pay: payRight / labels.length,
    checklist: {precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0},
    misses,
  };
}
