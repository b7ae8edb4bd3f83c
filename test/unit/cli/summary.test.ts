import {describe, expect, it} from 'vitest';
import {parse} from 'csv-parse/sync';
import {csvField, SUMMARY_HEADER, summaryHeader, summaryRow} from '../../../src/cli/summary';
import {analyze} from '../../../src/core/analyze';
import {screeningParts} from '../../../src/core/screening-line';
import {loadSalaryDatasetSync} from '../../../src/core/salary/load-node';
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
  const dataset = loadSalaryDatasetSync();
  const analyses = realPostings().map((posting) => analyze(posting, {dataset}));
  const rows = parse([summaryHeader(), ...analyses.map(summaryRow)].join('\n'), {columns: true}) as Array<
    Record<(typeof SUMMARY_HEADER)[number], string>
  >;
  const text = (value: string | number | null | undefined) =>
    value === null || value === undefined ? '' : String(value);

  it('parse back as the columns of the analysis, the first six where they always were', () => {
    expect(SUMMARY_HEADER.slice(0, 6)).toEqual(['id', 'title', 'isTPM', 'completeness', 'missing', 'payRangePresent']);
    expect(rows).toHaveLength(analyses.length);
    analyses.forEach((analysis, index) => {
      const {posted, comparison} = analysis.salary;
      expect(rows[index]).toMatchObject({
        id: analysis.id,
        title: analysis.posting.title,
        isTPM: String(analysis.detection.isTechnicalProjectManager),
        completeness: String(analysis.completeness.score),
        missing: analysis.completeness.missing.join('; '),
        payRangePresent: String(posted !== null),
        company: analysis.posting.company,
        location: analysis.posting.location,
        pay_min_annual: text(posted?.annualMin),
        pay_max_annual: text(posted?.annualMax),
        pay_currency: text(posted?.currency),
        pay_position: text(comparison?.position),
        years_required: text(analysis.requirements.minYearsExperience),
        degree: text(analysis.requirements.degree),
        certifications: analysis.requirements.certifications.join('; '),
        work_mode: text(analysis.requirements.workMode),
        sponsorship: text(analysis.requirements.sponsorship),
        fit: '',
        // The panel's line without the parts that have columns of their own.
        screening: screeningParts(analysis)
          .filter((part) => part.id !== 'years' && part.id !== 'degree')
          .map((part) => part.text)
          .join(' \u00b7 '),
      });
      // The figure a posted range was compared with is the one the row names.
      if (comparison?.reference)
        expect(rows[index]).toMatchObject({
          benchmark: comparison.reference.label,
          benchmark_low: String(comparison.reference.low),
          benchmark_high: String(comparison.reference.high),
          benchmark_source: comparison.reference.source,
          benchmark_date: comparison.reference.date,
        });
    });
    expect(analyses.some((analysis) => analysis.posting.title.includes(','))).toBe(true);
  });

  it("prices a row without posted pay by its place's figure, and leaves a job abroad unpriced", () => {
    const unpaid = rows.filter((_, index) => analyses[index]!.salary.posted === null);
    expect(unpaid.length).toBeGreaterThan(0);
    const priced = unpaid.filter((row) => row.benchmark !== '');
    // Every US place the data resolves has a figure; the rows left blank are those outside the US.
    expect(priced.length).toBeGreaterThan(unpaid.length / 2);
    for (const row of priced) {
      expect(Number(row.benchmark_low)).toBeGreaterThan(0);
      expect(Number(row.benchmark_high)).toBeGreaterThanOrEqual(Number(row.benchmark_low));
      expect(row.benchmark_source).not.toBe('');
    }
    unpaid.forEach((row) => {
      const analysis = analyses.find((candidate) => candidate.id === row.id)!;
      const abroad = /outside the US/.test(analysis.salary.benchmark?.fallbackReason ?? '');
      expect(row.benchmark === '', row.id).toBe(abroad || !analysis.salary.benchmark?.figures.length);
    });
  });
});
