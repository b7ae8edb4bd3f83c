// How the analyze command writes each analysis. One entry per output mode: a new mode is one more
// entry here and one more flag in analyze.ts. Every format is safe to print (safe-text.ts).
import {merged} from '../core/merged';
import type {AnalyzeOptions} from '../core/analyze';
import type {Analysis, Posting} from '../core/types';
import {cardLine} from './cards';
import {formatReport} from './report';
import {terminalSafe, terminalSafeJson} from './safe-text';
import {summaryHeader, summaryRow} from './summary';

export interface OutputFormat {
  /** Written once before the first posting. */
  header?: string;
  /** One posting's output, ending with a line feed. */
  format(analysis: Analysis): string;
  /** Written between two postings' outputs. */
  separator: string;
  /** A format that needs less than the whole analysis works from the posting itself instead. */
  fromPosting?: (posting: Posting, options: AnalyzeOptions) => string;
}

export const FORMATS = {
  report: {format: (analysis) => `${terminalSafe(formatReport(analysis))}\n`, separator: '\n'},
  json: {format: (analysis) => `${terminalSafeJson(analysis)}\n`, separator: ''},
  summary: {header: `${summaryHeader()}\n`, format: (analysis) => `${summaryRow(analysis)}\n`, separator: ''},
  // The list card's verdict from title, company, location and pay line only (src/core/card.ts).
  cards: {
    format: (analysis) => cardLine(merged(analysis.posting, {description: '', id: analysis.id}), {}),
    fromPosting: cardLine,
    separator: '',
  },
} satisfies Record<string, OutputFormat>;

export type FormatName = keyof typeof FORMATS;
