import browser from 'webextension-polyfill';
import type {AnalyzeReply, Message} from '../background/messages';
import type {Analysis, Posting} from '../core/types';
import {createPanelPrefsStore, DISMISSED_POSTINGS_KEY, parseDismissed} from '../ui/panel-prefs';
import {isStructuredDataCheck, type StructuredDataCheck} from '../ui/structured-data';
import type {AnalysisSummary} from '../ui/summary';
import {PROFILE_SYNC_KEY} from './profile-key';

// The content script's only contact with extension APIs. Everything else is plain DOM and core code.

/** A background that has not answered by then is stuck or gone: say so rather than wait forever. */
const ANALYZE_TIMEOUT_MS = 10_000;

function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function reportSummary(summary: AnalysisSummary | null): Promise<unknown> {
  return send({type: 'tpm-lens/summary', summary});
}

export function openOptions(): Promise<unknown> {
  return send({type: 'tpm-lens/open-options'});
}

function isAnalysis(value: unknown): value is Analysis {
  const v = value as Partial<Analysis> | null;
  return typeof v === 'object' && v !== null && Array.isArray(v.checklist) && typeof v.detection === 'object' && typeof v.completeness === 'object';
}

/** The background's analysis of a posting; rejects with a message a person can read when there is none. */
export async function requestAnalysis(posting: Posting, options: {freshProfile?: boolean} = {}): Promise<Analysis> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the extension did not answer in time')), ANALYZE_TIMEOUT_MS);
  });
  try {
    const reply = (await Promise.race([send({type: 'tpm-lens/analyze', posting, ...(options.freshProfile ? {freshProfile: true} : {})}), timeout])) as AnalyzeReply<Analysis> | undefined;
    if (reply?.ok && isAnalysis(reply.analysis)) return reply.analysis;
    throw new Error(reply && !reply.ok ? reply.error : 'the extension gave no analysis');
  } finally {
    clearTimeout(timer);
  }
}

/** The background's check of the page's JobPosting JSON-LD; null when it gives none (never rejects). */
export async function checkStructuredData(jsonLd: Record<string, unknown>): Promise<StructuredDataCheck | null> {
  try {
    const reply = await send({type: 'tpm-lens/check-json-ld', jsonLd});
    return isStructuredDataCheck(reply) ? reply : null;
  } catch {
    return null;
  }
}

export function onProfileChange(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && PROFILE_SYNC_KEY in changes) listener();
  });
}

/** The panel's remembered collapse and closings, in storage.local. */
export const panelPrefs = createPanelPrefsStore(browser.storage.local);

/** Another tab, or the popup's "Show the panel again", changed the closed postings. */
export function onDismissedChange(listener: (list: string[]) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[DISMISSED_POSTINGS_KEY];
    if (area === 'local' && change) listener(parseDismissed(change.newValue));
  });
}
