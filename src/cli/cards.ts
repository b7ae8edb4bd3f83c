import {merged} from '../core/merged';
import type {AnalyzeOptions} from '../core/analyze';
import {analyzeCard} from '../core/card';
import type {Posting} from '../core/types';
import {terminalSafeJson} from './safe-text';

/** `analyze --cards`: one JSON line per posting from what a list card shows (the description is ignored). */
export function cardLine(posting: Posting, options: AnalyzeOptions): string {
  const {title, company, location, salaryText, url} = posting;
  // The posting's address stands for the list page's: its country places a card the US tables cannot.
  const card = analyzeCard(
    {title, company, location, salaryText},
    merged(options.dataset ? {dataset: options.dataset} : {}, url ? {url} : {}),
  );
  return `${terminalSafeJson({id: posting.id ?? '', card})}\n`;
}
