import {describe, expect, it} from 'vitest';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {
  companyFromDocumentTitle,
  looksLikeResultsList,
  proseBlock,
  titleFromDocumentTitle,
} from '../../../src/sites/generic';
import {withHeaderFacts} from '../../../src/core/header-facts';
import {haveShared, read, SHARED_HTML, sharedPage, syntheticPage} from '../../support/pages';

describe.skipIf(!haveShared)('generic reader on real pages of sites without an adapter', () => {
  it('Vercel careers (Next.js, no JSON-LD): title, company from the document title, densest text block', () => {
    const url = 'https://vercel.com/careers/engineering-manager-edge-network-us-4534415004';
    const result = read(
      sharedPage('other/vercel_careers_engineering-manager-edge-network-us-4534415004.html', url),
      url,
    );
    expect(result?.source).toBe('generic');
    expect(result?.posting).toMatchObject({
      title: 'Engineering Manager, Edge Network',
      company: 'Vercel',
      site: 'vercel.com',
    });
    // The lines under the title, which the core reads into the place and type the page has nowhere else.
    expect(result?.posting.headerLines).toEqual([
      'Infrastructure Engineering',
      'Remote (United States)',
      'Full Time',
      'Apply',
    ]);
    expect(withHeaderFacts(result!.posting)).toMatchObject({
      location: 'Remote (United States)',
      employmentType: 'FULL_TIME',
    });
    expect(result?.posting.description).toMatch(
      /^About Vercel:\n\nAt Vercel, we believe that liberating the frontend unlocks creativity/,
    );
    // The block holds the posting, not the site's navigation or footer.
    expect(result?.posting.description).not.toMatch(/Skip to content|Templates|Pricing/);
    expect(result?.posting.description).toContain('What You Will Do:');
  });

  it.each([
    ['financial-systems-analyst-us-4668362004', 'Financial Systems Analyst', 'Remote (United States)'],
    ['head-of-business-operations-us-4657870004', 'Head of Business Operations', 'Remote (United States)'],
    ['sales-engineer-apac-4159197004', 'Sales Engineer, APAC', 'Remote (Australia)'],
  ])('Vercel careers %s', (slug, title, location) => {
    const url = `https://vercel.com/careers/${slug}`;
    const result = read(sharedPage(`other/vercel_careers_${slug}.html`, url), url);
    expect(result?.posting.title).toBe(title);
    expect(result?.posting.company).toBe('Vercel');
    expect(withHeaderFacts(result!.posting)).toMatchObject({location, employmentType: 'FULL_TIME'});
    expect(result?.posting.description).toMatch(/^About Vercel:/);
  });

  it.each([
    ['jobdog_linkedin_anthropic_4053542511.html', 'Seattle, WA'],
    ['jobdog_linkedin_openai_3915648739.html', 'San Francisco, CA'],
    ['dinie_coverletterer-linkedin_guest_job.html', 'Melbourne, Victoria, Australia'],
  ])(
    'a saved LinkedIn guest page opened as a local file (%s): its place from the lines under the title',
    (file, place) => {
      const local = 'file:///tmp/job.html';
      const result = read(sharedPage(`linkedin/${file}`, local), local);
      expect(result?.source).toBe('generic');
      // The company and the place are two elements of one line there ("Anthropic", "Seattle, WA").
      expect(withHeaderFacts(result!.posting).location).toBe(place);
    },
  );

  it('a saved LinkedIn 2026 page opened as a local file (no canonical link): title from the document title', () => {
    const local = 'file:///tmp/job_page.html';
    const result = read(sharedPage('linkedin/XingyouLee_linkedin-notifier-job_page.html', local), local);
    expect(result?.source).toBe('generic');
    expect(result?.posting.title).toBe('Graduate Data Engineer');
    expect(result?.posting.description).toMatch(
      /^About the job\n\nDo you want to work in a dynamic and collaborative environment/,
    );
  });

  it('jobindex.dk: the saved ads are written in English (on a Danish board) and read as postings', () => {
    const url = 'https://www.jobindex.dk/jobannonce/h1509671/international-export-manager-distributor-sales-copenhagen';
    const result = read(sharedPage('other/jobdog_jobindex_dk_h1509671.html', url), url);
    expect(result?.posting.title).toBe('International Export Manager, Distributor Sales - Copenhagen');
    expect(result?.posting.description).toContain(
      'Are you ready to leave your mark on the Distributor Sales organisation in Arla Foods?',
    );
    // "Pilot Scientist for Purification | Job ad | Jobindex": the board, not the employer, so no company.
    const other = 'https://www.jobindex.dk/jobannonce/r12800344/pilot-scientist-for-purification';
    const pilot = read(sharedPage('other/jobdog_jobindex_dk_r12800344.html', other), other);
    expect(pilot?.posting.title).toBe('Pilot Scientist for Purification');
    expect(pilot?.posting.company).toBe('');
    expect(pilot?.posting.description).toContain(
      'Do you wish to make an impact on the Novo Nordisk products of the future?',
    );
  });
});

describe.skipIf(!haveShared)('looksLikeResultsList on every saved real page', () => {
  // The search pages, as MANIFEST.json describes them; every other saved page shows one posting.
  const lists = new Set([
    'glassdoor/sidharth1snair_Salary-Prediction-glassdoor_search_pane.html',
    'indeed/DanWarner00_ai-job-search-platform-indeed_page.html',
    'indeed/donthephan_testBaseSearch.html',
    'linkedin/JoyKimaiyo_web-scraping-data-jobs-linkedin_page.html',
    'ziprecruiter/jobsearch-rag_ziprecruiter_serp_real_c889684d.html',
  ]);
  const files = haveShared
    ? readdirSync(SHARED_HTML)
        .filter((name) => !name.includes('.'))
        .flatMap((dir) => readdirSync(join(SHARED_HTML, dir)).map((name) => `${dir}/${name}`))
    : [];
  it.each(files)('%s', (file) => {
    expect(looksLikeResultsList(sharedPage(file, 'https://example.invalid/'))).toBe(lists.has(file));
  });
});

describe('generic reader: what is not a posting (SYNTHETIC documents)', () => {
  const paragraph =
    '<p>Synthetic test text: this paragraph stands for a long posting description of a role.</p>'.repeat(5);

  it('a page with a heading and enough text is a posting', () => {
    const url = 'https://careers.example.com/jobs/42';
    expect(
      read(
        syntheticPage(`<title>Program Manager – Example</title><h1>Program Manager</h1><main>${paragraph}</main>`, url),
        url,
      )?.posting.title,
    ).toBe('Program Manager');
  });

  it('a "N jobs in ..." heading makes it a list', () => {
    const url = 'https://careers.example.com/search';
    expect(
      read(syntheticPage(`<h1>1,204 Program Manager jobs in Seattle</h1><main>${paragraph}</main>`, url), url),
    ).toBeNull();
  });

  it('many job cards make it a list', () => {
    const url = 'https://careers.example.com/search';
    const cards = Array.from(
      {length: 8},
      (_, index) => `<li data-job-id="${index}"><a href="/jobs/${index}">Job ${index}</a></li>`,
    ).join('');
    expect(
      read(syntheticPage(`<h1>Program Manager</h1><ul>${cards}</ul><main>${paragraph}</main>`, url), url),
    ).toBeNull();
  });

  it('a short text is no posting', () => {
    const url = 'https://careers.example.com/jobs/42';
    expect(read(syntheticPage('<h1>Program Manager</h1><p>Apply now.</p>', url), url)).toBeNull();
  });
});

describe("proseBlock: the block of the page's prose, by text density (SYNTHETIC documents)", () => {
  const sentence = 'Synthetic test text standing for a sentence of a posting description. ';
  const prose = (count: number) => `<p>${sentence.repeat(count)}</p>`.repeat(3);
  const page = (body: string) => syntheticPage(`<body><div id="wrap">${body}</div></body>`, 'https://example.com/');

  it('passes over more text in a page header, navigation, footer or form, however deep', () => {
    // The chrome comes first and holds more text, so each of its ancestors is judged before the description's.
    const doc = page(
      `<header><div><div><div>${prose(9)}</div></div></div></header>` +
        `<nav><ul><li><span>${sentence.repeat(30)}</span></li></ul></nav>` +
        `<main><section id="description">${prose(3)}</section></main>` +
        `<footer><div><div>${prose(9)}</div></div></footer><form><div>${prose(9)}</div></form>`,
    );
    expect(proseBlock(doc.body)?.id).toBe('description');
  });

  it('counts text beside chrome it shares an ancestor with (what is left out is the chrome alone)', () => {
    const doc = page(
      `<div id="pane"><nav>${prose(1)}</nav><div id="description">${prose(3)}</div><aside>${prose(9)}</aside></div>`,
    );
    expect(proseBlock(doc.body)?.id).toBe('description');
  });

  it('discounts link text: a list of job cards loses to a shorter description', () => {
    const cards = Array.from(
      {length: 20},
      (_, index) => `<li><a href="/jobs/${index}"><span>${sentence}</span></a></li>`,
    ).join('');
    const doc = page(`<div id="cards"><ul>${cards}</ul></div><div id="description">${prose(2)}</div>`);
    expect(proseBlock(doc.body)?.id).toBe('description');
  });

  it('finds nothing on a page whose text is all chrome', () => {
    expect(proseBlock(page(`<header>${prose(3)}</header><footer>${prose(3)}</footer>`).body)).toBeNull();
  });
});

describe('titleFromDocumentTitle', () => {
  it.each([
    ['Graduate Data Engineer | Flow Traders | LinkedIn', 'Graduate Data Engineer'],
    ['Engineering Manager, Edge Network – Vercel', 'Engineering Manager, Edge Network'],
    ['Careers', ''],
  ])('%s', (documentTitle, title) => expect(titleFromDocumentTitle(documentTitle)).toBe(title));
});

describe('companyFromDocumentTitle', () => {
  it.each([
    ['Engineering Manager, Edge Network – Vercel', 'Engineering Manager, Edge Network', 'Vercel'],
    ['Head of Business Operations  – Vercel', 'Head of Business Operations', 'Vercel'],
    ['Pilot Scientist for Purification | Job ad | Jobindex', 'Pilot Scientist for Purification', ''],
    ['Careers at Example', 'Program Manager', ''],
  ])('%s', (documentTitle, title, company) => {
    expect(companyFromDocumentTitle(documentTitle, title)).toBe(company);
  });
});
