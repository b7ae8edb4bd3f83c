// The screening line's parts that tables keep apart from years and degree (which have columns of their own):
// the Your postings record and its CSV export, and the command line's --summary, say them the same way.
import {screeningParts, type ScreeningPartId} from './screening-line';
import type {Analysis} from './types';

/** In the screening line's order. */
export const SCREENING_COLUMN_PARTS = [
  'workMode',
  'sponsorship',
  'clearance',
  'usCitizenship',
  'seniority',
  'travelPercent',
  'employmentType',
] as const satisfies readonly ScreeningPartId[];

export type ScreeningColumnPart = (typeof SCREENING_COLUMN_PARTS)[number];
export type ScreeningTexts = Partial<Record<ScreeningColumnPart, string>>;

const KEPT: ReadonlySet<string> = new Set(SCREENING_COLUMN_PARTS);

/** Each part the posting says something of, as the panel says it ("Remote (US)", "No sponsorship"). */
export function screeningTexts(analysis: Pick<Analysis, 'requirements' | 'screening' | 'checklist'>): ScreeningTexts {
  return Object.fromEntries(
    screeningParts(analysis)
      .filter((part) => KEPT.has(part.id))
      .map((part) => [part.id, part.text]),
  );
}

/** The parts in one cell, as the screening line joins them. */
export const screeningCell = (texts: ScreeningTexts): string => Object.values(texts).join(' \u00b7 ');
