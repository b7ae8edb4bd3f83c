// The company boards of Lever, Ashby and Greenhouse as card lists, on the markup of saved boards (test/support/boards.ts).
import {describe, expect, it} from 'vitest';
import {listFor, readCards} from '../../../src/sites/cards';
import {postingKey} from '../../../src/sites/index';
import {
  ASHBY_BOARD,
  ASHBY_ID,
  ASHBY_OTHER,
  GREENHOUSE_BOARD,
  GREENHOUSE_ID,
  LEVER_BOARD,
  LEVER_ID,
  LEVER_OTHER,
} from '../../support/boards';
import {syntheticPage} from '../../support/pages';

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

  it('Ashby: the place from a details line without the department or without the type', () => {
    const place = (details: string) =>
      board(
        ASHBY_BOARD.replace('Marketing • Austin, TX • Full time', details),
        'https://jobs.ashbyhq.com/Acme',
        'ashby',
      ).cards[1]!.location;
    expect(place('Marketing • Austin, TX')).toBe('Austin, TX');
    expect(place('Austin, TX • Full time')).toBe('Austin, TX');
    expect(place('Austin, TX • Part-Time')).toBe('Austin, TX');
    expect(place('Marketing • Austin, TX • Contract')).toBe('Austin, TX');
    expect(place('Marketing • Austin, TX • Intern')).toBe('Austin, TX');
    expect(place('Austin, TX')).toBe('Austin, TX');
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
    // A title that ends in the word keeps it.
    const clean = listFor(new URL('https://job-boards.greenhouse.io/acme'))!.list.clean!.title!;
    const title = syntheticPage('<p>Program Manager, Something New</p>', 'https://job-boards.greenhouse.io/acme');
    expect(clean(title.querySelector('p')!.textContent!, title.querySelector('p')!)).toBe(
      'Program Manager, Something New',
    );
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
