import {useEffect, useLayoutEffect, useMemo, useRef, useState} from 'preact/hooks';
import type {UpkeepReply} from '../messages';
import type {PostingRecord} from '../storage/posting-record';
import {STATUSES, summaryOf, type PostingSummary} from '../storage/posting-summary';
import type {Listing, PostingsStore} from '../storage/postings-db';
import {DEFAULT_POSTINGS_SETTINGS, type PostingsSettings, type RememberMode} from '../storage/postings-settings';
import {errorMessage} from '../core/error-message';
import type {CompareView} from './CompareView';
import {PostingsTable, type Edit} from './PostingsTable';
import {filterRows, NO_FILTER, prepareSorts, sortRows, type Direction, type Filter, type SortKey} from './table';

export interface PostingsAppDeps {
  /**
   * Opens the store (called once). The page's entry loads the store module (its migrations, the record
   * schema) only once the first rows are shown.
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
   * The first screen's rows, read before anything else (postings-first-rows.ts); null when that read
   * declined and the store must answer.
   */
  firstRows?: Promise<readonly PostingSummary[] | null>;
  now?: () => Date;
}

/** The first read: the first screen's rows, read and shown before the rest. */
export const FIRST_ROWS = 50;

type Message = {kind: 'info' | 'error'; text: string} | null;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function mark(name: string) {
  try {
    performance.mark(name);
  } catch {
    // Marks are for the bench only.
  }
}

/** Resolves once what was rendered has been painted (or soon, where nothing paints). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });

/** Resolves when the page is idle (at most a few seconds later): work nobody is waiting for goes here. */
const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), {timeout: 3000});
    else setTimeout(resolve, 100);
  });

export function PostingsApp({
  store,
  loadSettings,
  saveSettings,
  upkeep,
  download,
  usage,
  firstRows,
  now = () => new Date(),
}: PostingsAppDeps) {
  const opened = useRef<Promise<PostingsStore> | null>(null);
  const ready = () => (opened.current ??= store());
  const [rows, setRows] = useState<PostingSummary[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [unreadable, setUnreadable] = useState<Listing['unreadable']>([]);
  const [message, setMessage] = useState<Message>(null);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [sort, setSort] = useState<{key: SortKey; direction: Direction} | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [comparing, setComparing] = useState<{View: typeof CompareView; records: PostingRecord[]} | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [settings, setSettings] = useState<PostingsSettings>(DEFAULT_POSTINGS_SETTINGS);
  const [bytes, setBytes] = useState<number | null>(null);

  const fail = (error: unknown) => setMessage({kind: 'error', text: errorMessage(error)});
  const shownRows = useRef<readonly PostingSummary[] | null>(null);
  shownRows.current = rows;

  /**
   * Every table row, validated (no whole record is read); records that fail are set aside by the store,
   * and everything kept aside is reported.
   */
  const reload = async (): Promise<PostingSummary[]> => {
    const open = await ready();
    const listing = await open.summaries();
    const keys = new Set(listing.summaries.map((row) => row.key));
    setRows(listing.summaries);
    setComplete(true);
    setSelected((before) => new Set([...before].filter((key) => keys.has(key))));
    setUnreadable(await open.asideReport().catch(() => listing.unreadable));
    usage().then(setBytes, () => setBytes(null));
    return listing.summaries;
  };

  useEffect(() => {
    let live = true;
    (async () => {
      // The first screen first: a bounded read of table rows, then the rest.
      try {
        const quick = firstRows ? await firstRows.catch(() => null) : null;
        const first = quick ? {summaries: [...quick], unreadable: []} : await (await ready()).summaries(FIRST_ROWS);
        mark('postings:first-read');
        if (!live) return;
        setRows(first.summaries);
        setUnreadable(first.unreadable);
        await afterPaint();
      } finally {
        // The settings (at the foot of the page) once the first rows are on screen, whatever became of them.
        if (live) loadSettings().then(setSettings, fail);
      }
      if (!live) return;
      const all = await reload();
      if (!live) return;
      // Every column sorted ahead of the first click, while the reader looks at the first screen.
      await prepareSorts(all, () => whenIdle().then(() => live && shownRows.current === all));
      if (!live) return;
      // Re-analysis (a new profile or version) competes with nothing the reader waits for: it starts
      // once the page is idle, and the background runs it in small batches.
      await whenIdle();
      if (!live) return;
      const kept = await upkeep();
      if (live && kept?.ok && kept.reanalysed + kept.forgotten > 0) {
        await reload();
        setMessage({
          kind: 'info',
          text: `${kept.reanalysed ? `${kept.reanalysed} postings re-scored (new profile or a new TPM Lens version). ` : ''}${kept.forgotten ? `${kept.forgotten} postings older than your setting were forgotten.` : ''}`.trim(),
        });
      }
    })().catch(fail);
    return () => {
      live = false;
    };
  }, []);

  // Layout effects run once the rows are in the document, before the browser paints them.
  const painted = useRef(false);
  useLayoutEffect(() => {
    if (!rows?.length) return;
    mark('postings:rows');
    if (painted.current) return;
    painted.current = true;
    void afterPaint().then(() => mark('postings:painted'));
  }, [rows]);

  const sorted = useMemo(() => (rows && sort ? sortRows(rows, sort.key, sort.direction) : (rows ?? [])), [rows, sort]);
  const view = useMemo(() => filterRows(sorted, filter), [sorted, filter]);

  useLayoutEffect(() => mark('postings:sorted'), [sort]);

  const replace = (record: PostingRecord) => {
    const row = summaryOf(record);
    setRows((list) => list?.map((known) => (known.key === row.key ? row : known)) ?? null);
  };

  const edit = (key: string, change: Edit) => {
    ready()
      .then((open) => open.edit(key, change))
      .then(replace, fail);
  };

  // From the filter as it is now, not as it was at the last render: two quick changes both count.
  const refine = (change: Partial<Filter>) => setFilter((current) => ({...current, ...change}));

  const toggle = (key: string) =>
    setSelected((before) => {
      const next = new Set(before);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const sortBy = (key: SortKey) => {
    mark('postings:sort');
    setSort((current) =>
      current?.key === key ? {key, direction: current.direction === 'asc' ? 'desc' : 'asc'} : {key, direction: 'asc'},
    );
  };

  const stamp = () => now().toISOString().slice(0, 10);

  /** The rows in view as CSV: their whole records, read now (the table holds rows only). */
  const exportCsv = async () => {
    try {
      const [{postingsCsv}, {records}] = await Promise.all([
        import('./export-csv'),
        ready().then((open) => open.records(view.map((row) => row.key))),
      ]);
      download(`tpm-lens-postings-${stamp()}.csv`, postingsCsv(records), 'text/csv');
    } catch (error) {
      fail(error);
    }
  };
  const exportJson = async () => {
    try {
      const [{postingsFile}, {entries}] = await Promise.all([
        import('../storage/postings-file'),
        ready().then((open) => open.entries()),
      ]);
      download(
        `tpm-lens-postings-${stamp()}.json`,
        JSON.stringify(postingsFile(entries, now()), null, 1),
        'application/json',
      );
    } catch (error) {
      fail(error);
    }
  };

  const compare = async () => {
    try {
      const [{CompareView: View}, {records}] = await Promise.all([
        import('./CompareView'),
        ready().then((open) => open.records([...selected])),
      ]);
      setComparing({View, records});
    } catch (error) {
      fail(error);
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const [{parsePostingsFile}, text] = await Promise.all([import('../storage/postings-file'), file.text()]);
      const parsed = parsePostingsFile(text);
      if (!parsed.ok) {
        setMessage({kind: 'error', text: `"${file.name}" was not imported: ${parsed.problem}. Nothing was changed.`});
        return;
      }
      const result = await (await ready()).importEntries(parsed.entries);
      await reload();
      setMessage({
        kind: 'info',
        text: `Imported "${file.name}": ${result.added} new postings, ${result.merged} merged with ones already here (the newer data kept).`,
      });
    } catch (error) {
      fail(error);
    }
  };

  const deleteSelected = async () => {
    try {
      const keys = [...selected];
      await (await ready()).remove(keys);
      setSelected(new Set());
      await reload();
      setMessage({kind: 'info', text: `Deleted ${keys.length} postings.`});
    } catch (error) {
      fail(error);
    }
  };

  const clearAll = async () => {
    setConfirmClear(false);
    try {
      await (await ready()).clear();
      setSelected(new Set());
      await reload();
      setMessage({kind: 'info', text: 'All postings were cleared.'});
    } catch (error) {
      fail(error);
    }
  };

  const changeSettings = (next: PostingsSettings) => {
    setSettings(next);
    saveSettings(next).then(() => setMessage({kind: 'info', text: 'Settings saved.'}), fail);
  };

  const canCompare = selected.size >= 2 && selected.size <= 4;

  return (
    <main class="postings">
      <h1>Your postings</h1>
      <p data-testid="postings-count" aria-live="polite">
        {rows === null
          ? 'Reading your postings…'
          : `${rows.length}${complete ? '' : '+'} postings stored${bytes === null ? '' : `, about ${megabytes(bytes)} used by TPM Lens on this computer`}.`}
      </p>
      {message ? (
        <p
          class={`status ${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="postings-message"
        >
          {message.text}
        </p>
      ) : null}
      {unreadable.length ? (
        <details class="status error" data-testid="unreadable" open>
          <summary>
            {unreadable.length} stored {unreadable.length === 1 ? 'posting' : 'postings'} could not be read and{' '}
            {unreadable.length === 1 ? 'was' : 'were'} kept aside; the others are listed.
          </summary>
          <ul>
            {unreadable.slice(0, 20).map((entry, index) => (
              <li key={index}>
                {entry.key ?? '(no key)'}: {entry.problem}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <fieldset class="filters">
        <legend>Filter</legend>
        <label>
          Search{' '}
          <input
            type="search"
            value={filter.text}
            onInput={(event) => refine({text: (event.target as HTMLInputElement).value})}
          />
        </label>
        <label>
          Status{' '}
          <select
            value={filter.status}
            onChange={(event) => refine({status: (event.target as HTMLSelectElement).value as Filter['status']})}
          >
            <option value="all">any</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </label>
        <label>
          Role{' '}
          <select
            value={filter.verdict}
            onChange={(event) => refine({verdict: (event.target as HTMLSelectElement).value as Filter['verdict']})}
          >
            <option value="all">any</option>
            <option value="tpm">TPM roles</option>
            <option value="not-tpm">other roles</option>
          </select>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={filter.hasPay}
            onChange={(event) => refine({hasPay: (event.target as HTMLInputElement).checked})}
          />{' '}
          States pay
        </label>
      </fieldset>

      <div class="actions">
        <button
          type="button"
          data-testid="compare"
          disabled={!canCompare}
          onClick={() => void compare()}
          title="Select 2 to 4 postings"
        >
          Compare selected ({selected.size})
        </button>
        <button type="button" data-testid="export-csv" onClick={() => void exportCsv()} disabled={!view.length}>
          Export CSV
        </button>
        <button type="button" data-testid="export-json" onClick={() => void exportJson()}>
          Export JSON
        </button>
        <label class="file">
          Import JSON{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-json"
            onChange={(event) => void importFile(event.target as HTMLInputElement)}
          />
        </label>
        <button
          type="button"
          data-testid="delete-selected"
          disabled={!selected.size}
          onClick={() => void deleteSelected()}
        >
          Delete selected
        </button>
        {confirmClear ? (
          <span role="group" aria-label="Confirm clearing">
            Clear all {rows?.length ?? 0} postings? This cannot be undone.{' '}
            <button type="button" data-testid="clear-confirm" onClick={() => void clearAll()}>
              Yes, clear all
            </button>{' '}
            <button type="button" onClick={() => setConfirmClear(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button
            type="button"
            data-testid="clear-all"
            disabled={!rows?.length && !unreadable.length}
            onClick={() => setConfirmClear(true)}
          >
            Clear all…
          </button>
        )}
      </div>

      {comparing ? <comparing.View records={comparing.records} onClose={() => setComparing(null)} /> : null}

      {rows !== null && rows.length === 0 ? (
        <p class="muted" data-testid="no-postings">
          No postings yet. Open a job posting: TPM roles are remembered as the setting below says, and the panel's Save
          keeps any posting.
        </p>
      ) : null}
      {rows?.length ? (
        <>
          {view.length < rows.length ? (
            <p class="muted" data-testid="filtered-count">
              {view.length} of {rows.length} match the filter.
            </p>
          ) : null}
          <PostingsTable rows={view} sort={sort} onSort={sortBy} selected={selected} onToggle={toggle} onEdit={edit} />
        </>
      ) : null}

      <fieldset class="settings">
        <legend>Settings</legend>
        <label>
          Remember postings I open{' '}
          <select
            value={settings.remember}
            data-testid="remember-mode"
            onChange={(event) =>
              changeSettings({...settings, remember: (event.target as HTMLSelectElement).value as RememberMode})
            }
          >
            <option value="tpm">TPM roles only</option>
            <option value="all">every posting</option>
            <option value="none">none (the panel's Save still keeps one)</option>
          </select>
        </label>
        <label>
          Forget postings not seen or edited for{' '}
          <input
            type="number"
            min={1}
            max={3650}
            data-testid="forget-days"
            value={settings.forgetAfterDays ?? ''}
            placeholder="never"
            onChange={(event) => {
              const value = (event.target as HTMLInputElement).value.trim();
              const days = value === '' ? null : Math.round(Number(value));
              if (days !== null && !(days >= 1 && days <= 3650)) {
                setMessage({kind: 'error', text: 'Days must be a number from 1 to 3650, or empty to keep postings.'});
                return;
              }
              changeSettings({...settings, forgetAfterDays: days});
            }}
          />{' '}
          days
        </label>
      </fieldset>
    </main>
  );
}
