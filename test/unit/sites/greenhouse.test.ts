// Greenhouse's embedded data (window.__remixContext) and its other job URLs. What the adapter reads from the
// page's DOM is a row of read-pages.test.ts.
import {describe, expect, it} from 'vitest';
import {greenhouse} from '../../../src/sites/greenhouse';
import {postingKey} from '../../../src/sites/index';
import {fixturePage, read} from '../../support/pages';

// Real page, copied under MIT into test/fixtures/sites (see PROVENANCE.md there).
const FILE = 'jobdog_greenhouse_scaleai_4315289005.html';
const URL_ = 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005';

describe('Greenhouse: real job-boards.greenhouse.io page (Remix UI, no JSON-LD)', () => {
  it('window.__remixContext alone gives the same posting (the fallback when the DOM changes)', () => {
    const extra = greenhouse.readExtra?.(fixturePage(FILE, URL_), new URL(URL_));
    expect(extra).toMatchObject({
      title: 'Senior/Staff Machine Learning Research Scientist Generative AI',
      company: 'Scale AI',
      location: 'San Francisco, CA; Seattle, WA; New York, NY',
      salaryText: '$176,000 - $300,000 USD',
    });
    expect(extra?.description).toMatch(/^Scale’s Generative AI ML team conducts research/);
    expect(extra?.description).toContain('PLEASE NOTE:');
  });

  it('falls back to the embedded data when the description markup is gone', () => {
    const doc = fixturePage(FILE, URL_);
    doc.querySelector('.job__description')?.remove();
    const result = read(doc, URL_);
    expect(result?.source).toBe('embedded');
    expect(result?.posting.description).toMatch(/^Scale’s Generative AI ML team/);
    expect(result?.posting.company).toBe('Scale AI');
  });

  it('embedded job application frames and gh_jid links have a posting key', () => {
    const frame = new URL('https://boards.greenhouse.io/embed/job_app?for=example&token=4460840004');
    expect(postingKey(frame, fixturePage(FILE, frame.href))).toBe('greenhouse:4460840004');
  });
});
