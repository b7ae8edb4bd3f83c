import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {articleDataset, comparePay, OUTSIDE_US} from '../../../src/core/benchmarks';
import {loadSalaryDatasetSync} from '../../../src/core/salary/load-node';
import {placeAgainstLevels} from '../../../src/core/salary/levels';
import {AnalysisSchema} from '../../../src/core/schema';
import {haveShared, POSTINGS} from '../../support/salary';
import type {PostedPay} from '../../../src/core/types';

const dataset = loadSalaryDatasetSync();
const pay = (annualMin: number, annualMax: number, currency = 'USD'): PostedPay => ({
  min: annualMin,
  max: annualMax,
  period: 'year',
  currency,
  annualMin,
  annualMax,
  text: `${annualMin}-${annualMax}`,
});

describe('placing pay against levels I-IV', () => {
  const levels: [number, number, number, number] = [100_000, 130_000, 160_000, 190_000];
  it.each([
    [90_000, 'below-level-1', null],
    [100_000, 'level-1-2', 17],
    [145_000, 'level-2-3', 42],
    [160_000, 'level-2-3', 50],
    [190_000, 'level-3-4', 67],
    [200_000, 'above-level-4', null],
  ] as const)('%d is %s, percentile %s', (annual, band, percentile) => {
    const placement = placeAgainstLevels(annual, levels);
    expect(placement.band).toBe(band);
    expect(placement.percentile).toBe(percentile);
  });
});

describe('comparePay with the county dataset', () => {
  const benchmark = dataset.benchmarkFor('Mountain View, CA');
  const [figure] = benchmark.figures;

  it('compares against the TPM occupation first (15-1299) in the resolved wage area', () => {
    expect(figure?.kind).toBe('levels');
    expect(figure?.soc).toBe('15-1299');
    expect(benchmark.resolution?.countyFips).toBe('06085');
    expect(benchmark.figures.some((entry) => entry.date === '2021-09-27')).toBe(true);
  });

  it('says below level I, between levels, above level IV, with hourly and annual figures', () => {
    const [level1, , level3, level4] = figure!.levels!;
    expect(comparePay(pay(level1 - 20_000, level1 - 10_000), benchmark)).toMatchObject({
      position: 'below',
      band: 'below-level-1',
      percentile: null,
    });
    const middle = comparePay(pay(level3 - 1000, level3 + 1000), benchmark)!;
    expect(middle).toMatchObject({position: 'within', percentile: 50});
    expect(middle.summary).toMatch(/\/hour/);
    expect(middle.summary).toMatch(/a year/);
    expect(comparePay(pay(level4 + 10_000, level4 + 20_000), benchmark)).toMatchObject({
      position: 'above',
      band: 'above-level-4',
    });
  });

  it('does not compare pay in another currency, and says why', () => {
    const comparison = comparePay(pay(100_000, 120_000, 'EUR'), benchmark)!;
    expect(comparison.position).toBe('not-comparable');
    expect(comparison.summary).toMatch(/EUR/);
  });

  it('falls back to the dated national figure for remote postings, labelled', () => {
    const remote = dataset.benchmarkFor('Remote');
    expect(remote).toMatchObject({scope: 'national', fallbackReason: 'remote'});
    expect(remote.figures[0]?.date).toBe('2021-09-27');
    expect(dataset.benchmarkFor('Springfield')).toMatchObject({
      scope: 'national',
      fallbackReason: 'ambiguous location',
    });
    expect(dataset.benchmarkFor('Springfield').candidates?.length).toBeGreaterThan(1);
  });

  it('does not compare US dollars paid outside the US with US figures, and says why', () => {
    for (const benchmark of [dataset.benchmarkFor('Toronto, ON'), articleDataset.benchmarkFor('Berlin, Germany')]) {
      // The national figure stays in view for reference, labelled; the pay is not placed against it.
      expect(benchmark).toMatchObject({scope: 'national', fallbackReason: OUTSIDE_US});
      const comparison = comparePay(pay(150_000, 190_000), benchmark)!;
      expect(comparison.position).toBe('not-comparable');
      expect(comparison.summary).toMatch(/outside the US/);
    }
    // Canada, KY is a US place: compared as any other.
    expect(comparePay(pay(150_000, 190_000), dataset.benchmarkFor('Canada, KY'))?.position).not.toBe('not-comparable');
  });

  it('gives the panel the local dollar and no comparison for a Canadian job, and says why', () => {
    const posting = (location: string) =>
      analyze(
        {
          title: 'Technical Program Manager',
          company: 'Example',
          location,
          salaryText: '$75,000\u2013$90,000 a year',
          description: 'Lead cloud migration programs.',
        },
        {dataset},
      );
    const canadian = posting('Greater Toronto Area, ON');
    expect(canadian.salary.posted).toMatchObject({currency: 'CAD', annualMin: 75_000, annualMax: 90_000});
    expect(canadian.salary.comparison?.position).toBe('not-comparable');
    const bare = posting('Toronto');
    expect(bare.salary.posted?.currency).toBe('USD');
    expect(bare.salary.comparison?.summary).toMatch(/may be outside the US/);
  });

  it('does not give a job outside the US the range a description gives US roles, and says why', () => {
    // Before: the saved Autodesk page (a job in Montreal) showed "Posted pay: USD 148,200-239,800", its US range.
    const read = (location: string, description: string) =>
      analyze(
        {title: 'Technical Program Manager', company: 'Example', location, salaryText: '', description},
        {dataset},
      ).salary;
    const usRange = 'For U.S.-based roles, we expect a starting base salary between $148,200 and $239,800.';
    const montreal = read('AMER - Canada - Quebec - Montreal - 10 Rue Duke, Canada', usRange);
    expect(montreal.posted).toBeNull();
    expect(montreal.unread).toEqual({
      text: '$148,200 and $239,800',
      reason: 'the range is for US-based roles, and the job is outside the US',
    });
    // In the US it is the job's pay; a range given to the job's own country after the US one is read.
    expect(read('Austin, TX', usRange).posted).toMatchObject({annualMin: 148_200, annualMax: 239_800});
    expect(
      read(
        'Toronto, ON',
        'The base pay range for this role in the US is $150,000 - $190,000; in Canada, CA$130,000 - CA$160,000.',
      ).posted,
    ).toMatchObject({currency: 'CAD', annualMin: 130_000, annualMax: 160_000});
    expect(read('Toronto, ON', 'The salary range for this role is $120,000 - $150,000.').posted).toMatchObject({
      annualMin: 120_000,
    });
  });

  it('gives analyze() an analysis that still matches the schema', () => {
    const analysis = analyze(
      {
        title: 'Technical Program Manager',
        company: 'Example',
        location: 'Austin, Texas, United States',
        salaryText: '$100,000 - $120,000 a year',
        description: 'Lead programs with engineering teams.',
      },
      {dataset},
    );
    const parsed = AnalysisSchema.safeParse(analysis);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    expect(analysis.salary.benchmark?.resolution?.county).toBe('Travis County');
    expect(analysis.salary.comparison).toMatchObject({band: 'level-2-3', position: 'within'});
    expect(analysis.salary.comparison?.percentile).toBeGreaterThan(34);
  });
});

describe.skipIf(!haveShared)('real postings with the county dataset', () => {
  it('every analysis validates, and every USD comparison against levels names a band', {timeout: 30_000}, () => {
    const postings = readFileSync(POSTINGS, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, string | null>);
    let compared = 0;
    for (const row of postings) {
      const analysis = analyze(
        {
          title: row.title ?? '',
          company: row.company ?? '',
          location: row.location ?? '',
          salaryText: row.salary_text ?? '',
          description: row.description ?? '',
        },
        {dataset},
      );
      const parsed = AnalysisSchema.safeParse(analysis);
      expect(
        parsed.success,
        `${row.id}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 2))}`,
      ).toBe(true);
      const {comparison, benchmark} = analysis.salary;
      if (comparison && benchmark?.figures[0]?.kind === 'levels' && comparison.position !== 'not-comparable') {
        expect(comparison.band).toBeDefined();
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});
