import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {pageUrl, parseHtmlDocument, withoutSvgStyles} from '../../../src/cli/html-document';
import {readPostingsFile} from '../../../src/cli/inputs';
import {analyzeLines} from '../../../src/cli/batch';
import {FORMATS} from '../../../src/cli/formats';
import {haveShared, SHARED_HTML, sharedPage} from '../../support/pages';

// happy-dom 21 drops the rest of a document after a <style> inside an <svg>; the CLI and these tests
// parse through parseHtmlDocument, which removes such style blocks first.
describe('parseHtmlDocument keeps the whole page', () => {
  it('a <style> inside an <svg> no longer swallows what follows (SYNTHETIC snippet)', () => {
    const html = '<body><svg><path d="M0"></path><style>#a { stroke: 1; }</style></svg><p id="after">after</p></body>';
    expect(parseHtmlDocument(html, 'https://example.com/').querySelector('#after')?.textContent).toBe('after');
    expect(withoutSvgStyles(html)).not.toContain('<style>');
    expect(withoutSvgStyles('<style>p{}</style><svg></svg>')).toBe('<style>p{}</style><svg></svg>');
  });

  it.skipIf(!haveShared)('the real Indeed search page (its loading spinner has one) keeps its job pane', () => {
    const doc = sharedPage('indeed/DanWarner00_ai-job-search-platform-indeed_page.html', 'https://www.indeed.com/');
    expect(doc.querySelector('#jobsearch-ViewjobPaneWrapper #jobDescriptionText')).not.toBeNull();
    expect(doc.querySelectorAll('[data-jk]').length).toBeGreaterThan(10);
  });
});

// A page saved without its address (no canonical link, og:url or "saved from" comment) is read as the one
// posting it links to; a page linking to several jobs is not guessed at.
describe('pageUrl: the address of a page saved without one', () => {
  const FALLBACK = 'file:///saved.html';
  const page = (body: string) => parseHtmlDocument(`<html><head></head><body>${body}</body></html>`, FALLBACK);

  it('the one posting the page links to, its shortest link (SYNTHETIC snippets)', () => {
    const doc = page(
      '<a href="https://www.linkedin.com/jobs/view/4374244548/apply/?trk=a&amp;b=c">Apply</a>' +
        '<a href="https://www.linkedin.com/jobs/view/4374244548/">Share</a><a href="https://www.linkedin.com/help/">Help</a>',
    );
    expect(pageUrl(doc, FALLBACK)).toBe('https://www.linkedin.com/jobs/view/4374244548/');
    // JSON in a script escapes "/" and "&".
    const data = page(
      '<script type="application/json">{"public_url":"https:\\/\\/job-boards.greenhouse.io\\/acme\\/jobs\\/123?a=1\\u0026b=2"}</script>',
    );
    expect(pageUrl(data, FALLBACK)).toBe('https://job-boards.greenhouse.io/acme/jobs/123?a=1&b=2');
  });

  it('none when the page links to several jobs, or to none (SYNTHETIC snippets)', () => {
    const list = page(
      '<a href="https://www.indeed.com/viewjob?jk=aaaa1111">A</a><a href="https://www.indeed.com/viewjob?jk=bbbb2222">B</a>',
    );
    expect(pageUrl(list, FALLBACK)).toBe(FALLBACK);
    expect(pageUrl(page('<a href="https://example.com/jobs/1">A</a><a href="/jobs/view/1/">B</a>'), FALLBACK)).toBe(
      FALLBACK,
    );
    // The page's own address still comes first.
    const canonical = parseHtmlDocument(
      '<html><head><link rel="canonical" href="https://boards.greenhouse.io/acme/jobs/9"></head>' +
        '<body><a href="https://boards.greenhouse.io/acme/jobs/10">Other</a></body></html>',
      FALLBACK,
    );
    expect(pageUrl(canonical, FALLBACK)).toBe('https://boards.greenhouse.io/acme/jobs/9');
  });

  it("a split pane: the posting its heading links to, against the one job site's host (SYNTHETIC snippets)", () => {
    const list =
      '<a href="https://www.linkedin.com/jobs/view/111/">A</a><a href="http://www.linkedin.com/jobs/view/222/">B</a>';
    const heading = (href: string, links = list) => page(`${links}<h1><a href="${href}">Data Analyst</a></h1>`);
    // Its tracking parameters left out: the path names the job.
    expect(pageUrl(heading('/jobs/view/333/?refId=x&amp;trk=search'), FALLBACK)).toBe(
      'https://www.linkedin.com/jobs/view/333/',
    );
    expect(pageUrl(heading('https://www.indeed.com/viewjob?jk=abc123def456&amp;from=serp'), FALLBACK)).toBe(
      'https://www.indeed.com/viewjob?jk=abc123def456&from=serp',
    );
    // Not a posting's link, or relative among two sites' links: no guess.
    expect(pageUrl(heading('/company/acme/'), FALLBACK)).toBe(FALLBACK);
    expect(
      pageUrl(heading('/jobs/view/333/', `${list}<a href="https://www.indeed.com/viewjob?jk=a1">C</a>`), FALLBACK),
    ).toBe(FALLBACK);
    expect(pageUrl(page(`${list}<h1>Data Analyst</h1>`), FALLBACK)).toBe(FALLBACK);
  });

  it.skipIf(!haveShared)('real saved pages without an address: Greenhouse and LinkedIn read by their sites', () => {
    const read = (file: string) => {
      const [item] = readPostingsFile(join(SHARED_HTML, file));
      if (!item || !('posting' in item)) throw new Error(`${file}: ${JSON.stringify(item)}`);
      return item.posting;
    };
    const greenhouse = read('greenhouse/jobdog_greenhouse_scaleai_4315289005.html');
    expect(greenhouse.site).toBe('greenhouse');
    expect(greenhouse.location).toBe('San Francisco, CA; Seattle, WA; New York, NY');
    expect(greenhouse.salaryText).toContain('$176,000 - $300,000');
    const linkedin = read('linkedin/XingyouLee_linkedin-notifier-job_page.html');
    expect(linkedin.site).toBe('linkedin');
    expect(linkedin.url).toBe('https://www.linkedin.com/jobs/view/4374244548/');
    expect(linkedin.location).toBe('Amsterdam, North Holland, Netherlands');
    // LinkedIn's logged-in split pane links to seven jobs; its heading, to the open one (no posting before).
    const pane = read('linkedin/JoyKimaiyo_web-scraping-data-jobs-linkedin_page.html');
    expect(pane.url).toBe('https://www.linkedin.com/jobs/view/4205971663/');
    expect(pane).toMatchObject({site: 'linkedin', title: 'Data Analyst', company: 'Odiin.', location: 'EMEA'});
    // A search page links to each of its results: still no posting.
    expect(readPostingsFile(join(SHARED_HTML, 'indeed/donthephan_testBaseSearch.html'))).toEqual([
      {error: expect.stringContaining('no job posting found on this page')},
    ]);
  });

  it('says a posting in another language is not read, rather than that the page holds none', () => {
    // SYNTHETIC, in the form of an Italian LinkedIn guest page's JSON-LD (a saved 2024 page said "no job posting found").
    const dir = mkdtempSync(join(tmpdir(), 'tpm-lens-html-'));
    const file = join(dir, 'annuncio.html');
    const description =
      "RAI ricerca un/a Data Analyst da assumere in qualità di Impiegato con contratto di lavoro subordinato a tempo indeterminato presso l'unità organizzativa della Direzione Marketing. Attività: analisi e monitoraggio dell'offerta e dei brand dedicati alle personas con fruizione prevalentemente on demand; analisi di posizionamento del prodotto, proposta e supporto alle Direzioni competenti per l'ottimizzazione dell'offerta. Requisiti: laurea magistrale e conoscenza della lingua inglese.";
    const jsonLd = {'@context': 'https://schema.org', '@type': 'JobPosting', title: 'Data Analyst', description};
    writeFileSync(
      file,
      `<html><head><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head></html>`,
    );
    expect(readPostingsFile(file)).toEqual([{error: expect.stringContaining('not written in English')}]);
  });
});

describe.skipIf(!haveShared)('a saved career page read by the command line', () => {
  it('takes the place and type from the lines under its title, and keeps no lines (Vercel careers)', () => {
    const [item] = readPostingsFile(join(SHARED_HTML, 'other/vercel_careers_sales-engineer-apac-4159197004.html'), {
      url: 'https://vercel.com/careers/sales-engineer-apac-4159197004',
    });
    expect(item && 'posting' in item ? item.posting : item).toMatchObject({
      location: 'Remote (Australia)',
      employmentType: 'FULL_TIME',
    });
    expect(item && 'posting' in item && item.posting).not.toHaveProperty('headerLines');
  });

  it("takes the place from the title's last part when the page states it nowhere else (jobindex.dk)", () => {
    const [item] = readPostingsFile(join(SHARED_HTML, 'other/jobdog_jobindex_dk_h1509671.html'));
    expect(item && 'posting' in item ? item.posting : item).toMatchObject({
      title: 'International Export Manager, Distributor Sales - Copenhagen',
      location: 'Copenhagen',
    });
  });
});

describe('postings of every input kind get the place their title states (SYNTHETIC)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tpm-lens-title-place-'));
  it('a text file and a JSON Lines row, read whole or streamed', () => {
    const text = join(dir, 'posting.txt');
    writeFileSync(text, 'Technical Program Manager - Austin, TX\n\nDrive cross-team software programs.\n');
    expect(readPostingsFile(text)).toMatchObject([{posting: {location: 'Austin, TX'}}]);
    const row = JSON.stringify({
      id: 'a',
      title: 'Technical Program Manager (Remote)',
      company: 'X',
      location: '',
      description: 'Drive cross-team software programs.',
    });
    const rows = join(dir, 'postings.jsonl');
    writeFileSync(rows, `${row}\n`);
    expect(readPostingsFile(rows)).toMatchObject([{posting: {location: 'Remote'}}]);
    const streamed = analyzeLines(rows, [{text: row, number: 1}], FORMATS.json, {});
    expect(JSON.parse(streamed.output)).toMatchObject({posting: {location: 'Remote'}});
  });
});
