import {statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {haveShared, read, SHARED_HTML, sharedPage} from './pages';

// The panel's budget is 16 ms from posting arrival to render in the browser. Reading must be a small
// part of it: targeted selectors, no walk over the whole document when a selector or JSON-LD answers.
// happy-dom is slower than a browser's native selector engine, so Node figures are an upper bound.
const PAGES: [string, string][] = [
  ['indeed/DanWarner00_ai-job-search-platform-indeed_page.html', 'https://www.indeed.com/q-data-analyst-l-portland,-or-jobs.html'],
  ['linkedin/JoyKimaiyo_web-scraping-data-jobs-linkedin_page.html', 'https://www.linkedin.com/jobs/search/?currentJobId=4205971663'],
  ['linkedin/XingyouLee_linkedin-notifier-job_page.html', 'https://www.linkedin.com/jobs/view/4374244548'],
  ['glassdoor/sidharth1snair_Salary-Prediction-glassdoor_search_pane.html', 'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm'],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

describe.skipIf(!haveShared)('readPosting time on the largest real pages (Node, happy-dom)', () => {
  it.each(PAGES)('%s', (file, url) => {
    const doc = sharedPage(file, url);
    const started = performance.now();
    expect(read(doc, url)).not.toBeNull();
    const first = performance.now() - started;
    const runs = Array.from({length: 7}, () => {
      const start = performance.now();
      read(doc, url);
      return performance.now() - start;
    });
    const megabytes = statSync(join(SHARED_HTML, file)).size / 1e6;
    console.log(`${file} (${megabytes.toFixed(2)} MB): first read ${first.toFixed(1)} ms, then median ${median(runs).toFixed(2)} ms`);
    // Loose bound (shared CPUs): a full-document text walk on these pages costs tens of milliseconds.
    expect(median(runs)).toBeLessThan(16);
  });
});
