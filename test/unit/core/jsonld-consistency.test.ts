import {describe, expect, it} from 'vitest';
import {analyzeDraft} from '../../../src/core/draft';
import {compareWithListing, shownByDraft} from '../../../src/core/jsonld-consistency';
import {draftReportMarkdown} from '../../../src/core/markdown-report';
import type {JsonObject} from '../../../src/core/json';

// SYNTHETIC listing and markup: a recruiter's draft and the JobPosting their page would carry.
const LISTING = [
  'Senior Technical Program Manager',
  'Location: Austin, TX (hybrid, 3 days a week in the office)',
  'Pay: $150,000 - $180,000 a year',
  'Lead infrastructure programs across engineering teams, from plan to delivery.',
].join('\n');
const report = analyzeDraft({text: LISTING});
const shown = shownByDraft(report, LISTING);
const agreeing: JsonObject = {
  '@type': 'JobPosting',
  title: 'Technical Program Manager',
  jobLocation: {'@type': 'Place', address: {addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US'}},
  baseSalary: {currency: 'USD', value: {minValue: 150000, maxValue: 180000, unitText: 'YEAR'}},
};
const compare = (changes: JsonObject) => compareWithListing({...agreeing, ...changes}, shown);
const properties = (changes: JsonObject) => compare(changes).map((finding) => finding.property);

describe('JobPosting JSON-LD against the listing it marks up', () => {
  it('finds nothing when the markup says what the listing shows', () => {
    // The title may be shorter or longer than the one shown; hourly pay may round (72.12 x 2080 = 150,010).
    expect(compare({})).toEqual([]);
    expect(compare({title: 'Senior Technical Program Manager (Hybrid)'})).toEqual([]);
    expect(
      compare({baseSalary: {currency: 'USD', value: {minValue: '72.12', maxValue: '86.54', unitText: 'HOUR'}}}),
    ).toEqual([]);
  });

  it('names a title the page does not show', () => {
    const [finding] = compare({title: 'Engineering Manager'});
    expect(finding).toEqual({
      property: 'title',
      message:
        'The JSON-LD title "Engineering Manager" is not the listing\'s title "Senior Technical Program Manager": mark up the title the page shows.',
    });
  });

  it('names a place the listing never names, and remote work marked against the listing', () => {
    const [place] = compare({jobLocation: {address: {addressLocality: 'Seattle', addressRegion: 'WA'}}});
    expect(place!.message).toContain('places the job in Seattle, WA, which the listing does not name');
    // A region alone is looked for when no town is given; a list agrees when the listing names one of its places.
    expect(properties({jobLocation: {address: {addressRegion: 'TX'}}})).toEqual([]);
    expect(
      properties({jobLocation: [{address: {addressLocality: 'Denver'}}, {address: {addressLocality: 'Austin'}}]}),
    ).toEqual([]);
    expect(compare({jobLocationType: 'TELECOMMUTE'})[0]!.message).toContain(
      'fully remote (TELECOMMUTE) where the listing reads hybrid',
    );
    const remote = 'Technical Program Manager\nThis is a fully remote role within the United States.';
    const remoteShown = shownByDraft(analyzeDraft({text: remote}), remote);
    expect(compareWithListing({title: 'Technical Program Manager'}, remoteShown)[0]!.message).toContain(
      'add jobLocationType "TELECOMMUTE"',
    );
    expect(
      compareWithListing({title: 'Technical Program Manager', jobLocationType: ['TELECOMMUTE']}, remoteShown),
    ).toEqual([]);
  });

  it('names pay the listing does not show, or shows otherwise', () => {
    const other = compare({
      baseSalary: {currency: 'USD', value: {minValue: 140000, maxValue: 180000, unitText: 'YEAR'}},
    });
    expect(other[0]!.message).toBe(
      'The JSON-LD pay (USD 140,000 - 180,000 a year) is not the listing\'s ("$150,000 - $180,000 a year"): mark up the range the page shows.',
    );
    expect(
      properties({baseSalary: {currency: 'CAD', value: {minValue: 150000, maxValue: 180000, unitText: 'YEAR'}}}),
    ).toEqual(['baseSalary']);
    const unpaid = 'Technical Program Manager\nLocation: Austin, TX\nRun programs.';
    expect(compareWithListing(agreeing, shownByDraft(analyzeDraft({text: unpaid}), unpaid))[0]!.message).toBe(
      'The JSON-LD gives pay (USD 150,000 - 180,000 a year) that the listing does not show: show the range in the listing.',
    );
  });

  it('names a job type the listing does not read', () => {
    const contract = 'Technical Program Manager\nLocation: Austin, TX\nThis is a 6-month contract role.';
    const contractShown = shownByDraft(analyzeDraft({text: contract}), contract);
    expect(contractShown.employmentType).toBe('contract');
    const node = {title: 'Technical Program Manager', jobLocation: {address: {addressLocality: 'Austin'}}};
    expect(compareWithListing({...node, employmentType: 'FULL_TIME'}, contractShown)).toEqual([
      {
        property: 'employmentType',
        message: 'The JSON-LD says FULL_TIME where the listing reads contract: mark up the type the page shows.',
      },
    ]);
    // One of several types, or a value the guidance check flags, is no difference to name here.
    expect(compareWithListing({...node, employmentType: ['FULL_TIME', 'CONTRACTOR']}, contractShown)).toEqual([]);
    expect(compareWithListing({...node, employmentType: 'GIG'}, contractShown)).toEqual([]);
    // A listing that names several types wants them all marked up, and differs from markup that names none of them.
    const several = 'Technical Program Manager\nLocation: Austin, TX\nJob Types: Full-time, Contract';
    const severalShown = shownByDraft(analyzeDraft({text: several}), several);
    expect(severalShown.employmentType).toBe('full-time, contract');
    expect(compareWithListing({...node, employmentType: ['FULL_TIME', 'CONTRACTOR']}, severalShown)).toEqual([]);
    expect(compareWithListing({...node, employmentType: 'CONTRACTOR'}, severalShown)).toEqual([
      {
        property: 'employmentType',
        message:
          'The JSON-LD says CONTRACTOR where the listing reads full-time, contract: add FULL_TIME to mark up every type the page shows.',
      },
    ]);
    expect(compareWithListing({...node, employmentType: ['PART_TIME', 'TEMPORARY']}, severalShown)).toEqual([
      {
        property: 'employmentType',
        message:
          'The JSON-LD says PART_TIME, TEMPORARY where the listing reads full-time, contract: mark up the type the page shows.',
      },
    ]);
    // A listing that says no type leaves nothing to compare.
    expect(properties({employmentType: 'PART_TIME'})).toEqual([]);
  });

  it('leaves malformed or absent parts to the guidance check, which names them', () => {
    expect(compare({title: 7, jobLocation: 'Austin', baseSalary: {currency: 'USD', value: {value: 'lots'}}})).toEqual(
      [],
    );
    expect(compareWithListing({}, shown)).toEqual([]);
    // A unit that is no pay period, even one an object inherits, states no pay to compare.
    for (const unitText of ['CONSTRUCTOR', 'FORTNIGHT'])
      expect(compare({baseSalary: {currency: 'USD', value: {minValue: 1, maxValue: 2, unitText}}})).toEqual([]);
  });

  it('lists the differences in the Markdown report with their source', () => {
    const markdown = draftReportMarkdown(
      report,
      {eligible: true, findings: []},
      compare({title: 'Engineering Manager'}),
    );
    expect(markdown).toContain('### Where the JSON-LD and the listing differ (1)');
    expect(markdown).toContain('- `title`: The JSON-LD title "Engineering Manager"');
    expect(markdown).toContain('General structured data guidelines');
  });
});
