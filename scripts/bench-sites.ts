// npm run bench:sites: how long reading a posting takes on the largest saved real pages, in Node (happy-dom).
// happy-dom's selector engine is slower than a browser's, so these are upper bounds; `npm run bench`
// measures the same work in real Chromium. Figures only: budgets are judged by reading them.
import {existsSync, readFileSync, statSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseHtmlDocument} from '../src/cli/html-document';
import {readPostingStrict} from '../src/sites/read';
import {median} from './bench-stats';

const SHARED_HTML = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'html');
const PAGES: [string, string][] = [
  [
    'indeed/DanWarner00_ai-job-search-platform-indeed_page.html',
    'https://www.indeed.com/q-data-analyst-l-portland,-or-jobs.html',
  ],
  [
    'linkedin/JoyKimaiyo_web-scraping-data-jobs-linkedin_page.html',
    'https://www.linkedin.com/jobs/search/?currentJobId=4205971663',
  ],
  ['linkedin/XingyouLee_linkedin-notifier-job_page.html', 'https://www.linkedin.com/jobs/view/4374244548'],
  [
    'glassdoor/sidharth1snair_Salary-Prediction-glassdoor_search_pane.html',
    'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm',
  ],
];
const RUNS = 15;

if (!existsSync(SHARED_HTML)) {
  console.log(`bench:sites: ${SHARED_HTML} not found; nothing measured`);
  process.exit(0);
}
console.log('readPosting on the largest saved pages (Node, happy-dom; budget in the browser: part of 16 ms to panel)');
for (const [file, url] of PAGES) {
  const doc = parseHtmlDocument(readFileSync(join(SHARED_HTML, file), 'utf8'), url);
  let started = performance.now();
  const result = readPostingStrict(doc, new URL(url));
  const first = performance.now() - started;
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    started = performance.now();
    readPostingStrict(doc, new URL(url));
    runs.push(performance.now() - started);
  }
  const megabytes = statSync(join(SHARED_HTML, file)).size / 1e6;
  console.log(
    `  ${file} (${megabytes.toFixed(2)} MB): ${result ? 'posting' : 'no posting'}; first ${first.toFixed(1)} ms, then median ${median(runs).toFixed(2)} ms over ${RUNS}`,
  );
}
