// A job board's country (Indeed Canada, Glassdoor India) places a job the US tables cannot: before, "Remote" on
// ca.indeed.com was a US remote job, its "$80,000" read as US dollars and compared with US figures.
import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {OUTSIDE_US} from '../../../src/core/benchmarks';
import {analyzeCard} from '../../../src/core/card';
import {loadSalaryDatasetSync} from '../../../src/core/salary/load-node';
import {siteCountry} from '../../../src/core/site-country';

const dataset = loadSalaryDatasetSync();
const CANADA = 'https://ca.indeed.com/viewjob?jk=1';

function panel(location: string, url: string) {
  const {salary} = analyze(
    {
      title: 'Technical Program Manager',
      company: 'Acme',
      location,
      salaryText: '$80,000 a year',
      description: 'Plan and track software projects.',
      url,
    },
    {dataset},
  );
  if (!salary.benchmark || !salary.comparison) throw new Error('no benchmark');
  return {...salary, benchmark: salary.benchmark, comparison: salary.comparison};
}

const card = (location: string, url?: string) =>
  analyzeCard(
    {title: 'Technical Program Manager', company: 'Acme', location, salaryText: '$80,000 a year'},
    {dataset, ...(url ? {url} : {})},
  );

describe('the country of a job site', () => {
  it("is Indeed's country site, or a country's domain; not LinkedIn's language, a generic or US address", () => {
    for (const [url, country] of [
      [CANADA, 'Canada'],
      ['https://uk.indeed.com/jobs?q=tpm', 'United Kingdom'],
      ['https://www.glassdoor.co.in/Job/x.htm', 'India'],
      ['https://www.seek.com.au/job/1', 'Australia'],
      ['https://www.jobindex.dk/jobannonce/1', 'Denmark'],
      ['https://www.indeed.com/viewjob?jk=1', null],
      ['https://ca.linkedin.com/jobs/view/1', null],
      ['https://boards.greenhouse.io/acme/jobs/1', null],
      ['https://remote.co/job/1', null],
      ['https://jobs.example.io/1', null],
      ['not an address', null],
    ] as const)
      expect(siteCountry(url), url).toBe(country);
    expect(siteCountry(undefined)).toBeNull();
  });

  it('places a location the tables cannot there, says so, and compares its pay with nothing', () => {
    const remote = panel('Remote', CANADA);
    expect(remote.benchmark.fallbackReason).toBe(OUTSIDE_US);
    expect(remote.benchmark.note).toMatch(/^"Remote" on ca\.indeed\.com is read as in Canada, the site's country\./);
    // A plain "$" on a Canadian job's pay line is the Canadian dollar.
    expect(remote.posted?.currency).toBe('CAD');
    expect(remote.comparison.position).toBe('not-comparable');
    expect(panel('Kharagpur', 'https://www.glassdoor.co.in/Job/x.htm').benchmark.note).toMatch(/read as in India/);
    expect(panel('', 'https://uk.indeed.com/viewjob?jk=2').benchmark.note).toMatch(
      /^A job with no location on uk\.indeed\.com is read as in the United Kingdom/,
    );
    expect(card('Remote', CANADA)).toMatchObject({pay: {currency: 'CAD'}, benchmarkPosition: null});
  });

  it("settles a city abroad that US places share by the site's country; elsewhere it stays a question", () => {
    // Each read as "the place may be outside the US" (add the state) before, with a London in Ontario too.
    expect(panel('Copenhagen', 'https://www.jobindex.dk/jobannonce/1').benchmark.note).toMatch(
      /^"Copenhagen" on jobindex\.dk is read as in Denmark, the site's country\./,
    );
    expect(panel('London', CANADA).benchmark.note).toMatch(/read as in Canada/);
    expect(panel('London', 'https://uk.indeed.com/viewjob?jk=3').benchmark.note).toMatch(
      /read as in the United Kingdom/,
    );
    expect(panel('London', 'https://uk.indeed.com/viewjob?jk=3').comparison.position).toBe('not-comparable');
    expect(panel('Copenhagen', 'https://www.linkedin.com/jobs/view/1').benchmark.fallbackReason).toBe(
      'the place may be outside the US',
    );
  });

  it('leaves a location the tables place, or one with a US state, as written', () => {
    expect(panel('Seattle', CANADA).benchmark.place).toBe('Seattle, WA');
    expect(panel('Remote - TX', CANADA).benchmark.fallbackReason).toBe('remote');
    // A location naming the US is a US job wherever it is listed (the location reader leaves the other country aside).
    for (const location of ['United States', 'US Remote', 'Anywhere in the US', 'Remote (US or Canada)'])
      expect(panel(location, CANADA).benchmark.fallbackReason, location).not.toBe(OUTSIDE_US);
    // A US place the tables lack is still a US place ("not a US place in the bundled tables").
    expect(panel('Murray Hill, NJ', CANADA).benchmark.fallbackReason).toBe('no local data');
    // The US site, and a card judged with no address, read "Remote" as a US remote job.
    expect(panel('Remote', 'https://www.indeed.com/viewjob?jk=1').benchmark.fallbackReason).toBe('remote');
    expect(card('Remote')).toMatchObject({pay: {currency: 'USD'}});
    expect(card('Remote').benchmarkPosition).not.toBeNull();
  });

  it("needs the county tables' reading: the article's figures alone place no city", () => {
    const alone = analyze({
      title: 'Technical Program Manager',
      company: 'Acme',
      location: 'Seattle',
      salaryText: '',
      description: 'Plan projects.',
      url: CANADA,
    });
    expect(alone.salary.benchmark?.fallbackReason).not.toBe(OUTSIDE_US);
  });
});
