import type {Analysis, BenchmarkFigure} from '../core/types';
import {PageText} from './PageText';
import {postedPayText, usdRange} from './format';

function FigureView({figure}: {figure: BenchmarkFigure}) {
  const what = figure.kind === 'average' ? 'average' : figure.kind === 'range' ? 'range' : 'wage levels I-IV';
  const value = figure.levels ? figure.levels.map((level) => usdRange(level, level)).join(' · ') : usdRange(figure.low, figure.high);
  return (
    <li class="figure">
      {figure.occupation} {what}: <strong>{value}</strong> a year
      {figure.note ? <div class="muted">{figure.note}</div> : null}
      <div class="source">
        Source: {figure.source}, {figure.date}
      </div>
    </li>
  );
}

export function SalaryView({salary}: {salary: Analysis['salary']}) {
  const {posted, benchmark, comparison} = salary;
  const figures = benchmark?.figures ?? [];
  return (
    <section
      aria-labelledby="tpm-salary-heading"
      data-testid="salary-benchmark"
      data-scope={benchmark?.scope ?? 'none'}
      data-kinds={[...new Set(figures.map((figure) => figure.kind))].join(' ')}
    >
      <h3 id="tpm-salary-heading">Pay</h3>
      <p>
        Posted:{' '}
        {posted ? (
          <strong>{postedPayText(posted)}</strong>
        ) : salary.unread ? (
          <span class="muted" data-testid="unread-pay">
            no pay: "<PageText text={salary.unread.text} />" is not read as pay ({salary.unread.reason})
          </span>
        ) : (
          <span class="muted">no data (the posting states no pay)</span>
        )}
      </p>
      {benchmark && figures.length > 0 ? (
        <>
          <p>
            Benchmark for <PageText text={benchmark.place} />
            {benchmark.fallbackReason ? <span class="muted"> ({benchmark.fallbackReason})</span> : null}:
          </p>
          <ul>
            <FigureView figure={figures[0]!} />
          </ul>
          {figures.length > 1 ? (
            <details>
              <summary>Other benchmarks ({figures.length - 1})</summary>
              <ul>
                {figures.slice(1).map((figure, index) => (
                  <FigureView key={index} figure={figure} />
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : (
        <p>Benchmark: no data</p>
      )}
      {comparison ? <p>{comparison.summary}</p> : null}
    </section>
  );
}
