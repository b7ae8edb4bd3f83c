import {OCCUPATION_TITLES} from '../core/salary/occupation-titles';
import type {Analysis, Benchmark, BenchmarkFigure} from '../core/types';
import {PageText} from './PageText';
import {usdRange} from '../core/usd';
import {postedPayText} from './format';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function FigureView({figure}: {figure: BenchmarkFigure}) {
  const what = figure.kind === 'average' ? 'average' : figure.kind === 'range' ? 'range' : 'wage levels I-IV';
  const value = figure.levels
    ? figure.levels.map((level) => usdRange(level, level)).join(' · ')
    : usdRange(figure.low, figure.high);
  return (
    <li class="figure">
      {figure.soc ? `${figure.soc} ` : ''}
      {figure.occupation} {what}: <strong>{value}</strong> a year
      {figure.note ? <div class="muted">{figure.note}</div> : null}
      <div class="source">
        Source: {figure.source}, {figure.date}
      </div>
    </li>
  );
}

/** The occupation the pay is measured against, why, and the reader's switch (remembered for every posting). */
function OccupationView({
  benchmark,
  onChoose,
}: {
  benchmark: Benchmark;
  onChoose?: ((soc: string | null) => void) | undefined;
}) {
  const occupation = benchmark.occupation;
  if (!occupation) return null;
  const fromData = benchmark.figures
    .filter((figure) => figure.kind === 'levels' && figure.soc)
    .map((figure) => ({soc: figure.soc!, title: figure.occupation}));
  const choices = fromData.length > 0 ? fromData : OCCUPATION_TITLES.map(({soc, title}) => ({soc, title}));
  return (
    <div data-testid="occupation" data-soc={occupation.soc} data-by={occupation.by}>
      <p>
        Measured as <strong>{occupation.soc}</strong> {occupation.title}
        {occupation.by === 'user' ? ' (your choice)' : ''}
      </p>
      <details>
        <summary>Why this occupation</summary>
        <ul>
          {occupation.why.map((reason, index) => (
            <li key={index}>{reason}</li>
          ))}
        </ul>
        <p class="source">
          Rules from O*NET OnLine occupation data (US DOL/ETA, CC BY 4.0) and the DOL prevailing-wage guidance.
        </p>
      </details>
      {onChoose ? (
        <label>
          Measure pay as{' '}
          <select
            data-testid="occupation-select"
            value={occupation.by === 'user' ? occupation.soc : ''}
            onChange={(event) => onChoose(event.currentTarget.value || null)}
          >
            <option value="">From the posting{occupation.by === 'rules' ? ` (${occupation.soc})` : ''}</option>
            {choices.map((choice) => (
              <option key={choice.soc} value={choice.soc}>
                {choice.soc} {choice.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}

/** The wage level the posting's own requirements imply, step by step (DOL worksheet). */
function ImpliedLevelView({salary}: {salary: Analysis['salary']}) {
  const implied = salary.benchmark?.impliedLevel;
  if (!implied) return null;
  const meets = salary.comparison?.meetsImpliedLevel;
  return (
    <div data-testid="implied-level" data-level={implied.level}>
      <p>
        The posting asks for a <strong>Level {ROMAN[implied.level - 1]}</strong> worker (DOL wage-level worksheet):
      </p>
      <ul>
        {implied.steps
          .filter((step) => step.factor !== 'special-skills' || step.evidence.includes('clearance'))
          .map((step) => (
            <li key={step.factor}>{step.evidence}</li>
          ))}
      </ul>
      {salary.comparison?.impliedLevelSummary ? (
        <p
          data-testid="implied-comparison"
          data-meets={meets === null || meets === undefined ? 'unknown' : String(meets)}
        >
          {meets === false ? (
            <strong>{salary.comparison.impliedLevelSummary}</strong>
          ) : (
            salary.comparison.impliedLevelSummary
          )}
        </p>
      ) : null}
      <p class="source">
        Method: ETA Prevailing Wage Determination Policy Guidance, Nonagricultural Immigration Programs (revised
        November 2009).
      </p>
    </div>
  );
}

export function SalaryView({
  salary,
  onChooseOccupation,
}: {
  salary: Analysis['salary'];
  onChooseOccupation?: ((soc: string | null) => void) | undefined;
}) {
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
      {benchmark ? <OccupationView benchmark={benchmark} onChoose={onChooseOccupation} /> : null}
      <ImpliedLevelView salary={salary} />
      {salary.estimate && (
        <p data-testid="pay-estimate">
          {salary.estimate.estimatedBy}'s own estimate, not pay the employer posted: {postedPayText(salary.estimate)}
        </p>
      )}
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
