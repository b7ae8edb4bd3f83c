import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {CHECKLIST} from '../../../src/core/checklist';
import {AnalysisSchema, ChecklistSchema} from '../../../src/core/schema';

describe('checklist data', () => {
  it('holds every spec id once and validates', () => {
    expect(() => ChecklistSchema.parse(CHECKLIST)).not.toThrow();
  });
});

describe('analyze', () => {
  it('returns an analysis that matches the exported schema', () => {
    const analysis = analyze({
      title: 'Technical Program Manager',
      company: 'Example',
      location: 'San Francisco, CA',
      salaryText: '$150,000 - $180,000 a year',
      description: 'Lead cross-functional programs with engineering teams.\nCommunicate status to stakeholders.',
    });
    expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
    expect(analysis.fit).toBeNull();
  });
});
