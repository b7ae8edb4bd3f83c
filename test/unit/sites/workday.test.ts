// Workday writes a job's place in its address (/job/<place>/<title>_<requisition>): read when the page's
// markup gives none (a redesign, or the server's response before the page renders).
import {describe, expect, it} from 'vitest';
import {parseHtmlDocument} from '../../../src/cli/html-document';
import {loadSalaryDatasetSync} from '../../../src/core/salary/load-node';
import {readPosting} from '../../../src/sites/read';
import {workday} from '../../../src/sites/workday';

const data = loadSalaryDatasetSync();
const placeOf = (address: string, head = '') =>
  workday.readExtra?.(parseHtmlDocument(`<html><head>${head}</head><body></body></html>`, address), new URL(address))
    ?.location ?? null;
const job = (place: string) =>
  `https://acme.wd5.myworkdayjobs.com/en-US/External/job/${place}/Technical-Program-Manager_JR123`;

describe("a Workday job's place in its address", () => {
  // SYNTHETIC addresses in the forms Workday tenants use; the saved page's own is Montreal-QC-CAN (og:url).
  it.each([
    ['US-CA-Santa-Clara', 'US, CA, Santa Clara', 'Santa Clara, CA'],
    ['Montreal-QC-CAN', 'Montreal, QC, CAN', null],
    ['California---San-Francisco', 'California - San Francisco', 'San Francisco, CA'],
    ['Seattle-WA', 'Seattle, WA', 'Seattle, WA'],
    ['Austin-Texas', 'Austin Texas', 'Austin, TX'],
  ])('%s reads as "%s", placed at %s', (slug, location, place) => {
    expect(placeOf(job(slug))).toBe(location);
    const benchmark = data.benchmarkFor(location);
    expect(benchmark.resolution ? benchmark.place : null).toBe(place);
  });

  it('takes the canonical address first, and reads none where the address has no place', () => {
    const bare = 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Senior-Industry-Strategy-Manager_24WD81528';
    expect(placeOf(bare)).toBeNull();
    const og = `<meta property="og:url" content="${job('Montreal-QC-CAN')}">`;
    expect(placeOf(bare, og)).toBe('Montreal, QC, CAN');
    expect(data.benchmarkFor('Montreal, QC, CAN').note).toMatch(/^Canada is outside the US/);
    expect(placeOf(job('%E0%A4%A'))).toBeNull();
  });
});

describe("a rendered Workday job page's employer", () => {
  // SYNTHETIC markup in the form of NVIDIA's rendered page (2026-07; its repository has no license, so it is not
  // bundled): no og:site_name, the tenant's header names the employer. Read no company before.
  const page = (header: string) =>
    parseHtmlDocument(
      `<html><head><title>Technical Program Manager</title></head><body>
        <div data-automation-id="headerTitle"><h1>${header}</h1></div>
        <div data-automation-id="jobPostingPage"><div data-automation-id="job-posting-details">
        <h2 data-automation-id="jobPostingHeader">Technical Program Manager</h2>
        <div data-automation-id="locations"><dl><dt>locations</dt><dd>US, CA, Santa Clara</dd></dl></div>
        <div data-automation-id="jobPostingDescription"><p>We are looking for a technical program manager to lead
        the planning and delivery of our cloud infrastructure programs with engineering teams across the company.
        You will own the schedule, track risks and dependencies, and report progress to the leadership team.</p>
        <p>You have 5 years of experience managing software programs and a degree in computer science.</p></div>
        </div></div></body></html>`,
      'https://acme.wd5.myworkdayjobs.com/en-US/External/job/US-CA-Santa-Clara/Technical-Program-Manager_JR123',
    );
  const url = new URL(
    'https://acme.wd5.myworkdayjobs.com/en-US/External/job/US-CA-Santa-Clara/Technical-Program-Manager_JR123',
  );

  it('takes the employer from "Careers at ..." or "... Careers" in the header, and nothing from another header', () => {
    expect(readPosting(page('CAREERS AT NVIDIA'), url)?.posting.company).toBe('NVIDIA');
    expect(readPosting(page('Acme Robotics Careers'), url)?.posting.company).toBe('Acme Robotics');
    expect(readPosting(page('Join our team'), url)?.posting.company).toBe('');
    expect(readPosting(page('CAREERS AT NVIDIA'), url)?.posting.location).toBe('US, CA, Santa Clara');
  });
});

describe("a rendered Workday job page's remote type and time type", () => {
  // SYNTHETIC markup in the form public scrapers of Workday's job pages quote: each fact a <dl> of its own.
  const fact = (id: string, label: string, value: string) =>
    `<div data-automation-id="${id}"><dl><dt>${label}</dt><dd>${value}</dd></dl></div>`;
  const address =
    'https://acme.wd5.myworkdayjobs.com/en-US/External/job/US-CA-Santa-Clara/Technical-Program-Manager_JR123';
  const page = (facts: string) =>
    parseHtmlDocument(
      `<html><head><title>Technical Program Manager</title></head><body>
        <div data-automation-id="jobPostingPage"><div data-automation-id="job-posting-details">
        <h2 data-automation-id="jobPostingHeader">Technical Program Manager</h2>
        ${fact('locations', 'locations', 'US, CA, Santa Clara')}${facts}
        <div data-automation-id="jobPostingDescription"><p>We are looking for a technical program manager to lead
        the planning and delivery of our cloud infrastructure programs with engineering teams across the company.
        You will own the schedule, track risks and dependencies, and report progress to the leadership team.</p></div>
        </div></div></body></html>`,
      address,
    );

  it('the remote type joins the location, the time type is the employment type', () => {
    const read = readPosting(
      page(fact('remoteType', 'remote type', 'Hybrid') + fact('time', 'time type', 'Full time')),
      new URL(address),
    );
    expect(read?.posting.location).toBe('US, CA, Santa Clara (Hybrid)');
    expect(read?.posting.employmentType).toBe('Full time');
  });

  it('"Fully Remote" is remote; "Flexible" names no mode; without the facts nothing is added', () => {
    expect(
      readPosting(page(fact('remoteType', 'remote type', 'Fully Remote')), new URL(address))?.posting.location,
    ).toBe('US, CA, Santa Clara (Remote)');
    expect(readPosting(page(fact('remoteType', 'remote type', 'Flexible')), new URL(address))?.posting.location).toBe(
      'US, CA, Santa Clara',
    );
    const bare = readPosting(page(''), new URL(address));
    expect(bare?.posting.location).toBe('US, CA, Santa Clara');
    expect(bare?.posting.employmentType).toBeUndefined();
  });
});
