import type {UpkeepReply} from '../messages';
import type {PostingsStore, SummaryListing} from '../storage/postings-db';
import type {PostingsSettings} from '../storage/postings-settings';

/** What the Postings page needs from the extension (main.tsx gives the real ones, tests fakes). */
export interface PostingsAppDeps {
  store: PostingsStore;
  loadSettings: () => Promise<PostingsSettings>;
  saveSettings: (settings: PostingsSettings) => Promise<void>;
  /** Asks the background to re-analyse stale postings and forget old ones; null when it did not answer. */
  upkeep: () => Promise<UpkeepReply | null>;
  download: (fileName: string, text: string, type: string) => void;
  /** Bytes the browser counts for the extension's storage, when it says. */
  usage: () => Promise<number | null>;
  /** The first screen's read, when the entry point started it before rendering anything. */
  firstRead?: Promise<SummaryListing>;
  now?: () => Date;
}
