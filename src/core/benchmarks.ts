import {ARTICLE_SALARIES, ARTICLE_SOURCE, type ArticleSalaryEntry} from './data/article-salaries';
import {HOURS_PER_YEAR, placeAgainstLevels} from './salary/levels';
import {readLocationText} from './salary/location-text';
import type {Benchmark, BenchmarkFigure, PayComparison, PostedPay} from './types';
import {usd} from './usd';

/**
 * Where benchmarks come from. The article's figures are always here; a later, larger dataset
 * (federal wage levels for every US county) implements the same interface.
 */
export interface SalaryDataset {
  benchmarkFor(location: string): Benchmark;
}

const OCCUPATION = 'Technical Project Manager';

/** A benchmark's fallbackReason for a remote job: national figures. */
export const REMOTE_JOB = 'remote';
/** A benchmark's fallbackReason when the place is another country: its figures are shown, pay is not compared. */
export const OUTSIDE_US = 'the job is outside the US';
/**
 * The same when the location is a city abroad named alone that US places also have the name of ("Toronto"):
 * likelier the city abroad, so pay is not compared with US figures either.
 */
export const MAYBE_OUTSIDE_US = 'the place may be outside the US';

/** The article's figure for a location (local when it names one, else national): the dated second source. */
export function articleFiguresFor(location: string): BenchmarkFigure[] {
  const national = ARTICLE_SALARIES[0]!;
  const local = location.trim() ? findArticleEntry(location) : undefined;
  return local ? [articleFigure(local), articleFigure(national)] : [articleFigure(national)];
}

function articleFigure(entry: ArticleSalaryEntry): BenchmarkFigure {
  const hasRange = entry.low !== undefined && entry.high !== undefined;
  return {
    kind: hasRange ? 'range' : 'average',
    occupation: OCCUPATION,
    low: entry.low ?? entry.average,
    high: entry.high ?? entry.average,
    average: entry.average,
    source: ARTICLE_SOURCE.name,
    date: ARTICLE_SOURCE.date,
    note: entry.note,
  };
}

const REMOTE = /\b(?:remote|anywhere|work from home|wfh)\b/i;

function findArticleEntry(location: string): ArticleSalaryEntry | undefined {
  const text = ` ${location.toLowerCase()} `;
  return ARTICLE_SALARIES.find((entry) =>
    entry.match.some((word) => text.includes(word) && !(word === ', ca' && !/, ca\b/.test(text))),
  );
}

export const articleDataset: SalaryDataset = {
  benchmarkFor(location) {
    const national = ARTICLE_SALARIES[0]!;
    const local = location.trim() ? findArticleEntry(location) : undefined;
    if (local)
      return {
        place: local.place,
        scope: local.scope,
        fallbackReason: null,
        figures: [articleFigure(local), articleFigure(national)],
      };
    const fallbackReason = !location.trim()
      ? 'no location'
      : readLocationText(location).country
        ? OUTSIDE_US
        : REMOTE.test(location)
          ? REMOTE_JOB
          : 'no local data';
    return {place: national.place, scope: 'national', fallbackReason, figures: [articleFigure(national)]};
  },
};

/** Posted pay within this fraction of an average counts as "at" it. */
const AVERAGE_BAND = 0.05;

/** How the panel and the exports name a benchmark's figure: its place and kind, the range, the source and date. */
function referenceFor(figure: BenchmarkFigure, place: string): NonNullable<PayComparison['reference']> {
  if (figure.kind === 'levels' && figure.levels)
    return {
      label: `${figure.area ?? place} wage levels I-IV, ${figure.soc ?? ''} ${figure.occupation}`.replace(/\s+/g, ' '),
      low: figure.levels[0],
      high: figure.levels[3],
      source: figure.source,
      date: figure.date,
    };
  return {
    label: `${place} ${figure.kind === 'average' ? 'average' : 'range'}`,
    low: figure.low,
    high: figure.high,
    source: figure.source,
    date: figure.date,
  };
}

/**
 * The figure a posting's pay is measured against, whether or not it posts pay (an export prices every row);
 * none for a job outside the US, whose place US figures do not describe.
 */
export function benchmarkReference(benchmark: Benchmark | null): PayComparison['reference'] {
  const figure = benchmark?.figures[0];
  if (!benchmark || !figure) return null;
  if (benchmark.fallbackReason === OUTSIDE_US || benchmark.fallbackReason === MAYBE_OUTSIDE_US) return null;
  return referenceFor(figure, benchmark.place);
}

/** The posted pay placed against the benchmark's first figure. */
export function comparePay(posted: PostedPay | null, benchmark: Benchmark | null): PayComparison | null {
  if (!posted || !benchmark) return null;
  const figure = benchmark.figures[0];
  if (!figure) return null;
  if (posted.currency !== 'USD') {
    return {
      position: 'not-comparable',
      deltaFraction: null,
      reference: null,
      percentile: null,
      summary: `Pay is in ${posted.currency}; the benchmarks are US dollars for US locations, so they are not compared.`,
    };
  }
  if (benchmark.fallbackReason === OUTSIDE_US || benchmark.fallbackReason === MAYBE_OUTSIDE_US) {
    return {
      position: 'not-comparable',
      deltaFraction: null,
      reference: null,
      percentile: null,
      summary: `The job ${benchmark.fallbackReason === OUTSIDE_US ? 'is' : 'may be'} outside the US; the benchmarks are for US locations, so they are not compared.`,
    };
  }
  const mid = (posted.annualMin + posted.annualMax) / 2;
  if (figure.kind === 'levels' && figure.levels) return compareWithLevels(mid, figure, benchmark.place);
  const center = figure.average ?? (figure.low + figure.high) / 2;
  const low = figure.kind === 'average' ? center * (1 - AVERAGE_BAND) : figure.low;
  const high = figure.kind === 'average' ? center * (1 + AVERAGE_BAND) : figure.high;
  const position = mid < low ? 'below' : mid > high ? 'above' : 'within';
  const deltaFraction = (mid - center) / center;
  const pct = `${Math.abs(Math.round(deltaFraction * 100))}%`;
  const where = position === 'within' ? `in line with` : `${pct} ${position === 'below' ? 'below' : 'above'}`;
  return {
    position,
    deltaFraction,
    reference: referenceFor(figure, benchmark.place),
    percentile: null,
    summary: `Posted midpoint ${usd(mid)} is ${where} the ${benchmark.place} benchmark (${figure.low === figure.high ? usd(center) : `${usd(figure.low)}-${usd(figure.high)}`}).`,
  };
}

/** Posted midpoint against wage levels I-IV: the band, a rough percentile, hourly and annual both. */
function compareWithLevels(mid: number, figure: BenchmarkFigure, place: string): PayComparison {
  const levels = figure.levels!;
  const placement = placeAgainstLevels(mid, levels);
  const median = levels[2];
  const position =
    placement.band === 'below-level-1' ? 'below' : placement.band === 'above-level-4' ? 'above' : 'within';
  const hourly = `$${(mid / HOURS_PER_YEAR).toFixed(2)}/hour`;
  return {
    position,
    deltaFraction: (mid - median) / median,
    reference: referenceFor(figure, place),
    percentile: placement.percentile,
    band: placement.band,
    summary: `Posted midpoint ${usd(mid)} a year (${hourly}) is ${placement.text} for ${figure.occupation} in ${figure.area ?? place} (level I ${usd(levels[0])}, level III ${usd(median)}, level IV ${usd(levels[3])}; ${figure.source}, ${figure.date}).`,
  };
}
