import {MAX_HEADER_LINE_CHARS, MAX_HEADER_LINES} from '../core/input-limits';
import type {Posting} from '../core/types';
import {isCardsBatch, type CardRequest} from './cards';
import {isAnalysisSummary, type AnalysisSummary} from './summary';
import {START_CONTENT_SCRIPT} from './start';

// Messages between the content script and the background. Plain data, checked on arrival:
// any page's content script context could be confused, so the background trusts only the shape.
export type Message =
  | {type: 'tpm-lens/summary'; summary: AnalysisSummary | null}
  | {type: 'tpm-lens/open-options'}
  /**
   * The content script sends the posting it read and gets the Analysis back: the checklist and detection
   * patterns (and their ~100 ms compilation), the profile's validation (zod) and the county wage dataset
   * live in the background, kept warm, not in every job page. `freshProfile` asks to re-read a profile
   * that was just saved.
   */
  | {type: 'tpm-lens/analyze'; posting: Posting; freshProfile?: boolean}
  /**
   * The page's JobPosting JSON-LD object as the content script parsed it: the background checks it
   * against Google's guidance (the checker stays out of the content script) and answers with a
   * StructuredDataCheck.
   */
  | {type: 'tpm-lens/check-json-ld'; jsonLd: Record<string, unknown>}
  /** A batch of list cards to judge (answered with a CardsReply); see ./cards.ts. */
  | {type: 'tpm-lens/cards'; cards: CardRequest[]}
  /** "Your postings"": the panel's Save (answered with a SaveReply), its link, and the page asking for upkeep. */
  | {type: 'tpm-lens/save-posting'; posting: Posting}
  | {type: 'tpm-lens/open-postings'}
  | {type: 'tpm-lens/postings-upkeep'}
  /** The route watcher: the site navigated to a path the content script is declared on; start it in this frame. */
  | {type: typeof START_CONTENT_SCRIPT};

/** The background's answer to 'tpm-lens/save-posting'. */
export type SaveReply = {ok: true; key: string} | {ok: false; error: string};

/** The background's answer to 'tpm-lens/postings-upkeep': how many were re-analysed and forgotten. */
export type UpkeepReply = {ok: true; reanalysed: number; forgotten: number} | {ok: false; error: string};

/** The "Your postings" extension page (opened by the popup, and by the background for the panel). */
export const POSTINGS_PAGE = 'src/postings/index.html';

/** runtime.connect name of the content script's port for its analyze, cards, check-json-ld and summary requests ({id, message} -> {id, reply}). */
export const ANALYSIS_PORT = 'tpm-lens/analysis';

/**
 * The background's answer to 'tpm-lens/analyze'. `analysis: null`: the posting is not one the extension
 * analyses (not written in English), and the page shows no panel.
 */
export type AnalyzeReply<A> = {ok: true; analysis: A | null} | {ok: false; error: string};

const POSTING_TEXT = ['title', 'company', 'location', 'salaryText', 'description'] as const;
const POSTING_OPTIONAL = ['id', 'site', 'url', 'employmentType'] as const;

function isPosting(value: unknown): value is Posting {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    POSTING_TEXT.every((key) => typeof v[key] === 'string') &&
    POSTING_OPTIONAL.every((key) => v[key] === undefined || typeof v[key] === 'string') &&
    (v.employerSize === undefined || (typeof v.employerSize === 'number' && Number.isFinite(v.employerSize))) &&
    (v.descriptionChars === undefined ||
      (typeof v.descriptionChars === 'number' &&
        Number.isSafeInteger(v.descriptionChars) &&
        v.descriptionChars >= 0)) &&
    (v.descriptionCut === undefined || typeof v.descriptionCut === 'boolean') &&
    (v.headerLines === undefined ||
      (Array.isArray(v.headerLines) &&
        v.headerLines.length <= MAX_HEADER_LINES &&
        v.headerLines.every((line) => typeof line === 'string' && line.length <= MAX_HEADER_LINE_CHARS)))
  );
}

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const {type, summary} = value as {type?: unknown; summary?: unknown};
  if (
    type === 'tpm-lens/open-options' ||
    type === 'tpm-lens/open-postings' ||
    type === 'tpm-lens/postings-upkeep' ||
    type === START_CONTENT_SCRIPT
  )
    return true;
  if (type === 'tpm-lens/save-posting') return isPosting((value as {posting?: unknown}).posting);
  if (type === 'tpm-lens/check-json-ld') {
    const {jsonLd} = value as {jsonLd?: unknown};
    return typeof jsonLd === 'object' && jsonLd !== null && !Array.isArray(jsonLd);
  }
  if (type === 'tpm-lens/cards') return isCardsBatch((value as {cards?: unknown}).cards);
  if (type === 'tpm-lens/analyze') {
    const {posting, freshProfile} = value as {posting?: unknown; freshProfile?: unknown};
    return isPosting(posting) && (freshProfile === undefined || typeof freshProfile === 'boolean');
  }
  return type === 'tpm-lens/summary' && (summary === null || isAnalysisSummary(summary));
}
