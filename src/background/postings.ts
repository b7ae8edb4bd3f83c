// "Your postings" in the background: remembers analysed postings (as the setting says), saves the ones
// the panel's Save button sends, answers list marks from the stored rows, forgets old ones, and re-scores
// stored postings from their own text when the profile or the extension version changes. Store writes
// never hold up an analysis reply.
import type {Analysis, Posting, Profile} from '../core/types';
import type {RememberedFigures} from '../messages/cards';
import {profileStamp, type AnalysisContext} from '../storage/posting-record';
import type {PostingsStore} from '../storage/postings-db';
import {remembersOnItsOwn, type PostingsSettings} from '../storage/postings-settings';

export interface KeeperDeps {
  store: PostingsStore;
  loadSettings: () => Promise<PostingsSettings>;
  /** The profile the analyzer scores fit with (the same one, so the stamp matches the fit stored). */
  currentProfile: () => Promise<Profile | null>;
  /** The reader's chosen occupation for pay comparisons, if any: it changes the benchmark stored. */
  currentOccupation?: () => Promise<string | null>;
  analyze: (posting: Posting, profile: Profile | null, occupation: string | null) => Analysis;
  /** The extension's version: analyses by another version are redone. */
  analysisVersion: string;
  now?: () => Date;
  /** Where failures go that nobody waits for (a quota error while browsing). */
  onError?: (error: unknown) => void;
}

/** Records re-analysed per turn: each takes a few ms, and the background must keep answering pages between turns. */
const REANALYSE_BATCH = 20;

export function createPostingsKeeper(deps: KeeperDeps) {
  const now = deps.now ?? (() => new Date());
  const context = async (): Promise<AnalysisContext & {profile: Profile | null; occupation: string | null}> => {
    const [profile, occupation] = await Promise.all([deps.currentProfile(), deps.currentOccupation?.() ?? null]);
    // The stamp covers what the stored scores depend on besides the text: the profile and the occupation.
    const stamp = profileStamp(occupation ? {profile, occupation} : profile);
    return {profile, occupation, profileStamp: stamp, analysisVersion: deps.analysisVersion, now: now()};
  };

  /** After an analysis has been answered: remember it when the setting says so. */
  async function analysed(posting: Posting, analysis: Analysis): Promise<void> {
    try {
      const settings = await deps.loadSettings();
      if (!remembersOnItsOwn(settings.remember, analysis.detection.isTechnicalProjectManager)) return;
      await deps.store.remember(posting, analysis, await context());
    } catch (error) {
      deps.onError?.(error);
    }
  }

  /** The panel's Save: analysed again here (the page's posting, the current profile) and kept as 'saved'. */
  async function save(posting: Posting): Promise<{key: string}> {
    const ctx = await context();
    const {record} = await deps.store.remember(
      posting,
      deps.analyze(posting, ctx.profile, ctx.occupation),
      ctx,
      'saved',
    );
    return {key: record.key};
  }

  let running: Promise<number> | null = null;
  /** Re-analyses every stale record, a batch per turn; one run at a time (a second call joins the first). */
  function reanalyseStale(): Promise<number> {
    running ??= (async () => {
      let done = 0;
      try {
        const ctx = await context();
        const keys = await deps.store.staleKeys(ctx);
        for (let start = 0; start < keys.length; start += REANALYSE_BATCH) {
          const batchContext = {...ctx, now: now()};
          done += await deps.store.reanalyse(
            keys.slice(start, start + REANALYSE_BATCH),
            (posting) => deps.analyze(posting, ctx.profile, ctx.occupation),
            batchContext,
          );
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      } finally {
        running = null;
      }
      return done;
    })();
    return running;
  }

  /** A list's cards (by site key): the fit and completeness of those remembered, read from their table rows. */
  async function marks(keys: readonly string[]): Promise<Map<string, RememberedFigures>> {
    const rows = await deps.store.summariesFor(keys);
    return new Map(
      [...rows].map(([key, row]) => [
        key,
        {
          tpm: row.verdict === 'tpm',
          completeness: row.completeness,
          fit: row.fit,
          ...(row.blockers ? {blockers: row.blockers} : {}),
          at: row.analyzedAt,
        },
      ]),
    );
  }

  /** Applies the "forget after N days" setting; returns how many were forgotten. */
  async function forgetOld(): Promise<number> {
    const {forgetAfterDays} = await deps.loadSettings();
    return forgetAfterDays === null ? 0 : deps.store.forgetOlderThan(forgetAfterDays);
  }

  return {analysed, save, marks, reanalyseStale, forgetOld};
}
