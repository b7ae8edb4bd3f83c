import {describe, expect, it} from 'vitest';
import {analyze, analyzeMany} from '../../../src/core/analyze';
import {forgetStrings} from '../../../src/core/memo';
import {loadSalaryDatasetSync} from '../../../src/core/salary/load-node';
import type {Posting} from '../../../src/core/types';
import {haveRealPostings, realPostings} from '../../support/dev-postings';
import {PROFILE} from '../../support/posting-records';

// SYNTHETIC edge cases beside the real postings: no text, a title alone, pay on the line, another country.
const EDGE_CASES: Posting[] = [
  {id: 'empty', title: '', company: '', location: '', salaryText: '', description: ''},
  {
    id: 'title',
    title: 'Technical Program Manager',
    company: 'X',
    location: 'Austin, TX',
    salaryText: '',
    description: 'Apply now.',
  },
  {
    id: 'paid',
    title: 'IT Project Manager',
    company: 'Y',
    location: 'Remote',
    salaryText: '$120,000 - $140,000 a year',
    description: 'Lead cloud migration projects.\nPMP required. 5+ years of experience.',
  },
  {
    id: 'abroad',
    title: 'Program Manager',
    company: 'Z',
    location: 'Toronto, ON',
    salaryText: 'CA$100,000',
    description: 'Hybrid, 3 days a week in office.',
  },
];

describe('analyzeMany', () => {
  it.skipIf(!haveRealPostings)('gives each posting the analysis analyze() gives it, in order', () => {
    const dataset = loadSalaryDatasetSync();
    const postings = [...realPostings().slice(0, 60), ...EDGE_CASES];
    for (const options of [{dataset}, {dataset, profile: PROFILE}, {}]) {
      forgetStrings();
      const alone = postings.map((posting) => analyze(posting, options));
      forgetStrings();
      const together = analyzeMany(postings, options);
      expect(together.map((analysis) => analysis.id)).toEqual(postings.map((posting) => posting.id));
      expect(together).toEqual(alone);
    }
  });

  it('gives nothing for no postings, and a posting twice in a batch the same analysis twice', () => {
    expect(analyzeMany([])).toEqual([]);
    const [first, second] = analyzeMany([EDGE_CASES[2]!, EDGE_CASES[2]!]);
    expect(second).toEqual(first);
    expect(first).toEqual(analyze(EDGE_CASES[2]!));
  });
});
