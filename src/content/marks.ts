// User Timing marks for the work between a posting's arrival and the rendered panel, kept to one entry
// per name so a long single-page session does not pile them up. The page's timeline is shared with the
// page's own scripts, so only builds with test hooks write them (`npm run build:e2e`: bench, e2e).
import {TEST_HOOKS} from './test-hooks';

// The names are left out of the shipped script (empty there), which writes no mark.
export const MARKS = {
  /** The content script begins to run (after the browser compiled it). */
  script: TEST_HOOKS ? 'tpm-lens:content-script-start' : '',
  start: TEST_HOOKS ? 'tpm-lens:update-start' : '',
  read: TEST_HOOKS ? 'tpm-lens:posting-read' : '',
  analysis: TEST_HOOKS ? 'tpm-lens:analysis-received' : '',
  rendered: TEST_HOOKS ? 'tpm-lens:panel-rendered' : '',
};
const MEASURE = 'tpm-lens:posting-to-panel';

export function mark(name: string): void {
  if (!TEST_HOOKS) return;
  try {
    performance.clearMarks(name);
    performance.mark(name);
  } catch {
    // Timing is a diagnostic: a page that broke its performance object loses only that.
  }
}

export function measurePostingToPanel(): void {
  if (!TEST_HOOKS) return;
  try {
    performance.clearMeasures(MEASURE);
    performance.measure(MEASURE, MARKS.start, MARKS.rendered);
  } catch {
    // As above.
  }
}
