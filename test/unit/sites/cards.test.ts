import {describe, expect, it, vi} from 'vitest';
import {analyzeCard} from '../../../src/core/card';
import {isJsonObject, type Json, type JsonObject} from '../../../src/core/json';
import {findObjects, jsonString} from '../../../src/sites/embedded';
import {findCards, findListContainer, listFor, readCard, readCards} from '../../../src/sites/cards';
import {postingKey, siteFor} from '../../../src/sites/index';
import {readPostingStrict} from '../../../src/sites/read';
import {analyze} from '../../../src/core/analyze';
import {haveShared, sharedPage, syntheticPage} from '../../support/pages';

// Every card of the real saved list pages in ../shared/data/html, with its fields. Counts are the cards a
// person sees on each page (LinkedIn's out-of-view placeholders hold nothing yet and are not cards).

function cardsOf(file: string, url: string) {
  const doc = sharedPage(file, url);
  const site = siteFor(new URL(url))!;
  return {doc, cards: readCards(doc, site.list!), list: site.list!};
}

const filled = (cards: ReturnType<typeof readCards>, field: 'title' | 'company' | 'location' | 'salaryText') =>
  cards.filter((card) => card[field]).length;

describe.skipIf(!haveShared)('card readers on real saved list pages', () => {
  it('Indeed search 2022 (ca.indeed.com): 15 cards, 2 with pay', () => {
    const url = 'https://ca.indeed.com/jobs?q=developer&l=Toronto';
    const {doc, cards, list} = cardsOf('indeed/donthephan_testBaseSearch.html', url);
    expect(listFor(new URL(url))?.site.id).toBe('indeed');
    expect(cards).toHaveLength(15);
    expect(new Set(cards.map((card) => card.jobId)).size).toBe(15);
    for (const field of ['title', 'company', 'location'] as const) expect(filled(cards, field), field).toBe(15);
    expect(cards.filter((card) => card.salaryText).map((card) => card.salaryText)).toEqual([
      '$80,000 a year',
      '$75,000–$90,000 a year',
    ]);
    expect(cards[0]).toMatchObject({
      jobId: '6c1456992f5618b4',
      title: 'Associate Developer (Entry Level): Toronto/Calgary/Ottawa',
      company: 'IBM',
      location: 'Toronto, ON',
    });
    expect(cards[4]).toMatchObject({
      title: 'Data Developer II',
      company: 'TouchBistro',
      location: 'Remote in Toronto, ON',
    });
    expect(cards.every((card) => card.anchor?.matches('h2.jobTitle'))).toBe(true);
    expect(findListContainer(doc, list)).not.toBeNull();
  });

  it('Indeed search 2026 (Portland): 16 cards, 15 with pay, neighbourhood left out of the place', () => {
    const url = 'https://www.indeed.com/q-data-analyst-l-portland,-or-jobs.html';
    const {doc, cards, list} = cardsOf('indeed/DanWarner00_ai-job-search-platform-indeed_page.html', url);
    expect(cards).toHaveLength(16);
    for (const field of ['title', 'company', 'location'] as const) expect(filled(cards, field), field).toBe(16);
    expect(filled(cards, 'salaryText')).toBe(15);
    expect(cards[0]).toMatchObject({
      jobId: '29dd4196cccd7eaf',
      title: 'Research Data Analyst 1',
      company: 'Oregon Health & Science University',
      location: 'Portland, OR 97239',
      salaryText: '$27.85 - $41.77 an hour',
    });
    expect(cards.find((card) => card.company === 'Scribd')?.salaryText).toBe('$102,500 - $148,000 a year');
    // The card's id is the posting's key once opened (vjk): card and posting share one remembered analysis.
    const selected = postingKey(new URL(`${url}?vjk=${cards[0]!.jobId}`), doc);
    expect(selected).toBe(`indeed:${cards[0]!.jobId}`);
    expect(findListContainer(doc, list)?.contains(cards[0]!.element)).toBe(true);
  });

  it('LinkedIn logged-in search 2025 (split pane): 7 rendered cards, 8 placeholders skipped', () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4205971663';
    const {doc, cards, list} = cardsOf('linkedin/JoyKimaiyo_web-scraping-data-jobs-linkedin_page.html', url);
    expect(findCards(doc, list)).toHaveLength(15);
    expect(cards).toHaveLength(7);
    for (const field of ['title', 'company', 'location'] as const) expect(filled(cards, field), field).toBe(7);
    expect(cards[0]).toMatchObject({
      jobId: '4205971663',
      title: 'Data Analyst',
      company: 'Odiin.',
      location: 'EMEA (Remote)',
      salaryText: '',
    });
    expect(cards.map((card) => card.title)).toContain('Junior Data Analyst - North Macedonia');
    // A placeholder (an empty item, rendered once scrolled to) costs no field query: a scan reads each again.
    const placeholders = findCards(doc, list).filter((element) => !element.firstElementChild);
    expect(placeholders).toHaveLength(8);
    for (const placeholder of placeholders) {
      const queries = vi.spyOn(placeholder, 'querySelector');
      expect(readCard(placeholder, list)).toBeNull();
      expect(queries).not.toHaveBeenCalled();
    }
    expect(postingKey(new URL(url), doc)).toBe(`linkedin:${cards[0]!.jobId}`);
    expect(findListContainer(doc, list)?.contains(cards[0]!.element)).toBe(true);
  });

  it('LinkedIn 2026 hashed layout (similar-jobs cards of a posting page): 12 cards by structure', () => {
    const url = 'https://www.linkedin.com/jobs/view/4374244548';
    const {cards} = cardsOf('linkedin/XingyouLee_linkedin-notifier-job_page.html', url);
    expect(cards).toHaveLength(12);
    for (const field of ['title', 'company', 'location'] as const) expect(filled(cards, field), field).toBe(12);
    expect(cards[0]).toMatchObject({
      jobId: '4373329616',
      title: 'Data Platform Engineer - OLAP',
      company: 'Adyen B.V.',
      location: 'Amsterdam',
    });
    expect(cards[2]).toMatchObject({title: 'Data Engineer', company: 'Elity Global', location: 'Amsterdam (On-site)'});
    expect(cards.every((card) => !/\bago\b|Verified job/.test(card.title))).toBe(true);
    // Not a list route: a posting page's similar jobs are not marked.
    expect(listFor(new URL(url))).toBeNull();
  });

  it('LinkedIn guest pages (base-card markup of guest lists): every job card', () => {
    const heidi = cardsOf(
      'linkedin/dinie_coverletterer-linkedin_guest_job.html',
      'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
    ).cards;
    expect(heidi).toHaveLength(37);
    expect(heidi[0]).toMatchObject({
      jobId: '4449371115',
      title: 'Platform Engineer',
      company: 'Macquarie Group',
      location: 'Melbourne, Victoria, Australia',
    });
    const openai = cardsOf(
      'linkedin/jobdog_linkedin_openai_3915648739.html',
      'https://www.linkedin.com/jobs/view/3915648739/',
    ).cards;
    expect(openai).toHaveLength(37);
    for (const field of ['title', 'company', 'location'] as const) expect(filled(openai, field), field).toBe(37);
    expect(openai.find((card) => card.jobId === '4051809153')).toMatchObject({
      title: 'Software Engineer Intern - Undergraduate',
      location: 'San Mateo, CA',
    });
    expect(
      listFor(new URL('https://www.linkedin.com/jobs/search?keywords=technical%20program%20manager'))?.site.id,
    ).toBe('linkedin');
    expect(listFor(new URL('https://www.linkedin.com/jobs/technical-program-manager-jobs-seattle-wa'))?.site.id).toBe(
      'linkedin',
    );
  });

  it('Glassdoor search (glassdoor.co.in): 30 cards, 19 pay lines keeping "(Glassdoor Est.)"', () => {
    const url = 'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm';
    const {cards} = cardsOf('glassdoor/sidharth1snair_Salary-Prediction-glassdoor_search_pane.html', url);
    expect(cards).toHaveLength(30);
    for (const field of ['title', 'company', 'location'] as const) expect(filled(cards, field), field).toBe(30);
    expect(filled(cards, 'salaryText')).toBe(19);
    expect(cards[0]).toMatchObject({
      jobId: '1009722062558',
      title: 'Principal Member of technical Staff- AI & Data Engineering',
      company: 'Athenahealth',
      location: 'Chennai',
      salaryText: '₹5L - ₹8L (Glassdoor Est.)',
    });
    expect(cards.filter((card) => /Employer Est\./.test(card.salaryText))).toHaveLength(13);
    // Every pay line is read, in rupees (lakhs: "₹5L - ₹10L"), the site's estimates labelled as such, and none
    // placed against the US benchmarks.
    const judged = cards
      .filter((card) => card.salaryText)
      .map((card) => ({line: card.salaryText, ...analyzeCard(card)}));
    // Every line but one: the page's data says the "₹5K" internship stipend is monthly, ₹60,000 a year, which is
    // below any salary the core believes (about $750), so it is no pay rather than the ₹13 lakh a year that
    // reading the figure's size as per-day gave.
    expect(judged.filter(({pay}) => pay === null).map(({line}) => line)).toEqual(['₹5K (Employer Est.)']);
    expect(judged.every(({pay}) => pay === null || pay.currency === 'INR')).toBe(true);
    expect(judged.every(({benchmarkPosition, benchmark}) => benchmarkPosition === null && benchmark === null)).toBe(
      true,
    );
    expect(judged.filter(({pay}) => pay?.estimatedBy === 'Glassdoor')).toHaveLength(6);
    expect(judged.find(({line}) => line === '₹5L - ₹10L (Employer Est.)')?.pay).toMatchObject({
      annualMin: 500_000,
      annualMax: 1_000_000,
      period: 'year',
    });
  });

  it("Glassdoor: each pay line's period comes from the page's listing data where the card writes none", () => {
    const url = 'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm';
    const {cards} = cardsOf('glassdoor/sidharth1snair_Salary-Prediction-glassdoor_search_pane.html', url);
    const paid = cards.filter((card) => card.salaryText);
    // The saved page's __NEXT_DATA__ gives a period for every listing with a pay line.
    expect(paid.filter((card) => card.payPeriod)).toHaveLength(paid.length);
    expect(cards.filter((card) => !card.salaryText && card.payPeriod)).toEqual([]);
    // "₹25K - ₹35K (Employer Est.)" is monthly because the data says MONTHLY, and every reading follows the data.
    for (const card of paid) {
      const pay = analyzeCard(card).pay;
      if (pay) expect(pay.period, card.salaryText).toBe(card.payPeriod);
    }
    expect(paid.filter((card) => card.payPeriod === 'month').length).toBeGreaterThan(0);
  });

  it("Glassdoor: the listing data's periods, read from the text, are the ones parsing the whole data gives", () => {
    const url = 'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm';
    const {doc, list} = cardsOf('glassdoor/sidharth1snair_Salary-Prediction-glassdoor_search_pane.html', url);
    // The reading the text scan replaced: JSON.parse of the whole data and every JobView (header and job) in it.
    const words: Record<string, string> = {
      ANNUAL: 'year',
      MONTHLY: 'month',
      WEEKLY: 'week',
      DAILY: 'day',
      HOURLY: 'hour',
    };
    const parsed = new Map<string, string>();
    const views = findObjects(
      JSON.parse(doc.getElementById('__NEXT_DATA__')!.textContent!) as Json,
      ({header, job}) => isJsonObject(header) && isJsonObject(job),
    );
    for (const view of views) {
      const period = words[jsonString((view.header as JsonObject).payPeriod)];
      const id = jsonString((view.job as JsonObject).listingId);
      if (period && id && !parsed.has(id)) parsed.set(id, period);
    }
    expect(views.length).toBeGreaterThan(30);
    expect(parsed.size).toBeGreaterThan(15);
    expect(new Map(list.payPeriods!(doc))).toEqual(parsed);
  });

  it('Glassdoor: a listing whose period is null takes none from the data after it; field order does not matter', () => {
    const url = 'https://www.glassdoor.com/Job/seattle-technical-program-manager-jobs-SRCH_IL.0,7_IC1150505_KO8,33.htm';
    const data = JSON.stringify({
      listings: [
        {__typename: 'JobView', job: {listingId: 7}, header: {payPeriod: 'MONTHLY'}},
        {__typename: 'JobView', header: {payPeriod: null}, job: {listingId: 8}},
      ],
      other: {payPeriod: 'HOURLY', note: 'no listing of its own'},
      escaped: '{"__typename":"JobView","header":{"payPeriod":"DAILY"},"job":{"listingId":9}}',
    });
    const doc = syntheticPage(`<script id="__NEXT_DATA__" type="application/json">${data}</script>`, url);
    expect([...siteFor(new URL(url))!.list!.payPeriods!(doc)]).toEqual([['7', 'month']]);
  });

  it('Glassdoor: broken or hostile listing data costs the cards their period, nothing else', () => {
    const url = 'https://www.glassdoor.com/Job/seattle-technical-program-manager-jobs-SRCH_IL.0,7_IC1150505_KO8,33.htm';
    const cardHtml =
      '<ul data-test="jlGrid"><li data-test="jobListing" data-jobid="7"><a data-test="job-title">Technical Program Manager</a><div data-test="detailSalary">$4K - $6K (Employer Est.)</div></li></ul>';
    for (const data of [
      '{"broken',
      '{"a":{"header":{"payPeriod":"toString"},"job":{"listingId":7}}}',
      '{"a":{"header":{"payPeriod":"MONTHLY"},"job":null}}',
    ]) {
      const doc = syntheticPage(`${cardHtml}<script id="__NEXT_DATA__" type="application/json">${data}</script>`, url);
      const [card] = readCards(doc, siteFor(new URL(url))!.list!);
      expect(card?.title).toBe('Technical Program Manager');
      expect(card?.payPeriod).toBeUndefined();
    }
  });

  it('ZipRecruiter search 2026: 20 cards (one per result, not per layout variant), 13 with pay', () => {
    const url =
      'https://www.ziprecruiter.com/jobs-search?search=staff+platform+architect&location=Remote+(USA)&lk=il98sdaV5Z7_q2SogBy-0A';
    const {doc, cards} = cardsOf('ziprecruiter/jobsearch-rag_ziprecruiter_serp_real_c889684d.html', url);
    expect(cards).toHaveLength(20);
    expect(new Set(cards.map((card) => card.jobId)).size).toBe(20);
    for (const field of ['title', 'company', 'location'] as const) expect(filled(cards, field), field).toBe(20);
    expect(filled(cards, 'salaryText')).toBe(13);
    expect(cards[0]).toMatchObject({
      jobId: 'il98sdaV5Z7_q2SogBy-0A',
      title: 'Member of Technical Staff, Platform Engineering',
      company: 'Anchorage Digital',
      location: 'Charleston, WV (Remote)',
    });
    expect(cards.find((card) => card.company === 'Gandiva Insights')).toMatchObject({
      salaryText: '$68.75 - $92/hr (ZipRecruiter est.)',
      location: 'Dallas, TX (Remote)',
    });
    // 7 pay lines carry the site's "Estimated pay" button: its estimate, labelled, never posted pay; the other 6 are the employer's.
    const estimated = cards.filter((card) => analyzeCard(card).pay?.estimatedBy === 'ZipRecruiter');
    expect(estimated.map((card) => card.company)).toEqual([
      'Gandiva Insights',
      'Software People, Inc.',
      'Monstro',
      'Kalderos',
      'RE/SPEC Inc.',
      'Zus Health',
      'Upbound',
    ]);
    const posted = cards.filter((card) => card.salaryText && !card.salaryText.includes('est.'));
    expect(posted.map((card) => card.salaryText)).toEqual([
      '$185K - $240K/yr',
      '$220K - $300K/yr',
      '$188K - $282K/yr',
      '$60 - $100/hr',
      '$190K - $250K/yr',
      '$200.70K - $223K/yr',
    ]);
    for (const card of posted) expect(analyzeCard(card).pay?.estimatedBy).toBeUndefined();
    expect(cards.find((card) => card.company === 'CaptivateIQ')?.location).toBe('Austin, TX');
    expect(postingKey(new URL(url), doc)).toBe(`ziprecruiter:${cards[0]!.jobId}`);
  });
});

describe('list routes', () => {
  it('are the search pages of each site, not its posting pages', () => {
    const yes = [
      'https://www.indeed.com/jobs?q=technical+program+manager',
      'https://www.glassdoor.com/Job/seattle-technical-program-manager-jobs-SRCH_IL.0,7_IC1150505_KO8,33.htm',
      'https://www.ziprecruiter.com/jobs-search?search=technical+program+manager',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=1',
    ];
    const no = [
      'https://www.indeed.com/viewjob?jk=1',
      'https://www.linkedin.com/jobs/view/1/',
      'https://www.glassdoor.com/job-listing/x',
      'https://boards.greenhouse.io/a/jobs/1',
    ];
    for (const url of yes) expect(listFor(new URL(url)), url).not.toBeNull();
    for (const url of no) expect(listFor(new URL(url)), url).toBeNull();
  });
});

describe('card ids', () => {
  it('come from a later match when the first one carries none', () => {
    const doc = syntheticPage(
      '<ul><li class="card"><article id="promo"></article><article id="job-card-42"><h2>Technical Program Manager</h2></article></li></ul>',
      'https://www.ziprecruiter.com/jobs-search',
    );
    const list = {
      ...siteFor(new URL('https://www.ziprecruiter.com/jobs-search'))!.list!,
      card: ['li.card'],
      jobId: [{css: 'article', attr: 'id', match: /^job-card-(.+)$/}],
    };
    expect(readCards(doc, list).map((card) => [card.jobId, card.title])).toEqual([['42', 'Technical Program Manager']]);
  });
});

describe("ZipRecruiter's own pay estimates", () => {
  // The markup of the saved 2026 search page's cards: the pay line, and beside it the button the site adds
  // to its estimates. The pane's pay line is assumed to be drawn the same way (no saved pane shows pay).
  const payBox = (pay: string, estimated: boolean) =>
    `<div><div><div><p>${pay}</p></div>${estimated ? '<div><button type="button" aria-label="Estimated Pay Info"><div><p>Estimated pay</p></div></button></div>' : ''}</div></div>`;
  const pane = (pay: string, estimated: boolean) =>
    syntheticPage(
      `<div data-testid="right-pane"><h1>Technical Program Manager</h1><a href="/co/Acme">Acme</a>${payBox(pay, estimated)}` +
        `<div class="whitespace-pre-line">${'Own the roadmap of our cloud platform and run its releases. '.repeat(8)}</div></div>`,
      'https://www.ziprecruiter.com/jobs-search?search=tpm&lk=abc',
    );

  it('the pane: a figure beside "Estimated pay" is the estimate, never the posted pay', () => {
    const url = new URL('https://www.ziprecruiter.com/jobs-search?search=tpm&lk=abc');
    const estimated = readPostingStrict(pane('$114.30K - $157K/yr', true), url)!.posting;
    expect(estimated.salaryText).toBe('$114.30K - $157K/yr (ZipRecruiter est.)');
    const analysis = analyze(estimated);
    expect(analysis.salary.posted).toBeNull();
    expect(analysis.salary.estimate).toMatchObject({annualMin: 114300, annualMax: 157000, estimatedBy: 'ZipRecruiter'});
    const posted = readPostingStrict(pane('$185K - $240K/yr', false), url)!.posting;
    expect(posted.salaryText).toBe('$185K - $240K/yr');
    expect(analyze(posted).salary.posted).toMatchObject({annualMin: 185000, annualMax: 240000});
  });
});
