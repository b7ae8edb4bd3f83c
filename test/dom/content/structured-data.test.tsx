// The recruiters' structured-data section: the content script passes the page's JobPosting JSON-LD as
// parsed, the background's checker (the real one here) judges it, the panel lists what to fix.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createAnalyzer} from '../../../src/background/analysis';
import {benchmarkFor} from '../../../src/background/benchmarks';
import {isMessage} from '../../../src/messages';
import {createController} from '../../../src/content/controller';
import {HOST_ID} from '../../../src/content/mount';
import {checkJobPosting, GUIDANCE_SOURCE} from '../../../src/core/jsonld-guidance';
import {parseHtmlDocument} from '../../../src/cli/html-document';
import {readPosting} from '../../../src/sites/read';
import {isStructuredDataCheck, type StructuredDataCheck} from '../../../src/messages/structured-data';
import {clearLivePage, showSavedPage} from '../../support/live-page';
import {SHARED_HTML} from '../../support/shared';

const INDEED = join(SHARED_HTML, 'indeed', 'talynt_indeed_posting.html');
const INDEED_URL = 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5';
/** A saved page whose posting has no JSON-LD: LinkedIn's guest page. */
const LINKEDIN = join(SHARED_HTML, 'linkedin', 'jobdog_linkedin_openai_3915648739.html');
const LINKEDIN_URL = 'https://www.linkedin.com/jobs/view/3915648739/';

const background = (jsonLd: Record<string, unknown>): StructuredDataCheck => ({
  ...checkJobPosting(jsonLd as Parameters<typeof checkJobPosting>[0], {now: new Date()}),
  source: GUIDANCE_SOURCE,
});

afterEach(() => clearLivePage());

async function panelFor(
  url: string,
  answer: (jsonLd: Record<string, unknown>) => Promise<StructuredDataCheck | null> = async (jsonLd) =>
    background(jsonLd),
  {openChip = true} = {},
) {
  const analyzer = createAnalyzer({loadProfile: async () => null, benchmarkFor});
  const sent: Array<Record<string, unknown>> = [];
  const controller = createController({
    doc: document,
    currentUrl: () => url,
    requestAnalysis: (posting) => analyzer.analyze(posting),
    checkStructuredData: async (jsonLd) => {
      sent.push(jsonLd);
      // What crosses to the background is plain data: the message check must accept it.
      expect(isMessage({type: 'tpm-lens/check-json-ld', jsonLd: structuredClone(jsonLd)})).toBe(true);
      return answer(jsonLd);
    },
    reportSummary: async () => undefined,
    openOptions: async () => undefined,
    retryDelaysMs: [0],
  });
  await controller.update();
  const root = document.getElementById(HOST_ID)?.shadowRoot ?? null;
  // A posting that is not a TPM role shows as a chip: open it as a reader would.
  const openIt = async () => {
    (root?.querySelector('[data-testid=not-tpm-chip] button') as HTMLButtonElement | null)?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  if (openChip) await openIt();
  return {root, sent, openIt};
}

describe.skipIf(!existsSync(INDEED))('structured data on a saved page with JobPosting JSON-LD', () => {
  it('the reader hands over the JobPosting object as the page states it', () => {
    const doc = parseHtmlDocument(readFileSync(INDEED, 'utf8'), INDEED_URL);
    const read = readPosting(doc, new URL(INDEED_URL))!;
    expect(read.source).toBe('json-ld');
    expect(read.jsonLd?.['@type']).toBe('JobPosting');
    expect(read.jsonLd?.datePosted).toBe('2023-04-13T16:38:22Z');
    // Raw, not the reader's text: the description keeps its HTML for the checker.
    expect(String(read.jsonLd?.description)).toMatch(/^<div>/);
  });

  it('never holds up the panel: a check that does not answer leaves only its section out', async () => {
    const {root, sent} = await panelFor(showSavedPage(INDEED, INDEED_URL), () => new Promise(() => {}));
    expect(sent).toHaveLength(1);
    expect(root?.querySelector('[data-testid=posting-title]')).not.toBeNull();
    expect(root?.querySelector('[data-testid=structured-data]')).toBeNull();
  });

  it('a "Not a TPM role" chip asks nothing until the reader opens it', async () => {
    const {root, sent, openIt} = await panelFor(showSavedPage(INDEED, INDEED_URL), undefined, {openChip: false});
    expect(root?.querySelector('[data-testid=not-tpm-chip]')).not.toBeNull();
    expect(sent).toEqual([]);
    await openIt();
    expect(sent).toHaveLength(1);
    expect(root?.querySelector('[data-testid=structured-data]')).not.toBeNull();
  });

  it('lists baseSalary as missing, required findings before recommended ones, closed by default', async () => {
    const {root, sent} = await panelFor(showSavedPage(INDEED, INDEED_URL));
    expect(sent).toHaveLength(1);
    const section = root?.querySelector('[data-testid=structured-data]');
    expect(section).not.toBeNull();
    expect((section!.querySelector('details') as HTMLDetailsElement).open).toBe(false);
    expect(section!.querySelector('summary')?.textContent).toMatch(/^For recruiters: structured data \(.*to fix\)$/);
    const findings = Array.from(section!.querySelectorAll('[data-testid=structured-data-finding]'));
    const salary = findings.find((item) => item.getAttribute('data-property') === 'baseSalary');
    expect(salary?.getAttribute('data-problem')).toBe('missing');
    expect(salary?.getAttribute('data-level')).toBe('recommended');
    const levels = findings.map((item) => item.getAttribute('data-level'));
    expect(levels.indexOf('recommended')).toBeGreaterThanOrEqual(levels.lastIndexOf('required'));
    // The page states title, datePosted, the organisation and the employment type: none is listed.
    const properties = findings.map((item) => item.getAttribute('data-property'));
    for (const present of ['title', 'datePosted', 'hiringOrganization', 'employmentType'])
      expect(properties).not.toContain(present);
    expect(section!.textContent).toContain(`Source: ${GUIDANCE_SOURCE}`);
  });
});

describe.skipIf(!existsSync(LINKEDIN))('structured data on a page without JSON-LD', () => {
  it('asks nothing of the background and shows no section', async () => {
    const {root, sent} = await panelFor(showSavedPage(LINKEDIN, LINKEDIN_URL));
    expect(root?.querySelector('[data-testid=panel], [data-testid=not-tpm-chip]')).not.toBeNull();
    expect(sent).toEqual([]);
    expect(root?.querySelector('[data-testid=structured-data]')).toBeNull();
  });
});

describe('structured-data messages and replies', () => {
  it('accept only a JSON-LD object, and a well-formed check', () => {
    expect(isMessage({type: 'tpm-lens/check-json-ld', jsonLd: {'@type': 'JobPosting'}})).toBe(true);
    expect(isMessage({type: 'tpm-lens/check-json-ld', jsonLd: [{}]})).toBe(false);
    expect(isMessage({type: 'tpm-lens/check-json-ld', jsonLd: null})).toBe(false);
    expect(isMessage({type: 'tpm-lens/check-json-ld'})).toBe(false);
    const check = background({'@type': 'JobPosting', title: 'Technical Program Manager'});
    expect(isStructuredDataCheck(check)).toBe(true);
    expect(
      isStructuredDataCheck({
        ...check,
        findings: [{property: 'title', level: 'urgent', problem: 'missing', message: ''}],
      }),
    ).toBe(false);
    expect(isStructuredDataCheck({...check, eligible: 'no'})).toBe(false);
  });
});
