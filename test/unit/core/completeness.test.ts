import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {CHECKLIST} from '../../../src/core/checklist';
import {LISTING_FACTS, scoreCompleteness} from '../../../src/core/completeness';
import {analyzeDraft} from '../../../src/core/draft';
import {CHECKLIST_IDS, REQUIREMENT_IDS, type ChecklistId} from '../../../src/core/ids';
import {extractRequirements} from '../../../src/core/requirements';
import {headingIsPreferred} from '../../../src/core/years';
import {SUGGESTIONS} from '../../../src/core/suggestions';
import {splitSentences} from '../../../src/core/text';
import type {ChecklistMatch, PostedPay} from '../../../src/core/types';
import {haveRealPostings, realPostings} from '../../support/dev-postings';

const checklistWith = (present: readonly ChecklistId[]): ChecklistMatch[] =>
  CHECKLIST.map((item) => ({
    id: item.id,
    kind: item.kind,
    label: item.label,
    present: present.includes(item.id),
    evidence: [],
  }));
const pay: PostedPay = {min: 1, max: 2, period: 'year', currency: 'USD', annualMin: 1, annualMax: 2, text: '$1-$2'};

describe('scoreCompleteness', () => {
  it('is 100 with everything stated and lists nothing missing', () => {
    expect(scoreCompleteness({checklist: checklistWith(CHECKLIST_IDS), posted: pay, location: 'Austin, TX'})).toEqual({
      score: 100,
      missing: [],
    });
  });

  it('is 0 with nothing stated and lists the heaviest missing first', () => {
    const result = scoreCompleteness({checklist: checklistWith([]), posted: null, location: ' '});
    expect(result.score).toBe(0);
    expect(result.missing).toHaveLength(CHECKLIST_IDS.length + Object.keys(LISTING_FACTS).length);
    const weight = (id: string) =>
      CHECKLIST.find((item) => item.id === id)?.weight ?? LISTING_FACTS[id as keyof typeof LISTING_FACTS];
    expect(result.missing.map(weight)).toEqual([...result.missing.map(weight)].sort((a, b) => b - a));
  });

  it('moves a legally expected pay range to the top of the missing list without changing the score', () => {
    const base = {checklist: checklistWith(['communication']), posted: null, location: ''};
    const plain = scoreCompleteness(base);
    const required = scoreCompleteness({...base, payRangeRequired: true});
    expect(required.score).toBe(plain.score);
    expect(required.missing[0]).toBe('pay-range');
    expect(plain.missing[0]).not.toBe('pay-range');
  });

  it('gives whole numbers from 0 to 100 and never drops when an item becomes present', () => {
    fc.assert(
      fc.property(
        fc.subarray([...CHECKLIST_IDS]),
        fc.constantFrom(...CHECKLIST_IDS),
        fc.boolean(),
        fc.boolean(),
        (present, added, hasPay, hasPlace) => {
          const input = {posted: hasPay ? pay : null, location: hasPlace ? 'Remote' : ''};
          const before = scoreCompleteness({...input, checklist: checklistWith(present)}).score;
          const after = scoreCompleteness({...input, checklist: checklistWith([...present, added])}).score;
          return Number.isInteger(before) && before >= 0 && before <= 100 && after >= before;
        },
      ),
    );
  });
});

const postings = realPostings();
const pool = postings.flatMap((posting) => splitSentences(posting.description)).filter((_, index) => index % 7 === 0);
const sentencePool = [
  ...pool,
  ...Object.values(SUGGESTIONS).map((suggestion) => suggestion.example),
  'Location: Denver, CO',
  'Remote',
];

// The requirement readers read a posting as a whole, so a later line can withdraw a requirement:
// "Preferred qualifications:" turns the years under it into preferred ones, and "...; OR an AA/AS
// degree" lowers the degree asked to none. Completeness follows them, so the property is: no other
// item is ever lost when a line is added, and the score never drops when the added line is a plain
// sentence that is no heading and names no degree or years.
const REQUIREMENT_ITEMS = new Set<string>(REQUIREMENT_IDS);
// A heading as the test sees it, or as the requirement readers see it ("What Will Put You Ahead" opens preferred items).
const isHeadingLike = (line: string) =>
  line.includes(':') || line.split(' ').length <= 4 || headingIsPreferred(line) !== null;
const touchesRequirements = (line: string) => {
  const read = extractRequirements([line]);
  return read.evidence.degree.length > 0 || read.evidence.years.length > 0 || /\byears?\b/i.test(line);
};

describe.skipIf(!haveRealPostings)('draft completeness on real listings', () => {
  const drafts = postings.slice(0, 80).map((posting) => `${posting.title}\n${posting.description}`);
  const completeness = (text: string) => analyzeDraft({text}).analysis.completeness;
  const insert = (draft: string, line: string, at: number) => {
    const lines = draft.split('\n');
    const index = at % (lines.length + 1);
    return [...lines.slice(0, index), line, ...lines.slice(index)].join('\n');
  };

  it('loses no item other than a withdrawn requirement when any line is added anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...drafts), fc.constantFrom(...sentencePool), fc.nat(), (draft, line, at) => {
        const before = completeness(draft).missing;
        const after = completeness(insert(draft, line, at)).missing;
        return after.every((id) => before.includes(id) || REQUIREMENT_ITEMS.has(id));
      }),
      {numRuns: 300},
    );
  });

  it('never drops when a plain sentence is added anywhere', () => {
    const plain = sentencePool.filter((line) => !isHeadingLike(line) && !touchesRequirements(line));
    expect(plain.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(
        fc.constantFrom(...drafts),
        fc.constantFrom(...plain),
        fc.nat(),
        (draft, sentence, at) => completeness(insert(draft, sentence, at)).score >= completeness(draft).score,
      ),
      {numRuns: 300},
    );
  });
});
