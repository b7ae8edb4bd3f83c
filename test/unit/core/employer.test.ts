import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {employerName} from '../../../src/core/employer';

describe('employer name', () => {
  it.each([
    // A saved Indeed page's JSON-LD names the employer "Canonical - Jobs" (data/html/indeed/talynt_indeed_posting.html).
    ['Canonical - Jobs', 'Canonical'],
    // SYNTHETIC spellings of the same account part.
    ['Acme Corp | Careers', 'Acme Corp'],
    ['Globex – Career Site', 'Globex'],
    ['Initech: Hiring', 'Initech'],
    ['Hooli—Talent Acquisition', 'Hooli'],
    // A name with a dash or a careers word of its own stays (dev postings' "EmazingGroup - INTO THE AM ...").
    ['EmazingGroup - INTO THE AM & iHeartRaves', 'EmazingGroup - INTO THE AM & iHeartRaves'],
    ['Smart Jobs', 'Smart Jobs'],
    ['Careers', 'Careers'],
    ['Jobs for the Future', 'Jobs for the Future'],
    ['', ''],
  ])('%s -> %s', (name, want) => {
    expect(employerName(name)).toBe(want);
  });
});

describe('the analysis', () => {
  it("names the employer without the board account's part", () => {
    const analysis = analyze({
      title: 'Engineering Manager',
      company: 'Canonical - Jobs',
      location: 'Austin, TX',
      salaryText: '',
      description: 'Lead the team that ships Ubuntu releases.',
    });
    expect(analysis.posting.company).toBe('Canonical');
  });
});
