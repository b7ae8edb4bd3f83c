// How much of a posting the core reads. Every pattern runs in time proportional to its input, and the
// input is bounded too, so that one enormous (or hostile) page costs at most a known, small time. What
// was cut is stated in the analysis, and the panel and the CLI say so.
import {grouped} from './digits';
import type {Posting, Truncation} from './types';

/**
 * Characters of a description analysed: the longest of the 265 real postings in
 * ../shared/data/postings/dev.jsonl holds 23,866 (the next 13,878), so a cut at 100,000 touches only pages
 * that are not one posting (or are built to stall a reader). The cut also bounds what a job page reads: at
 * 200,000 a 1 MB description took 22-27 ms to read and "show in posting" up to 25 ms, over the panel's 16 ms
 * budget; at 100,000, 11-13 ms and 12 ms (npm run bench:large).
 */
export const MAX_DESCRIPTION_CHARS = 100_000;
/** Characters of the one-line fields (title, company, location, pay line); the longest there holds 420. */
export const MAX_FIELD_CHARS = 1_000;
/**
 * The lines under a title read for the place and type (Posting.headerLines) at most, and the longest: a
 * header's facts are a few short lines ("Remote (United States)"); past those the description has begun.
 */
export const MAX_HEADER_LINES = 12;
export const MAX_HEADER_LINE_CHARS = 80;

const LIMITS = {
  title: MAX_FIELD_CHARS,
  company: MAX_FIELD_CHARS,
  location: MAX_FIELD_CHARS,
  salaryText: MAX_FIELD_CHARS,
  description: MAX_DESCRIPTION_CHARS,
} as const;

const FIELD_NAMES: Readonly<Record<Truncation['field'], string>> = {
  title: 'title',
  company: 'company name',
  location: 'location',
  salaryText: 'pay line',
  description: 'description',
};

/** The first `max` characters, never ending inside a surrogate pair. */
export function head(text: string, max: number): string {
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** The posting as the core reads it, and what was left out. */
export function limitPosting(posting: Posting): {posting: Posting; truncated: Truncation[]} {
  const limited: Posting = {...posting};
  const truncated: Truncation[] = [];
  delete limited.descriptionChars;
  delete limited.descriptionCut;
  for (const [field, max] of Object.entries(LIMITS) as Array<[Truncation['field'], number]>) {
    const text = posting[field] ?? '';
    // A reader that already cut the description says how long it was on the page, or that it did not count.
    const total = Math.max(text.length, field === 'description' ? (posting.descriptionChars ?? 0) : 0);
    const uncounted = field === 'description' && posting.descriptionCut === true && total === text.length;
    if (total <= max && total === text.length && !uncounted) continue;
    limited[field] = head(text, max);
    truncated.push({field, analysedChars: limited[field].length, ...(uncounted ? {} : {totalChars: total})});
  }
  return {posting: limited, truncated};
}

/**
 * "Analysed the first 100,000 characters of the description (1,048,576 in all)." ("(the page holds more)"
 * when a page reader did not count the rest), or null.
 */
export function truncationNotice(truncated: readonly Truncation[] | undefined): string | null {
  if (!truncated?.length) return null;
  const parts = truncated.map(
    ({field, analysedChars, totalChars}) =>
      `the first ${grouped(analysedChars)} characters of the ${FIELD_NAMES[field]} (${totalChars === undefined ? 'the page holds more' : `${grouped(totalChars)} in all`})`,
  );
  return `Analysed ${parts.join(', and ')}.`;
}
