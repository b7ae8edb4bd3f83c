import type {PostingRecord} from '../storage/posting-record';
import {parsePostingsFile, postingsFile} from '../storage/postings-file';
import {postingsCsv} from './export-csv';
import type {PostingsAppDeps} from './deps';
import type {Message} from './use-rows';

interface ActionState {
  /** The keys of the rows in view (export CSV). */
  inView: () => string[];
  selected: ReadonlySet<string>;
  setSelected: (selected: ReadonlySet<string>) => void;
  setComparing: (records: PostingRecord[]) => void;
  setMessage: (message: Message) => void;
  reload: () => Promise<unknown>;
  fail: (error: unknown) => void;
}

/** What the page's buttons do: export, import, compare, delete, clear. Each reports its failure. */
export function postingsActions(
  {store, download, now = () => new Date()}: PostingsAppDeps,
  {inView, selected, setSelected, setComparing, setMessage, reload, fail}: ActionState,
) {
  const stamp = () => now().toISOString().slice(0, 10);
  const attempt = (work: () => Promise<void>) => () => work().catch(fail);
  return {
    /** The rows in view as CSV: their whole records, read now (the table holds rows only). */
    exportCsv: attempt(async () => {
      const {records} = await store.records(inView());
      download(`tpm-lens-postings-${stamp()}.csv`, postingsCsv(records), 'text/csv');
    }),
    exportJson: attempt(async () => {
      const {entries} = await store.entries();
      download(
        `tpm-lens-postings-${stamp()}.json`,
        JSON.stringify(postingsFile(entries, now()), null, 1),
        'application/json',
      );
    }),
    compare: attempt(async () => setComparing((await store.records([...selected])).records)),
    importFile: async (input: HTMLInputElement) => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      await attempt(async () => {
        const parsed = parsePostingsFile(await file.text());
        if (!parsed.ok) {
          setMessage({kind: 'error', text: `"${file.name}" was not imported: ${parsed.problem}. Nothing was changed.`});
          return;
        }
        const result = await store.importEntries(parsed.entries);
        await reload();
        setMessage({
          kind: 'info',
          text: `Imported "${file.name}": ${result.added} new postings, ${result.merged} merged with ones already here (the newer data kept).`,
        });
      })();
    },
    deleteSelected: attempt(async () => {
      const keys = [...selected];
      await store.remove(keys);
      setSelected(new Set());
      await reload();
      setMessage({kind: 'info', text: `Deleted ${keys.length} postings.`});
    }),
    clearAll: attempt(async () => {
      await store.clear();
      setSelected(new Set());
      await reload();
      setMessage({kind: 'info', text: 'All postings were cleared.'});
    }),
  };
}
export type PostingsActions = ReturnType<typeof postingsActions>;
