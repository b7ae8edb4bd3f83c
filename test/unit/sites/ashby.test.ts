// Ashby's job page data (window.__appData) and the embedded-JSON reader it uses. What the adapter reads from
// JSON-LD is a row of read-pages.test.ts. No real Ashby job page could be saved (see src/sites/ashby.ts): the
// pages below are SYNTHETIC, shaped as public scrapers of Ashby's pages describe its data.
import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {htmlToText} from '../../../src/core/html-text';
import {ashby} from '../../../src/sites/ashby';
import {assignedJson, leadingJsonText} from '../../../src/sites/embedded';
import {jsonLdScript, read, syntheticPage} from '../../support/pages';

const URL_ = 'https://jobs.ashbyhq.com/example/0f5e1f2a-3b4c-4d5e-8f90-123456789abc';

const DESCRIPTION_HTML =
  '<p><strong>About the role</strong></p><p>Synthetic test text: you will plan and run cross-team programs with engineering, ' +
  'own the schedule, track risks and dependencies, and report status to leadership.</p>' +
  '<ul><li>5+ years of technical program management</li><li>Bachelor&#39;s degree in a technical field</li></ul>';

const appData = (posting: Record<string, unknown>, after = '') =>
  `<script>window.__appData = ${JSON.stringify({
    organization: {name: 'Example Co', hostedJobsPageSlug: 'example'},
    posting,
  })};${after}</script>`;

/** The shell Ashby serves before its script renders the job: a root element and the page data. */
const shell = (posting: Record<string, unknown>, extra = '', after = '') =>
  syntheticPage(
    `<html><head><title>Example Co</title></head><body><div id="root"></div>${extra}${appData(posting, after)}</body></html>`,
    URL_,
  );

const POSTING = {
  id: '0f5e1f2a-3b4c-4d5e-8f90-123456789abc',
  title: 'Technical Program Manager, Infrastructure',
  locationName: 'San Francisco, CA',
  secondaryLocations: [{locationName: 'New York, NY'}],
  workplaceType: 'Hybrid',
  employmentType: 'FullTime',
  compensationTierSummary: '$180K – $220K • Offers Equity',
  descriptionHtml: DESCRIPTION_HTML,
};

describe('Ashby: SYNTHETIC job page shell with window.__appData and no JSON-LD', () => {
  it('reads the posting from the page data, with its places, workplace type and pay line', () => {
    const result = read(
      shell(POSTING, '', 'window.__ashbyBaseJobBoardUrl = "https://jobs.ashbyhq.com/example";'),
      URL_,
    );
    expect(result?.source).toBe('embedded');
    expect(result?.posting).toMatchObject({
      title: 'Technical Program Manager, Infrastructure',
      company: 'Example Co',
      location: 'San Francisco, CA; New York, NY (Hybrid)',
      salaryText: '$180K – $220K • Offers Equity',
      site: 'ashby',
    });
    expect(result?.posting.description).toMatch(/^About the role\n+Synthetic test text: you will plan/);
    expect(result?.posting.description).toContain("Bachelor's degree");
  });

  it('gives the core what it screens on: the work mode from the workplace type and the posted pay', () => {
    const result = read(shell(POSTING), URL_);
    const analysis = analyze(result!.posting);
    expect(analysis.detection.isTechnicalProjectManager).toBe(true);
    expect(analysis.requirements.workMode).toBe('hybrid');
    expect(analysis.salary.posted).toMatchObject({annualMin: 180_000, annualMax: 220_000, currency: 'USD'});
  });

  it('says a workplace type once: a place that already names it, remote jobs, plain text', () => {
    const remote = read(
      shell({
        ...POSTING,
        locationName: 'Remote - US',
        secondaryLocations: [],
        workplaceType: 'Remote',
        descriptionHtml: undefined,
        descriptionPlainText: `Synthetic test text: ${htmlToText(DESCRIPTION_HTML)}`,
      }),
      URL_,
    );
    expect(remote?.posting.location).toBe('Remote - US');
    expect(remote?.posting.description).toMatch(/^Synthetic test text/);
    const onsite = read(shell({...POSTING, secondaryLocations: [], workplaceType: 'OnSite'}), URL_);
    expect(onsite?.posting.location).toBe('San Francisco, CA (On-site)');
    const placeless = read(
      shell({...POSTING, locationName: '', secondaryLocations: [], workplaceType: 'Remote'}),
      URL_,
    );
    expect(placeless?.posting.location).toBe('Remote');
  });

  it("takes the page's JSON-LD first when it carries one", () => {
    const jsonLd = jsonLdScript({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Technical Program Manager (JSON-LD)',
      hiringOrganization: {'@type': 'Organization', name: 'Example Co'},
      description: DESCRIPTION_HTML,
    });
    const result = read(shell(POSTING, jsonLd), URL_);
    expect(result?.source).toBe('json-ld');
    expect(result?.posting.title).toBe('Technical Program Manager (JSON-LD)');
  });

  it('a shell whose data holds no posting (a closed job), or broken data, is no posting', () => {
    const closed = syntheticPage(
      `<html><body><div id="root"></div><script>window.__appData = {"organization":{"name":"Example Co"},"posting":null};</script></body></html>`,
      URL_,
    );
    expect(ashby.readExtra?.(closed, new URL(URL_))).toBeNull();
    expect(read(closed, URL_)).toBeNull();
    const broken = syntheticPage(
      `<html><body><div id="root"></div><script>window.__appData = {"posting":{"title":"Technical Program Manager",</script></body></html>`,
      URL_,
    );
    expect(ashby.readExtra?.(broken, new URL(URL_))).toBeNull();
    expect(read(broken, URL_)).toBeNull();
  });
});

describe('leadingJsonText: the JSON value a script assigns, whatever follows it', () => {
  it('ends at the matching close, not at braces or quotes inside strings', () => {
    expect(leadingJsonText(' {"a":"} ]","b":["x\\"}"]}; window.y = {"c":1};')).toBe('{"a":"} ]","b":["x\\"}"]}');
    expect(leadingJsonText('[1,[2,3]] rest')).toBe('[1,[2,3]]');
  });

  it('gives nothing for a value that is not an object or array, or never closes', () => {
    expect(leadingJsonText('"text";')).toBeNull();
    expect(leadingJsonText('{"a":{"b":1}')).toBeNull();
    expect(leadingJsonText('   ')).toBeNull();
  });

  it('assignedJson reads a value followed by more code, and skips a script whose value does not parse', () => {
    const doc = syntheticPage(
      '<html><body><script>window.__data = {"a":1,};</script><script>window.__data = {"a":2}; window.__next = {"b":3};</script></body></html>',
      'https://example.com/',
    );
    expect(assignedJson(doc, 'window.__data =')).toEqual({a: 2});
  });
});
