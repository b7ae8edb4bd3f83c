import type {Runtime} from 'webextension-polyfill';
import {browser} from './browser-api';
import {ANALYSIS_PORT, type AnalyzeReply, type Message, type SaveReply} from '../messages';
import type {Analysis, Posting} from '../core/types';
import {createOccupationStore} from '../storage/occupation-pref';
import {createPanelPrefsStore, parseDismissed} from '../panel/panel-prefs';
import {isStructuredDataCheck, type StructuredDataCheck} from '../messages/structured-data';
import type {AnalysisSummary} from '../messages/summary';
import {DIM_NON_TPM_KEY, DISMISSED_POSTINGS_KEY, OCCUPATION_CHOICE_KEY, PROFILE_KEY} from '../storage/keys';
import type {CardRequest, CardsAnswer, CardsReply} from '../messages/cards';

// The content script's only contact with extension APIs. Everything else is plain DOM and core code.

/** A background that has not answered by then is stuck or gone: say so rather than wait forever. */
const ANALYZE_TIMEOUT_MS = 10_000;

function send(message: Message): Promise<unknown> {
  // Chrome's own API throws at once where the polyfill rejected (the extension was reloaded): keep one path.
  try {
    return browser.runtime.sendMessage(message);
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

/** False once the extension was reloaded, updated or removed under this page: its runtime.id is gone then. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export function reportSummary(summary: AnalysisSummary | null): Promise<unknown> {
  return sendOverOpenPort({type: 'tpm-lens/summary', summary});
}

export function openOptions(): Promise<unknown> {
  return send({type: 'tpm-lens/open-options'});
}

export function openPostings(): Promise<unknown> {
  return send({type: 'tpm-lens/open-postings'});
}

/** The panel's Save: the background analyses the posting again and keeps it; rejects with why it could not. */
export async function savePosting(posting: Posting): Promise<void> {
  const reply = (await send({type: 'tpm-lens/save-posting', posting})) as SaveReply | undefined;
  if (!reply?.ok) throw new Error(reply ? reply.error : 'the extension did not answer');
}

function isAnalysis(value: unknown): value is Analysis {
  const v = value as Partial<Analysis> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.checklist) &&
    typeof v.detection === 'object' &&
    typeof v.completeness === 'object'
  );
}

/**
 * A port to the background for analyses. Opening a channel costs a few ms of cross-process set-up per
 * message (runtime.sendMessage opens and closes one each time); a port opened when a read begins is
 * set up while the page is read, so the analysis request pays only its own trip. It closes once idle,
 * so it never keeps the background (or a page's back/forward cache entry) waiting on it.
 */
const PORT_IDLE_MS = 5_000;
let port: Runtime.Port | null = null;
let portIdle: ReturnType<typeof setTimeout> | undefined;
let nextRequestId = 0;
const pending = new Map<number, {message: Message; resolve: (reply: unknown) => void}>();

/** Closes the port; requests still waiting on it (the background stopped, the page was frozen) go by sendMessage. */
function closePort(): void {
  clearTimeout(portIdle);
  try {
    port?.disconnect();
  } catch {
    // Already gone.
  }
  port = null;
  for (const request of pending.values()) request.resolve(send(request.message));
  pending.clear();
}

/**
 * The page is leaving or going into the back/forward cache: a port left open there is cut by the browser
 * without notice, and a restored page would wait on it; the next read opens a fresh one.
 */
export function closeAnalysisPort(): void {
  if (port) closePort();
}

function idleLater(): void {
  clearTimeout(portIdle);
  portIdle = setTimeout(() => {
    if (pending.size === 0) closePort();
    else idleLater();
  }, PORT_IDLE_MS);
}

/** Opens the analysis port ahead of a request (at the start of a read); harmless when already open. */
export function prepareAnalysis(): void {
  try {
    if (!port) {
      const opened = browser.runtime.connect({name: ANALYSIS_PORT});
      opened.onMessage.addListener((message: unknown) => {
        const {id, reply} = (message ?? {}) as {id?: unknown; reply?: unknown};
        if (typeof id !== 'number') return;
        pending.get(id)?.resolve(reply);
        pending.delete(id);
      });
      opened.onDisconnect.addListener(() => {
        if (port === opened) closePort();
      });
      port = opened;
    }
    idleLater();
  } catch {
    port = null; // No port (extension reloaded): requests fall back to sendMessage, which says why.
  }
}

function requestOverPort(message: Message): Promise<unknown> {
  if (!port) prepareAnalysis();
  const open = port;
  if (!open) return send(message);
  const id = ++nextRequestId;
  const reply = new Promise<unknown>((resolve) => pending.set(id, {message, resolve}));
  try {
    open.postMessage({id, message});
  } catch {
    pending.delete(id);
    closePort();
    return send(message);
  }
  idleLater();
  return reply;
}

/**
 * Over the analysis port while it is open (a read has just taken place): no channel to set up, which
 * runtime.sendMessage pays per message on the page's main thread. Otherwise by sendMessage: the port is
 * never opened for these alone.
 */
function sendOverOpenPort(message: Message): Promise<unknown> {
  return port ? requestOverPort(message) : send(message);
}

/**
 * The background's analysis of a posting; null when the background does not analyse it (not in English).
 * Rejects with a message a person can read when there is none.
 */
export async function requestAnalysis(
  posting: Posting,
  options: {freshProfile?: boolean} = {},
): Promise<Analysis | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the extension did not answer in time')), ANALYZE_TIMEOUT_MS);
  });
  try {
    const message: Message = {type: 'tpm-lens/analyze', posting, ...(options.freshProfile ? {freshProfile: true} : {})};
    const reply = (await Promise.race([requestOverPort(message), timeout])) as AnalyzeReply<Analysis> | undefined;
    if (reply?.ok && (reply.analysis === null || isAnalysis(reply.analysis))) return reply.analysis;
    throw new Error(reply && !reply.ok ? reply.error : 'the extension gave no analysis');
  } finally {
    clearTimeout(timer);
  }
}

/** The background's check of the page's JobPosting JSON-LD; null when it gives none (never rejects). */
export async function checkStructuredData(jsonLd: Record<string, unknown>): Promise<StructuredDataCheck | null> {
  try {
    const reply = await sendOverOpenPort({type: 'tpm-lens/check-json-ld', jsonLd});
    return isStructuredDataCheck(reply) ? reply : null;
  } catch {
    return null;
  }
}

export function onProfileChange(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && PROFILE_KEY in changes) listener();
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

/** The background's verdicts on one batch of list cards, with the dim choice; rejects when it gives none. */
export async function requestCards(cards: CardRequest[]): Promise<CardsAnswer> {
  // Over the open port: a sendMessage's channel set-up cost the list page more than the rest of its request.
  const reply = (await requestOverPort({type: 'tpm-lens/cards', cards})) as CardsReply | undefined;
  if (reply?.ok && Array.isArray(reply.results)) return {results: reply.results, dim: reply.dim === true};
  throw new Error(reply && !reply.ok ? reply.error : 'the extension gave no card verdicts');
}

/**
 * "Dim non-TPM roles", remembered in storage.local (the popup and the list header both set it; the list
 * reads it from its cards' answers).
 */
export const saveDim = (on: boolean) => browser.storage.local.set({[DIM_NON_TPM_KEY]: on});

export function onDimChange(listener: (on: boolean) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[DIM_NON_TPM_KEY];
    if (area === 'local' && change) listener(change.newValue === true);
  });
}

/** The reader's occupation choice for pay comparisons (storage.local, one per user). */
export const occupationChoice = createOccupationStore(browser.storage.local);

/** The panel, the popup or another tab changed the occupation choice: the analysis is asked again. */
export function onOccupationChange(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && OCCUPATION_CHOICE_KEY in changes) listener();
  });
}
