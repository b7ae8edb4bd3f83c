// The sentence kept for a checklist item must show the item (issue 12). Careers sites that print each
// section as one paragraph of list items without full stops (Meta's careers pages among them) used to give
// a whole section as the "sentence", so one paragraph stood as evidence for half the checklist.
import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import type {ChecklistId} from '../../../src/core/ids';
import type {Posting} from '../../../src/core/types';
import {haveRealPostings, realPostings} from '../../support/dev-postings';

const present = haveRealPostings;
const rows = realPostings();
const analysisOf = (posting: Posting) => analyze(posting);
const evidenceOf = (id: string, item: ChecklistId) =>
  analysisOf(rows.find((row) => row.id === id)!).checklist.find((entry) => entry.id === item)!.evidence;

describe.skipIf(!present)('evidence sentences on real postings (../shared/data/postings/dev.jsonl)', () => {
  it.each([
    // [posting, item, the one list item that shows it]
    [
      'metacareers_2025:d189cfe2fc',
      'mentoring',
      'This involves conducting performance reviews, providing continuous feedback and coaching, and creating growth opportunities for direct reports',
    ],
    [
      'metacareers_2025:d189cfe2fc',
      'executive-presentation',
      'Collaborate to develop end-to-end project plans, guide teams toward successful execution, and keep leadership and the broader organization aligned on progress and milestones',
    ],
    ['metacareers_2025:e29420a4fd', 'risk-management', 'Perform risk and change management on projects'],
    [
      'metacareers_2025:e29420a4fd',
      'delivery',
      'Develop and manage end-to-end project plans and ensure on-time delivery',
    ],
    [
      'metacareers_2025:3e3d1f31a0',
      'prioritization',
      'Adaptability: Flexibility to manage changing priorities and tight deadlines',
    ],
    [
      'metacareers_2025:3e3d1f31a0',
      'organization',
      'Attention to Detail: Meticulous management of all elements of release and change processes',
    ],
  ] as const)('%s %s: "%s"', (id, item, sentence) => {
    expect(evidenceOf(id, item)).toContain(sentence);
  });

  it('gives each item of a section glued into one paragraph its own sentence', () => {
    const meta = rows.filter((row) => row.id?.startsWith('metacareers_2025:'));
    expect(meta.length).toBeGreaterThan(10);
    const lengths = meta.flatMap((row) =>
      analysisOf(row).checklist.flatMap((item) => item.evidence.map((e) => e.length)),
    );
    lengths.sort((a, b) => a - b);
    // Whole sections ran to a median of about 750 characters and up to 2,000; one list item is a line or two.
    expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThan(200);
    expect(lengths.at(-1)).toBeLessThan(450);
  });
});

describe('a sentence the posting says twice', () => {
  // SYNTHETIC, in the form of scraped pages that hold their description twice (24 analyses of the dev and unseen
  // postings showed one sentence twice among an item's evidence, one of its three places gone).
  const twice = [
    'Remote',
    "Bachelor's degree in Computer Science or a related field.",
    'Manage vendors and contracts for the data center program.',
    'Work with vendors to negotiate hardware delivery dates.',
    'Remote',
    "Bachelor's degree in Computer Science or a related field.",
    'Manage vendors and contracts for the data center program.',
    'Own vendor relationships across three hardware suppliers.',
  ].join('\n');
  const analysis = analyze({
    title: 'Technical Program Manager',
    company: '',
    location: 'Remote',
    salaryText: '',
    description: twice,
  });
  const item = (id: ChecklistId) => analysis.checklist.find((entry) => entry.id === id)!.evidence;

  it('is shown once, and the next sentence that shows the item takes the place it held', () => {
    expect(item('vendor-management')).toEqual([
      'Manage vendors and contracts for the data center program.',
      'Work with vendors to negotiate hardware delivery dates.',
      'Own vendor relationships across three hardware suppliers.',
    ]);
    expect(item('degree')).toEqual(["Bachelor's degree in Computer Science or a related field."]);
    expect(analysis.screening.evidence.workMode).toEqual(['Remote']);
  });

  it.skipIf(!present)('is never shown twice for one item on the real postings', () => {
    for (const row of rows) {
      const {checklist, screening} = analysisOf(row);
      const lists = [...checklist.map((entry) => entry.evidence), ...Object.values(screening.evidence)];
      for (const list of lists) expect(new Set(list).size, row.id).toBe(list.length);
    }
  });
});
