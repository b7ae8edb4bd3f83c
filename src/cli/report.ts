import {shortQuote} from '../core/excerpt';
import {truncationNotice} from '../core/input-limits';
import {screeningLine} from '../core/screening-line';
import type {Analysis} from '../core/types';
import {usd} from '../core/usd';

/** A readable report of one analysis for the terminal. */
export function formatReport(analysis: Analysis): string {
  const {posting, detection, requirements, checklist, salary, completeness, fit} = analysis;
  const lines: string[] = [];
  lines.push(
    `${posting.title || '(untitled)'}${posting.company ? ` - ${posting.company}` : ''}${posting.location ? ` (${posting.location})` : ''}`,
  );
  lines.push(`  id: ${analysis.id}${analysis.site ? `  site: ${analysis.site}` : ''}`);
  const truncation = truncationNotice(analysis.truncated);
  if (truncation) lines.push(`  Note: ${truncation}`);
  lines.push(
    `  Verdict: ${detection.isTechnicalProjectManager ? 'technical project/program manager' : 'not a TPM role'} (score ${detection.score.toFixed(2)})`,
  );
  for (const reason of detection.reasons) lines.push(`    - ${reason}`);
  const years = requirements.minYearsExperience === null ? 'not stated' : `${requirements.minYearsExperience}+`;
  lines.push(`  Screening: ${screeningLine(analysis) || 'nothing stated'}`);
  lines.push(
    `  Requires: years ${years}; degree ${requirements.degree ?? 'not stated'}; certifications ${requirements.certifications.join(', ') || 'none named'}`,
  );
  const posted = salary.posted;
  lines.push(
    `  Posted pay: ${
      posted
        ? `${posted.currency} ${posted.min.toLocaleString('en-US')}-${posted.max.toLocaleString('en-US')} per ${posted.period}` +
          (posted.currency === 'USD' && posted.period !== 'year'
            ? ` (${usd(posted.annualMin)}-${usd(posted.annualMax)} a year)`
            : '')
        : salary.unread
          ? `none (stated "${salary.unread.text}", not read as pay: ${salary.unread.reason})`
          : 'not stated'
    }`,
  );
  if (salary.benchmark) {
    const figure = salary.benchmark.figures[0];
    const reason = salary.benchmark.fallbackReason ? ` (${salary.benchmark.fallbackReason})` : '';
    if (figure) {
      const range = figure.low === figure.high ? usd(figure.low) : `${usd(figure.low)}-${usd(figure.high)}`;
      lines.push(`  Benchmark: ${salary.benchmark.place}${reason}: ${range} [${figure.source}, ${figure.date}]`);
    } else {
      lines.push(`  Benchmark: ${salary.benchmark.place}${reason}: no data`);
    }
  }
  const occupation = salary.benchmark?.occupation;
  if (occupation)
    lines.push(
      `  Occupation: ${occupation.soc} ${occupation.title}${occupation.by === 'user' ? ' (your choice)' : ''}: ${occupation.why.join('; ')}`,
    );
  if (salary.benchmark?.impliedLevel)
    lines.push(`  Implied wage level (DOL worksheet): ${salary.benchmark.impliedLevel.summary}`);
  if (salary.comparison) lines.push(`  Comparison: ${salary.comparison.summary}`);
  if (salary.comparison?.impliedLevelSummary)
    lines.push(`  Against the implied level: ${salary.comparison.impliedLevelSummary}`);
  if (salary.transparency?.required && !posted) {
    const law = salary.transparency;
    const coverage =
      law.applies === 'may'
        ? `; it may apply: it covers ${law.threshold ?? 'some employers'} and the posting does not say the employer's size`
        : '';
    lines.push(
      `  Pay range likely required: ${law.jurisdiction} requires one in job ads since ${law.effective} (${law.source})${coverage}`,
    );
  }
  lines.push(`  Checklist (${checklist.filter((item) => item.present).length}/${checklist.length}):`);
  for (const item of checklist) {
    lines.push(
      `    [${item.present ? 'x' : ' '}] ${item.label}${item.evidence[0] ? `: "${shortQuote(item.evidence[0], item.shownAt?.[0], 110)}"` : ''}`,
    );
  }
  lines.push(
    `  Completeness: ${completeness.score}/100${completeness.missing.length ? `; missing: ${completeness.missing.join(', ')}` : ''}`,
  );
  lines.push(
    fit
      ? `${fit.blockers?.length ? `  Blocked: ${fit.blockers.map((blocker) => blocker.reason).join('; ')}\n` : ''}  Fit: ${fit.score}/100; missing: ${fit.missing.join(', ') || 'nothing'}${fit.unknown.length ? `; unknown: ${fit.unknown.join(', ')}` : ''}${fit.pay ? `\n  Pay against yours: ${fit.pay.text}` : ''}${fit.skills ? `\n  Skills: ${fit.skills.text}` : ''}${fit.place ? `\n  Place: ${fit.place.text}` : ''}`
      : '  Fit: no profile given (--profile FILE)',
  );
  return lines.join('\n');
}
