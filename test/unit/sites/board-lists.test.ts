// The company boards of Lever, Ashby and Greenhouse as card lists. Their markup is that of three saved boards
// (jobs.lever.co/iterative and jobs.ashbyhq.com/TalentDisruptors in 2024, job-boards.greenhouse.io/discord in 2026;
// no license, so not bundled): the same elements, classes and attributes, with postings of our own.
import {describe, expect, it} from 'vitest';
import {listFor, readCards} from '../../../src/sites/cards';
import {postingKey} from '../../../src/sites/index';
import {syntheticPage} from '../../support/pages';

const LEVER_ID = '8cf7782e-5009-46bf-92bc-e735856cec9b';
const LEVER_OTHER = 'fb23815f-5b46-41c5-902f-5555b8d4093c';

const leverCard = (id: string, title: string, place: string, mode: string) =>
  `<div class="posting" data-qa-posting-id="${id}"><div class="posting-apply" data-qa="btn-apply">` +
  `<a href="https://jobs.lever.co/acme/${id}" class="posting-btn-submit template-btn-submit teal">Apply</a></div>` +
  `<a class="posting-title" href="https://jobs.lever.co/acme/${id}"><h5 data-qa="posting-name">${title}</h5>` +
  `<div class="posting-categories"><span href="#" class="display-inline-block small-category-label workplaceTypes">${mode}&nbsp;—&nbsp;</span>` +
  `<span href="#" class="sort-by-commitment posting-category small-category-label commitment">Full Time</span>` +
  `<span href="#" class="sort-by-location posting-category small-category-label location">${place}</span></div></a></div>`;

const LEVER_BOARD =
  '<div class="main-header page-full-width section-wrapper"><a href="https://jobs.lever.co/acme" class="main-header-logo"><img alt="Acme logo"></a></div>' +
  '<div class="postings-wrapper"><div class="postings-group"><div class="large-category-header">Engineering</div>' +
  '<div class="posting-category-title large-category-label">Platform</div><div class="horizontal-line"></div>' +
  leverCard(LEVER_ID, 'Senior Technical Program Manager, Platform', 'Seattle, WA', 'Hybrid') +
  leverCard(LEVER_OTHER, 'Software Engineer (Python)', 'Worldwide', 'Remote') +
  '</div></div>';

const ASHBY_ID = '81becd1a-bc7a-47d7-8e2f-6014d7a2133e';
const ASHBY_OTHER = 'a41832cd-e5ce-41ba-96b7-66b4354ed513';

const ashbyCard = (id: string, title: string, details: string, pay?: string) =>
  `<a class=" _container_j2da7_1" href="/Acme/${id}"><div class="_jobPosting_12ylk_379 ashby-job-posting-brief  _container_3gc85_29" data-highlight="none">` +
  `<h3 class="_title_12ylk_383 ashby-job-posting-brief-title">${title}</h3>` +
  `<div class="_details_12ylk_389 ashby-job-posting-brief-details"><p>${details}</p>` +
  (pay ? `<p class="_detailsCompensation_12ylk_395">${pay}</p>` : '') +
  '</div></div></a>';

const department = (name: string, cards: string) =>
  `<h2 class="_departmentHeading_12ylk_349 ashby-department-heading"><span class="_departmentHeadingLevel_12ylk_364 ashby-department-heading-level">${name}</span></h2>` +
  `<div class="ashby-job-posting-brief-list">${cards}</div>`;

const ASHBY_BOARD =
  '<div id="root"><h1 class="ashby-job-board-heading">Open Positions <span class="ashby-job-board-heading-count">(2)</span></h1>' +
  '<div class="_departments_12ylk_345">' +
  department(
    'Program Management',
    ashbyCard(
      ASHBY_ID,
      'Technical Program Manager',
      'Program Management • USA | Remote • Full time',
      '$140K – $180K • 1099',
    ),
  ) +
  department('Marketing', ashbyCard(ASHBY_OTHER, 'Paid Ads Specialist', 'Marketing • Austin, TX • Full time')) +
  '</div></div>';

/** The board's cards as read, and the key the first card's posting page gets. */
function board(html: string, url: string, site: string, postingPath = '') {
  const found = listFor(new URL(url));
  expect(found?.site.id).toBe(site);
  const cards = readCards(syntheticPage(html, url), found!.list);
  const posting = `${url}${postingPath}/${cards[0]!.jobId}`;
  return {
    cards: cards.map(({jobId, title, location, salaryText}) => ({jobId, title, location, salaryText})),
    key: postingKey(new URL(posting), syntheticPage('', posting)),
  };
}

const GREENHOUSE_ID = '8694476002';

const greenhouseCard = (id: string, title: string, place: string) =>
  `<tr class="job-post"><td class="cell"><a href="https://job-boards.greenhouse.io/acme/jobs/${id}" target="_top">` +
  `<p class="body body--medium">${title}</p><p class="body body__secondary body--metadata">${place}</p></a></td></tr>`;

const GREENHOUSE_BOARD =
  '<h2 class="section-header section-header--large font-primary" data-testid="job-count-header">2 jobs</h2>' +
  '<div class="job-posts"><div class="job-posts--table--department"><h3 class="section-header font-primary">Programs</h3>' +
  '<div class="job-posts--table"><table><thead><tr><th scope="col" class="visually-hidden"><p class="table-header font-primary">Job</p></th></tr></thead><tbody>' +
  greenhouseCard(
    GREENHOUSE_ID,
    'Technical Program Manager, Data Platform<span class="tag-container" style="margin-left:8px"><span class="ellipse"><span class="tag-text">New</span></span></span>',
    'San Francisco Bay Area or Remote (U.S.)',
  ) +
  greenhouseCard('8571766002', 'Director of Engineering, Safety', 'San Francisco Bay Area') +
  '</tbody></table></div></div></div>';

describe('company boards as card lists', () => {
  it("Lever: the board's postings, each keyed as its posting page is", () => {
    const {cards, key} = board(LEVER_BOARD, 'https://jobs.lever.co/acme', 'lever');
    expect(cards).toEqual([
      {jobId: LEVER_ID, title: 'Senior Technical Program Manager, Platform', location: 'Seattle, WA', salaryText: ''},
      {jobId: LEVER_OTHER, title: 'Software Engineer (Python)', location: 'Worldwide', salaryText: ''},
    ]);
    expect(key).toBe(`lever:${LEVER_ID}`);
  });

  it("Ashby: every department's postings, the place taken from the details line, the pay line as shown", () => {
    const {cards, key} = board(ASHBY_BOARD, 'https://jobs.ashbyhq.com/Acme', 'ashby');
    expect(cards).toEqual([
      {
        jobId: ASHBY_ID,
        title: 'Technical Program Manager',
        location: 'USA | Remote',
        salaryText: '$140K – $180K • 1099',
      },
      {jobId: ASHBY_OTHER, title: 'Paid Ads Specialist', location: 'Austin, TX', salaryText: ''},
    ]);
    expect(key).toBe(`ashby:${ASHBY_ID}`);
  });

  it("Greenhouse: every department's postings, a new posting's tag left out of its title", () => {
    const {cards, key} = board(GREENHOUSE_BOARD, 'https://job-boards.greenhouse.io/acme', 'greenhouse', '/jobs');
    expect(cards).toEqual([
      {
        jobId: GREENHOUSE_ID,
        title: 'Technical Program Manager, Data Platform',
        location: 'San Francisco Bay Area or Remote (U.S.)',
        salaryText: '',
      },
      {
        jobId: '8571766002',
        title: 'Director of Engineering, Safety',
        location: 'San Francisco Bay Area',
        salaryText: '',
      },
    ]);
    expect(key).toBe(`greenhouse:${GREENHOUSE_ID}`);
  });

  it('are the boards, with or without filters, and never a posting or its application form', () => {
    const boards = [
      'https://jobs.lever.co/acme',
      'https://jobs.lever.co/acme/',
      'https://jobs.lever.co/acme?team=Engineering',
      'https://jobs.eu.lever.co/acme',
      'https://jobs.ashbyhq.com/Acme',
      'https://jobs.ashbyhq.com/Acme?departmentId=1',
      'https://job-boards.greenhouse.io/acme',
      'https://boards.greenhouse.io/acme?gh_src=x',
    ];
    const others = [
      `https://jobs.lever.co/acme/${LEVER_ID}`,
      `https://jobs.lever.co/acme/${LEVER_ID}/apply`,
      `https://jobs.ashbyhq.com/Acme/${ASHBY_ID}`,
      `https://jobs.ashbyhq.com/Acme/${ASHBY_ID}/application`,
      'https://jobs.lever.co/',
      `https://job-boards.greenhouse.io/acme/jobs/${GREENHOUSE_ID}`,
      'https://boards.greenhouse.io/embed/job_app?token=1',
    ];
    for (const url of boards) expect(listFor(new URL(url)), url).not.toBeNull();
    for (const url of others) expect(listFor(new URL(url)), url).toBeNull();
  });
});
