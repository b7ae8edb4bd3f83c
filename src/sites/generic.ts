import type {FieldSelectors} from './types';

/** Last resort on any page: common markup for a posting's parts. */
export const GENERIC_FIELDS: FieldSelectors = {
  title: ['[itemprop="title"]', 'h1'],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]', '[itemprop="hiringOrganization"]'],
  location: ['[itemprop="jobLocation"]', '[class*="location" i]'],
  salary: ['[itemprop="baseSalary"]', '[class*="salary" i]', '[class*="compensation" i]'],
  description: [
    '[itemprop="description"]',
    '#jobDescriptionText',
    '[class*="job-description" i]',
    '[class*="jobDescription" i]',
    '[id*="job-description" i]',
    'article',
    'main',
  ],
};
