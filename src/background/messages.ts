import {isAnalysisSummary, type AnalysisSummary} from '../ui/summary';

// Messages between the content script and the background. Plain data, checked on arrival:
// any page's content script context could be confused, so the background trusts only the shape.
export type Message =
  | {type: 'tpm-lens/summary'; summary: AnalysisSummary | null}
  | {type: 'tpm-lens/open-options'}
  /** The content script asks for the profile: validation (zod/mini) stays out of the content script. */
  | {type: 'tpm-lens/get-profile'}
  /** The content script asks for a place's salary benchmark: the county dataset stays in the background. */
  | {type: 'tpm-lens/benchmark'; location: string};

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const {type, summary} = value as {type?: unknown; summary?: unknown};
  if (type === 'tpm-lens/open-options' || type === 'tpm-lens/get-profile') return true;
  if (type === 'tpm-lens/benchmark') return typeof (value as {location?: unknown}).location === 'string';
  return type === 'tpm-lens/summary' && (summary === null || isAnalysisSummary(summary));
}

/** storage.session key holding one tab's summary. */
export function tabKey(tabId: number): string {
  return `tab:${tabId}`;
}
