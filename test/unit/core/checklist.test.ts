import {describe, expect, it} from 'vitest';
import {CHECKLIST, checklistItem} from '../../../src/core/checklist';
import {CHECKLIST_IDS, type ChecklistId} from '../../../src/core/ids';
import {ChecklistSchema} from '../../../src/core/schema';

describe('checklist data', () => {
  it('validates against ChecklistSchema and holds every spec id once, in spec order', () => {
    expect(ChecklistSchema.safeParse(CHECKLIST).success).toBe(true);
    expect(CHECKLIST.map((item) => item.id)).toEqual([...CHECKLIST_IDS]);
  });

  it('gives every id at least one pattern, and every pattern and veto compiles', () => {
    for (const item of CHECKLIST) {
      expect(item.patterns.length, item.id).toBeGreaterThan(0);
      for (const source of [...item.patterns, ...(item.unless ?? [])]) {
        expect(() => new RegExp(source, 'i'), `${item.id}: ${source}`).not.toThrow();
      }
    }
  });

  it('has distinct labels that fit the panel', () => {
    const labels = CHECKLIST.map((item) => item.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(40);
  });

  it('marks the article responsibilities as responsibilities', () => {
    expect(checklistItem('delivery').kind).toBe('responsibility');
    expect(checklistItem('mentoring').kind).toBe('qualification');
  });

  it('refuses an unknown id', () => {
    expect(() => checklistItem('nonsense' as ChecklistId)).toThrow(/Unknown checklist id/);
  });

  // Not a speed budget (`npm run bench:core` prints those): catastrophic backtracking takes seconds to
  // hours on these strings, so a generous bound tells it apart even on a busy machine.
  it('has no pattern that backtracks badly on long run-on text', () => {
    const nasty = [
      'lead '.repeat(4000),
      'a '.repeat(20000),
      `deliver the ${'project, '.repeat(3000)}`,
      `${'present '.repeat(2000)}${'x'.repeat(5000)}`,
      'status'.repeat(5000),
    ];
    for (const item of CHECKLIST) {
      for (const source of [...item.patterns, ...(item.unless ?? [])]) {
        const pattern = new RegExp(source, 'i');
        const started = performance.now();
        for (const text of nasty) pattern.test(text);
        expect(performance.now() - started, `${item.id}: ${source.slice(0, 60)}`).toBeLessThan(2_000);
      }
    }
  });
});
