// Job-board lists as their sites draw them, with postings of our own: the markup (elements, classes, attributes
// and automation ids) of real pages that cannot be bundled (no license). Lever, Ashby and Greenhouse company boards
// saved in 2024-2026 (jobs.lever.co/iterative, jobs.ashbyhq.com/TalentDisruptors, job-boards.greenhouse.io/discord);
// Workday searches of four banks' tenants saved in 2026 (junhojeon77/anyluck tests/fixtures, read, not copied).
// The unit tests read them; the end-to-end suite serves them under the sites' hosts.

export const LEVER_ID = '8cf7782e-5009-46bf-92bc-e735856cec9b';
export const LEVER_OTHER = 'fb23815f-5b46-41c5-902f-5555b8d4093c';

const leverCard = (id: string, title: string, place: string, mode: string) =>
  `<div class="posting" data-qa-posting-id="${id}"><div class="posting-apply" data-qa="btn-apply">` +
  `<a href="https://jobs.lever.co/acme/${id}" class="posting-btn-submit template-btn-submit teal">Apply</a></div>` +
  `<a class="posting-title" href="https://jobs.lever.co/acme/${id}"><h5 data-qa="posting-name">${title}</h5>` +
  `<div class="posting-categories"><span href="#" class="display-inline-block small-category-label workplaceTypes">${mode}&nbsp;—&nbsp;</span>` +
  `<span href="#" class="sort-by-commitment posting-category small-category-label commitment">Full Time</span>` +
  `<span href="#" class="sort-by-location posting-category small-category-label location">${place}</span></div></a></div>`;

export const LEVER_BOARD =
  '<div class="main-header page-full-width section-wrapper"><a href="https://jobs.lever.co/acme" class="main-header-logo"><img alt="Acme logo"></a></div>' +
  '<div class="postings-wrapper"><div class="postings-group"><div class="large-category-header">Engineering</div>' +
  '<div class="posting-category-title large-category-label">Platform</div><div class="horizontal-line"></div>' +
  leverCard(LEVER_ID, 'Senior Technical Program Manager, Platform', 'Seattle, WA', 'Hybrid') +
  leverCard(LEVER_OTHER, 'Software Engineer (Python)', 'Worldwide', 'Remote') +
  '</div></div>';

export const ASHBY_ID = '81becd1a-bc7a-47d7-8e2f-6014d7a2133e';
export const ASHBY_OTHER = 'a41832cd-e5ce-41ba-96b7-66b4354ed513';

const ashbyCard = (id: string, title: string, details: string, pay?: string) =>
  `<a class=" _container_j2da7_1" href="/Acme/${id}"><div class="_jobPosting_12ylk_379 ashby-job-posting-brief  _container_3gc85_29" data-highlight="none">` +
  `<h3 class="_title_12ylk_383 ashby-job-posting-brief-title">${title}</h3>` +
  `<div class="_details_12ylk_389 ashby-job-posting-brief-details"><p>${details}</p>` +
  (pay ? `<p class="_detailsCompensation_12ylk_395">${pay}</p>` : '') +
  '</div></div></a>';

const department = (name: string, cards: string) =>
  `<h2 class="_departmentHeading_12ylk_349 ashby-department-heading"><span class="_departmentHeadingLevel_12ylk_364 ashby-department-heading-level">${name}</span></h2>` +
  `<div class="ashby-job-posting-brief-list">${cards}</div>`;

export const ASHBY_BOARD =
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

export const GREENHOUSE_ID = '8694476002';

const greenhouseCard = (id: string, title: string, place: string) =>
  `<tr class="job-post"><td class="cell"><a href="https://job-boards.greenhouse.io/acme/jobs/${id}" target="_top">` +
  `<p class="body body--medium">${title}</p><p class="body body__secondary body--metadata">${place}</p></a></td></tr>`;

export const GREENHOUSE_BOARD =
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

export const WORKDAY_SEARCH = 'https://acme.wd3.myworkdayjobs.com/en-US/acmecareers?q=program+manager';
export const WORKDAY_TPM_PATH =
  '/en-US/acmecareers/job/TORONTO-Ontario-Canada/Senior-Technical-Program-Manager_R-0000156264-1';

const workdayCard = (href: string, title: string, place: string, requisition: string) =>
  `<li class="css-1q2dra3"><div class="css-qiqmbt"><div class="css-b3pn3b"><div class="css-b3pn3b"><h3>` +
  `<a aria-current="false" data-automation-id="jobTitle" data-uxi-element-id="jobItem" data-uxi-widget-type="heading" class="css-19uc56f" href="${href}?q=program+manager">${title}</a>` +
  `</h3></div></div></div><div class="css-248241"><div class="css-1y87fhn"><div data-automation-id="locations" class="css-k008qs">` +
  `<dl><dt class="css-y8qsrx">locations</dt><dd class="css-129m7dg">${place}</dd></dl></div></div></div>` +
  `<div class="css-zoser8"><div class="css-1y87fhn"><div data-automation-id="postedOn" class="css-k008qs"><dl><dt class="css-y8qsrx">posted on</dt>` +
  `<dd class="css-129m7dg">Posted 5 Days Ago</dd></dl></div></div></div>` +
  `<ul data-automation-id="subtitle" class="css-14a0imc"><li class="css-h2nt8k">${requisition}</li></ul></li>`;

export const WORKDAY_RESULTS =
  '<section data-automation-id="jobResults" aria-label="Search Results" class="css-27w6p6">' +
  '<p data-automation-id="jobFoundText" class="css-12psxof">2 JOBS FOUND</p><ul role="list">' +
  workdayCard(WORKDAY_TPM_PATH, 'Senior Technical Program Manager', 'TORONTO, Ontario, Canada', 'R-0000156264') +
  workdayCard(
    '/en-US/acmecareers/job/NEW-YORK-NY/Program-Manager--Payments_R-0000184326',
    'Program Manager, Payments',
    '2 Locations',
    'R-0000184326',
  ) +
  '</ul><div class="css-3z7fsk"><nav aria-label="pagination" class="css-qnaoii"><ol role="list"><li class="css-1j096s0">' +
  '<button type="button" aria-current="page" aria-label="page 1" data-uxi-widget-type="paginationPageButton">1</button></li></ol></nav></div></section>';

// The posting opened from the list: the second card's job, in its own root beside the list.
export const WORKDAY_PANE =
  '<div data-automation-id="jobPostingPage"><h2 data-automation-id="jobPostingHeader">Program Manager, Payments</h2>' +
  '<div data-automation-id="job-posting-details"><div data-automation-id="locations"><dl><dt>locations</dt><dd>New York, NY</dd></dl></div></div>' +
  '<div data-automation-id="jobPostingDescription"><p>Lead the payments platform program across engineering teams. ' +
  'Plan releases, track risks and dependencies, and report status to leadership. ' +
  '5+ years of technical program management experience with distributed systems.</p></div></div>';

/** Each list as a page of its own, for the end-to-end suite: where it is served and its cards (two, one a TPM's). */
export const BOARD_PAGES = [
  {name: 'Lever board', url: 'https://jobs.lever.co/acme', body: LEVER_BOARD, card: '.posting'},
  {
    name: 'Ashby board',
    url: 'https://jobs.ashbyhq.com/Acme',
    body: ASHBY_BOARD,
    card: '.ashby-job-posting-brief-list > a',
  },
  {name: 'Greenhouse board', url: 'https://job-boards.greenhouse.io/acme', body: GREENHOUSE_BOARD, card: 'tr.job-post'},
  {name: 'Workday search', url: WORKDAY_SEARCH, body: WORKDAY_RESULTS, card: 'li.css-1q2dra3'},
].map(({body, ...page}) => ({
  ...page,
  html: `<!doctype html><html lang="en"><title>Jobs at Acme</title><body>${body}</body></html>`,
}));
