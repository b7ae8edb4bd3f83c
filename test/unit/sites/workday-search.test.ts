// Workday's job search: the list of jobs, and a posting opened from it (/details/...) beside that list, on the markup
// of saved searches (test/support/boards.ts). The cards carry the same `locations` ids as the posting, so a posting
// beside the list is read from its own root alone.
import {describe, expect, it} from 'vitest';
import {listFor, readCards} from '../../../src/sites/cards';
import {postingKey, routeKind, siteFor} from '../../../src/sites/index';
import {readPagePosting} from '../../../src/sites/read';
import {WORKDAY_PANE, WORKDAY_RESULTS, WORKDAY_SEARCH, WORKDAY_TPM_PATH} from '../../support/boards';
import {syntheticPage} from '../../support/pages';

describe("Workday's job search", () => {
  it('marks one card per job, keyed as the posting it opens', () => {
    const found = listFor(new URL(WORKDAY_SEARCH));
    expect(found?.site.id).toBe('workday');
    const cards = readCards(syntheticPage(WORKDAY_RESULTS, WORKDAY_SEARCH), found!.list);
    expect(cards.map(({jobId, title, location}) => ({jobId, title, location}))).toEqual([
      {jobId: 'R-0000156264-1', title: 'Senior Technical Program Manager', location: 'TORONTO, Ontario, Canada'},
      {jobId: 'R-0000184326', title: 'Program Manager, Payments', location: '2 Locations'},
    ]);
    const posting = `https://acme.wd3.myworkdayjobs.com${WORKDAY_TPM_PATH}`;
    expect(postingKey(new URL(posting), syntheticPage('', posting))).toBe('workday:R-0000156264-1');
  });

  it('reads a posting opened from the list from its own root, not the first card beside it', () => {
    const url =
      'https://acme.wd3.myworkdayjobs.com/en-US/acmecareers/details/Program-Manager--Payments_R-0000184326?q=program+manager';
    const doc = syntheticPage(WORKDAY_RESULTS + WORKDAY_PANE, url);
    expect(routeKind(new URL(url), siteFor(new URL(url)))).toBe('pane');
    expect(listFor(new URL(url))).not.toBeNull();
    const read = readPagePosting(doc, new URL(url));
    expect(read?.posting).toMatchObject({title: 'Program Manager, Payments', location: 'New York, NY'});
    expect(postingKey(new URL(url), doc)).toBe('workday:R-0000184326');
    // Before the posting's root renders, the list alone is no posting.
    expect(readPagePosting(syntheticPage(WORKDAY_RESULTS, url), new URL(url))).toBeNull();
  });

  it('lists on the search pages and beside a posting opened from them, not on a posting opened on its own', () => {
    for (const url of [
      'https://acme.wd3.myworkdayjobs.com/en-US/acmecareers',
      'https://acme.wd3.myworkdayjobs.com/acmecareers',
      WORKDAY_SEARCH,
      'https://acme.wd3.myworkdayjobs.com/en-US/acmecareers/details/Program-Manager_R1',
    ])
      expect(listFor(new URL(url)), url).not.toBeNull();
    expect(listFor(new URL(`https://acme.wd3.myworkdayjobs.com${WORKDAY_TPM_PATH}`))).toBeNull();
  });
});
