import {describe, expect, it} from 'vitest';
import {parse} from 'csv-parse/sync';
import {csvField, SUMMARY_HEADER, summaryHeader, summaryRow} from '../../../src/cli/summary';
import {analyze} from '../../../src/core/analyze';
import {haveRealPostings, realPostings} from '../../support/dev-postings';

describe('CSV fields', () => {
  it('quotes only what needs quoting', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Manager, IT')).toBe('"Manager, IT"');
    expect(csvField('the "best" job')).toBe('"the ""best"" job"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(false)).toBe('false');
  });
});

describe.skipIf(!haveRealPostings)('--summary rows on real postings', () => {
  it('parse back as six columns that match the analysis', () => {
    const analyses = realPostings().map((posting) => analyze(posting));
    const csv = [summaryHeader(), ...analyses.map(summaryRow)].join('\n');
    const rows = parse(csv, {columns: true}) as Array<Record<(typeof SUMMARY_HEADER)[number], string>>;
    expect(rows).toHaveLength(analyses.length);
    analyses.forEach((analysis, index) => {
      expect(rows[index]).toEqual({
        id: analysis.id,
        title: analysis.posting.title,
        isTPM: String(analysis.detection.isTechnicalProjectManager),
        completeness: String(analysis.completeness.score),
        missing: analysis.completeness.missing.join('; '),
        payRangePresent: String(analysis.salary.posted !== null),
      });
    });
    expect(analyses.some((analysis) => analysis.posting.title.includes(','))).toBe(true);
  });
});
