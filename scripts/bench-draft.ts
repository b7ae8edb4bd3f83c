// Per-keystroke cost of the recruiter's draft checker on a 2,000-word draft built from real postings.
// npx tsx scripts/bench-draft.ts   (prints figures; budgets: 3 ms median per keystroke, none over 50 ms)
import {readFileSync} from 'node:fs';
import {availableParallelism, loadavg} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {analyzeDraft} from '../src/core/draft';
import {draftReportMarkdown} from '../src/core/markdown-report';
import {longDraft} from './long-draft';

const DATA = join(import.meta.dirname, '../../shared/data/postings/dev.jsonl');
const descriptions = readFileSync(DATA, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => String((JSON.parse(line) as {description: string}).description));

const draft = longDraft(descriptions);

const KEYSTROKES = 200;
const times: number[] = [];
analyzeDraft({text: draft}); // warm up the compiled patterns and the segmenter
for (let index = 0; index < KEYSTROKES; index++) {
  // Type one character at the end, as a recruiter does.
  const text = draft + 'abcdefghij '.slice(0, (index % 11) + 1);
  const start = performance.now();
  analyzeDraft({text});
  times.push(performance.now() - start);
}
// The Markdown report is built on "Copy", not per keystroke: timed once, apart.
const markdownStart = performance.now();
draftReportMarkdown(analyzeDraft({text: draft}));
const markdownMs = performance.now() - markdownStart;
times.sort((a, b) => a - b);
const at = (fraction: number) => times[Math.min(times.length - 1, Math.floor(fraction * times.length))]!;
const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
console.log(
  `draft: ${draft.split(/\s+/).filter(Boolean).length} words, ${draft.length} characters; ${KEYSTROKES} keystrokes; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
);
console.log(
  `per keystroke: mean ${mean.toFixed(2)} ms, median ${at(0.5).toFixed(2)} ms (budget 3 ms), p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms (budget 50 ms)`,
);
console.log(`analysis + Markdown report (on Copy): ${markdownMs.toFixed(2)} ms`);
