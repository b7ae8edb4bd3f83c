// The background's "Your postings" edges: the store and settings of this browser, the messages from the
// panel and the Postings page, and the upkeep (re-analysis, forgetting) at start-up and on a new profile.
import browser from 'webextension-polyfill';
import {analyze} from '../core/analyze';
import {withHeaderFacts} from '../core/header-facts';
import type {Analysis, Posting} from '../core/types';
import {createPostingsStore} from '../storage/postings-db';
import {POSTINGS_SETTINGS_KEY, removeRetiredLocalKeys} from '../storage/keys';
import {loadPostingsSettings} from '../storage/postings-settings';
import type {createAnalyzer} from './analysis';
import {benchmarkFor} from './benchmarks';
import {POSTINGS_PAGE, type Message, type SaveReply, type UpkeepReply} from '../messages';
import {createPostingsKeeper} from './postings';
import {errorMessage} from '../core/error-message';

export function createPostingsWiring(analyzer: ReturnType<typeof createAnalyzer>) {
  const keeper = createPostingsKeeper({
    store: createPostingsStore(),
    loadSettings: () => loadPostingsSettings(browser.storage.local),
    currentProfile: () => analyzer.profile(),
    currentOccupation: () => analyzer.occupation(),
    analyze: (posting, profile, occupation) => analyze(posting, {profile, dataset: {benchmarkFor}, occupation}),
    analysisVersion: browser.runtime.getManifest().version,
  });

  const upkeep = async (): Promise<UpkeepReply> => {
    try {
      const forgotten = await keeper.forgetOld();
      const reanalysed = await keeper.reanalyseStale();
      return {ok: true, reanalysed, forgotten};
    } catch (error) {
      return {ok: false, error: errorMessage(error)};
    }
  };

  /** The answer to one of the postings messages, or undefined for any other message. */
  function answer(message: Message): Promise<unknown> | undefined {
    if (message.type === 'tpm-lens/save-posting') {
      return keeper.save(withHeaderFacts(message.posting)).then(
        ({key}): SaveReply => ({ok: true, key}),
        (error: unknown): SaveReply => ({ok: false, error: errorMessage(error)}),
      );
    }
    if (message.type === 'tpm-lens/open-postings')
      return browser.tabs.create({url: browser.runtime.getURL(POSTINGS_PAGE)}).then(() => undefined);
    if (message.type === 'tpm-lens/postings-upkeep') return upkeep();
    return undefined;
  }

  return {
    answer,
    /**
     * Called with an analysis about to be answered: recorded in a task of its own, so that reading the
     * settings and writing the store come after the reply has gone to the page, not before it.
     */
    analysed: (posting: Posting, analysis: Analysis) => {
      setTimeout(() => void keeper.analysed(posting, analysis), 0);
    },
    /** List marks for a batch of cards, from the store. */
    marks: keeper.marks,
    /** Install and update: storage.local values of earlier versions (now in the store, or unused) go. */
    removeRetired: () => void removeRetiredLocalKeys(browser.storage.local).catch(() => undefined),
    /** Start-up, a new profile, a changed "forget after" setting. */
    upkeep: () => void upkeep(),
    settingsChanged: (changes: Record<string, unknown>, area: string) =>
      area === 'local' && POSTINGS_SETTINGS_KEY in changes,
  };
}
