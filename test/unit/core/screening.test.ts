import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {z} from 'zod';
import {analyze} from '../../../src/core/analyze';
import {AnalysisSchema} from '../../../src/core/schema';
import {readScreening} from '../../../src/core/screening';
import {
  CITIZENSHIP_VOCAB,
  CLEARANCE_LEVELS,
  CLEARANCE_VOCAB,
  EMPLOYMENT_LINE,
  EMPLOYMENT_TYPES,
  SENIORITY_TEXT,
  SENIORITY_TITLES,
  SPONSORSHIP_VOCAB,
  TRAVEL_VOCAB,
  WORK_MODE_VOCAB,
} from '../../../src/core/screening-vocab';
import {EMPLOYMENT_TYPE_KEYS} from '../../../src/core/screening-ids';
import {splitSentences} from '../../../src/core/text';

// Sentences are quoted from ../shared/data/postings/dev.jsonl (short quotes of employers' text) unless
// marked "written": those state common posting language the dev rows do not happen to hold.
const read = (
  description: string,
  extra: {title?: string; location?: string; employmentType?: string; minYears?: number | null} = {},
) =>
  readScreening({
    title: extra.title ?? 'Technical Program Manager',
    location: extra.location ?? '',
    ...(extra.employmentType ? {employmentType: extra.employmentType} : {}),
    sentences: splitSentences(description),
    minYears: extra.minYears ?? null,
  });

/** A whole analysis of a TPM posting in Austin with this description (for what the screening line says). */
const analyzedInAustin = (description: string) =>
  analyze({title: 'Technical Program Manager', company: 'Acme', location: 'Austin, TX', salaryText: '', description});

const Source = z.string().refine((source) => {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

describe('screening vocabularies', () => {
  it('are valid pattern sources', () => {
    const all = [
      ...WORK_MODE_VOCAB.remote,
      ...WORK_MODE_VOCAB.hybrid,
      ...WORK_MODE_VOCAB.onsite,
      ...WORK_MODE_VOCAB.nearOffice,
      ...WORK_MODE_VOCAB.perk,
      WORK_MODE_VOCAB.negated,
      ...CLEARANCE_LEVELS.map((entry) => entry.pattern),
      ...Object.values(CLEARANCE_VOCAB),
      ...Object.values(CITIZENSHIP_VOCAB),
      ...SPONSORSHIP_VOCAB.notOffered,
      ...SPONSORSHIP_VOCAB.offered,
      SPONSORSHIP_VOCAB.topic,
      SPONSORSHIP_VOCAB.notVisa,
      ...TRAVEL_VOCAB.percent,
      TRAVEL_VOCAB.none,
      TRAVEL_VOCAB.notTravel,
      ...EMPLOYMENT_TYPES.map((entry) => entry.pattern),
      EMPLOYMENT_LINE,
      ...SENIORITY_TITLES.map((entry) => entry.pattern),
      ...Object.values(SENIORITY_TEXT),
    ];
    expect(() => z.array(Source).min(40).parse(all)).not.toThrow();
    expect(() =>
      z
        .array(z.strictObject({level: z.string().min(1), rank: z.number().int().min(1), pattern: Source}))
        .parse(CLEARANCE_LEVELS),
    ).not.toThrow();
  });
});

describe('work mode', () => {
  it.each([
    ['This is a Fully Remote role', '', 'remote'],
    ['This position is permanently remote.', '', 'remote'],
    ['Open to remote candidates if it\u2019s the right candidate.', '', 'remote'],
    [
      'We are focused on candidates located in Denver, New York, Dallas or Washington D.C., but support both remote or hybrid models in these locations.',
      '',
      'remote',
    ],
    ['Location: Cupertino, CA (Work from office 3 days in hybrid model).', '', 'hybrid'],
    ['This positions requires to work hybrid with 3-4 days a week in office.', '', 'hybrid'],
    ['This hybrid role entails remote and in-office work, primarily based in Woburn.', '', 'hybrid'],
    ['As a general rule, we offer two days of remote working per week.', '', 'hybrid'],
    [
      'This role reports into the Sr. Director of Enterprise Application, will be based in our Austin, TX office, and offers flexibility to work remotely as schedule permits.',
      '',
      'hybrid',
    ],
    ['This is a full-time on-site role for a Project Manager.', '', 'onsite'],
    ['Please Note: This is an in-office position in Naples, FL', '', 'onsite'],
    ['#LI-Remote', '', 'remote'],
    // SYNTHETIC, each read nothing before: telecommuting, remote days, going to the office, the workplace said.
    ['This is a 100% telecommute position.', '', 'remote'],
    ['Telework eligible: Yes - as determined by agency policy.', '', null],
    // SYNTHETIC, each read nothing before: working from home whole, a form's field answered yes; not part of a week.
    ['Full WFH', '', 'remote'],
    ['WFH available.', '', 'remote'],
    ['This role is WFH.', '', 'remote'],
    ['Remote: Yes', '', 'remote'],
    ['Telecommute: Yes', '', 'remote'],
    ['Telework: Yes', '', null],
    ['WFH available 2 days a week.', '', 'hybrid'],
    ['Hybrid - WFH available', '', 'hybrid'],
    ['WFH possible when needed.', '', null],
    ['This role is not WFH.', '', null],
    ['Remote work available two days per week.', '', 'hybrid'],
    ['Expect to commute to our Seattle, WA office at least 2 days per week.', '', 'hybrid'],
    ['You will come into the office 3 days a week.', '', 'hybrid'],
    ['Must be able to commute to our office in Austin five days a week.', '', 'onsite'],
    ['Must be able to commute to our Chicago office.', '', 'onsite'],
    ['Must be able to commute to the office as needed.', '', null],
    ['Must be willing to work onsite full-time.', '', 'onsite'],
    ['You will work from our Austin office.', '', 'onsite'],
    ['You will work from our office or remotely, as you prefer.', '', 'remote'],
    ['You will work with the office of the CTO on platform strategy.', '', null],
    ['You will work in the Office of the CIO on IT strategy.', '', null],
    ['Travel to customer sites 2 days per week.', '', null],
    ['Remote Work: No', '', 'onsite'],
    ['Remote eligible: No', '', 'onsite'],
    // The federal form's answer in words, a remote option considered or refused (SYNTHETIC; each read nothing before).
    ['Telework: Not eligible', '', 'onsite'],
    ['Remote: Not available', '', 'onsite'],
    ['Remote considered for exceptional candidates.', '', 'remote'],
    ['Remote will not be considered for this role.', '', 'onsite'],
    // Remote, but living near an office is required: remote days, not a remote job.
    ["We're remote-friendly, but you must live within commuting distance of our NYC office.", '', 'hybrid'],
    ['This role is remote.\nCandidates must reside within 50 miles of our Chicago office.', '', 'hybrid'],
    ['This position is fully remote and requires you to live near one of our regional offices.', '', 'hybrid'],
    ['This is a fully remote role; you do not need to live within commuting distance of an office.', '', 'remote'],
    ['This role is remote. Team members within commuting distance of an office are welcome to use it.', '', 'remote'],
    // Five days a week in the office is the whole week: on-site, not hybrid (each read hybrid before).
    ['Must be onsite 5 days a week.', '', 'onsite'],
    ['5 days a week in the office.', '', 'onsite'],
    ["You'll work from our NYC office five days per week.", '', 'onsite'],
    ['Work from the office Monday through Friday.', '', 'onsite'],
    // Part of the week stays hybrid, a range reaching five too.
    ['On-site 3 days a week.', '', 'hybrid'],
    ['We work in the office 3-5 days a week.', '', 'hybrid'],
    ['This role requires you to be in the office 4 days a week.', '', 'hybrid'],
    // A mode as a label: its terms after the colon say the week (SYNTHETIC; remote, and no mode, before).
    ['Remote-friendly: WFH up to 2 days a week.', '', 'hybrid'],
    ['WFH twice a week, the rest in our NYC office.', '', 'hybrid'],
    // Terms that name no other mode leave the label's.
    ['Remote-first: we meet in person twice a year.', '', 'remote'],
    ['Fully remote: occasional travel to the Seattle office.', '', 'remote'],
    ['Remote: US only.', '', 'remote'],
    ['Hybrid: work from home on Fridays.', '', 'hybrid'],
    // A title or location line's last part, a place's alternative, a mode alone with its full stop, "Hybrid/Remote"
    // (in the form of unseen 2025-2026 postings, not in dev; each no mode before).
    ['Looking for Project/Program Manager - San Jose, CA - Onsite !!', '', 'onsite'],
    ['Work location: San Jose, CA - Onsite', '', 'onsite'],
    ['Work location: San Jose, CA - Remote', '', 'remote'],
    ['On-site - Austin, TX', '', 'onsite'],
    ['Onsite (Hayward, CA) with up to 40% domestic travel required', '', 'onsite'],
    ['Senior Engineer, Generative AI - New York, NYC - Hybrid/Remote', '', 'remote'],
    ['New York, NY, or remote', '', 'remote'],
    ['Remote.', '', 'remote'],
    ['Flexible working hours and remote work possibility.', '', 'remote'],
    // A bullet's last words after a dash are no line of parts; nor is a place's alternative inside a sentence.
    ['Manage vendors and installers - on-site', '', null],
    ['Support the field teams - remote', '', null],
    ['Our teams work across New York, NY, and other cities.', '', null],
    // A slash between modes elsewhere lists them: the team led, a form's choices (dev and unseen postings).
    ['Experience leading a team of both in-person and hybrid/ remote professionals', '', null],
    ['Onsite/ Hybrid/ Remote: Hybrid', '', 'hybrid'],
  ])('%s -> %s', (sentence, location, want) => {
    expect(read(sentence, {location}).facts.workMode).toBe(want);
  });

  it('says when no mode is stated but living near an office is required, with that sentence', async () => {
    // SYNTHETIC sentences, each no mode and nothing said before.
    const near = [
      'Candidates must be within commuting distance of our Austin office.',
      'You must reside within 50 miles of our Chicago office.',
      'This role requires you to live near one of our regional offices.',
    ];
    for (const sentence of near) {
      const screening = read(`Lead programs.\n${sentence}`);
      expect([screening.facts.workMode, screening.details.nearOffice, screening.details.evidence.workMode]).toEqual([
        null,
        true,
        [sentence],
      ]);
    }
    // Welcome, preferred or waived is no requirement; a mode stated settles it (remote with it is hybrid, above).
    for (const sentence of [
      'Candidates within commuting distance of our Austin office are preferred.',
      'Team members within commuting distance of an office are welcome to use it.',
      'You do not need to live within commuting distance of an office.',
    ])
      expect(read(`Lead programs.\n${sentence}`).details.nearOffice).toBeUndefined();
    const onsite = read(
      'You will work from our Austin office.\nYou must live within commuting distance of our office.',
    );
    expect([onsite.facts.workMode, onsite.details.nearOffice]).toEqual(['onsite', undefined]);
    const {screeningLine} = await import('../../../src/core/screening-line');
    const analysis = analyzedInAustin(
      'Lead programs.\nCandidates must be within commuting distance of our Austin office.',
    );
    expect(screeningLine(analysis)).toContain('Must live near the office');
    expect(AnalysisSchema.parse(analysis).screening.nearOffice).toBe(true);
  });

  it('reads the location line first, with the remote scope', () => {
    const screening = read('Lead programs across Reality Labs.', {
      location: 'Bellevue, WA \u2022 Burlingame, CA \u2022 Remote, US \u2022 Full Time + 2 more',
    });
    expect(screening.facts.workMode).toBe('remote');
    expect(screening.details.remoteScope).toBe('US');
    expect(screening.details.evidence.workMode[0]).toBe('Remote, US');
  });

  it('keeps the days in the office', () => {
    expect(read('Location: Austin, TX (hybrid, three days a week in the office).').details.officeDays).toBe(3);
  });

  it('is not fooled by perks, remote teams or remote sensing', () => {
    // Trap sentences: a perk (written), a duty done "remotely and onsite" (dev), a remote technology in the title (written).
    expect(read('Work from anywhere for up to 4 weeks a year.').facts.workMode).toBeNull();
    // Days a week from home are a hybrid week, not a perk (SYNTHETIC; read nothing before).
    expect(read('Flexible work: work from home up to two days a week.').facts.workMode).toBe('hybrid');
    expect(read('You can work from home for up to 2 days per week.').facts.workMode).toBe('hybrid');
    expect(
      read(
        'Experience working with a global supply chain and a background in project coordination with Asia-based manufacturers, remotely and onsite',
      ).facts.workMode,
    ).toBeNull();
    expect(
      read('Coordinate field campaigns.', {title: 'Remote Sensing Program Manager', location: 'Boulder, CO'}).facts
        .workMode,
    ).toBeNull();
    expect(read('Generous equipment budget for your home office setup ($1600)').facts.workMode).toBeNull();
  });

  it("lets the posting's own location line win over a company blurb", () => {
    // written: a remote-first blurb under "About us" beside a hybrid location line.
    const text =
      'About us\nWe are a remote-first company with hubs in five countries.\nResponsibilities\nDrive the release plan.';
    expect(read(text, {location: 'Seattle, WA (Hybrid)'}).facts.workMode).toBe('hybrid');
    expect(read(text, {location: 'Seattle, WA'}).facts.workMode).toBe('remote');
  });

  it('reads "not a remote role" as on-site', () => {
    expect(read('Please note this is not a remote position.').facts.workMode).toBe('onsite');
    // SYNTHETIC sentences, as postings write them.
    for (const sentence of [
      'This role is not remote.',
      'This role is currently not remote.',
      'This role is not eligible for remote work.',
      'This job is ineligible for remote work.',
    ])
      expect(read(sentence).facts.workMode, sentence).toBe('onsite');
    expect(read('This role can be remote.').facts.workMode).toBe('remote');
  });

  it('reads a required workplace as on-site, a part of the week or "as needed" not', () => {
    // SYNTHETIC sentences.
    for (const sentence of [
      'Must be able to work onsite in Austin, TX.',
      'You must be able to work onsite.',
      'Must be able to work on-site at our Dallas facility.',
    ])
      expect(read(sentence).facts.workMode, sentence).toBe('onsite');
    for (const sentence of [
      'Must be able to work onsite as needed.',
      'Must be able to work onsite at times.',
      'You must be able to work onsite in Austin 3 days per week.',
    ])
      expect(read(sentence).facts.workMode, sentence).not.toBe('onsite');
    expect(read('Must be able to work onsite at least 3 days a week.').facts.workMode).toBe('hybrid');
    // The place between the workplace and the days: hybrid, with its days.
    const placed = read('You must be able to work onsite in Austin 3 days per week.');
    expect(placed.facts.workMode).toBe('hybrid');
    expect(placed.details.officeDays).toBe(3);
  });

  it('reads office days named by the week day as hybrid, Monday to Friday as on-site', () => {
    // SYNTHETIC sentences.
    for (const sentence of [
      'You will be expected in the office Tuesday through Thursday.',
      'Tuesday through Thursday in our Austin office.',
    ])
      expect(read(sentence).facts.workMode, sentence).toBe('hybrid');
    expect(read('In the office Monday through Friday.').facts.workMode).toBe('onsite');
    expect(read('Office hours are Monday through Thursday 9-5.').facts.workMode).toBeNull();
  });

  it('reads the days before the workplace word, and a team that "works hybrid"', () => {
    // SYNTHETIC sentences; each read no mode, or no days, before.
    const cases: Array<[string, string, number | null]> = [
      ['We work hybrid, Monday-Thursday onsite.', 'hybrid', 4],
      ['Our teams work hybrid.', 'hybrid', null],
      ['Tuesday through Thursday from our Austin office.', 'hybrid', 3],
      ['Monday-Friday onsite.', 'onsite', null],
    ];
    for (const [sentence, mode, days] of cases) {
      const reading = read(sentence);
      expect(reading.facts.workMode, sentence).toBe(mode);
      expect(reading.details.officeDays, sentence).toBe(days);
    }
    // Working hours are no workplace.
    expect(read('Hours: Monday-Friday 9-5 in the office.').facts.workMode).toBeNull();
    expect(read('Teams work in hybrid cloud environments.').facts.workMode).toBeNull();
    expect(read('You will work in a hybrid cloud environment.').facts.workMode).toBeNull();
    expect(read('Our teams work hybrid cloud deployments.').facts.workMode).toBeNull();
    // A bullet that opens with the systems' word (read as hybrid before).
    expect(read('Hybrid cloud experience is a plus.').facts.workMode).toBeNull();
  });

  it('reads "hybrid remote", as Indeed labels hybrid jobs, as hybrid', () => {
    expect(read('Drive the release plan.', {location: 'Hybrid remote in Chicago, IL 60601'}).facts.workMode).toBe(
      'hybrid',
    );
    for (const sentence of ['Work location: Hybrid remote in Chicago, IL 60601', 'This role is hybrid remote.'])
      expect(read(sentence).facts.workMode, sentence).toBe('hybrid');
    expect(read('Drive the release plan.', {location: 'Remote in Chicago, IL'}).facts.workMode).toBe('remote');
  });

  it('takes a mode in brackets closing a location line as the mode of the whole line', () => {
    // A 2026 TPM posting's location (not in dev): read remote before.
    expect(read('Drive the release plan.', {location: 'Remote, New Jersey (hybrid)'}).facts.workMode).toBe('hybrid');
    // An option stays an option, and a line naming one mode is unchanged.
    expect(read('Drive the release plan.', {location: 'Madison, WI (hybrid) or Remote'}).facts.workMode).toBe('remote');
    expect(read('Drive the release plan.', {location: 'Remote (US)'}).facts.workMode).toBe('remote');
  });

  it('reads the mode from the title without taking the role for a scope or a system for the mode', () => {
    const title = (text: string) => read('Drive programs.', {title: text});
    // "Project Manager - Remote" (a dev posting's title) gave the scope "Project Manager" before.
    expect(title('Project Manager - Remote').details.remoteScope).toBeNull();
    expect(title('Technical Program Manager (Remote)').details.remoteScope).toBeNull();
    expect(title('Technical Program Manager (Remote - US)').details.remoteScope).toBe('US');
    // A title opening with the mode (unread before); a remote system is no work mode (read remote before).
    expect(title('Remote Technical Program Manager').facts.workMode).toBe('remote');
    expect(title('Sr. TPM, Remote Sensing').facts.workMode).toBeNull();
    expect(title('Remote Sensing Program Manager').facts.workMode).toBeNull();
    // "100% Remote", "WFH", "Work From Home", "In Office" after the role (SYNTHETIC; each unread before).
    for (const text of ['Technical Program Manager - 100% Remote', 'TPM - WFH', 'TPM - Work From Home'])
      expect(title(text).facts.workMode, text).toBe('remote');
    expect(title('Technical Program Manager - In Office').facts.workMode).toBe('onsite');
    expect(title('Home Office Program Manager').facts.workMode).toBeNull();
    expect(read('Drive programs.', {location: 'Flexible / Remote'}).details.remoteScope).toBeNull();
    // A location line's mode words and label around the scope (read "first (US" and nothing before).
    expect(read('Drive programs.', {location: 'Remote-first (US)'}).details.remoteScope).toBe('US');
    expect(read('Drive programs.', {location: 'Location: Remote (US Only)'}).details.remoteScope).toBe('US');
    // A place offered beside remote work is no region of it (read "Austin or" and "Boston" before), and a note in
    // brackets after the region is not part of it (read "US (EST" before).
    for (const location of ['Austin or Remote', 'Boston/Remote', 'Remote or Seattle, WA'])
      expect(read('Drive programs.', {location}).details.remoteScope, location).toBeNull();
    expect(read('Drive programs.', {location: 'Remote, US (EST)'}).details.remoteScope).toBe('US');
    expect(read('Drive programs.', {location: 'Remote (US or Canada)'}).details.remoteScope).toBe('US or Canada');
  });

  it('reads the other words boards use for remote work, in the location line and in a labelled line', () => {
    // SYNTHETIC; each read no work mode before ("WFH" and "Remote OK" read as remote with the scope "WFH", "OK").
    const line = (location: string) => read('Drive programs.', {location});
    for (const location of ['Virtual', 'Telework', 'Anywhere', 'WFH', 'Remote OK'])
      expect(line(location).facts.workMode, location).toBe('remote');
    for (const location of ['WFH', 'Remote OK', 'Telework'])
      expect(line(location).details.remoteScope, location).toBeNull();
    for (const location of ['Anywhere in the US', 'US - Virtual', 'Virtual - US'])
      expect(line(location).details.remoteScope, location).toBe('US');
    expect(line('Virtual Reality Lab - Seattle, WA').facts.workMode).toBeNull();
    for (const sentence of ['Location: Anywhere in the US', 'Location: Virtual', 'Remote OK', 'Remote possible.'])
      expect(read(sentence).facts.workMode, sentence).toBe('remote');
    expect(read('We host virtual events for customers.').facts.workMode).toBeNull();
  });

  it('reads the states a remote job is open to, and a region after a capitalised "Remote"', () => {
    // SYNTHETIC; each remote job read no scope before (the second no work mode). A dev posting says it so:
    // "fully remote and available only to candidates located in Washington state".
    const scope = (sentence: string, location = '') => read(sentence, {location}).details.remoteScope;
    expect(scope('This role is remote, but candidates must reside in CA, OR or WA.')).toBe('CA, OR or WA');
    expect(read('Remote (must reside in one of: CA, WA, OR)').facts.workMode).toBe('remote');
    expect(scope('Remote (must reside in one of: CA, WA, OR)')).toBe('CA, WA, OR');
    expect(scope('This position is fully remote; candidates must be located in Texas or Florida.')).toBe(
      'Texas or Florida',
    );
    expect(scope('This position is fully remote and open only to candidates located in Washington state.')).toBe(
      'Washington',
    );
    // Cities are not a residency scope; nor is "Yes", nor where the employer is.
    expect(scope('Fully remote; candidates must be based in New York or San Francisco.')).toBeNull();
    expect(scope('We are a remote-first company based in California.')).toBeNull();
    expect(scope('Fully remote; our offices are located in New York and Texas.')).toBeNull();
    expect(scope('**Location:** Remote, US')).toBe('US');
    expect(scope('Remote: Yes')).toBeNull();
    // The location line's preposition is no part of the scope ("in Texas", "the US" before).
    expect(scope('Drive programs.', 'Remote in Texas')).toBe('Texas');
    expect(scope('Drive programs.', 'Remote in the US')).toBe('US');
  });

  it('says nothing for a plain city', () => {
    expect(read('Drive the release plan.', {location: 'Sunnyvale, CA'}).facts.workMode).toBeNull();
  });

  it('reads the whole week on site with the place between, and Indeed\'s "Work Location: In person"', () => {
    // SYNTHETIC sentences; the labelled line as Indeed prints it (three dev postings carry it).
    for (const sentence of [
      'Onsite in Seattle 5 days a week.',
      'In-office at our Dallas campus Monday through Friday.',
      'Work Location: In person',
    ])
      expect(read(sentence).facts.workMode, sentence).toBe('onsite');
  });

  it('reads office days without "a week" as hybrid, a month\'s meetings not', () => {
    // SYNTHETIC; "Work model: 3 days in office, 2 remote" read on-site before, "2 days onsite" gave no days.
    const model = read('Work model: 3 days in office, 2 remote');
    expect(model.facts.workMode).toBe('hybrid');
    expect(model.details.officeDays).toBe(3);
    expect(read('Hybrid - 2 days onsite').details.officeDays).toBe(2);
    // A location line's days after the mode (no days before).
    expect(read('Drive programs.', {location: 'Irvine, CA (Hybrid 3 days)'}).details.officeDays).toBe(3);
    // Those are the days at home here (a dev posting's line).
    expect(read('Hybrid: 3 days work-from-home, 2 days in-office').details.officeDays).toBe(2);
    expect(read('The team meets 2 days in person each month.').facts.workMode).toBeNull();
    // Nor are a quarter's days a hybrid week's office days.
    expect(read('Hybrid role; the team meets 2 days in person each quarter.').details.officeDays).toBeNull();
  });

  it('reads office days whose place follows the week ("4 days per week onsite")', () => {
    // SYNTHETIC; each read no work mode before (only "in the office" after the week was read).
    const part = read('This role requires 4 days per week onsite.');
    expect([part.facts.workMode, part.details.officeDays]).toEqual(['hybrid', 4]);
    const inPerson = read('You will be expected to work 3 days a week in-person.');
    expect([inPerson.facts.workMode, inPerson.details.officeDays]).toEqual(['hybrid', 3]);
    expect(read('This role requires 5 days per week onsite.').facts.workMode).toBe('onsite');
    expect(read('The team meets 2 days a month in person.').facts.workMode).toBeNull();
  });

  it('reads "3x per week" and "3 days in the office" as office days', () => {
    // SYNTHETIC sentences.
    const times = read('Expected in office 3x per week.');
    expect(times.facts.workMode).toBe('hybrid');
    expect(times.details.officeDays).toBe(3);
    const days = read('Flexible hybrid working environment, with 2 days in the office.');
    expect(days.facts.workMode).toBe('hybrid');
    expect(days.details.officeDays).toBe(2);
  });

  it('counts office days given as a range of weekdays, or as the days worked from home', () => {
    // SYNTHETIC; each read hybrid with no days before.
    const cases: Array<[string, number]> = [
      ['This role requires being onsite Monday through Thursday.', 4],
      ['Hybrid: Tue-Thu in the office, Monday and Friday from home.', 3],
      ['Hybrid schedule, in office Tuesday to Thursday.', 3],
    ];
    for (const [sentence, days] of cases) {
      const reading = read(sentence);
      expect(reading.facts.workMode, sentence).toBe('hybrid');
      expect(reading.details.officeDays, sentence).toBe(days);
    }
    // Days from home, the rest of a five-day week in the office (SYNTHETIC; no days before, and "1 day a week
    // from home" read 1 office day). A dev posting: "we offer two days of remote working per week".
    const fromHome: Array<[string, number]> = [
      ['Hybrid (2 days WFH)', 3],
      ['Hybrid role with 1 day a week from home.', 4],
      ['Hybrid: as a general rule, we offer two days of remote working per week.', 3],
    ];
    for (const [sentence, days] of fromHome) expect(read(sentence).details.officeDays, sentence).toBe(days);
    // Office days stated win: "3 days work-from-home, 2 days in-office" is 2.
    expect(read('Hybrid: 3 days work-from-home, 2 days in-office').details.officeDays).toBe(2);
    // A range that is not the office's says no days.
    expect(read('Hybrid role; support hours Monday through Friday.').details.officeDays).toBeNull();
  });

  it('reads "home-based" as remote, in the location line and the text; "home office" only as a whole line', () => {
    // SYNTHETIC lines and sentences; each read no work mode before ("Distributed" alone on the location line too,
    // which the benchmark already read as remote).
    for (const location of ['Home based', 'Home-based, UK', 'Homeoffice', 'Home Office', 'Distributed'])
      expect(read('Drive programs.', {location}).facts.workMode, location).toBe('remote');
    for (const sentence of [
      'This is a home-based position.',
      'The role is 100% home based.',
      'Home-based role with occasional travel to client sites.',
      'Location: Home-based',
    ])
      expect(read(sentence).facts.workMode, sentence).toBe('remote');
    // A perk and a company's head office say nothing of the job's mode (two dev postings hold such sentences).
    for (const sentence of [
      'One-time home office stipend.',
      'A network that extends from your branch office to your region to the home office.',
      'Lead home-based care programs across the region.',
    ])
      expect(read(sentence).facts.workMode, sentence).toBeNull();
    expect(read('Drive programs.', {location: 'Home Office, London'}).facts.workMode).toBeNull();
  });

  it('reads office days named by attendance or return-to-office words, without a place', () => {
    // SYNTHETIC sentences; each gave no work mode before.
    const cases: Array<[string, string, number | null]> = [
      ['Office attendance: 4 days per week.', 'hybrid', 4],
      ['RTO 3 days/week.', 'hybrid', 3],
      ['Onsite expectation - at least 2 days per week', 'hybrid', 2],
      ['Return to office: 5 days a week', 'onsite', null],
      // A policy's word between (unread before).
      ['This role follows our RTO policy of 3 days per week.', 'hybrid', 3],
      // Presence said to be required or expected, and office days by their names (each no mode before).
      ['In-office presence required 3 days per week.', 'hybrid', 3],
      ['Office presence is expected 5 days a week.', 'onsite', null],
      ['This role requires in-office presence Monday through Thursday.', 'hybrid', 4],
      ['Requires in-office attendance Tuesday through Thursday.', 'hybrid', 3],
      ['In-office presence required Monday through Friday.', 'onsite', null],
    ];
    for (const [sentence, mode, days] of cases) {
      const reading = read(sentence);
      expect(reading.facts.workMode, sentence).toBe(mode);
      expect(reading.details.officeDays, sentence).toBe(days);
    }
    expect(read('Our return-to-office policy changed in 2024.').facts.workMode).toBeNull();
  });

  // SYNTHETIC sentences. The first two read no mode before; the four hybrid ones read remote. Then office days
  // named by the day, each of which read no mode before (Monday to Friday is the whole week).
  it.each([
    ['Position is remote.', 'remote'],
    ['Position: Remote', 'remote'],
    ['This role is based in our Seattle office with flexibility to work from home on Fridays.', 'hybrid'],
    ['Option to work from home on Fridays.', 'hybrid'],
    ['You can work from home two days a week.', 'hybrid'],
    ['You may work remotely once a week.', 'hybrid'],
    ['Work from home.', 'remote'],
    ['Position is not remote.', 'onsite'],
    ['In-office Tuesday through Thursday.', 'hybrid'],
    ['Onsite Mon-Thu, remote Fridays.', 'hybrid'],
    ['In office Tuesdays, Wednesdays and Thursdays.', 'hybrid'],
    // Working with colleagues elsewhere is no remote job (a 2019 Prague posting, not in dev; read remote before).
    ['We work remotely with our German colleagues from Hamburg and Berlin on projects for clients.', null],
    ['We work remotely.', 'remote'],
    // Days at home beside days in the office (a 2026 Czech posting, not in dev; read remote before).
    ['This is a hybrid role, 3 days at the office + 2 days work from home model.', 'hybrid'],
    ['Office days: Tuesday and Thursday', 'hybrid'],
    ['Onsite Mon-Fri.', 'onsite'],
    // Labelled fields as careers sites name them, and a hybrid company (each read no mode before).
    ['Location type: Remote', 'remote'],
    ['Work setting: On-site', 'onsite'],
    ['We are a hybrid company: most teams come in Tuesday through Thursday.', 'hybrid'],
  ])('"Position is remote", working from home on some days, office days by name: %s -> %s', (sentence, mode) => {
    expect(read(sentence).facts.workMode).toBe(mode);
  });

  it('lets the clause after "but", "however" or an opening concession decide', () => {
    // SYNTHETIC sentences.
    const cases: Array<[string, string]> = [
      ['We are a remote-friendly company, but this role is based in our San Francisco office.', 'onsite'],
      ['Remote-first, but this position requires 3 days a week in the office.', 'hybrid'],
      ['This role is hybrid, but remote candidates will be considered.', 'remote'],
      // Nothing stated after the "but": the sentence as a whole.
      ['Fully remote, but occasional travel to the office is required.', 'remote'],
      // An opening concession, and "but this role" without a comma (each read as remote before).
      ['While we are a remote-first company, this role requires you to be onsite in San Francisco.', 'onsite'],
      ['Although much of the team works remotely, this position is hybrid with 3 days in the office.', 'hybrid'],
      ['Acme is a remote-friendly company but this role is onsite.', 'onsite'],
      ['While the work is fully remote, occasional travel is expected.', 'remote'],
    ];
    for (const [sentence, mode] of cases) expect(read(sentence).facts.workMode, sentence).toBe(mode);
    expect(read('Remote with quarterly onsite visits.').facts.workMode).toBe('remote');
    // The arrangement a job settles into (a 2025 posting, not in dev; remote before).
    const settles =
      'This position is based out of the Washington D.C. metropolitan area where you will start as fully remote and then transition to hybrid once an office is opened.';
    expect(read(settles).facts.workMode).toBe('hybrid');
  });

  it('leaves out the exception an "unless" clause names, and reads a share of the time in the office as hybrid', () => {
    // Wording of 2025 postings on a job board's feed (not in dev); each read as remote, or as nothing, before.
    const uber =
      'Unless formally approved to work fully remotely, Uber expects employees to spend at least half of their work time in their assigned office.';
    expect(read(uber).facts.workMode).toBe('hybrid');
    expect(
      read('Currently, we expect all staff to be in one of our offices at least 25% of the time.').facts.workMode,
    ).toBe('hybrid');
    // SYNTHETIC: the job's mode stands outside the exception.
    expect(read('This role is onsite in Austin unless approved for remote work.').facts.workMode).toBe('onsite');
    expect(read('This is a remote role unless you live near one of our hubs.').facts.workMode).toBe('remote');
    // A condition on what the posting says (a state's boilerplate, 2021-2022, not in dev): remote before.
    const condition =
      'If this posting indicates "remote from anywhere in CO" in the title, periodic reporting to the primary state work location may be required.';
    expect(read(condition).facts.workMode).toBeNull();
    expect(read('This is a remote role: work from anywhere in CO.').facts.workMode).toBe('remote');
    // Each mode's paragraph of a contractor's boilerplate, opened by the mode and its condition (2026 postings, not in
    // dev: hybrid before). None holds more than another.
    const model =
      'Remote: If this position is listed as remote, there may still be occasions when you are required to work in person at a customer facility.\nHybrid: If this position is listed as hybrid, you will be expected to work from a company facility frequently.\nOnsite: If this position is listed as onsite, work will primarily be performed at a company office.';
    expect(read(model).facts.workMode).toBeNull();
    // "not remote-only" after "remote-first" is no on-site statement (a 2026 posting, not in dev: on-site before).
    expect(read('Coinbase is a remote-first, but not remote-only company.').facts.workMode).toBe('remote');
    expect(read('This role is not remote.').facts.workMode).toBe('onsite');
    expect(read('Employees spend 100% of their time in the office.').facts.workMode).toBeNull();
  });

  it('reads the flexibility of working from home beside office days as hybrid', () => {
    // From a 2025 posting (not in dev); read as remote before.
    const text =
      'We follow a hybrid work schedule, with team members coming into the office twice a week. This allows you to engage directly with your team, while still enjoying the flexibility and comfort of working from home.';
    expect(read(text).facts.workMode).toBe('hybrid');
    expect(read('You will be working from home.').facts.workMode).toBe('remote');
  });

  it('reads no mode from meals at the office or a home station', () => {
    // A perk and a federal deployment notice (2025 and 2021 postings, not in dev): on-site and remote before.
    expect(read('Lunch in the SF office 5 days a week').facts.workMode).toBeNull();
    const deployment = 'This is a temporary reassignment (deployment) away from your home station for up to 12 months.';
    expect(read(deployment).facts.workMode).toBeNull();
    // SYNTHETIC: the job's own week and home stay read.
    expect(read('This role is onsite 5 days a week; catered lunch provided.').facts.workMode).toBe('onsite');
    expect(read('You can work from your home office anywhere in the US.').facts.workMode).toBe('remote');
  });

  it('reads "remote jobs", a kind of job a notice speaks of, as no mode', () => {
    // A legal notice in a 2024 posting (not in dev); read as remote before.
    expect(
      read('Notice to Applicants for Jobs Located in NYC or Remote Jobs Associated With Office in NYC Only').facts
        .workMode,
    ).toBeNull();
    expect(read('This is a remote job open to candidates in the US.').facts.workMode).toBe('remote');
  });

  it('takes no travel note, "job" or share for the remote scope, nor the employer after a comma', () => {
    // Location lines of 2020-2026 postings (not in dev); each gave that text as the scope before.
    for (const location of ['Remote-Friendly (Travel-Required)', 'Remote job', 'Virtual (100% Remote)'])
      expect(read('Lead programs.', {location}).details.remoteScope, location).toBeNull();
    expect(read('Lead programs.', {location: 'Remote (US only)'}).details.remoteScope).toBe('US');
    // A recruiter's note on the mode (a 2026 posting, not in dev; "is also fine" before).
    for (const location of ['Cupertino, CA (Remote is also fine)', 'Austin, TX (Remote possible)', 'Remote welcome'])
      expect(read('Lead programs.', {location}).details.remoteScope, location).toBeNull();
    const text = 'Unless approved to work fully remotely, Uber expects employees to be in the office.';
    expect(read(text).details.remoteScope).toBeNull();
  });

  it("reads a sentence's scope where the mode opens it with a capital, not a form's answer", () => {
    // SYNTHETIC; each read no scope before ("This role is remote within the US." read "US").
    const cases: Array<[string, string | null]> = [
      ['Remote within the US.', 'US'],
      ['Remote in Canada.', 'Canada'],
      ['Work From Home in the US.', 'US'],
      ['Remote in the Eastern Time Zone.', 'Eastern Time Zone'],
      // A form's answer and the kind of job are no place.
      ['Remote: Yes', null],
      ['Remote - Full time', null],
      ['Remote (Preferred)', null],
    ];
    for (const [sentence, scope] of cases) {
      const reading = read(`Lead programs.\n${sentence}`);
      expect(reading.facts.workMode, sentence).toBe('remote');
      expect(reading.details.remoteScope, sentence).toBe(scope);
    }
  });

  it('reads the scope beside the mode word in brackets, not the employer or city before them', () => {
    // "Second Dinner (US Remote)" is a 2025 location line (not in dev), read as the scope "Second Dinner" before;
    // the others are SYNTHETIC ("New York" before).
    expect(read('Lead programs.', {location: 'Second Dinner (US Remote)'}).details.remoteScope).toBe('US');
    expect(read('Lead programs.', {location: 'New York (Remote - US)'}).details.remoteScope).toBe('US');
    expect(read('Lead programs.', {location: 'Austin, TX (Remote)'}).details.remoteScope).toBeNull();
    expect(read('Lead programs.', {location: 'Canada (Remote)'}).details.remoteScope).toBe('Canada');
    // A mode's companion word and an unknown place are no scope (a 2021 posting, not in dev: "possible" before).
    expect(read('Lead programs.', {location: 'Not specified (remote possible)'}).details.remoteScope).toBeNull();
  });

  it('a remote option taken back after it is none', () => {
    // SYNTHETIC; each read as remote before.
    expect(read('This role is hybrid; remote applicants will not be considered.').facts.workMode).toBe('hybrid');
    expect(read('Hybrid in Austin; remote work is not an option.').facts.workMode).toBe('hybrid');
    expect(read('Remote candidates are welcome to apply.').facts.workMode).toBe('remote');
  });

  it('passes over a sentence without the first look\'s words unless it holds a "#", which the scan cannot tell', () => {
    // SYNTHETIC. The first look (a "#" for "#LI-Remote" tags, or a mode's word) is asked of the scan first, and the
    // scan reads every sign as a space: a sentence with a "#" goes on to the patterns as it did before.
    expect(read('Work 3 days a week at our campus.').facts.workMode).toBeNull();
    expect(read('Work #3: 3 days a week at our campus.').facts.workMode).toBe('hybrid');
    expect(read('#LI-Hybrid').facts.workMode).toBe('hybrid');
    expect(read('3 days a week at our campus office.').facts.workMode).toBe('hybrid');
  });

  it('reads the on-site patterns the scan asks about one by one as the rest', () => {
    // SYNTHETIC. A pattern whose first strings are "office" or "remote" is a group of the scan of its own.
    expect(read('This role is based in our Austin office.').facts.workMode).toBe('onsite');
    expect(read('The position is based at the downtown office.').facts.workMode).toBe('onsite');
    expect(read('Work remotely: No').facts.workMode).toBe('onsite');
    expect(read('Telework eligible? Not eligible').facts.workMode).toBe('onsite');
    expect(read('Our office has a great view.').facts.workMode).toBeNull();
    expect(read('Remote teams across the company rely on this role.').facts.workMode).toBeNull();
    expect(read('Must be able to work onsite 5 days a week.').facts.workMode).toBe('onsite');
  });
});

describe('security clearance', () => {
  it('reads each clause of a sentence on its own, and "given preference" as preferred', () => {
    // SYNTHETIC; each read as a preferred TS/SCI with polygraph, or a required clearance, before.
    expect(read('TS/SCI required; CI poly preferred.').facts.clearance).toEqual({required: true, level: 'TS/SCI'});
    expect(read('Candidates with an active clearance will be given preference.').facts.clearance).toEqual({
      required: false,
      level: null,
    });
  });

  it('reads access to classified information as a clearance, unless none is needed', () => {
    // SYNTHETIC, in the words defense contractors' postings use; each read nothing before.
    const standard =
      'Applicants selected will be subject to a government security investigation and must meet eligibility requirements for access to classified information.';
    expect(read(standard).facts.clearance).toEqual({required: true, level: null});
    for (const line of [
      'Access to classified information is not required.',
      'You will not need access to classified information.',
      'Experience handling classified documents is a plus.',
    ])
      expect(read(line).facts.clearance, line).toBeNull();
  });

  it('reads a labelled field: its level, or none when it says none', () => {
    // SYNTHETIC lines in the form federal and contractor postings label them.
    for (const line of ['Security Clearance Required: None', 'Clearance Required: No', 'Clearance Level: N/A'])
      expect(read(line).facts.clearance, line).toBeNull();
    for (const line of ['Clearance Required: Secret', 'Security Clearance: Active Secret', 'Clearance Level: Secret'])
      expect(read(line).facts.clearance, line).toEqual({required: true, level: 'Secret'});
    // The two fields defense contractors print on every posting (SYNTHETIC; "None" to obtain read as required before).
    const possess = 'Clearance Level Must Currently Possess: None';
    expect(read(`${possess}\nClearance Level Must Be Able to Obtain: None`).facts.clearance).toBeNull();
    expect(read(`${possess}\nClearance Level Must Be Able to Obtain: Secret`).facts.clearance).toEqual({
      required: true,
      level: 'Secret',
    });
  });

  it('reads a clearance a title makes the condition without its level (SYNTHETIC titles; each none before)', () => {
    for (const title of ['Cleared Technical Program Manager', 'Technical Program Manager - Clearance Eligible'])
      expect(read('Drive programs.', {title}).facts.clearance, title).toEqual({required: true, level: null});
    expect(read('Drive programs.', {title: 'TPM - Clearance Preferred'}).facts.clearance).toBeNull();
    expect(read('We cleared the backlog.').facts.clearance).toBeNull();
  });

  it('reads a clearance the job "may need" as not required', () => {
    // SYNTHETIC, after a large contractor's line on every posting; read as required before.
    const line =
      'Clearance: Applicants selected will be subject to a security investigation and may need to meet eligibility requirements for access to classified information.';
    expect(read(line).facts.clearance).toEqual({required: false, level: null});
    expect(read('A Secret clearance may be required.').facts.clearance).toEqual({required: false, level: 'Secret'});
  });

  it('reads a clearance said to be not required but wanted as preferred, one not required alone as none', () => {
    // SYNTHETIC; the first read as nothing before.
    expect(read('A Secret clearance is not required, but preferred.').facts.clearance).toEqual({
      required: false,
      level: 'Secret',
    });
    expect(read('A Secret clearance is not required for this role.').facts.clearance).toBeNull();
  });

  it('reads a clearance named without its level or "security": wanted, not required, eligible for', () => {
    // SYNTHETIC, in the short forms contractor postings use; the first three read nothing before.
    expect(read('Clearance not required but a plus.').facts.clearance).toEqual({required: false, level: null});
    expect(read('Clearance preferred.').facts.clearance).toEqual({required: false, level: null});
    expect(read('Must be eligible for a clearance.').facts.clearance).toEqual({required: true, level: null});
    expect(read('Clearance is not required.').facts.clearance).toBeNull();
    expect(read('Clearance sale on all items.').facts.clearance).toBeNull();
  });

  it('reads "Poly" after a level as a polygraph ("TS/SCI with Poly"), not a name of its own', () => {
    // SYNTHETIC; the first three read a TS/SCI or Top Secret without the polygraph before.
    for (const line of ['TS/SCI with Poly required.', 'Active TS/SCI + Poly', 'Clearance: TS/SCI/Poly'])
      expect(read(line).facts.clearance, line).toEqual({required: true, level: 'TS/SCI with polygraph'});
    expect(read('Active Top Secret with a Full Scope Poly.').facts.clearance).toEqual({
      required: true,
      level: 'Top Secret with polygraph',
    });
    for (const line of ['We partner with Poly on headsets.', 'Graduates of Stanford and Cal Poly welcome.'])
      expect(read(line).facts.clearance, line).toBeNull();
  });

  it('reads "clearable", able to obtain a clearance, with its level', () => {
    // SYNTHETIC sentences; each read no clearance before.
    expect(read('Must be clearable (Secret).').facts.clearance).toEqual({required: true, level: 'Secret'});
    expect(read('Must be Secret clearable.').facts.clearance).toEqual({required: true, level: 'Secret'});
    expect(read('Must be clearable.').facts.clearance).toEqual({required: true, level: null});
    expect(read('US citizens who are clearable preferred.').facts.clearance).toEqual({required: false, level: null});
  });

  it.each([
    [
      'The successful candidate must have an active U.S. Government Top Secret/SCI Security Clearance .',
      true,
      'TS/SCI',
    ],
    [
      'Candidates must have an active TS/SCI and be willing to upgrade to TS/SCI (with polygraph).',
      true,
      'TS/SCI with polygraph',
    ],
    ['Possess an active DoD Top Secret clearance with SCI eligibility and ability to maintain', true, 'TS/SCI'],
    ['**Candidate must have the ability to obtain and maintain Secret Security Clearance.**', true, 'Secret'],
    ['Must be able to obtain a US Public Trust clearance.', true, 'Public Trust'],
    // An agency's suitability determination is its Public Trust investigation (SYNTHETIC; each read nothing before).
    ['Must be able to pass a CBP Background Investigation.', true, 'Public Trust'],
    ['This role requires an active DHS suitability determination.', true, 'Public Trust'],
    ['Ability to obtain a CBP BI is required.', true, 'Public Trust'],
    ['DHS suitability preferred.', false, 'Public Trust'],
    // written: other countries' levels, kept by name.
    ['Applicants must hold an active NV1 security clearance.', true, 'NV1'],
    ['Eligible for SC clearance (you must have lived in the UK for 5 years).', true, 'SC'],
    ['An active Secret clearance is preferred.', false, 'Secret'],
  ])('%s', (sentence, required, level) => {
    expect(read(sentence).facts.clearance).toEqual({required, level});
  });

  it('reads no clearance in other suitability and fitness', () => {
    expect(read('Assess the suitability of vendors for the program.').facts.clearance).toBeNull();
    expect(read('Make suitability determinations for client investments.').facts.clearance).toBeNull();
    expect(read('Work with ICE fitness trackers data.').facts.clearance).toBeNull();
  });

  it('reads a level in the title as required', () => {
    expect(
      read('Lead programs for federal customers.', {title: 'Consulting Program Manager - CTJ - Top Secret'}).facts
        .clearance,
    ).toEqual({required: true, level: 'Top Secret'});
  });

  it('keeps preferred apart under a preferred heading', () => {
    expect(read('Preferred Qualifications:\nActive TS/SCI clearance').facts.clearance).toEqual({
      required: false,
      level: 'TS/SCI',
    });
  });

  it('is not fooled by background checks, clearance orders, customs or trade secrets', () => {
    expect(
      read(
        'Microsoft Cloud Background Check: This position will be required to pass the Microsoft Cloud background check upon hire/transfer and every two years thereafter.',
      ).facts.clearance,
    ).toBeNull();
    expect(
      read(
        'This includes all aspects of project implementation including budget, work package preparation, parts procurement, ALARA planning, industrial and nuclear safety, clearance order preparation, work prioritization.',
      ).facts.clearance,
    ).toBeNull();
    expect(read('Manage customs clearance with freight forwarders.').facts.clearance).toBeNull();
    // A staffing firm's fair-chance statement (2026 postings, not in dev; a clearance before).
    const fairChance =
      'The Company will consider qualified applicants with arrest and conviction records in accordance with federal, state, and local laws and/or security clearance requirements, including, as applicable: the California Fair Chance Act.';
    expect(read(fairChance).facts.clearance).toBeNull();
    expect(read('Must meet security clearance requirements.').facts.clearance).toMatchObject({required: true});
    // Clearing licenses (a 2021 posting, not in dev; a clearance before).
    expect(read('Open Source tooling for license scanning, conformance and clearance:').facts.clearance).toBeNull();
    expect(read('Protect trade secrets and confidential information.').facts.clearance).toBeNull();
    expect(read('No security clearance is required for this role.').facts.clearance).toBeNull();
  });
});

describe('US citizenship', () => {
  it.each([
    // SYNTHETIC: "no dual citizenship" still requires it, a refusal to consider others does (each read false
    // before); dual citizens welcomed are no requirement.
    ['Requires U.S. Citizenship (no dual citizenship).', true],
    ['We are unable to consider candidates who are not US citizens.', true],
    ['US citizens and dual citizens welcome to apply.', false],
    ['This position requires verification of U.S. citizenship due to citizenship-based legal restrictions.', true],
    ['US Citizen or Green Card Holder due to federal contract requirements.', true],
    ['- US Citizenship required', true],
    [
      '_Candidates must meet EAR part 772 and ITAR 120.15 definition of a U.S. person (Any individual who is granted U.S. citizenship; or any individual who is granted U.S. permanent residence)._',
      true,
    ],
    // Traps: equal-opportunity lists, invitations, any visa accepted, corporate citizenship.
    [
      'It is the policy of The Emazing Group to provide equal employment opportunities to all persons regardless of age, color, national origin, citizenship status, physical or mental disability.',
      false,
    ],
    ['US citizens and those authorized to work in the US are encouraged to apply.', false],
    ['U.S. citizen, legal resident, or valid work visa required', false],
    ['Corporate citizenship Deloitte is led by a purpose: to make an impact that matters.', false],
    // A labelled field, as clearance job boards list it (SYNTHETIC).
    ['Citizenship: US Citizen', true],
    ['Corporate citizenship: we give back to our communities', false],
    // A form's field answered yes or no (SYNTHETIC; the no read as required before).
    ['US Citizenship Required: Yes', true],
    ['U.S. Citizenship Required: No', false],
    ['US Citizen Only: No', false],
  ])('%s -> %s', (sentence, want) => {
    expect(read(sentence).facts.usCitizenship).toBe(want);
  });

  it('reads a title that names the status as its condition (SYNTHETIC titles; the first read false before)', () => {
    expect(read('Drive programs.', {title: 'Technical Program Manager (US Citizen)'}).facts.usCitizenship).toBe(true);
    expect(read('Drive programs.', {title: 'TPM - US Citizenship Not Required'}).facts.usCitizenship).toBe(false);
  });
});

describe('visa sponsorship', () => {
  it.each([
    // SYNTHETIC: the job eligible, candidates who need it welcome (each unread before), and their refusals.
    ['This role is eligible for visa sponsorship.', 'offered'],
    ['Candidates requiring H-1B sponsorship are welcome to apply.', 'offered'],
    ['We will consider candidates who require sponsorship.', 'offered'],
    ['This role is not eligible for visa sponsorship.', 'not offered'],
    ['We will not consider candidates who require sponsorship.', 'not offered'],
    [
      'Unfortunately, we are not able to provide sponsorship assistance at this time or in the future.***',
      'not offered',
    ],
    [
      'Candidate must have valid employment authorization in the U.S. and must not require visa sponsorship now or in the future.',
      'not offered',
    ],
    ['This position is not open for non-immigrant visa sponsorship.', 'not offered'],
    ['(No third parties, please)(H1 sponsorship currently unavailable)', 'not offered'],
    ['However, we are unable to sponsor H1B candidates at this time.', 'not offered'],
    ['**Must be a US Citizen or Green Card(no 3rd party or sponsorship opportunity)**', 'not offered'],
    // written: common offers.
    ['Visa sponsorship is available for this position.', 'offered'],
    ['We offer relocation and visa sponsorship.', 'offered'],
    // Each read nothing before.
    ['Candidates requiring sponsorship now or in the future will not be considered.', 'not offered'],
    ['No C2C, no H1B.', 'not offered'],
    ['This position does not qualify for employment sponsorship.', 'not offered'],
    ['Applicants are ineligible for visa sponsorship.', 'not offered'],
    ['We sponsor visas.', 'offered'],
    ['Our company sponsors employees for green cards.', 'offered'],
    ['Immigration sponsorship may be considered.', 'offered'],
    ['Visa sponsorship will not be considered.', 'not offered'],
    ['Open to visa sponsorship.', 'offered'],
    ['Visa Sponsorship: Yes', 'offered'],
    // An H-1B transfer is not a refusal; one welcome is a new petition, so sponsorship (each read nothing before).
    ['No H1B transfer fees for you.', null],
    ['H1B transfers welcome.', 'offered'],
    ['H-1B transfer candidates are welcome.', 'offered'],
    // A transfer refused: the employer files no petition (each read nothing before).
    ['No H1B transfers.', 'not offered'],
    ['No H-1B transfers or sponsorship, please.', 'not offered'],
    ['We do not accept H-1B transfers at this time.', 'not offered'],
    ['H1B transfer candidates are not eligible for this role.', 'not offered'],
    // Staffing postings' short form: citizens and green-card holders only (each read nothing before).
    ['USC/GC only.', 'not offered'],
    ['Only GC/USC, no C2C.', 'not offered'],
    ['USC or GC holders only', 'not offered'],
    ['Graduates of USC only.', null],
    // The same spelt out, labelled fields, H-1B holders welcome or refused (SYNTHETIC; each read nothing before).
    ['US citizens and green card holders only.', 'not offered'],
    ['Only US citizens and permanent residents may apply.', 'not offered'],
    // "Legal residents" for permanent ones (a 2026 posting, not in dev; nothing read before).
    ['United States citizens and legal residents only.', 'not offered'],
    ['Sponsorship available: No', 'not offered'],
    ['H1B: No', 'not offered'],
    ['H1B holders not accepted.', 'not offered'],
    ['H1B candidates are welcome to apply.', 'offered'],
    ['H-1B transfer available.', 'offered'],
    // Those who need a transfer or sponsorship considered, or refused (SYNTHETIC; each read nothing before).
    ['We will consider candidates requiring H-1B transfer.', 'offered'],
    ['Candidates requiring sponsorship will be considered.', 'offered'],
    ['We do not consider candidates requiring H-1B transfer.', 'not offered'],
    ['Candidates requiring sponsorship will not be considered.', 'not offered'],
    ['Green card processing is available after one year.', null],
    // Traps: project sponsors, export licences, EEO statements, "authorized to work" alone, screening questions.
    ['Engages executive sponsor to ensure active participation on project initiatives', null],
    [
      'Please note that any offer of employment may be conditioned on your authorization to receive software or technology controlled under these U.S. export laws without sponsorship for an export license.',
      null,
    ],
    [
      'All qualified applicants will receive consideration for employment without regard to sex, race, national origin, citizenship.',
      null,
    ],
    ['job openings must be legally authorized to work in the United States.', null],
    ['Will you now or in the future require sponsorship for employment visa status?', null],
    // SYNTHETIC, each read nothing before: "current or future" between "need for" and the word, sponsoring a person.
    [
      'Candidates must be authorized to work in the US without the need for current or future sponsorship.',
      'not offered',
    ],
    ['We are open to sponsoring the right candidate.', 'offered'],
    ['Open to candidates requiring sponsorship.', 'offered'],
    ['We do not accept applicants who require sponsorship.', 'not offered'],
    ['We are not open to sponsoring candidates at this time.', 'not offered'],
    ['Our company sponsors local charities and hackathons.', null],
    ['Will sponsor: No', 'not offered'],
    // Immigration support is the employer's petition (SYNTHETIC; each read nothing before); other immigration is not.
    ['Relocation and immigration support provided.', 'offered'],
    ['Immigration support is available for this role.', 'offered'],
    ['We do not offer relocation or immigration support.', 'not offered'],
    ['Experience with immigration systems at DHS.', null],
    // Students' work permission (OPT, CPT) refused turns away those who need a visa (SYNTHETIC; each read nothing
    // before); "opt out" and "CPT codes" are other words.
    ['F-1 OPT/CPT candidates are not eligible for this role.', 'not offered'],
    ['This position is not eligible for OPT, CPT or STEM OPT.', 'not offered'],
    ['No C2C, no OPT/CPT.', 'not offered'],
    ['OPT/CPT: No', 'not offered'],
    ['We do not work with OPT candidates.', 'not offered'],
    ['STEM OPT students will not be considered.', 'not offered'],
    ['We are unable to consider candidates on OPT/CPT or those requiring H-1B sponsorship.', 'not offered'],
    ['Candidates on OPT or CPT are welcome to apply; we sponsor H-1B transfers.', 'offered'],
    ['OPT and CPT candidates are eligible for this internship.', null],
    ['You may opt out of the 401(k) at any time; no opt-in is needed.', null],
    ['Experience with CPT codes and ICD-10 is not required.', null],
  ])('%s -> %s', (sentence, want) => {
    expect(read(sentence).facts.sponsorship).toBe(want);
  });
});

describe('travel', () => {
  it('needs a sign or the word "percent" for every share, and days or weeks for every time away', () => {
    // travel.ts does not try the patterns on a sentence without them. Each pattern with those strings made impossible
    // must then match nothing: a pattern that reads a share without its sign would match some of these texts.
    const never = '(?!)';
    const shares = TRAVEL_VOCAB.percent.map((source) => new RegExp(source.replace(/%|percent/g, never), 'i'));
    const times = TRAVEL_VOCAB.time.map((source) => new RegExp(source.replace(/day|week/g, never), 'i'));
    const token = fc.constantFrom(
      ...['travel', 'Travel:', ':', '25', '10-20', 'up to', '(~', 'percentage', 'per cent', 'of the time', 'domestic'],
      ...['days', 'weeks', 'a', 'per', 'month', 'year', 'one'],
    );
    fc.assert(
      fc.property(fc.array(token, {maxLength: 8}), (tokens) => {
        const text = tokens.join(' ');
        for (const pattern of [...shares, ...times]) expect(pattern.test(text)).toBe(false);
      }),
      {numRuns: 5000},
    );
    const written = [
      'Travel: 25',
      'Travel percentage: 25',
      'Travel required: up to 25 of the time',
      'travel 2 a month',
    ];
    for (const text of [...written, 'Travel 1 month per quarter', '2 months a year of travel']) {
      for (const pattern of [...shares, ...times]) expect(pattern.test(text)).toBe(false);
    }
  });

  it.each([
    ['Ability to travel up to 25% of the time internationally and domestically.', 25],
    ['Ability to travel 15-50% of the time depending on project assignment.', 50],
    ['Be willing to travel 20% of the time.', 20],
    ['No travel is expected but should be considered possible.', 0],
    ['Travel industry discounts of 20% on hotels.', null],
    // The bound in brackets or after a sign (each unread before).
    ['Minimal travel (<10%).', 10],
    ['Travel (~25%) to customer sites.', 25],
    // Labelled fields: Indeed's screening lines (dev) and written ones.
    ['Work authorization: United States (Required) Required travel: 25% (Required) Work Location: On the road', 25],
    ['Travel: 50%', 50],
    // A "Yes" before the share, a space before the sign, kinds of travel between (dev postings; each unread before).
    ['Travel: Yes, 75 % of the Time', 75],
    ['Collaborate closely with APAC suppliers for builds ~10% international and domestic travel', 10],
    ['Up to 20% overnight, domestic, and international travel', 20],
    ['We grew revenue 30% last year and travel often.', null],
    ['Travel Requirements: up to 10%', 10],
    ['Travel: None', 0],
    ['Travel budget: 20% reduction', null],
    // A range after a qualifier (unread before), and one between two figures.
    ['Willingness to travel domestically approximately 10-15% of the time.', 15],
    ['Travel between 10 and 20 percent.', 20],
    // A range in brackets and a labelled range (each unread before); money after "travel" (read as 20 and 10 before).
    ['Some travel (5-10%) may be required.', 10],
    ['Travel requirement: 0-25%', 25],
    ['Travel Required: 10 - 25%', 25],
    ['We offer a 20% travel discount.', null],
    ['Members earn 10% travel credits.', null],
    // A field whose label says percentage, the figure without its sign (each unread before); a count is no share.
    ['Travel percentage: 25', 25],
    ['Travel Percentage: 10-20', 20],
    ['Travel %: 15', 15],
    ['% Travel: 40', 40],
    ['Percentage of travel required: up to 50', 50],
    ['Travel percentage: 0', 0],
    // Days away under that label are time away, worked out as a share (see the days and weeks below); trips are not read.
    ['Travel percentage: 5 days a month', 23],
    ['Travel percentage: 2 trips per quarter', null],
    // Plural money, and the rest of the week's share beside it (SYNTHETIC; read as 30 and 90 before).
    ['We reduced travel costs by 30%.', null],
    ['This role has 10% travel and 90% office work.', 10],
    // What a product is, in the story of the travel a company sells (a 2026 posting, not in dev; read as 100 before).
    ['We transform regional air travel with the Microliner, a 100% electric commercial aircraft.', null],
    ['Travel up to 25% for supplier visits.', 25],
    // The share in words (SYNTHETIC; each unread before); a share of people or money in words is still no travel.
    ['Travel: up to twenty-five percent.', 25],
    ['Must be able to travel up to ten percent of the time.', 10],
    ['This position requires travel approximately Fifty Percent of the time.', 50],
    ['Fifteen percent travel to vendor sites.', 15],
    ['Twenty percent of our staff travel.', null],
    ['We cut travel costs by twenty percent.', null],
    // A change to travel is a result, not the job's travel (SYNTHETIC; read as 30 and 15 before).
    ['Reduce travel time by 30% through process improvement.', null],
    ['Saved travel time by 15% using video calls.', null],
    ['Willingness to travel 10-20%.', 20],
  ])('%s -> %s', (sentence, want) => {
    expect(read(sentence).facts.travelPercent).toBe(want);
  });
});

describe('travel as days or weeks away', () => {
  // SYNTHETIC sentences, each no travel before. The share is of the working year pay is annualised on: 260 days,
  // 21.7 a month, 65 a quarter; a range gives its top.
  it.each([
    ['Travel up to 1 week per month.', 23, '1 week per month'],
    ['Travel: 2-3 days a month', 14, '2-3 days per month'],
    ['One week per quarter of travel to our partners.', 8, 'one week per quarter'],
    ['2 days of travel per month', 9, '2 days per month'],
    ['Travel to customer sites one or two weeks a quarter.', 15, 'one or two weeks per quarter'],
    ['Occasional travel, roughly a week a year.', 2, 'a week per year'],
    ['You will travel 2 weeks/month.', 46, '2 weeks per month'],
    ['Travel to HQ in Austin one week per quarter.', 8, 'one week per quarter'],
    // A field's label before the colon (SYNTHETIC; each no travel before).
    ['Travel percentage: 5 days a month', 23, '5 days per month'],
    ['Travel Required: 1 week per quarter', 8, '1 week per quarter'],
    // Customers and a distant office for a week are travel; client sites three days a week are most of the week.
    ['Travel to customers one week per month.', 23, 'one week per month'],
    ['Travel to our Austin office one week per quarter.', 8, 'one week per quarter'],
    ['Travel to client sites 3 days a week.', 60, '3 days per week'],
  ])('%s -> %s%% (%s)', (sentence, percent, stated) => {
    const reading = read(sentence);
    expect(reading.facts.travelPercent).toBe(percent);
    expect(reading.details.travelStated).toBe(stated);
    expect(reading.details.evidence.travelPercent).toEqual([sentence]);
  });

  it.each([
    // Office days, a change, money, and more days than a week holds.
    'Travel to the office 3 days a week.',
    'Travelling to our HQ 2 days per week is required.',
    'Reduce travel by 2 days a month.',
    'We offer 3 weeks of travel credits a year.',
    'Travel 30 days a week.',
    'Travel from home 2 days per week.',
    'Travel budget of 2 days per month.',
  ])('no travel share in: %s', (sentence) => {
    expect(read(sentence).facts.travelPercent).toBeNull();
  });

  it("keeps the posting's own percentage over days it names, and says which it worked out", async () => {
    const stated = read('Ability to travel up to 10% (about one week per quarter).\nTravel up to 1 week per month.');
    expect(stated.facts.travelPercent).toBe(10);
    expect(stated.details.travelStated).toBeUndefined();
    const {screeningLine} = await import('../../../src/core/screening-line');
    const analysis = analyzedInAustin('Lead programs.\nTravel up to 1 week per month.');
    expect(screeningLine(analysis)).toContain('Travel ~23% (1 week per month)');
    expect(AnalysisSchema.parse(analysis).screening.travelStated).toBe('1 week per month');
  });
});

describe('employment type', () => {
  it('takes JSON-LD employmentType first', () => {
    expect(read('Job Type: Contract', {employmentType: 'FULL_TIME'}).facts.employmentType).toBe('full-time');
  });
  it('reads no contract from contractors turned away', () => {
    // SYNTHETIC, each read as a contract before (a staffing firm's full-time posting says "No C2C").
    expect(read('This is a full-time position. No C2C or 1099.').facts.employmentType).toBe('full-time');
    for (const sentence of [
      'No C2C.',
      'C2C not accepted',
      'Not open to C2C',
      'No third parties, no C2C, no sponsorship.',
      'Corp-to-corp candidates will not be considered.',
      'No 1099 or C2C',
    ])
      expect(read(sentence).facts.employmentType, sentence).toBeNull();
    for (const sentence of ['1099 contractor', 'C2C or W2', 'This is a C2C contract.', 'W2 only, no C2C'])
      expect(read(sentence).facts.employmentType, sentence).toBe('contract');
  });
  it('reads no type from the people a benefit is for', () => {
    // From a 2025 posting (not in dev); read as full-time before.
    expect(read('We extend equity participation to every full-time team member.').facts.employmentType).toBeNull();
  });

  it('reads no type from the kind of position the benefits are for', () => {
    // From a 2025 posting (not in dev); read as full-time before.
    expect(read('(Stated benefits are for full-time regular positions.').facts.employmentType).toBeNull();
    expect(read('This is a full-time regular position.').facts.employmentType).toBe('full-time');
  });
  it("reads no type from a privacy notice's kinds of application", () => {
    // From a 2026 posting (not in dev); read as contract before.
    const notice =
      'We will use this information to evaluate your application for employment or an independent contractor role, as applicable.';
    expect(read(notice).facts.employmentType).toBeNull();
    expect(read('This is an independent contractor role.').facts.employmentType).toBe('contract');
    // Two types offered for one role (a 2026 posting, not in dev: internship alone before).
    expect(read('We are hiring for a full-time or CO-OP position.').facts.employmentType).toBe('full-time, internship');
    expect(read('This is a full-time or part-time role.').facts.employmentType).toBe('full-time, part-time');
    // The tax forms a payroll job files (a 2025 posting, not in dev; contract before).
    expect(read('Guide the creation and management of the W2 and W3s.').facts.employmentType).toBeNull();
    expect(read('This role is W2 only, no C2C.').facts.employmentType).toBe('contract');
  });
  it("takes the board's labelled field before a line above it that names one type", () => {
    const description =
      'Duration: 12+ Months\nLocation: Richland, WA\nManage nuclear projects.\nJob Types: Full-time, Contract';
    expect(read(description).facts.employmentType).toBe('full-time, contract');
  });
  it.each([
    ['Job Type: Full-time Pay: $40.00 per hour', 'full-time'],
    // A comma after the type, hours after it (each unread before).
    ['Full-time, permanent role.', 'full-time'],
    ['Part-time, 20 hours per week.', 'part-time'],
    ['Part-time 15-20 hours a week.', 'part-time'],
    // The hours in brackets (read nothing before).
    ['Part-time (20 hours/week).', 'part-time'],
    ['Location: Foster City, CAType: Contract on W2 only', 'contract'],
    ['This is a freelance position.', 'contract'],
    // A skills list ending in "contract" is no type.
    ['Skills: scheduling, budgeting, contract', null],
    // Indeed's fields with several types or a contract's length, and the schema.org value as text (each unread before).
    ['Job Types: Full-time, Part-time', 'full-time, part-time'],
    ['Contract length: 12 months', 'contract'],
    ['Employment type: FULL_TIME', 'full-time'],
    ['We work with freelance designers.', null],
    ['This is a 12+ month contract in Orlando, FL or New York, NY.', 'contract'],
    ['This full-time permanent position is out of our Beverly, MA office.', 'full-time'],
    ['Negotiate contract terms with vendors.', null],
    // Staffing agencies' short forms (each unread before).
    ['C2H opportunity with a Fortune 500 client.', 'contract'],
    ['Temp to hire, 40 hours a week.', 'temporary'],
    // A staffing agency's labelled length of the assignment (SYNTHETIC; each unread before); a duty's length is none.
    ['Duration: 12 months with possible extension', 'contract'],
    ['Assignment Duration: 6+ months', 'contract'],
    ['Estimated duration: 6-12 months', 'contract'],
    ['Length of Assignment: 9 months', 'contract'],
    ['Manage programs with a duration of 12 months or more.', null],
  ])('%s -> %s', (sentence, want) => {
    expect(read(sentence).facts.employmentType).toBe(want);
  });
  it('keeps every type a labelled line or the JSON-LD names, in its order', () => {
    for (const [sentence, want] of [
      // Indeed's field as it reads in real postings (each read as its first type alone before).
      ['Job Types: Full-time, Contract', 'full-time, contract'],
      ['Job Types: Part-time, Contract Pay: $60.00 - $75.00 per hour', 'part-time, contract'],
      ['Job Types: Full-time, Part-time - You set your own schedule', 'full-time, part-time'],
      ['Employment type: Contract / Temporary', 'contract, temporary'],
      ['Job type: Full-time or Contract-to-hire', 'full-time, contract'],
      // A word that names no type is passed over; a type said twice is one.
      ['Work type: Remote, Full-time', 'full-time'],
      ['Job Type: Contract, W2', 'contract'],
      // The words as a key, whatever their spacing; a field glued on after (each read as no type before).
      ['Job Type: Full Time Pay: $50.00 per hour', 'full-time'],
      ['Employment Type: Full TimeMedical, dental, and vision benefits', 'full-time'],
      ['Job Type: Temp', 'temporary'],
      // A permanent job may be part-time: no type.
      ['Job Type: Permanent', null],
    ] as const)
      expect(read(sentence).facts.employmentType, sentence).toBe(want);
    expect(read('Drive programs.', {employmentType: 'FULL_TIME, CONTRACTOR'}).facts.employmentType).toBe(
      'full-time, contract',
    );
    expect(read('Drive programs.', {employmentType: 'OTHER, PART_TIME'}).facts.employmentType).toBe('part-time');
  });
  it('reads the location line of a board that lists it there', () => {
    expect(read('Drive programs.', {location: 'Sunnyvale, CA \u2022 Full Time + 2 more'}).facts.employmentType).toBe(
      'full-time',
    );
  });
  it('reads the type a title ends or opens with (SYNTHETIC titles)', () => {
    for (const [title, want] of [
      ['Technical Program Manager - Contract', 'contract'],
      ['Technical Program Manager, Contractor', 'contract'],
      ['Technical Program Manager - 12 month FTC', 'contract'],
      ['Technical Program Manager (Temp)', 'temporary'],
      // Each unread before 81d3870.
      ['Technical Program Manager (Hybrid, Contract)', 'contract'],
      ['Technical Program Manager, Temporary', 'temporary'],
      // A title that is the type alone reads as "Contract" does; a temporary word inside a title does not.
      ['Temporary', 'temporary'],
      ['Temporary Assignments Coordinator', null],
      ['Technical Program Manager - Government Contracts', null],
      // The type before the role, a freelance job (SYNTHETIC; each read nothing before); a job about contracts is none.
      ['Contract Technical Program Manager', 'contract'],
      ['Temp IT Project Manager', 'temporary'],
      ['Technical Project Manager - Freelance', 'contract'],
      ['Contract Manager', null],
      ['Contracts Program Manager', null],
    ] as const)
      expect(read('Drive programs.', {title}).facts.employmentType, title).toBe(want);
    // FTC in a sentence is the Federal Trade Commission; a sub-contract is not a contract job.
    expect(read('Ensure compliance with FTC guidance').facts.employmentType).toBeNull();
    expect(read('Review each sub-contract').facts.employmentType).toBeNull();
  });
});

describe('seniority', () => {
  it.each([
    ['Sr. Technical Program Manager', null, 'senior'],
    ['Principal Technical Program Manager (AI & Machine Learning)', null, 'staff-principal'],
    ['Manager, Technical Program Manager - Privacy Infrastructure', null, 'manager'],
    ['Group Manager, Product Technical Program Management', null, 'manager-of-managers'],
    ['Director, Technical Program Management - DGX Cloud', null, 'director'],
    ['Project Manager II (EPMO) (US)', 5, 'mid'],
    ['Associate Client Success Manager', null, 'entry'],
    ['Technical Program Manager', 8, 'senior'],
    ['Technical Program Manager', 2, 'mid'],
    // A level number after the role's short form, as after its name (each read no level before).
    ['TPM II', null, 'mid'],
    ['TPM I', null, 'entry'],
    ['Sr. TPM IV', null, 'staff-principal'],
    // The lead of a group of program managers (each read no level, or "staff-principal", before).
    ['Group Technical Program Manager', null, 'manager'],
    ['Principal Group TPM', null, 'manager'],
    ['Technical Program Manager, Group Policy', null, undefined],
    // SYNTHETIC: the early-career programs' word (read no level before).
    ['Early Career Technical Program Manager', null, 'entry'],
    // A fellowship's fellow is no technical fellow (a 2021 posting, not in dev: "staff-principal" before).
    ['Design, Technology, and Innovation Fellow: Project Manager', null, undefined],
    ['Technical Fellow, Program Management', null, 'staff-principal'],
  ] as const)('%s (%s years) -> %s', (title, years, want) => {
    expect(read('Drive programs.', {title, minYears: years}).facts.seniority?.level).toBe(want);
  });

  it('does not read a TPM or product manager title as a people manager', () => {
    expect(
      read('Drive programs.', {title: 'Product Manager, Observability and Data Engineering'}).facts.seniority,
    ).toBeNull();
    expect(
      read(
        'Coaches, leads and mentors project team members and provides regular performance assessments to employees and their people managers',
      ).facts.seniority,
    ).toBeNull();
  });

  it('reads leading or growing a team of program managers as managing people, a team of engineers not', () => {
    // SYNTHETIC sentences.
    for (const sentence of ['Lead and grow a team of program managers.', 'Build a team of 6 TPMs.'])
      expect(read(sentence).facts.seniority?.level, sentence).toBe('manager');
    // A TPM leads engineers without managing them.
    expect(read('Lead a team of engineers to deliver the platform.').facts.seniority).toBeNull();
  });

  it('passes over a notice or a benefits section that states managing people, and finds the statement after it', () => {
    // SYNTHETIC sentences: the pattern is tried before the notice test, which must still pass these over.
    const notice = 'We offer a learning budget so that you can lead and grow a team of program managers.';
    expect(read(notice).facts.seniority).toBeNull();
    expect(read(`${notice}\nLead and grow a team of program managers.`).facts.seniority).toEqual({
      level: 'manager',
      reason: 'manages people',
    });
    const perks = 'Benefits\nBuild a team of 6 TPMs.';
    expect(read(perks).facts.seniority).toBeNull();
    expect(read(`${perks}\nResponsibilities\nBuild a team of 6 TPMs.`).facts.seniority?.level).toBe('manager');
  });

  it("reads a federal posting's level from its GS grade, not from the year at the grade below it asks", () => {
    // Wording of 2021-2024 federal postings (not in dev); each read as entry ("asks 1+ years") before.
    const year = 'To qualify, you must have one (1) year of specialized experience at the next lower GS-grade.';
    expect(read(year, {title: 'Program Manager GS15'}).facts.seniority).toEqual({
      level: 'senior',
      reason: 'GS-15, 7+ years from GS-5 at one year a grade',
    });
    const range = 'Salary range: GS-14, Step 1 - $108,885 to GS-14, Step 10 - $172,500.';
    expect(read(`${range}\n${year}`, {title: 'Product Manager'}).facts.seniority?.level).toBe('senior');
    expect(read('This position is a GS-7 with promotion potential.').facts.seniority?.level).toBe('entry');
    // The grade after the one the year is asked at (a 2016 USAJOBS posting, not in dev); a grade named for something else
    // is none (a 2021 one, read as GS-15 when every grade counted).
    const below = 'Applicants must have at least one year of specialized experience at or equivalent to the GS-12.';
    expect(read(below, {title: 'IT Project Manager'}).facts.seniority?.reason).toBe(
      'GS-13, 5+ years from GS-5 at one year a grade',
    );
    const approval = "Approval level is the first O-6 or GS-15 in the employees' chain of command.";
    expect(read(approval, {minYears: 2}).facts.seniority?.level).toBe('mid');
    // No grade: "GS1 barcodes" is a standard, not a grade.
    expect(read('Need 3+ years of experience with GS1 barcodes.', {minYears: 3}).facts.seniority?.level).toBe('mid');
  });

  it('gives its reason', () => {
    expect(read('Drive programs.', {title: 'Technical Program Manager', minYears: 8}).facts.seniority).toEqual({
      level: 'senior',
      reason: 'asks 8+ years',
    });
  });
});

describe('in the analysis', () => {
  it('adds the facts to requirements and validates against the schema', () => {
    const analysis = analyze({
      title: 'Senior Technical Program Manager - CTJ - TS/SCI',
      company: 'Example',
      location: 'Reston, Virginia, United States',
      salaryText: '',
      description:
        'Candidates must have an active TS/SCI.\nThis position requires verification of U.S. citizenship.\nWe are unable to sponsor visas.\nTravel up to 10%.\nJob Type: Full-time\nThis is a hybrid role, 3 days a week in the office.',
    });
    expect(AnalysisSchema.parse(analysis).requirements).toMatchObject({
      workMode: 'hybrid',
      clearance: {required: true, level: 'TS/SCI'},
      usCitizenship: true,
      sponsorship: 'not offered',
      travelPercent: 10,
      employmentType: 'full-time',
      seniority: {level: 'senior'},
    });
    expect(analysis.screening.officeDays).toBe(3);
    expect(analysis.screening.evidence.sponsorship).toEqual(['We are unable to sponsor visas.']);
  });
});

describe('properties', () => {
  const phrase = fc.constantFrom(
    'remote',
    'hybrid',
    'on-site',
    'TS/SCI',
    'Secret clearance',
    'U.S. citizen',
    'sponsorship',
    'no visa sponsorship',
    'travel 25%',
    'Full Time',
    'Senior',
    '3 days a week in the office',
    'preferred',
    '\u2022',
    ':',
    '(',
    ')',
    '\n',
    ' ',
  );
  const text = fc.array(fc.oneof(phrase, fc.string({maxLength: 30})), {maxLength: 40}).map((parts) => parts.join(' '));

  it('never throws and always gives schema-valid facts', () => {
    fc.assert(
      fc.property(text, text, text, (title, location, description) => {
        const analysis = analyze({title, company: '', location, salaryText: '', description});
        expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
      }),
      {numRuns: 150},
    );
  });

  it('is idempotent: reading twice gives the same answer', () => {
    fc.assert(
      fc.property(text, text, (location, description) => {
        const first = read(description, {location});
        expect(read(description, {location})).toEqual(first);
      }),
      {numRuns: 150},
    );
  });
});

describe('the short screening line', () => {
  it('reads like the issue asks, part by part with evidence', async () => {
    const {screeningLine, screeningParts} = await import('../../../src/core/screening-line');
    const analysis = analyze({
      title: 'Senior Technical Program Manager',
      company: 'Example',
      location: 'Remote, US',
      salaryText: '',
      description:
        "Must have an active Secret security clearance.\nWe are unable to sponsor visas.\n8+ years of experience managing technical programs.\nBachelor's degree in Computer Science or equivalent.",
    });
    expect(screeningLine(analysis)).toBe(
      "Remote (US) \u00b7 No sponsorship \u00b7 Secret clearance required \u00b7 8+ years \u00b7 Bachelor's \u00b7 Senior",
    );
    const parts = screeningParts(analysis);
    expect(parts.find((part) => part.id === 'sponsorship')?.evidence).toBe('We are unable to sponsor visas.');
    expect(parts.find((part) => part.id === 'years')?.evidence).toBe(
      '8+ years of experience managing technical programs.',
    );
  });

  it('says US citizens only where the posting admits no one else, and US persons where it does', async () => {
    const {screeningParts} = await import('../../../src/core/screening-line');
    const citizenship = (description: string) =>
      screeningParts(
        analyze({title: 'Technical Program Manager', company: 'Example', location: '', salaryText: '', description}),
      ).find((part) => part.id === 'usCitizenship')?.text;
    expect(citizenship('US citizenship is required due to government contract requirements.')).toBe('US citizens only');
    expect(citizenship('Must be a U.S. Person as defined by ITAR.')).toBe('US citizens or US persons only');
    expect(citizenship('Applicants must be US citizens or lawful permanent residents.')).toBe(
      'US citizens or US persons only',
    );
    expect(citizenship('Must be a US citizen or green card holder.')).toBe('US citizens or US persons only');
    // Legal residents are permanent residents (a 2026 posting, not in dev; "US citizens only" before).
    expect(citizenship('United States citizens and legal residents only.')).toBe('US citizens or US persons only');
  });

  it('names full-time only among other types, with the line that names them', async () => {
    const {screeningParts} = await import('../../../src/core/screening-line');
    const type = (description: string) =>
      screeningParts(
        analyze({title: 'Technical Program Manager', company: 'Example', location: '', salaryText: '', description}),
      ).find((part) => part.id === 'employmentType');
    expect(type('Job Types: Full-time, Contract\nRun programs.')).toEqual({
      id: 'employmentType',
      text: 'Full-time, contract',
      evidence: 'Job Types: Full-time, Contract',
    });
    expect(type('Job Types: Part-time, Contract')?.text).toBe('Part-time, contract');
    expect(type('Job Type: Contract')?.text).toBe('Contract');
    // Full-time alone is what a listing is taken to be: nothing to say.
    expect(type('Job Type: Full-time')).toBeUndefined();
    // The line shows a type's key with a capital, so every key reads as a label.
    for (const {type: key} of EMPLOYMENT_TYPES) expect(key).toMatch(/^[a-z]+(?:[- ][a-z]+)?$/);
    // Every type a profile can accept is one the readers name, and no other.
    expect(EMPLOYMENT_TYPES.map((entry) => entry.type).sort()).toEqual([...EMPLOYMENT_TYPE_KEYS].sort());
  });
});
