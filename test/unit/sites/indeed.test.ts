// Indeed's pane beside a search list, in its simpler header: the layout a 2025 saved search page shows
// (Dalton-K-Hughes; its repository has no license, so the page is not bundled).
import {describe, expect, it} from 'vitest';
import {parseHtmlDocument} from '../../../src/cli/html-document';
import {readPosting} from '../../../src/sites/read';

const URL_WITH_PANE = 'https://www.indeed.com/jobs?q=program+manager&l=Austin%2C+TX&vjk=0bb0c82f1ebd7121';

// SYNTHETIC markup in the form of that page's pane (class names are the page's emotion hashes).
const pane = (company: string) =>
  parseHtmlDocument(
    `<html><body><div id="jobsearch-ViewjobPaneWrapper"><div class="jobsearch-HeaderContainer css-1obbpc8">
      <div data-testid="simpler-simplified-header" class="css-1i8duct e37uo190"><div class="css-19k8qj9">
      <h2 data-testid="simpler-jobTitle" class="css-dpa6rd e1tiznh50">Technical Program Manager</h2>
      <div class="css-nj0gl"><span class="jobsearch-JobInfoHeader-companyNameSimple css-88a4u1">${company}</span>
      <div role="separator"><span><span>&nbsp;</span></span></div>
      <div data-testid="job-location" class="css-1nzim0b">201 Congress Ave, Austin, TX 78701</div></div></div></div>
      <div data-testid="jobsearch-OtherJobDetailsContainer"></div></div>
      <div id="jobDescriptionText"><p>We are looking for a technical program manager to plan and deliver our cloud
      migration programs with the engineering teams. You will own schedules, risks and status reporting.</p>
      <p>Pay: $120,000 - $150,000 per year</p></div></div></body></html>`,
    URL_WITH_PANE,
  );

describe("Indeed's pane with the simpler header", () => {
  it('reads the employer beside the title (no company before), and the place', () => {
    const read = readPosting(pane('Acme Cloud Services'), new URL(URL_WITH_PANE))?.posting;
    expect(read).toMatchObject({
      title: 'Technical Program Manager',
      company: 'Acme Cloud Services',
      location: '201 Congress Ave, Austin, TX 78701',
    });
  });
});
