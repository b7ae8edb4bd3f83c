// What each site adapter reads from its pages, one row per page: the saved real pages of
// ../shared/data/html (listed in its MANIFEST.json), the MIT ones copied into test/fixtures/sites, and, for
// sites with no saved real page, SYNTHETIC documents (hand-made, marked so) that check only the URL match
// and the JobPosting JSON-LD reading: the adapters' CSS selectors are not verified by those.
import {describe, expect, it} from 'vitest';
import type {Posting} from '../../../src/core/types';
import {postingKey} from '../../../src/sites/index';
import type {ReadSource} from '../../../src/sites/types';
import {fixturePage, haveShared, jsonLdScript, read, sharedPage, syntheticPage} from '../../support/pages';

interface Expected {
  source?: ReadSource;
  posting: Partial<Posting>;
  /** Each must match the description. */
  description: RegExp[];
  notDescription?: RegExp;
  descriptionContains?: string;
  /** The element the description was read from (the page's highlight target). */
  descriptionElement?: {id?: string; classContains?: string; attribute?: [name: string, value: string]};
  /** The posting key on this URL (a RegExp where only its form is known). */
  key?: string | RegExp;
  /** The same page under other URLs: the key each gives. */
  otherKeys?: Record<string, string>;
  /** An element the page must hold (the selected card whose id the URL names). */
  holds?: string;
}

interface Row {
  site: string;
  what: string;
  /** Where the page comes from: a saved page (shared or fixture) or a synthetic document. */
  page: {shared: string} | {fixture: string} | {synthetic: string};
  url: string;
  /** null: the page holds no posting at this URL. */
  expected: Expected | null;
}

/** A synthetic job page carrying only JobPosting JSON-LD, as real pages on those sites do. */
function jsonLdPage(title: string, jobPosting: Record<string, unknown>): {synthetic: string} {
  const script = jsonLdScript({'@context': 'https://schema.org', '@type': 'JobPosting', title, ...jobPosting});
  return {
    synthetic: `<html><head><title>${title} - Example Co</title>${script}</head><body><h1>${title}</h1></body></html>`,
  };
}

const UNSAVED_DESCRIPTION = `<p>${'Synthetic test text: you will plan and run cross-team technical programs. '.repeat(6)}</p>`;
const unsavedSite = (site: string, url: string): Row[] => [
  {
    site,
    what: 'SYNTHETIC document with JobPosting JSON-LD: reads the JSON-LD on a job URL',
    page: jsonLdPage('Technical Program Manager', {
      hiringOrganization: {'@type': 'Organization', name: 'Example Co'},
      jobLocation: [
        {'@type': 'Place', address: {addressLocality: 'Seattle', addressRegion: 'WA', addressCountry: 'US'}},
      ],
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: {minValue: 150000, maxValue: 190000, unitText: 'YEAR'},
      },
      description: UNSAVED_DESCRIPTION,
    }),
    url,
    expected: {
      source: 'json-ld',
      posting: {
        title: 'Technical Program Manager',
        company: 'Example Co',
        location: 'Seattle, WA, US',
        salaryText: 'USD 150000 - 190000 a year',
        site,
      },
      description: [/^Synthetic test text: you will plan/],
      key: new RegExp(`^${site}:`),
    },
  },
  {
    site,
    what: 'SYNTHETIC job page without JSON-LD or posting markup is no posting',
    page: {synthetic: '<html><body><h1>Technical Program Manager</h1><p>Loading…</p></body></html>'},
    url,
    expected: null,
  },
];

const GLASSDOOR_PANE = 'glassdoor/sidharth1snair_Salary-Prediction-glassdoor_search_pane.html';
const ZIPRECRUITER_SERP = 'ziprecruiter/jobsearch-rag_ziprecruiter_serp_real_c889684d.html';
const LINKEDIN_SPLIT = 'linkedin/JoyKimaiyo_web-scraping-data-jobs-linkedin_page.html';
const INDEED_LIST_2022 = 'indeed/donthephan_testBaseSearch.html';

const ROWS: Row[] = [
  {
    site: 'glassdoor',
    what: 'real saved search page with the job pane (glassdoor.co.in, 2025): the selected job, not the list',
    page: {shared: GLASSDOOR_PANE},
    url: 'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm',
    expected: {
      source: 'selectors',
      posting: {
        title: 'Principal Member of technical Staff- AI & Data Engineering',
        company: 'Athenahealth',
        location: 'Chennai',
        salaryText: '₹5L - ₹8L (Glassdoor Est.)',
        site: 'glassdoor',
      },
      description: [/^Join us as we work to create a thriving ecosystem/],
      key: 'glassdoor:1009722062558',
    },
  },
  {
    site: 'glassdoor',
    what: 'the same page read by the generic reader (as a local file) is a list, not a posting',
    page: {shared: GLASSDOOR_PANE},
    url: 'file:///tmp/glassdoor_search.html',
    expected: null,
  },
  {
    site: 'greenhouse',
    what: 'real job-boards.greenhouse.io page (Remix UI, no JSON-LD; MIT, test/fixtures/sites): read from the DOM',
    page: {fixture: 'jobdog_greenhouse_scaleai_4315289005.html'},
    url: 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005',
    expected: {
      source: 'selectors',
      posting: {
        title: 'Senior/Staff Machine Learning Research Scientist Generative AI',
        company: 'Scale AI',
        location: 'San Francisco, CA; Seattle, WA; New York, NY',
        salaryText: '$176,000 - $300,000 USD',
        site: 'greenhouse',
      },
      description: [/^Scale’s Generative AI ML team conducts research on models, supervision, and algorithms/],
      key: 'greenhouse:4315289005',
    },
  },
  {
    site: 'indeed',
    what: 'viewjob 2023 (Canonical): JSON-LD first, description element from the DOM',
    page: {shared: 'indeed/talynt_indeed_posting.html'},
    url: 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5',
    expected: {
      source: 'json-ld',
      posting: {
        title: 'Engineering Manager, Sustaining Software Engineering, Worldwide',
        company: 'Canonical - Jobs',
        location: 'Austin, TX, US (Remote)',
        salaryText: '',
        site: 'indeed',
      },
      description: [/^This is an exciting opportunity for an engineering manager who is passionate about open source/],
      descriptionElement: {id: 'jobDescriptionText'},
      key: 'indeed:bf873f62104b48b5',
    },
  },
  {
    site: 'indeed',
    what: 'viewjob 2026 (PaperCut, au.indeed.com): JSON-LD pay',
    page: {shared: 'indeed/dinie_coverletterer-indeed_job.html'},
    url: 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
    expected: {
      source: 'json-ld',
      posting: {
        title: 'Senior DevOps Engineer',
        company: 'PaperCut Software',
        location: 'Camberwell, VIC, AU',
        salaryText: 'AUD 130000 - 160000 a year',
      },
      description: [/^Company Description\n\s*At PaperCut, we believe two things/],
    },
  },
  {
    site: 'indeed',
    what: 'search page 2026 with the selected job in the right pane (OHSU): the selected card, not the first',
    page: {shared: 'indeed/DanWarner00_ai-job-search-platform-indeed_page.html'},
    url: 'https://www.indeed.com/q-data-analyst-l-portland,-or-jobs.html',
    expected: {
      source: 'selectors',
      posting: {
        title: 'Research Data Analyst 1',
        company: 'Oregon Health & Science University',
        location: '3181 SW Sam Jackson Park Rd, Portland, OR 97239',
        salaryText: '$27.85 - $41.77 an hour',
        // The header's " - Part-time" after the pay; the description never says it.
        employmentType: 'Part-time',
      },
      description: [/^Function\/Duties of Position:\n\nThis position is for a research data analyst 1/],
      key: 'indeed:29dd4196cccd7eaf',
      otherKeys: {
        'https://www.indeed.com/q-data-analyst-l-portland,-or-jobs.html?vjk=7287a807f26d20f3':
          'indeed:7287a807f26d20f3',
      },
    },
  },
  {
    site: 'indeed',
    what: 'search list 2022 with nothing selected is no posting',
    page: {shared: INDEED_LIST_2022},
    url: 'https://ca.indeed.com/jobs?q=developer&l=Toronto%2C+ON',
    expected: null,
  },
  {
    site: 'indeed',
    // The CLI reads a saved page without a canonical link at a file: URL: the generic reader must refuse a list.
    what: 'the same search list as a local file is no posting either',
    page: {shared: INDEED_LIST_2022},
    url: 'file:///tmp/testBaseSearch.html',
    expected: null,
  },
  {
    site: 'linkedin',
    what: 'HTTP 429 rate-limit body (real, test/fixtures/sites) is no posting',
    page: {fixture: 'jobdog_linkedin_429_ratelimited_3915648739.html'},
    url: 'https://www.linkedin.com/jobs/view/3915648739/',
    expected: null,
  },
  {
    site: 'linkedin',
    // The page shows "$114,000.00 - $168,000.00" only on a Google card under "Similar jobs".
    what: 'guest page 2024 (OpenAI): top-card fields, and no pay taken from a "Similar jobs" card',
    page: {shared: 'linkedin/jobdog_linkedin_openai_3915648739.html'},
    url: 'https://www.linkedin.com/jobs/view/3915648739/',
    expected: {
      source: 'selectors',
      posting: {
        title: 'Machine Learning Engineer, Applied AI',
        company: 'OpenAI',
        location: 'San Francisco, CA',
        site: 'linkedin',
        salaryText: '',
        // The type as LinkedIn shows it (unread before): the guest page's criterion, the 2026 layout's pill.
        employmentType: 'Full-time',
      },
      description: [/^About The Team\n\nOpenAI is at the forefront of artificial intelligence/],
      descriptionElement: {classContains: 'show-more-less-html__markup'},
    },
  },
  {
    site: 'linkedin',
    what: "guest page 2024 (Anthropic): the posting's own pay",
    page: {shared: 'linkedin/jobdog_linkedin_anthropic_4053542511.html'},
    url: 'https://www.linkedin.com/jobs/view/4053542511/',
    expected: {
      posting: {
        title: 'Machine Learning Systems Engineer, RL Engineering',
        company: 'Anthropic',
        location: 'Seattle, WA',
        salaryText: '$300,000.00/yr - $425,000.00/yr',
        // The type as LinkedIn shows it (unread before): the guest page's criterion, the 2026 layout's pill.
        employmentType: 'Full-time',
      },
      description: [/^About Anthropic\n\nAnthropic’s mission is to create reliable/],
    },
  },
  {
    site: 'linkedin',
    what: 'guest page 2026 (Heidi, au.linkedin.com)',
    page: {shared: 'linkedin/dinie_coverletterer-linkedin_guest_job.html'},
    url: 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
    expected: {
      posting: {
        title: 'Senior Software Engineer - Developer Experience',
        company: 'Heidi',
        location: 'Melbourne, Victoria, Australia',
        salaryText: '',
        // The type as LinkedIn shows it (unread before): the guest page's criterion, the 2026 layout's pill.
        employmentType: 'Full-time',
      },
      description: [/^Who We Are\n\nHealthcare needs a better rhythm/],
    },
  },
  {
    site: 'linkedin',
    what: 'logged-in 2026 layout with hashed classes (Flow Traders): document title, aria-label, componentkey',
    page: {shared: 'linkedin/XingyouLee_linkedin-notifier-job_page.html'},
    url: 'https://www.linkedin.com/jobs/view/4374244548',
    expected: {
      posting: {
        title: 'Graduate Data Engineer',
        company: 'Flow Traders',
        location: 'Amsterdam, North Holland, Netherlands',
        salaryText: '',
        // The type as LinkedIn shows it (unread before): the guest page's criterion, the 2026 layout's pill.
        employmentType: 'Full-time',
      },
      description: [
        /^Do you want to work in a dynamic and collaborative environment/,
        // All of it, lists included (it ends with the staffing-firm notice).
        /will be considered free of obligation\.$/,
      ],
      // "About the job", not the second expandable box ("About the company").
      notDescription: /^Founded in 2004/,
      descriptionElement: {attribute: ['componentkey', 'JobDetails_AboutTheJob_4374244548']},
      key: 'linkedin:4374244548',
    },
  },
  {
    site: 'linkedin',
    // The saved page's address bar is not recorded; currentJobId is the selected card's data-job-id.
    what: 'logged-in split pane, older layout (Odiin.): reads the selected job from the pane',
    page: {shared: LINKEDIN_SPLIT},
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=4205971663&keywords=data%20analyst',
    expected: {
      // The top card's pill (unread before).
      posting: {title: 'Data Analyst', company: 'Odiin.', location: 'EMEA', employmentType: 'Contract'},
      description: [/^The ideal candidate will use their passion for big data/],
      holds: '[data-job-id="4205971663"]',
      key: 'linkedin:4205971663',
    },
  },
  {
    site: 'linkedin',
    what: 'the same search page without a selected job is no posting',
    page: {shared: LINKEDIN_SPLIT},
    url: 'https://www.linkedin.com/jobs/search/?keywords=data%20analyst',
    expected: null,
  },
  {
    site: 'workday',
    what: 'real server response (Autodesk, JSON-LD only, 2025): the French section before the English one does not make it foreign',
    page: {shared: 'workday/adfrisealach_workday-scraper-job_page.html'},
    url: 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
    expected: {
      source: 'json-ld',
      posting: {
        title: 'Senior Industry Strategy Manager - Content Creation',
        company: 'Autodesk Canada Co.',
        location: 'AMER - Canada - Quebec - Montreal - 10 Rue Duke, Canada',
        salaryText: '',
        site: 'workday',
      },
      description: [/^Job Requisition ID # 24WD81528 English job description to follow!/],
      descriptionContains: 'Position Overview',
      key: 'workday:24WD81528',
    },
  },
  {
    site: 'ziprecruiter',
    what: 'real saved search page with the selected job (2026): the right pane',
    page: {shared: ZIPRECRUITER_SERP},
    url: 'https://www.ziprecruiter.com/jobs-search?search=staff+platform+architect&location=Remote+%28USA%29&lk=il98sdaV5Z7_q2SogBy-0A',
    expected: {
      source: 'selectors',
      posting: {
        title: 'Member of Technical Staff, Platform Engineering',
        company: 'Anchorage Digital',
        location: 'Charleston, WV (Remote)',
        salaryText: '',
        // The pane's line above "Posted 8 days ago".
        employmentType: 'Full-time',
      },
      description: [/^At Anchorage Digital, we are building the world’s most advanced digital asset platform/],
      key: 'ziprecruiter:il98sdaV5Z7_q2SogBy-0A',
    },
  },
  {
    site: 'ziprecruiter',
    what: 'the same page read by the generic reader (as a local file) is a list, not a posting',
    page: {shared: ZIPRECRUITER_SERP},
    url: 'file:///tmp/ziprecruiter_serp.html',
    expected: null,
  },
  {
    site: 'ziprecruiter',
    what: 'single job page: SYNTHETIC document (no real saved page exists), its JobPosting JSON-LD',
    page: jsonLdPage('Technical Program Manager', {
      hiringOrganization: {'@type': 'Organization', name: 'Example Co'},
      jobLocation: {'@type': 'Place', address: {addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US'}},
      baseSalary: {currency: 'USD', value: {minValue: 140000, maxValue: 170000, unitText: 'YEAR'}},
      description: `<p>${'Synthetic test text: you will run cross-team programs with engineering. '.repeat(6)}</p>`,
    }),
    url: 'https://www.ziprecruiter.com/c/Example-Co/Job/Technical-Program-Manager/-in-Austin,TX?jid=0123456789abcdef',
    expected: {
      source: 'json-ld',
      posting: {
        title: 'Technical Program Manager',
        company: 'Example Co',
        location: 'Austin, TX, US',
        salaryText: 'USD 140000 - 170000 a year',
        site: 'ziprecruiter',
      },
      description: [],
    },
  },
  ...unsavedSite('lever', 'https://jobs.lever.co/example/0f5e1f2a-3b4c-4d5e-8f90-123456789abc'),
  ...unsavedSite('ashby', 'https://jobs.ashbyhq.com/example/0f5e1f2a-3b4c-4d5e-8f90-123456789abc'),
  ...unsavedSite(
    'smartrecruiters',
    'https://jobs.smartrecruiters.com/ExampleCo/743999912345678-technical-program-manager',
  ),
];

function pageOf(row: Row): Document {
  if ('shared' in row.page) return sharedPage(row.page.shared, row.url);
  if ('fixture' in row.page) return fixturePage(row.page.fixture, row.url);
  return syntheticPage(row.page.synthetic, row.url);
}

function checkRead(doc: Document, row: Row & {expected: Expected}): void {
  const {expected} = row;
  const result = read(doc, row.url);
  expect(result, 'a posting is read').not.toBeNull();
  if (expected.source) expect(result?.source).toBe(expected.source);
  expect(result?.posting).toMatchObject(expected.posting);
  for (const pattern of expected.description) expect(result?.posting.description).toMatch(pattern);
  if (expected.notDescription) expect(result?.posting.description).not.toMatch(expected.notDescription);
  if (expected.descriptionContains) expect(result?.posting.description).toContain(expected.descriptionContains);
  const element = expected.descriptionElement;
  if (element?.id) expect(result?.descriptionElement?.id).toBe(element.id);
  if (element?.classContains) expect(result?.descriptionElement?.className).toContain(element.classContains);
  if (element?.attribute)
    expect(result?.descriptionElement?.getAttribute(element.attribute[0])).toBe(element.attribute[1]);
  if (expected.holds) expect(doc.querySelector(expected.holds)).not.toBeNull();
  if (expected.key !== undefined) {
    const key = postingKey(new URL(row.url), doc);
    if (typeof expected.key === 'string') expect(key).toBe(expected.key);
    else expect(key).toMatch(expected.key);
  }
  for (const [url, key] of Object.entries(expected.otherKeys ?? {})) expect(postingKey(new URL(url), doc)).toBe(key);
}

describe('site adapters on their pages (one row per page)', () => {
  it('every row names a site once per page and URL', () => {
    const ids = ROWS.map((row) => `${JSON.stringify(row.page)} ${row.url}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const row of ROWS) {
    const skip = 'shared' in row.page && !haveShared;
    it.skipIf(skip)(`${row.site}: ${row.what}`, () => {
      const doc = pageOf(row);
      if (row.expected === null) expect(read(doc, row.url)).toBeNull();
      else checkRead(doc, row as Row & {expected: Expected});
    });
  }
});

describe.skipIf(!haveShared)("a site's employment-type field (LinkedIn's criterion and pills)", () => {
  const url = 'https://www.linkedin.com/jobs/view/3915648739';
  const guest = () => sharedPage('linkedin/jobdog_linkedin_openai_3915648739.html', url);
  const criterion = (doc: Document) =>
    [...doc.querySelectorAll('.description__job-criteria-item')].find((item) =>
      item.querySelector('h3')?.textContent?.includes('Employment type'),
    )!;

  it('gives way to the JSON-LD, the employer’s own structured answer', () => {
    const doc = guest();
    const script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Machine Learning Engineer, Applied AI',
      description: doc.querySelector('.show-more-less-html__markup')!.textContent,
      employmentType: 'PART_TIME',
    });
    doc.head.append(script);
    expect(read(doc, url)?.posting.employmentType).toBe('PART_TIME');
  });

  it('reads a type by its words only: the other criteria and pills are not one', () => {
    const doc = guest();
    criterion(doc).querySelector('.description__job-criteria-text')!.textContent = ' Other ';
    const other = read(doc, url);
    expect(other?.posting.title).toBe('Machine Learning Engineer, Applied AI');
    // "Entry level", "Engineering and Information Technology", "Research Services" are no type.
    expect(other?.posting.employmentType).toBeUndefined();
    criterion(doc).querySelector('.description__job-criteria-text')!.textContent = ' Temporary ';
    expect(read(doc, url)?.posting.employmentType).toBe('Temporary');
  });

  it("reads a split page's type in the selected posting's pane, not a filter bar's pill before it", () => {
    const split = 'https://www.linkedin.com/jobs/search/?currentJobId=4205971663&keywords=data%20analyst';
    const doc = sharedPage(LINKEDIN_SPLIT, split);
    const filter = doc.createElement('button');
    filter.innerHTML = '<span>Full-time</span>';
    doc.body.prepend(filter);
    expect(read(doc, split)?.posting.employmentType).toBe('Contract');
  });
});

describe.skipIf(!haveShared)("Indeed's employment-type field (the header's last item after the pay)", () => {
  const url = 'https://www.indeed.com/q-data-analyst-l-portland,-or-jobs.html';
  const page = () => sharedPage('indeed/DanWarner00_ai-job-search-platform-indeed_page.html', url);
  const item = (doc: Document) => doc.querySelector('#salaryInfoAndJobType > span:last-child')!;

  it('reads several types as Indeed lists them, and never the pay', () => {
    const doc = page();
    item(doc).textContent = ' - Full-time, Contract';
    expect(read(doc, url)?.posting.employmentType).toBe('Full-time, Contract');
    // A header with the pay alone: its last item is the pay.
    item(doc).remove();
    expect(read(doc, url)?.posting.salaryText).toBe('$27.85 - $41.77 an hour');
    expect(read(doc, url)?.posting.employmentType).toBeUndefined();
  });
});
