// A site's own workplace field (SiteAdapter.workplace) joins the location, JSON-LD or not. No real Lever or Ashby
// job page could be saved: the pages below are SYNTHETIC, their markup as public scrapers of the sites quote it.
import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {withWorkplace, workplaceName} from '../../../src/sites/workplace';
import {jsonLdScript, read, syntheticPage} from '../../support/pages';

const TEXT =
  'Synthetic test text: you will plan and run cross-team programs with engineering, own the schedule, track ' +
  'risks and dependencies across teams, and report status to leadership every week. You have five years of ' +
  'experience running technical programs.';

const jobPosting = (location: Record<string, string>) =>
  jsonLdScript({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Technical Program Manager',
    hiringOrganization: {'@type': 'Organization', name: 'Example Co'},
    jobLocation: {'@type': 'Place', address: location},
    description: `<p>${TEXT}</p>`,
  });

const LEVER_URL = 'https://jobs.lever.co/example/0f5e1f2a-3b4c-4d5e-8f90-123456789abc';
const leverPage = (workplace: string, head = '') =>
  syntheticPage(
    `<html><head><title>Example Co - Technical Program Manager</title>${head}</head><body><div class="posting-page">` +
      '<div class="posting-headline"><h2>Technical Program Manager</h2><div class="posting-categories">' +
      '<div class="sort-by-time posting-category medium-category-label width-full capitalize-labels location">College Park, MD</div>' +
      '<div class="sort-by-team posting-category medium-category-label capitalize-labels department">Engineering – Infrastructure /</div>' +
      '<div class="sort-by-commitment posting-category medium-category-label capitalize-labels commitment">Full-time /</div>' +
      (workplace
        ? `<div class="sort-by-time posting-category medium-category-label capitalize-labels workplaceTypes">${workplace}</div>`
        : '') +
      `</div></div><div class="section-wrapper page-full-width"><div class="section page-centered" data-qa="job-description"><div>${TEXT}</div></div></div>` +
      '</div></body></html>',
    LEVER_URL,
  );

const ASHBY_URL = 'https://jobs.ashbyhq.com/example/0f5e1f2a-3b4c-4d5e-8f90-123456789abc';
const section = (label: string, value: string) => `<div class="_section_x1"><h2>${label}</h2><p>${value}</p></div>`;
const ashbyPage = (head: string) =>
  syntheticPage(
    `<html><head>${head}</head><body><h1 class="ashby-job-posting-heading">Technical Program Manager</h1>` +
      '<div class="ashby-job-posting-left-pane">' +
      section('Location', 'San Francisco, CA') +
      section('Employment Type', 'Full time') +
      section('Location Type', 'Hybrid') +
      section('Department', 'Engineering') +
      `</div><div class="ashby-job-posting-right-pane"><div role="tabpanel"><p>${TEXT}</p></div></div></body></html>`,
    ASHBY_URL,
  );

describe('workplace names and the location they join', () => {
  it('reads the sites’ words for the three modes, and nothing else', () => {
    expect(
      ['Remote', 'Fully Remote', 'hybrid', 'OnSite', 'On-site /', 'In-office', 'In-person'].map(workplaceName),
    ).toEqual(['Remote', 'Remote', 'Hybrid', 'On-site', 'On-site', 'On-site', 'On-site']);
    expect(['', 'Flexible', 'Remote friendly', 'Full-time'].map(workplaceName)).toEqual([null, null, null, null]);
  });

  it('adds the mode after the place unless the place states it', () => {
    expect(withWorkplace('Austin, TX', 'Hybrid')).toBe('Austin, TX (Hybrid)');
    expect(withWorkplace('Remote - US', 'Remote')).toBe('Remote - US');
    expect(withWorkplace('Austin, TX (onsite)', 'On-site')).toBe('Austin, TX (onsite)');
    expect(withWorkplace('', 'Remote')).toBe('Remote');
    // A place that names another mode keeps it, and the site's own field follows.
    expect(withWorkplace('Remote, US', 'Hybrid')).toBe('Remote, US (Hybrid)');
  });
});

describe('Lever: SYNTHETIC job page, the workplace category under the title', () => {
  it('joins the location read by the selectors', () => {
    const result = read(leverPage('Hybrid'), LEVER_URL);
    expect(result?.source).toBe('selectors');
    expect(result?.posting.location).toBe('College Park, MD (Hybrid)');
    expect(analyze(result!.posting).requirements.workMode).toBe('hybrid');
  });

  it("joins the JSON-LD's location, which has no word for on-site work", () => {
    const result = read(leverPage('On-site', jobPosting({addressLocality: 'Dubai'})), LEVER_URL);
    expect(result?.source).toBe('json-ld');
    expect(result?.posting.location).toBe('Dubai (On-site)');
    expect(analyze(result!.posting).requirements.workMode).toBe('onsite');
  });

  it('leaves the location as it is without the category, or with a word that is no mode', () => {
    expect(read(leverPage(''), LEVER_URL)?.posting.location).toBe('College Park, MD');
    expect(read(leverPage('Flexible'), LEVER_URL)?.posting.location).toBe('College Park, MD');
  });
});

describe('Ashby: SYNTHETIC rendered job page, the left pane’s "Location Type"', () => {
  it('joins the JSON-LD location', () => {
    const result = read(
      ashbyPage(jobPosting({addressLocality: 'San Francisco', addressRegion: 'CA', addressCountry: 'US'})),
      ASHBY_URL,
    );
    expect(result?.source).toBe('json-ld');
    expect(result?.posting.location).toBe('San Francisco, CA, US (Hybrid)');
    expect(analyze(result!.posting).requirements.workMode).toBe('hybrid');
  });

  it('reads the job tab and the place by the selectors where there is no JSON-LD', () => {
    const result = read(ashbyPage(''), ASHBY_URL);
    expect(result?.source).toBe('selectors');
    expect(result?.posting.description).toMatch(/^Synthetic test text/);
    expect(result?.posting.location).toBe('San Francisco, CA (Hybrid)');
  });
});

const SR_URL = 'https://jobs.smartrecruiters.com/ExampleCo/743999912345678-technical-program-manager';
const srSection = (id: string, title: string, itemprop: string, text: string) =>
  `<section id="${id}" class="job-section"><h2 class="title">${title}</h2><div itemprop="${itemprop}" class="wysiwyg"><p>${text}</p></div></section>`;
const smartRecruitersPage = (workplace: string) =>
  syntheticPage(
    '<html><body><main class="jobad-main job"><h1 class="job-title" itemprop="title">Technical Program Manager</h1>' +
      '<span itemprop="hiringOrganization" content="Example Co"></span>' +
      `<spl-job-location formattedaddress="Austin, TX, United States" workplacetype="${workplace}"></spl-job-location>` +
      '<span itemprop="employmentType">Full-time</span><div class="job-sections">' +
      srSection(
        'st-companyDescription',
        'Company Description',
        'description',
        'Example Co builds synthetic test software for synthetic test customers in many industries around the world, with offices in several cities.',
      ) +
      srSection('st-jobDescription', 'Job Description', 'responsibilities', TEXT) +
      srSection('st-qualifications', 'Qualifications', 'qualifications', 'PMP certification preferred.') +
      '</div></main></body></html>',
    SR_URL,
  );

describe('SmartRecruiters: SYNTHETIC job page in the markup public scrapers quote', () => {
  it("reads every section, the organisation's name, the type and the workplace type of the location element", () => {
    const result = read(smartRecruitersPage('hybrid'), SR_URL);
    expect(result?.source).toBe('selectors');
    expect(result?.posting).toMatchObject({
      title: 'Technical Program Manager',
      company: 'Example Co',
      location: 'Austin, TX, United States (Hybrid)',
      employmentType: 'Full-time',
    });
    // The company's description is one section; the job's own text and qualifications are read with it.
    expect(result?.posting.description).toContain('Synthetic test text: you will plan');
    expect(result?.posting.description).toContain('PMP certification preferred.');
    expect(analyze(result!.posting).requirements.workMode).toBe('hybrid');
  });

  it('an on-site or remote workplace type reads as such', () => {
    expect(read(smartRecruitersPage('onsite'), SR_URL)?.posting.location).toBe('Austin, TX, United States (On-site)');
    expect(read(smartRecruitersPage('remote'), SR_URL)?.posting.location).toBe('Austin, TX, United States (Remote)');
  });
});
