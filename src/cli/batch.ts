// Lines of JSON Lines in, formatted analyses out: the unit of work of the analyze command, run in
// the main thread or in a worker (worker.ts) with the same result.
import {basename} from 'node:path';
import {analyzeMany, type AnalyzeOptions} from '../core/analyze';
import type {Posting} from '../core/types';
import type {OutputFormat} from './formats';
import {STDIN, type Line} from './lines';
import {postingFromRow} from './rows';
import {withHeaderFacts} from '../core/header-facts';
import {terminalSafe} from './safe-text';
import {errorMessage} from '../core/error-message';
import {forgetStrings} from '../core/memo';
import {isLikelyEnglish} from '../sites/language';

/** Why a posting gets no analysis, as the extension shows it no panel (src/background/analysis.ts). */
export const NOT_ENGLISH = 'the posting is not written in English; TPM Lens reads English postings only';

/**
 * JSON Lines rows per unit of work: large enough to keep messages cheap and each reader's code in the processor's
 * caches over a batch (analyzeMany), small enough to keep memory flat and the batch's sentences in the caches too.
 */
export const BATCH_LINES = 64;

export interface BatchResult {
  /** The postings' outputs, in line order, joined. */
  output: string;
  count: number;
  /** One line per row that could not be read: "file:line: why". */
  errors: string[];
}

export function analyzeLines(
  file: string,
  lines: readonly Line[],
  format: OutputFormat,
  options: AnalyzeOptions,
): BatchResult {
  const postings: Posting[] = [];
  const errors: string[] = [];
  for (const {text, number} of lines) {
    if (!text.trim()) continue;
    let posting;
    try {
      // The place a row's title states when its location is empty, as for every other input (inputs.ts).
      posting = withHeaderFacts(
        postingFromRow(JSON.parse(text), `${file === STDIN ? 'stdin' : basename(file)}:${number}`),
      );
    } catch (error) {
      // JSON.parse quotes the broken text in its message: it may hold terminal controls.
      errors.push(terminalSafe(`${file}:${number}: ${errorMessage(error)}`));
      continue;
    }
    // The checklist and every reader of the text read English; a list card reads the title alone.
    if (!format.fromPosting && !isLikelyEnglish(posting.description)) {
      errors.push(`${file}:${number}: ${NOT_ENGLISH}`);
      continue;
    }
    postings.push(posting);
  }
  // Rows are unrelated postings: what the core remembers of one batch would only cost garbage collections.
  forgetStrings();
  // The batch's postings analysed together: each reader over all of them in turn (analyzeMany).
  const {fromPosting} = format;
  const outputs = fromPosting
    ? postings.map((posting) => fromPosting(posting, options))
    : analyzeMany(postings, options).map((analysis) => format.format(analysis));
  return {output: outputs.join(format.separator), count: outputs.length, errors};
}
