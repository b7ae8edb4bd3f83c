import {describe, expect, it} from 'vitest';
import {headerFacts, namesPlace, withHeaderFacts} from '../../../src/core/header-facts';
import type {Posting} from '../../../src/core/types';

const posting = (fields: Partial<Posting> = {}): Posting => ({
  title: 'Technical Program Manager',
  company: 'Example',
  location: '',
  salaryText: '',
  description: 'We are hiring a technical program manager.',
  ...fields,
});

describe('the lines under a posting title: which names the place', () => {
  it.each([
    'Remote (United States)',
    'Remote',
    'Hybrid',
    'Hybrid - London, UK',
    'On-site in Austin, TX',
    'Austin, TX',
    'Seattle, Washington',
    'Camberwell, VIC, AU',
    'Toronto, Ontario, Canada',
    'Berlin, Germany',
    'United Kingdom',
    'United States',
    // A city abroad named alone (the place reader's list): a US town may share the name, which the analysis says.
    'Copenhagen',
    // The mode and the country with nothing between (no place before).
    'Remote US',
    'Hybrid USA',
    // A city abroad with its state, which is no US state (location-text.ts).
    'Bengaluru, Karnataka',
  ])('%s is a place', (line) => {
    expect(namesPlace(line)).toBe(true);
  });

  it.each([
    'Infrastructure Engineering',
    'Operations',
    'Sales Engineering',
    'Engineering & Technical',
    'Remote-first culture',
    'Remote work is possible for some teams',
    'Posted Dec 1, 2025',
    'Sales, Marketing',
    'Apply',
    'Full Time',
    'Category:',
    `Remote (${'United States '.repeat(8)})`,
  ])('%s is no place', (line) => {
    expect(namesPlace(line)).toBe(false);
  });

  it('takes the first place and the first type, each a whole line', () => {
    expect(headerFacts(['Infrastructure Engineering', 'Remote (United States)', 'Full Time', 'Apply'])).toEqual({
      location: 'Remote (United States)',
      employmentType: 'FULL_TIME',
      salaryText: '',
    });
    expect(headerFacts(['Engineering', 'Part-time', 'Austin, TX', 'Contract'])).toEqual({
      location: 'Austin, TX',
      employmentType: 'PART_TIME',
      salaryText: '',
    });
    // Several facts on one line, as career sites write them.
    expect(headerFacts(['San Francisco, CA / Engineering / Full-time'])).toMatchObject({
      location: 'San Francisco, CA',
      employmentType: 'FULL_TIME',
    });
    expect(headerFacts(['Engineering \u00b7 Remote (US) \u00b7 Contract'])).toMatchObject({
      location: 'Remote (US)',
      employmentType: 'CONTRACTOR',
    });
    // A line of the type's name alone, as "Contract" or "Full Time" (unread before: no bare "Temporary").
    expect(headerFacts(['Operations', 'Temporary'])).toMatchObject({location: '', employmentType: 'TEMPORARY'});
    expect(headerFacts(['Seattle, WA / Temp'])).toMatchObject({location: 'Seattle, WA', employmentType: 'TEMPORARY'});
    expect(headerFacts(['Sales | Marketing | Operations'])).toEqual({location: '', employmentType: '', salaryText: ''});
    // A place beside facts that are none (LinkedIn's line under the title): the place alone; a place beside its
    // work mode stays whole.
    expect(headerFacts(['EMEA \u00b7 Reposted 21 hours ago \u00b7 Over 100 applicants']).location).toBe('EMEA');
    expect(headerFacts(['Charleston, WV \u2022 Remote']).location).toBe('Charleston, WV \u2022 Remote');
    // An Australian suburb as boards write it, with its state's code and postcode.
    expect(headerFacts(['PaperCut Software', '4.0 out of 5 stars', 'Camberwell VIC 3124']).location).toBe(
      'Camberwell VIC 3124',
    );
    expect(headerFacts(['Full time employees enjoy benefits', 'Contractors welcome'])).toEqual({
      location: '',
      employmentType: '',
      salaryText: '',
    });
  });

  it("takes a line that states the pay on its own, as a site's pay field, and no rating, count or site estimate", () => {
    // Indeed's header under the title, read without its markup.
    const indeed = ['PaperCut Software', '4.0', '4.0 out of 5 stars', 'Camberwell VIC 3124', 'Hybrid work'];
    expect(headerFacts([...indeed, '$130,000 - $160,000 a year', '- Full-time'])).toEqual({
      location: 'Camberwell VIC 3124',
      employmentType: 'FULL_TIME',
      salaryText: '$130,000 - $160,000 a year',
    });
    expect(headerFacts(['Portland, OR 97239', '$27.85 - $41.77 an hour', '- Part-time'])).toMatchObject({
      salaryText: '$27.85 - $41.77 an hour',
      employmentType: 'PART_TIME',
    });
    expect(headerFacts(['USD 140,000-180,000']).salaryText).toBe('USD 140,000-180,000');
    for (const line of [
      '4.0 out of 5 stars',
      '26 reviews',
      'Be among the first 25 applicants',
      '\u20b95L - \u20b98L (Glassdoor Est.)',
      'Estimated $120K - $150K a year',
      '$5,000 sign-on bonus',
    ])
      expect(headerFacts([line]).salaryText, line).toBe('');
  });
});

describe('a posting with header lines, as it arrives from a page reader', () => {
  it('gets the place and type it lacks, and the lines are not kept', () => {
    const read = withHeaderFacts(posting({headerLines: ['Operations', 'Remote (Australia)', 'Full Time']}));
    expect(read).toMatchObject({location: 'Remote (Australia)', employmentType: 'FULL_TIME'});
    expect(read).not.toHaveProperty('headerLines');
  });

  it('keeps a place and type the page stated otherwise', () => {
    const read = withHeaderFacts(
      posting({location: 'Denver, CO', employmentType: 'CONTRACTOR', headerLines: ['Remote', 'Full Time']}),
    );
    expect(read).toMatchObject({location: 'Denver, CO', employmentType: 'CONTRACTOR'});
    const paid = withHeaderFacts(posting({salaryText: '$150,000 a year', headerLines: ['$90,000 - $100,000 a year']}));
    expect(paid.salaryText).toBe('$150,000 a year');
    expect(withHeaderFacts(posting({headerLines: ['$90,000 - $100,000 a year']})).salaryText).toBe(
      '$90,000 - $100,000 a year',
    );
  });

  it('leaves a posting without lines as it was', () => {
    expect(withHeaderFacts(posting())).toEqual(posting());
  });
});

describe("a posting without a location: the place its title's last part names", () => {
  it.each([
    // jobindex.dk's saved page (no location field, no header line): the title ends with the city.
    ['International Export Manager, Distributor Sales - Copenhagen', 'Copenhagen'],
    ['Junior Business Analyst (Houston, TX)', 'Houston, TX'],
    ['Technical Program Manager | Remote (United States)', 'Remote (United States)'],
    ['Project Manager - Construction (Hawaii)', 'Hawaii'],
    ['Technical Program Manager \u2013 Seattle, WA', 'Seattle, WA'],
    ['Senior TPM - India', 'India'],
  ])('%s -> %s', (title, place) => {
    expect(withHeaderFacts(posting({title})).location).toBe(place);
  });

  it.each([
    'Technical Program Manager - Payments',
    'Program Manager - Texas Instruments',
    'Technical Program Manager (AI & Machine Learning)',
    'Project Manager - Washington Post',
    'Program Manager, Seattle Operations',
    'Technical Program Manager - Phoenix',
  ])('%s names no place', (title) => {
    expect(withHeaderFacts(posting({title})).location).toBe('');
  });

  it('comes after a stated location and a header line', () => {
    const title = 'Export Manager - Copenhagen';
    expect(withHeaderFacts(posting({title, location: 'Aarhus, Denmark'})).location).toBe('Aarhus, Denmark');
    expect(withHeaderFacts(posting({title, headerLines: ['Sales', 'Remote (Denmark)']})).location).toBe(
      'Remote (Denmark)',
    );
  });
});

describe('a posting without a location: the place a labelled line of its description names', () => {
  it.each([
    // SYNTHETIC, after the forms two dev postings without a location field use (each read no place before).
    ['Ajax is seeking a Project Manager.Location:  Clarks Summit, PA Position Type:  Contract', 'Clarks Summit, PA'],
    ['Intro\nLocation: 320 Congress Street, Boston MA 02210.\nMore', '320 Congress Street, Boston MA 02210'],
    ['### Analyst\n\n **Location:** Remote\n\n### Description', 'Remote'],
    ['- Job Location: Denver, CO (Hybrid)', 'Denver, CO (Hybrid)'],
  ])('%s -> %s', (description, place) => {
    expect(withHeaderFacts(posting({description})).location).toBe(place);
  });

  it.each([
    'We are a co-location provider: servers and networks.',
    'Location: our beautiful campus near the lake',
    'Relocation: not offered',
    'Work Location: In person',
  ])('%s names no place', (description) => {
    expect(withHeaderFacts(posting({description})).location).toBe('');
  });

  it("comes after the location, the header lines and the title's last part", () => {
    const description = 'Location: Denver, CO';
    expect(withHeaderFacts(posting({description, location: 'Austin, TX'})).location).toBe('Austin, TX');
    expect(withHeaderFacts(posting({description, headerLines: ['Remote (US)']})).location).toBe('Remote (US)');
    expect(withHeaderFacts(posting({description, title: 'TPM (Houston, TX)'})).location).toBe('Houston, TX');
  });
});
