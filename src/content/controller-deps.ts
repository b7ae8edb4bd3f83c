import type {Analysis, Posting} from '../core/types';
import type {StructuredDataCheck} from '../messages/structured-data';
import type {AnalysisSummary} from '../messages/summary';
import type {PanelPrefsStore} from '../panel/panel-prefs';

/** What the controller needs from the page and the extension (main.tsx gives the real ones, tests fakes). */
export interface ControllerDeps {
  doc: Document;
  currentUrl: () => string;
  /**
   * The background's analysis of a posting (it holds the patterns, the profile and the county data); null
   * when it analyses no such posting (not in English): the page then has no posting to show.
   */
  requestAnalysis: (posting: Posting, options: {freshProfile?: boolean}) => Promise<Analysis | null>;
  /** Sets up the way to the background while the page is read (optional: requestAnalysis works without). */
  prepareAnalysis?: () => void;
  /**
   * The background's check of the page's JobPosting JSON-LD (for recruiters); asked alongside the
   * analysis. Null, or absent, shows nothing.
   */
  checkStructuredData?: (jsonLd: Record<string, unknown>) => Promise<StructuredDataCheck | null>;
  reportSummary: (summary: AnalysisSummary | null) => Promise<unknown>;
  openOptions: () => Promise<unknown>;
  /** "Your postings": keep this posting (the panel's Save) and open the list; absent, the panel offers neither. */
  savePosting?: (posting: Posting) => Promise<unknown>;
  openPostings?: () => Promise<unknown>;
  /** Waits between reads of a page whose posting may still be rendering (single-page apps). */
  retryDelaysMs?: readonly number[];
  /** Told of each analysis shown, with the posting's key (list mode updates that posting's card). */
  onAnalysis?: (key: string, analysis: Analysis) => void;
  /** Where the panel's collapse and closings are remembered; without it they last as long as the page. */
  prefs?: PanelPrefsStore;
  /** Remembers the reader's occupation for pay (null: automatic); the storage change brings a fresh analysis. */
  chooseOccupation?: (soc: string | null) => Promise<unknown>;
}
