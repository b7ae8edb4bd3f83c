// Workday's job search: the list of jobs, and a posting opened from it (/details/...) beside that list. The markup
// is that of rendered searches of four banks' tenants saved in 2026 (junhojeon77/anyluck tests/fixtures, no license,
// read but not copied): the same elements and automation ids, with jobs of our own. The cards carry the same
// `locations` ids as the posting, so a posting beside the list is read from its own root alone.
import {describe, expect, it} from 'vitest';
import {listFor, readCards} from '../../../src/sites/cards';
import {postingKey, routeKind, siteFor} from '../../../src/sites/index';
import {readPagePosting} from '../../../src/sites/read';
import {syntheticPage} from '../../support/pages';

const SEARCH = 'https://acme.wd3.myworkdayjobs.com/en-US/acmecareers?q=program+manager';
const TPM_PATH = '/en-US/acmecareers/job/TORONTO-Ontario-Canada/Senior-Technical-Program-Manager_R-0000156264-1';

const card = (href: string, title: string, place: string, requisition: string) =>
  `<li class="css-1q2dra3"><div class="css-qiqmbt"><div class="css-b3pn3b"><div class="css-b3pn3b"><h3>` +
  `<a aria-current="false" data-automation-id="jobTitle" data-uxi-element-id="jobItem" data-uxi-widget-type="heading" class="css-19uc56f" href="${href}?q=program+manager">${title}</a>` +
  `</h3></div></div></div><div class="css-248241"><div class="css-1y87fhn"><div data-automation-id="locations" class="css-k008qs">` +
  `<dl><dt class="css-y8qsrx">locations</dt><dd class="css-129m7dg">${place}</dd></dl></div></div></div>` +
  `<div class="css-zoser8"><div class="css-1y87fhn"><div data-automation-id="postedOn" class="css-k008qs"><dl><dt class="css-y8qsrx">posted on</dt>` +
  `<dd class="css-129m7dg">Posted 5 Days Ago</dd></dl></div></div></div>` +
  `<ul data-automation-id="subtitle" class="css-14a0imc"><li class="css-h2nt8k">${requisition}</li></ul></li>`;

const RESULTS =
  '<section data-automation-id="jobResults" aria-label="Search Results" class="css-27w6p6">' +
  '<p data-automation-id="jobFoundText" class="css-12psxof">2 JOBS FOUND</p><ul role="list">' +
  card(TPM_PATH, 'Senior Technical Program Manager', 'TORONTO, Ontario, Canada', 'R-0000156264') +
  card(
    '/en-US/acmecareers/job/NEW-YORK-NY/Program-Manager--Payments_R-0000184326',
    'Program Manager, Payments',
    '2 Locations',
    'R-0000184326',
  ) +
  '</ul><div class="css-3z7fsk"><nav aria-label="pagination" class="css-qnaoii"><ol role="list"><li class="css-1j096s0">' +
  '<button type="button" aria-current="page" aria-label="page 1" data-uxi-widget-type="paginationPageButton">1</button></li></ol></nav></div></section>';

// The posting opened from the list: the second card's job, in its own root beside the list.
const PANE =
  '<div data-automation-id="jobPostingPage"><h2 data-automation-id="jobPostingHeader">Program Manager, Payments</h2>' +
  '<div data-automation-id="job-posting-details"><div data-automation-id="locations"><dl><dt>locations</dt><dd>New York, NY</dd></dl></div></div>' +
  '<div data-automation-id="jobPostingDescription"><p>Lead the payments platform program across engineering teams. ' +
  'Plan releases, track risks and dependencies, and report status to leadership. ' +
  '5+ years of technical program management experience with distributed systems.</p></div></div>';

describe("Workday's job search", () => {
  it('marks one card per job, keyed as the posting it opens', () => {
    const found = listFor(new URL(SEARCH));
    expect(found?.site.id).toBe('workday');
    const cards = readCards(syntheticPage(RESULTS, SEARCH), found!.list);
    expect(cards.map(({jobId, title, location}) => ({jobId, title, location}))).toEqual([
      {jobId: 'R-0000156264-1', title: 'Senior Technical Program Manager', location: 'TORONTO, Ontario, Canada'},
      {jobId: 'R-0000184326', title: 'Program Manager, Payments', location: '2 Locations'},
    ]);
    const posting = `https://acme.wd3.myworkdayjobs.com${TPM_PATH}`;
    expect(postingKey(new URL(posting), syntheticPage('', posting))).toBe('workday:R-0000156264-1');
  });

  it('reads a posting opened from the list from its own root, not the first card beside it', () => {
    const url =
      'https://acme.wd3.myworkdayjobs.com/en-US/acmecareers/details/Program-Manager--Payments_R-0000184326?q=program+manager';
    const doc = syntheticPage(RESULTS + PANE, url);
    expect(routeKind(new URL(url), siteFor(new URL(url)))).toBe('pane');
    expect(listFor(new URL(url))).not.toBeNull();
    const read = readPagePosting(doc, new URL(url));
    expect(read?.posting).toMatchObject({title: 'Program Manager, Payments', location: 'New York, NY'});
    expect(postingKey(new URL(url), doc)).toBe('workday:R-0000184326');
    // Before the posting's root renders, the list alone is no posting.
    expect(readPagePosting(syntheticPage(RESULTS, url), new URL(url))).toBeNull();
  });

  it('lists on the search pages and beside a posting opened from them, not on a posting opened on its own', () => {
    for (const url of [
      'https://acme.wd3.myworkdayjobs.com/en-US/acmecareers',
      'https://acme.wd3.myworkdayjobs.com/acmecareers',
      SEARCH,
      'https://acme.wd3.myworkdayjobs.com/en-US/acmecareers/details/Program-Manager_R1',
    ])
      expect(listFor(new URL(url)), url).not.toBeNull();
    expect(listFor(new URL(`https://acme.wd3.myworkdayjobs.com${TPM_PATH}`))).toBeNull();
  });
});
