// The draft checker's findings as Markdown, for a recruiter to paste into a ticket or a chat.
import {shortQuote} from './excerpt';
import type {DraftReport} from './draft';
import {GUIDANCE_SOURCE, type GuidanceResult} from './jsonld-guidance';
import {CONSISTENCY_SOURCE, type ConsistencyFinding} from './jsonld-consistency';

/** Listing text is the recruiter's own, but may hold Markdown syntax: keep it literal. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>#|!~]/g, (char) => `\\${char}`)
    .replace(/\s+/g, ' ')
    .trim();
}

export function draftReportMarkdown(
  report: DraftReport,
  jsonLd: GuidanceResult | null = null,
  differences: readonly ConsistencyFinding[] = [],
): string {
  const {analysis, title, location, payRange, suggestions} = report;
  const present = analysis.checklist.filter((item) => item.present);
  const out: string[] = [];
  out.push(`# Listing check: ${title.value ? escapeMarkdown(title.value) : '(no title found)'}`, '');
  out.push(`- **Completeness:** ${analysis.completeness.score}/100`);
  out.push(
    `- **Title:** ${title.value ? `${escapeMarkdown(title.value)}${title.detected ? ' (detected)' : ''}` : 'not found'}`,
  );
  out.push(
    `- **Location:** ${location.value ? `${escapeMarkdown(location.value)}${location.detected ? ' (detected)' : ''}` : 'not found'}`,
  );
  out.push(
    `- **Reads as a technical project/program manager role:** ${analysis.detection.isTechnicalProjectManager ? 'yes' : 'no'}`,
  );
  const requiredNote = payRange.required === true ? ' (likely required by law for this location)' : '';
  out.push(
    `- **Pay range:** ${payRange.present ? `stated (${escapeMarkdown(payRange.text ?? '')})` : `missing${requiredNote}`}`,
  );
  out.push('', `## Missing (${suggestions.length})`, '');
  if (suggestions.length === 0) out.push('Nothing: the listing covers every checklist item.');
  for (const suggestion of suggestions) {
    out.push(`- **${escapeMarkdown(suggestion.label)}**: ${suggestion.advice}`, `  - Example: "${suggestion.example}"`);
  }
  out.push('', `## Present (${present.length})`, '');
  for (const item of present) {
    const evidence = item.evidence[0];
    out.push(
      `- ${escapeMarkdown(item.label)}${evidence ? `: "${escapeMarkdown(shortQuote(evidence, item.shownAt?.[0], 140))}"` : ''}`,
    );
  }
  if (jsonLd) {
    out.push(
      '',
      `## JobPosting JSON-LD (${jsonLd.eligible ? 'required properties OK' : 'required properties missing or malformed'})`,
      '',
    );
    if (jsonLd.findings.length === 0) out.push('No problems found.');
    for (const finding of jsonLd.findings) {
      out.push(`- ${finding.level}, ${finding.problem}: \`${finding.property}\`: ${escapeMarkdown(finding.message)}`);
    }
    out.push('', `Checked against ${GUIDANCE_SOURCE}.`);
    if (differences.length) {
      out.push('', `### Where the JSON-LD and the listing differ (${differences.length})`, '');
      for (const difference of differences)
        out.push(`- \`${difference.property}\`: ${escapeMarkdown(difference.message)}`);
      out.push('', `Checked against ${CONSISTENCY_SOURCE}.`);
    }
  }
  return `${out.join('\n')}\n`;
}
