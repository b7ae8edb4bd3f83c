// Issue 13: one reader that fails must not hide a posting the next reader finds. A JobPosting whose
// hiringOrganization is nested 100,000 lists deep overflowed the stack in the JSON-LD reader and the
// whole page read as "no posting", although its markup holds the posting.
import {describe, expect, it} from 'vitest';
import {jobPostingsFromJsonLd} from '../../../src/sites/jsonld';
import {readPosting, readPostingStrict} from '../../../src/sites/read';
import {fixturePage} from '../../support/pages';

const FILE = 'jobdog_greenhouse_scaleai_4315289005.html';
const URL_ = 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005';
const DEPTH = 100_000;
const deep = (inner: string) => `${'['.repeat(DEPTH)}${inner}${']'.repeat(DEPTH)}`;
const deepPosting = () =>
  `{"@type": "JobPosting", "title": "Technical Program Manager", "description": "Lead programs across engineering teams, own the schedule and the risks.", "hiringOrganization": ${deep('{"name": "Example Co"}')}, "jobLocation": ${deep('"Austin, TX"')}, "baseSalary": ${deep('{"currency": "USD", "value": {"minValue": 150000, "maxValue": 180000, "unitText": "YEAR"}}')}}`;

function withScript(doc: Document, text: string): Document {
  const script = doc.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = text;
  doc.head.append(script);
  return doc;
}

describe('JSON-LD nested without end', () => {
  it('reads the posting and leaves out the fields nested past any sensible depth', () => {
    const [posting] = jobPostingsFromJsonLd([deepPosting()]);
    expect(posting).toMatchObject({title: 'Technical Program Manager', company: '', location: '', salaryText: ''});
  });

  it('a list or two deep, as schema.org allows, is still read', () => {
    const block = JSON.stringify({
      '@type': 'JobPosting',
      title: 'TPM',
      description: 'x',
      hiringOrganization: [[{name: 'Example Co'}]],
      jobLocation: [[{address: {addressLocality: 'Austin', addressRegion: 'TX'}}]],
    });
    expect(jobPostingsFromJsonLd([block])[0]).toMatchObject({company: 'Example Co', location: 'Austin, TX'});
  });

  it('a page with such a block still gives its posting', () => {
    const read = readPosting(withScript(fixturePage(FILE, URL_), deepPosting()), new URL(URL_));
    expect(read?.source).toBe('json-ld');
    // The markup fills what the JSON-LD could not give.
    expect(read?.posting).toMatchObject({title: 'Technical Program Manager', company: expect.stringMatching(/scale/i)});
  });
});

describe('a failing reader falls through to the next', () => {
  it('a JSON-LD block that throws when read leaves the posting to the selectors', () => {
    const doc = withScript(fixturePage(FILE, URL_), '{}');
    const script = doc.querySelector('script[type="application/ld+json"]')!;
    Object.defineProperty(script, 'textContent', {
      get() {
        throw new Error('hostile JSON-LD');
      },
    });
    const read = readPosting(doc, new URL(URL_));
    expect(read?.source).toBe('selectors');
    expect(read?.posting.title).toMatch(/machine learning/i);
    // Tests keep seeing the error.
    expect(() => readPostingStrict(doc, new URL(URL_))).toThrow('hostile JSON-LD');
  });
});
