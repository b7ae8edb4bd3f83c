// One content script per site (src/content/sites/): each must start on its own site's pages and read a posting
// there. A JobPosting page of our own is served at a posting address of every site, so a site whose script is
// missing from the build, declared on the wrong hosts or not loaded by its loader shows no panel.
import {SITES} from '../../src/sites/all';
import {hostMatches} from '../../src/sites/index';
import type {ServedPage} from './server';
import {assert, openPanelTitle, pageState, type Check, type E2E} from './harness';

/** A posting address per site, as its adapter's routes read one. */
const POSTING_URLS: Readonly<Record<string, string>> = {
  linkedin: 'https://www.linkedin.com/jobs/view/1000000001/',
  indeed: 'https://www.indeed.com/viewjob?jk=0000000000abcdef',
  glassdoor:
    'https://www.glassdoor.com/job-listing/technical-program-manager-acme-JV_IC1147401_KO0,25_KE26,30.htm?jl=1000000000001',
  ziprecruiter: 'https://www.ziprecruiter.com/c/Acme/Job/Technical-Program-Manager/-in-Austin,TX?jid=0000000000000001',
  greenhouse: 'https://job-boards.greenhouse.io/acme/jobs/1000000001',
  lever: 'https://jobs.lever.co/acme/0f5e1f2a-3b4c-4d5e-8f90-000000000001',
  workday: 'https://acme.wd1.myworkdayjobs.com/en-US/Careers/job/Austin-TX/Technical-Program-Manager_R-0000001',
  ashby: 'https://jobs.ashbyhq.com/acme/0f5e1f2a-3b4c-4d5e-8f90-000000000002',
  smartrecruiters: 'https://jobs.smartrecruiters.com/Acme/744000000000001-technical-program-manager',
};

export const SITE_SCRIPTS_CHECK = "every site's own content script starts on its pages and reads a posting there";

const title = (site: string) => `Technical Program Manager, Platform (${site})`;

function postingPage(site: string): string {
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: title(site),
    hiringOrganization: {'@type': 'Organization', name: 'Acme'},
    jobLocation: {'@type': 'Place', address: {addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US'}},
    description:
      '<p>Lead cross-functional programs across engineering teams, own the roadmap and schedule, and manage ' +
      'risks and dependencies. 5+ years of technical program management in software or cloud infrastructure. ' +
      "Bachelor's degree in Computer Science or equivalent.</p>",
  };
  return (
    `<!doctype html><html><head><title>${title(site)} - Acme</title>` +
    `<script type="application/ld+json">${JSON.stringify(posting)}</script></head>` +
    `<body><main><h1>${title(site)}</h1><p>Acme is hiring.</p></main></body></html>`
  );
}

/** Every site's posting address with the title its page shows; fails on a site without an address. */
export function sitePostings(): Array<{site: string; url: URL; title: string}> {
  return SITES.map((site) => {
    const href = POSTING_URLS[site.id];
    assert(href, `no posting address for ${site.id}`);
    const url = new URL(href);
    assert(
      site.hosts.some((host) => hostMatches(url.hostname, host)) &&
        site.routes.some((route) => route.test(url.pathname + url.search)),
      `${href} is not a posting address of ${site.id}`,
    );
    return {site: site.id, url, title: title(site.id)};
  });
}

const DESCRIPTION =
  '<p>Lead cross-functional programs across engineering teams, own the roadmap and schedule, and manage risks and ' +
  'dependencies. 5+ years of technical program management in software or cloud infrastructure, and a record of ' +
  'delivering platform programs on time.</p>';

/**
 * What a site states beside the JSON-LD, or in place of it (SYNTHETIC pages in the markup public scrapers of the
 * sites quote): a Lever job's workplace category under its title, with JSON-LD; an Ashby job's shell, its data in
 * window.__appData and no JSON-LD. Each with the title its panel shows and the mode its screening line states.
 */
const STATED_BESIDE = [
  {
    url: new URL('https://jobs.lever.co/acme/0f5e1f2a-3b4c-4d5e-8f90-000000000003'),
    title: 'Technical Program Manager, Payments (lever)',
    mode: 'On-site',
    body:
      '<!doctype html><html><head><title>Acme - Technical Program Manager, Payments (lever)</title>' +
      `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Technical Program Manager, Payments (lever)',
        hiringOrganization: {'@type': 'Organization', name: 'Acme'},
        jobLocation: {
          '@type': 'Place',
          address: {addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US'},
        },
        description: DESCRIPTION,
      })}</script></head><body><div class="posting-page"><div class="posting-headline">` +
      '<h2>Technical Program Manager, Payments (lever)</h2><div class="posting-categories">' +
      '<div class="sort-by-time posting-category medium-category-label width-full capitalize-labels location">Austin, TX</div>' +
      '<div class="sort-by-time posting-category medium-category-label capitalize-labels workplaceTypes">On-site</div>' +
      `</div></div><div class="section page-centered" data-qa="job-description">${DESCRIPTION}</div></div></body></html>`,
  },
  {
    url: new URL('https://jobs.ashbyhq.com/acme/0f5e1f2a-3b4c-4d5e-8f90-000000000004'),
    title: 'Technical Program Manager, Infrastructure (ashby)',
    mode: 'Hybrid',
    body:
      '<!doctype html><html><head><title>Acme</title></head><body><div id="root"></div><script>window.__appData = ' +
      JSON.stringify({
        organization: {name: 'Acme'},
        posting: {
          title: 'Technical Program Manager, Infrastructure (ashby)',
          locationName: 'Seattle, WA',
          workplaceType: 'Hybrid',
          compensationTierSummary: '$180K – $220K • Offers Equity',
          descriptionHtml: DESCRIPTION,
        },
      }) +
      ';</script></body></html>',
  },
];

export function siteScriptServedPages(): ServedPage[] {
  return [
    ...sitePostings().map(({site, url}) => ({
      host: url.host,
      path: url.pathname + url.search,
      body: postingPage(site),
    })),
    ...STATED_BESIDE.map(({url, body}) => ({host: url.host, path: url.pathname, body})),
  ];
}

export function siteScriptChecks(e2e: E2E): Check[] {
  return [
    {
      name: SITE_SCRIPTS_CHECK,
      run: async () => {
        for (const {site, url, title: expected} of sitePostings()) {
          const page = await e2e.open(url.host, url.pathname + url.search);
          try {
            const state = await pageState(page);
            assert(state === 'analyzed', `${site}: page state ${String(state)}`);
            const shown = await openPanelTitle(page);
            assert(shown === expected, `${site}: panel title "${shown}"`);
          } finally {
            await page.close();
          }
        }
      },
    },
    {
      name: "a site's own workplace field (Lever, with JSON-LD) and Ashby's page data (a shell without JSON-LD) reach the panel",
      run: async () => {
        for (const {url, title: expected, mode} of STATED_BESIDE) {
          const page = await e2e.open(url.host, url.pathname);
          try {
            const state = await pageState(page);
            assert(state === 'analyzed', `${url.host}: page state ${String(state)}`);
            const shown = await openPanelTitle(page);
            assert(shown === expected, `${url.host}: panel title "${shown}"`);
            const line = await page.locator('#tpm-lens-panel [data-testid=screening-line]').innerText();
            assert(line.includes(mode), `${url.host}: screening line "${line}" without ${mode}`);
          } finally {
            await page.close();
          }
        }
      },
    },
  ];
}
