// "Your postings" in IndexedDB, through idb (a ~1 KB promise wrapper). Used by the background (which
// remembers analysed postings and re-analyses them) and the Postings page; never by the content script,
// whose IndexedDB would be the job site's. Every write that touches more than one value is one
// transaction: a quota error or a closed tab leaves nothing half-written. The parts: postings-idb.ts (the
// database, its connection and errors), postings-reads.ts, postings-writes.ts, postings-file-io.ts (the JSON
// file in and out) and postings-reanalysis.ts (records of another version or profile analysed again).
import type {Analysis, Posting} from '../core/types';
import type {AnalysisContext} from './posting-record';
import type {PostingStatus} from './posting-summary';
import type {PostingEntry} from './postings-file';
import {entries, importEntries} from './postings-file-io';
import {openConnection, type OpenOptions} from './postings-idb';
import {reanalyse, staleKeys} from './postings-reanalysis';
import {aside, asideReport, count, list, records, summaries, summariesFor} from './postings-reads';
import {clear, edit, forgetOlderThan, remember, remove} from './postings-writes';

export {storeError, type OpenOptions} from './postings-idb';
export type {Listing} from './postings-reads';

export const BLOCKED_MESSAGE =
  'Your postings are being upgraded, and another TPM Lens page still has the old version open. Close the other "Your postings" tabs; this page continues when they are closed.';

export function createPostingsStore(options: OpenOptions = {}, now: () => Date = () => new Date()) {
  const conn = openConnection(options, now);
  return {
    list: (limit?: number) => list(conn, limit),
    summaries: (limit?: number) => summaries(conn, limit),
    records: (keys: readonly string[]) => records(conn, keys),
    count: () => count(conn),
    aside: () => aside(conn),
    asideReport: () => asideReport(conn),
    remember: (posting: Posting, analysis: Analysis, context: AnalysisContext, status?: 'new' | 'saved') =>
      remember(conn, posting, analysis, context, status),
    edit: (key: string, change: {status?: PostingStatus; notes?: string}) => edit(conn, key, change),
    remove: (keys: readonly string[]) => remove(conn, keys),
    clear: () => clear(conn),
    entries: () => entries(conn),
    importEntries: (file: readonly PostingEntry[]) => importEntries(conn, file),
    forgetOlderThan: (days: number) => forgetOlderThan(conn, days),
    summariesFor: (keys: readonly string[]) => summariesFor(conn, keys),
    staleKeys: (context: Pick<AnalysisContext, 'analysisVersion' | 'profileStamp'>) => staleKeys(conn, context),
    reanalyse: (keys: readonly string[], analyze: (posting: Posting) => Analysis, context: AnalysisContext) =>
      reanalyse(conn, keys, analyze, context),
    close: conn.close,
  };
}

export type PostingsStore = ReturnType<typeof createPostingsStore>;
