import type {SiteAdapter} from './types';

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  hosts: ['.linkedin.com'],
  routes: [/^\/jobs\/view\//, /^\/jobs\/(?:search|collections)\/.*[?&]currentJobId=\d+/],
  fields: {
    title: [
      '.job-details-jobs-unified-top-card__job-title',
      '.top-card-layout__title',
      '.topcard__title',
      '.jobs-unified-top-card__job-title',
    ],
    company: [
      '.job-details-jobs-unified-top-card__company-name',
      '.topcard__org-name-link',
      '.jobs-unified-top-card__company-name',
    ],
    location: [
      '.job-details-jobs-unified-top-card__tertiary-description-container span:first-child',
      '.topcard__flavor--bullet:not(.num-applicants__caption):not(.num-applicants__figure)',
      '.jobs-unified-top-card__bullet',
    ],
    salary: ['.salary.compensation__salary', '.compensation__salary', '.job-details-jobs-unified-top-card__job-insight--highlight'],
    description: [
      '.jobs-description__content .jobs-box__html-content',
      '.jobs-description__content',
      '.show-more-less-html__markup',
      '.description__text',
    ],
  },
  clean: {
    location: (text) => text.split(/\s+·\s+/)[0] ?? text,
  },
  testUrls: [
    'https://www.linkedin.com/jobs/view/3915648739/ (guest, 2024: ../shared/data/html/linkedin/jobdog_linkedin_openai_3915648739.html)',
    'https://www.linkedin.com/jobs/search/?currentJobId=... (logged-in split pane: JoyKimaiyo_web-scraping-data-jobs-linkedin_page.html)',
  ],
};
