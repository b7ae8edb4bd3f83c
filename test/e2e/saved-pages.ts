// Every saved real page in ../shared/data/html, with the URL it was saved from and what the extension
// should do there. Expected titles come from the page itself by means the site adapters do not use
// (JSON-LD, the document title's wording, the page's embedded data), so a wrong selector cannot agree
// with itself. The table must name every MANIFEST.json entry: a new saved page fails the run until listed.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

export type Expectation =
  /** A posting: the panel shows this title (derived from the page) and this verdict. */
  | {kind: 'posting'; title: (html: string, url: URL) => string | null}
  /** A matched site, but no posting on the page: the content script decides 'no-posting'. */
  | {kind: 'no-posting'}
  /** A host the extension does not match: the content script never runs. */
  | {kind: 'not-matched'};

export interface SavedPage {
  /** Path under data/html, as MANIFEST.json names it. */
  file: string;
  /** The real address (MANIFEST's request line, or the page's canonical link). */
  url: string;
  expect: Expectation;
  status?: number;
  why: string;
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '};
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : (ENTITIES[name.toLowerCase()] ?? whole),
  );

export function documentTitle(html: string): string | null {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return match ? decodeEntities(match[1]!).replace(/\s+/g, ' ').trim() : null;
}

/** The JobPosting's title in the page's JSON-LD (a block, an array or an @graph). */
export function jsonLdTitle(html: string): string | null {
  for (const match of html.matchAll(/<script[^>]*type=["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi)) {
    let data: unknown;
    try {
      data = JSON.parse(match[1]!);
    } catch {
      continue;
    }
    const nodes: unknown[] = Array.isArray(data) ? data : [data, ...((data as {'@graph'?: unknown[]})['@graph'] ?? [])];
    for (const node of nodes) {
      const record = node as {'@type'?: unknown; title?: unknown};
      if (record?.['@type'] === 'JobPosting' && typeof record.title === 'string')
        return decodeEntities(record.title).trim();
    }
  }
  return null;
}

const fromTitle = (pattern: RegExp) => (html: string) => {
  const title = documentTitle(html);
  return title ? (pattern.exec(title)?.[1]?.trim() ?? null) : null;
};

/** LinkedIn's guest pages: "OpenAI hiring <title> in San Francisco, CA | LinkedIn". */
const linkedinGuestTitle = fromTitle(/^.+? hiring (.+) in .+? \| LinkedIn$/);
/** LinkedIn's logged-in posting pages: "<title> | <company> | LinkedIn". */
const linkedinMemberTitle = fromTitle(/^(.+?) \| .+? \| LinkedIn$/);
/** Greenhouse: "Job Application for <title> at <company>". */
const greenhouseTitle = fromTitle(/^Job Application for (.+) at .+$/);

/** LinkedIn's split pane: the selected posting (currentJobId) in the page's embedded Voyager data. */
function linkedinEmbeddedTitle(html: string, url: URL): string | null {
  const id = url.searchParams.get('currentJobId');
  if (!id) return null;
  const text = decodeEntities(html);
  const match = new RegExp(`"title":"([^"]+)"[^{}]*?"entityUrn":"urn:li:fsd_jobPosting:${id}"`).exec(text);
  return match ? match[1]! : null;
}

/** Indeed's search page: the highlighted result card (vjs-highlight, class job_<key>) in the embedded job data. */
function indeedSelectedTitle(html: string): string | null {
  const key = /class="[^"]*\bjob_([0-9a-f]+)\b[^"]*\bvjs-highlight\b/.exec(html)?.[1];
  if (!key) return null;
  return new RegExp(`"key":"${key}","title":"([^"]+)"`).exec(html)?.[1] ?? null;
}

/** ZipRecruiter's result page shows the first result's details: its ItemList's position 1. */
function ziprecruiterFirstResultTitle(html: string): string | null {
  for (const match of html.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)) {
    try {
      const data = JSON.parse(match[1]!) as {
        '@type'?: string;
        itemListElement?: Array<{position: string | number; name: string}>;
      };
      if (data['@type'] !== 'ItemList') continue;
      const first = data.itemListElement?.find((item) => Number(item.position) === 1);
      if (first) return decodeEntities(first.name);
    } catch {
      continue;
    }
  }
  return null;
}

/** Glassdoor's search pane: the job details object the page embeds for the selected listing. */
function glassdoorPaneTitle(html: string): string | null {
  const match = /"__typename":"JobDetails"[^{}]*?"jobTitleText":("(?:[^"\\]|\\.)*")/.exec(html);
  return match ? (JSON.parse(match[1]!) as string) : null;
}

export const SAVED_PAGES: SavedPage[] = [
  {
    file: 'indeed/talynt_indeed_posting.html',
    url: 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5',
    expect: {kind: 'posting', title: jsonLdTitle},
    why: 'Indeed viewjob 2023',
  },
  {
    file: 'indeed/dinie_coverletterer-indeed_job.html',
    url: 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
    expect: {kind: 'posting', title: jsonLdTitle},
    why: 'Indeed viewjob 2026 (au)',
  },
  {
    file: 'indeed/DanWarner00_ai-job-search-platform-indeed_page.html',
    url: 'https://www.indeed.com/q-data-analyst-l-portland,-or-jobs.html',
    expect: {kind: 'posting', title: indeedSelectedTitle},
    why: 'Indeed search page with the selected job in its pane',
  },
  {
    file: 'indeed/donthephan_testBaseSearch.html',
    url: 'https://ca.indeed.com/jobs?q=developer&l=Toronto',
    expect: {kind: 'no-posting'},
    why: 'Indeed search list, nothing selected',
  },
  {
    file: 'linkedin/jobdog_linkedin_openai_3915648739.html',
    url: 'https://www.linkedin.com/jobs/view/3915648739/',
    expect: {kind: 'posting', title: linkedinGuestTitle},
    why: 'LinkedIn guest 2024',
  },
  {
    file: 'linkedin/jobdog_linkedin_anthropic_4053542511.html',
    url: 'https://www.linkedin.com/jobs/view/4053542511/',
    expect: {kind: 'posting', title: linkedinGuestTitle},
    why: 'LinkedIn guest 2024',
  },
  {
    file: 'linkedin/dinie_coverletterer-linkedin_guest_job.html',
    url: 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
    expect: {kind: 'posting', title: linkedinGuestTitle},
    why: 'LinkedIn guest 2026 (au)',
  },
  {
    file: 'linkedin/XingyouLee_linkedin-notifier-job_page.html',
    url: 'https://www.linkedin.com/jobs/view/4374244548/',
    expect: {kind: 'posting', title: linkedinMemberTitle},
    why: 'LinkedIn logged-in 2026, hashed classes',
  },
  {
    file: 'linkedin/JoyKimaiyo_web-scraping-data-jobs-linkedin_page.html',
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=4205971663',
    expect: {kind: 'posting', title: linkedinEmbeddedTitle},
    why: 'LinkedIn logged-in split pane 2025',
  },
  // The 429 body answered /jobs/view/3915648739/; it is served under a neighbouring id so both pages can be served.
  {
    file: 'linkedin/jobdog_linkedin_429_ratelimited_3915648739.html',
    url: 'https://www.linkedin.com/jobs/view/3915648740/',
    status: 429,
    expect: {kind: 'no-posting'},
    why: 'LinkedIn HTTP 429 body',
  },
  {
    file: 'greenhouse/jobdog_greenhouse_scaleai_4315289005.html',
    url: 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005',
    expect: {kind: 'posting', title: greenhouseTitle},
    why: 'Greenhouse job board (Remix UI)',
  },
  {
    file: 'workday/adfrisealach_workday-scraper-job_page.html',
    url: 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
    expect: {kind: 'posting', title: jsonLdTitle},
    why: 'Workday job page',
  },
  {
    file: 'ziprecruiter/jobsearch-rag_ziprecruiter_serp_real_c889684d.html',
    url: 'https://www.ziprecruiter.com/jobs-search',
    expect: {kind: 'posting', title: ziprecruiterFirstResultTitle},
    why: 'ZipRecruiter results page with the first job in its pane',
  },
  {
    file: 'glassdoor/sidharth1snair_Salary-Prediction-glassdoor_search_pane.html',
    url: 'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm',
    expect: {kind: 'posting', title: glassdoorPaneTitle},
    why: 'Glassdoor India search page with the selected job in its pane',
  },
  {
    file: 'other/jobdog_jobindex_dk_h1509671.html',
    url: 'https://www.jobindex.dk/jobannonce/h1509671/international-export-manager-distributor-sales-copenhagen',
    expect: {kind: 'not-matched'},
    why: 'jobindex.dk',
  },
  {
    file: 'other/jobdog_jobindex_dk_r12800344.html',
    url: 'https://www.jobindex.dk/jobannonce/r12800344/pilot-scientist-for-purification',
    expect: {kind: 'not-matched'},
    why: 'jobindex.dk',
  },
  {
    file: 'other/vercel_careers_engineering-manager-edge-network-us-4534415004.html',
    url: 'https://vercel.com/careers/engineering-manager-edge-network-us-4534415004',
    expect: {kind: 'not-matched'},
    why: 'vercel.com careers',
  },
  {
    file: 'other/vercel_careers_financial-systems-analyst-us-4668362004.html',
    url: 'https://vercel.com/careers/financial-systems-analyst-us-4668362004',
    expect: {kind: 'not-matched'},
    why: 'vercel.com careers',
  },
  {
    file: 'other/vercel_careers_head-of-business-operations-us-4657870004.html',
    url: 'https://vercel.com/careers/head-of-business-operations-us-4657870004',
    expect: {kind: 'not-matched'},
    why: 'vercel.com careers',
  },
  {
    file: 'other/vercel_careers_sales-engineer-apac-4159197004.html',
    url: 'https://vercel.com/careers/sales-engineer-apac-4159197004',
    expect: {kind: 'not-matched'},
    why: 'vercel.com careers',
  },
];

/**
 * The verdict a reader would give from the title alone: the spec's role names. Every saved page is some
 * other role (engineers, analysts, managers of people), so each should say "not a TPM role".
 */
export function verdictFromTitle(title: string): 'tpm' | 'not-tpm' {
  return /\btechnical (?:program|project) manager\b|\bTPM\b/i.test(title) ? 'tpm' : 'not-tpm';
}

/** Files MANIFEST.json lists that the table above does not, or that do not exist. */
export function unlistedPages(htmlDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(htmlDir, 'MANIFEST.json'), 'utf8')) as Array<{file: string}>;
  const listed = new Set(SAVED_PAGES.map((page) => page.file));
  return manifest.map((entry) => entry.file).filter((file) => !listed.has(file));
}

export function readSaved(htmlDir: string, page: SavedPage): string {
  return readFileSync(join(htmlDir, page.file), 'utf8');
}
