import type {UpkeepReply} from '../messages';
import type {PostingSummary} from '../storage/posting-summary';
import type {PostingsStore} from '../storage/postings-db';
import type {PostingsSettings} from '../storage/postings-settings';

/** What the Postings page needs from the extension (main.tsx gives the real ones, tests fakes). */
export interface PostingsAppDeps {
  /**
   * The store, opened on first call; every call gives the same one. The page's entry loads the store
   * module (its migrations, the record schema) only once the first rows are shown.
   */
  store: () => Promise<PostingsStore>;
  loadSettings: () => Promise<PostingsSettings>;
  saveSettings: (settings: PostingsSettings) => Promise<void>;
  /** Asks the background to re-analyse stale postings and forget old ones; null when it did not answer. */
  upkeep: () => Promise<UpkeepReply | null>;
  download: (fileName: string, text: string, type: string) => void;
  /** Bytes the browser counts for the extension's storage, when it says. */
  usage: () => Promise<number | null>;
  /**
   * The first screen's rows, read before anything else (storage/postings-first-rows.ts); null when that
   * read declined and the store must answer.
   */
  firstRows?: Promise<readonly PostingSummary[] | null>;
  now?: () => Date;
}
