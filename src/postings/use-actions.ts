import type {PostingRecord} from '../storage/posting-record';
import type {CompareView} from './CompareView';
import type {PostingsAppDeps} from './deps';
import type {Message} from './use-rows';

/** Postings side by side, with the view (loaded when first asked for). */
export interface Comparing {
  View: typeof CompareView;
  records: PostingRecord[];
}

interface ActionState {
  /** The keys of the rows in view (export CSV). */
  inView: () => string[];
  selected: ReadonlySet<string>;
  setSelected: (selected: ReadonlySet<string>) => void;
  setComparing: (comparing: Comparing) => void;
  setMessage: (message: Message) => void;
  reload: () => Promise<unknown>;
  fail: (error: unknown) => void;
}

/**
 * What the page's buttons do: export, import, compare, delete, clear. Each reports its failure. Their
 * code (CSV, the file format, the compare view) loads when a button is first used, not with the page.
 */
export function postingsActions(
  {store, download, now = () => new Date()}: PostingsAppDeps,
  {inView, selected, setSelected, setComparing, setMessage, reload, fail}: ActionState,
) {
  const stamp = () => now().toISOString().slice(0, 10);
  const attempt = (work: () => Promise<void>) => () => work().catch(fail);
  return {
    /** The rows in view as CSV: their whole records, read now (the table holds rows only). */
    exportCsv: attempt(async () => {
      const [{postingsCsv}, {records}] = await Promise.all([
        import('./export-csv'),
        store().then((open) => open.records(inView())),
      ]);
      download(`tpm-lens-postings-${stamp()}.csv`, postingsCsv(records), 'text/csv');
    }),
    exportJson: attempt(async () => {
      const [{postingsFile}, {entries}] = await Promise.all([
        import('../storage/postings-file'),
        store().then((open) => open.entries()),
      ]);
      download(
        `tpm-lens-postings-${stamp()}.json`,
        JSON.stringify(postingsFile(entries, now()), null, 1),
        'application/json',
      );
    }),
    compare: attempt(async () => {
      const [{CompareView: View}, {records}] = await Promise.all([
        import('./CompareView'),
        store().then((open) => open.records([...selected])),
      ]);
      setComparing({View, records});
    }),
    importFile: async (input: HTMLInputElement) => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      await attempt(async () => {
        const [{parsePostingsFile}, text] = await Promise.all([import('../storage/postings-file'), file.text()]);
        const parsed = parsePostingsFile(text);
        if (!parsed.ok) {
          setMessage({kind: 'error', text: `"${file.name}" was not imported: ${parsed.problem}. Nothing was changed.`});
          return;
        }
        const result = await (await store()).importEntries(parsed.entries);
        await reload();
        setMessage({
          kind: 'info',
          text: `Imported "${file.name}": ${result.added} new postings, ${result.merged} merged with ones already here (the newer data kept).`,
        });
      })();
    },
    deleteSelected: attempt(async () => {
      const keys = [...selected];
      await (await store()).remove(keys);
      setSelected(new Set());
      await reload();
      setMessage({kind: 'info', text: `Deleted ${keys.length} postings.`});
    }),
    clearAll: attempt(async () => {
      await (await store()).clear();
      setSelected(new Set());
      await reload();
      setMessage({kind: 'info', text: 'All postings were cleared.'});
    }),
  };
}
export type PostingsActions = ReturnType<typeof postingsActions>;
