// Issue 13 item 1: the core reads at most MAX_DESCRIPTION_CHARS of a description (and MAX_FIELD_CHARS of
// each one-line field), and says so: "Analysed the first 100,000 characters of the description".
import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {limitPosting, MAX_DESCRIPTION_CHARS, MAX_FIELD_CHARS, truncationNotice} from '../../../src/core/input-limits';
import {AnalysisSchema} from '../../../src/core/schema';
import {formatReport} from '../../../src/cli/report';

const base = {
  title: 'Technical Program Manager',
  company: 'Example',
  location: 'Austin, TX',
  salaryText: '$150,000 - $180,000 a year',
};
const description = 'Lead cross-functional programs with engineering teams. 5+ years of experience required.\n';

describe('the input cap', () => {
  it('a description over the cap is cut, and the analysis says so', () => {
    const long = description.repeat(Math.ceil((MAX_DESCRIPTION_CHARS * 5) / description.length));
    const analysis = analyze({...base, description: long});
    expect(analysis.truncated).toEqual([
      {field: 'description', analysedChars: MAX_DESCRIPTION_CHARS, totalChars: long.length},
    ]);
    expect(truncationNotice(analysis.truncated)).toBe(
      `Analysed the first 100,000 characters of the description (${long.length.toLocaleString('en-US')} in all).`,
    );
    expect(formatReport(analysis)).toContain('Note: Analysed the first 100,000 characters of the description');
    expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
    // What was read is still analysed.
    expect(analysis.requirements.minYearsExperience).toBe(5);
  });

  it('a one-line field over its cap is cut too, and the analysis carries the cut one', () => {
    const analysis = analyze({
      ...base,
      title: `Technical Program Manager ${'x'.repeat(MAX_FIELD_CHARS * 3)}`,
      description,
    });
    expect(analysis.posting.title).toHaveLength(MAX_FIELD_CHARS);
    expect(analysis.truncated?.map((cut) => cut.field)).toEqual(['title']);
    expect(truncationNotice(analysis.truncated)).toMatch(
      /^Analysed the first 1,000 characters of the title \(3,026 in all\)\.$/,
    );
  });

  it('a description the page reader already cut says how long it was on the page, and is not passed on', () => {
    // The content script sends only what the core reads (src/sites/read.ts) with the page's length.
    const cut = description
      .repeat(Math.ceil(MAX_DESCRIPTION_CHARS / description.length))
      .slice(0, MAX_DESCRIPTION_CHARS);
    const analysis = analyze({...base, description: cut, descriptionChars: 10_485_760});
    expect(analysis.truncated).toEqual([
      {field: 'description', analysedChars: MAX_DESCRIPTION_CHARS, totalChars: 10_485_760},
    ]);
    expect(truncationNotice(analysis.truncated)).toBe(
      'Analysed the first 100,000 characters of the description (10,485,760 in all).',
    );
    expect(analysis.posting).not.toHaveProperty('descriptionChars');
    expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
    // A length no longer than the text itself changes nothing.
    expect(limitPosting({...base, description, descriptionChars: 3}).truncated).toEqual([]);
  });

  it('a posting within the limits is not marked', () => {
    const analysis = analyze({...base, description});
    expect(analysis).not.toHaveProperty('truncated');
    expect(truncationNotice(analysis.truncated)).toBeNull();
    expect(formatReport(analysis)).not.toContain('Note:');
  });

  it('never cuts a character in half', () => {
    const emoji = '\u{1F600}';
    const {posting} = limitPosting({...base, description: `${'a'.repeat(MAX_DESCRIPTION_CHARS - 1)}${emoji}`});
    expect(posting.description).toHaveLength(MAX_DESCRIPTION_CHARS - 1);
  });
});
