import {useEffect, useLayoutEffect, useMemo, useState} from 'preact/hooks';
import type {UpkeepReply} from '../messages';
import {MAX_NOTES_CHARS, STATUSES, type PostingRecord, type PostingStatus} from '../storage/posting-record';
import type {Listing, PostingsStore} from '../storage/postings-db';
import {parsePostingsFile, postingsFile} from '../storage/postings-file';
import {DEFAULT_POSTINGS_SETTINGS, type PostingsSettings, type RememberMode} from '../storage/postings-settings';
import {usdRange} from '../core/usd';
import {CompareView} from './CompareView';
import {postingsCsv} from './export-csv';
import {filterRecords, NO_FILTER, sortRecords, type Direction, type Filter, type SortKey} from './table';
import {errorMessage} from '../core/error-message';

export interface PostingsAppDeps {
  store: PostingsStore;
  loadSettings: () => Promise<PostingsSettings>;
  saveSettings: (settings: PostingsSettings) => Promise<void>;
  /** Asks the background to re-analyse stale postings and forget old ones; null when it did not answer. */
  upkeep: () => Promise<UpkeepReply | null>;
  download: (fileName: string, text: string, type: string) => void;
  /** Bytes the browser counts for the extension's storage, when it says. */
  usage: () => Promise<number | null>;
  now?: () => Date;
}

/** Rows shown before "Show more": the first screen comes from a bounded read (see FIRST_ROWS). */
const PAGE_ROWS = 100;
/** The first read: enough for the first screen, read and validated before the rest. */
const FIRST_ROWS = 50;

const COLUMNS: Array<{key: SortKey; label: string}> = [
  {key: 'title', label: 'Title'},
  {key: 'company', label: 'Company'},
  {key: 'location', label: 'Location'},
  {key: 'site', label: 'Site'},
  {key: 'status', label: 'Status'},
  {key: 'fit', label: 'Fit'},
  {key: 'completeness', label: 'Completeness'},
  {key: 'pay', label: 'Posted pay'},
  {key: 'position', label: 'Against benchmark'},
  {key: 'firstSeen', label: 'First seen'},
];

const POSITION_WORDS = {below: 'below', within: 'within', above: 'above', 'not-comparable': 'not comparable'} as const;

type Message = {kind: 'info' | 'error'; text: string} | null;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const day = (iso: string) => iso.slice(0, 10);

function payCell(record: PostingRecord): string {
  if (!record.pay) return '';
  const {annualMin, annualMax, currency} = record.pay;
  return currency === 'USD'
    ? usdRange(annualMin, annualMax)
    : `${Math.round(annualMin).toLocaleString('en-US')}-${Math.round(annualMax).toLocaleString('en-US')} ${currency}`;
}

function mark(name: string) {
  try {
    performance.mark(name);
  } catch {
    // Marks are for the bench only.
  }
}

export function PostingsApp({
  store,
  loadSettings,
  saveSettings,
  upkeep,
  download,
  usage,
  now = () => new Date(),
}: PostingsAppDeps) {
  const [records, setRecords] = useState<PostingRecord[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [unreadable, setUnreadable] = useState<Listing['unreadable']>([]);
  const [message, setMessage] = useState<Message>(null);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [sort, setSort] = useState<{key: SortKey; direction: Direction} | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [comparing, setComparing] = useState<PostingRecord[] | null>(null);
  const [shown, setShown] = useState(PAGE_ROWS);
  const [confirmClear, setConfirmClear] = useState(false);
  const [settings, setSettings] = useState<PostingsSettings>(DEFAULT_POSTINGS_SETTINGS);
  const [bytes, setBytes] = useState<number | null>(null);

  const fail = (error: unknown) => setMessage({kind: 'error', text: errorMessage(error)});

  /** Everything, validated; records that fail are reported (and were set aside by the store). */
  const reload = async () => {
    const listing = await store.list();
    setRecords(listing.records);
    setUnreadable((before) => [...before, ...listing.unreadable]);
    setComplete(true);
    setSelected((before) => new Set([...before].filter((key) => listing.records.some((record) => record.key === key))));
    usage().then(setBytes, () => setBytes(null));
  };

  useEffect(() => {
    let live = true;
    (async () => {
      // The first screen first: a bounded read, then the rest.
      const first = await store.list(FIRST_ROWS);
      if (!live) return;
      setRecords(first.records);
      setUnreadable(first.unreadable);
      // Let the first screen paint before the whole store is read and checked.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      if (!live) return;
      await reload();
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
    loadSettings().then(setSettings, fail);
    return () => {
      live = false;
    };
  }, []);

  // Layout effects run once the rows are in the document, before the browser paints them.
  useLayoutEffect(() => {
    if (records?.length) mark('postings:rows');
  }, [records]);

  const view = useMemo(() => {
    if (!records) return [];
    const filtered = filterRecords(records, filter);
    return sort ? sortRecords(filtered, sort.key, sort.direction) : filtered;
  }, [records, filter, sort]);

  useLayoutEffect(() => mark('postings:sorted'), [sort]);

  const replace = (record: PostingRecord) =>
    setRecords((list) => list?.map((known) => (known.key === record.key ? record : known)) ?? null);

  const edit = (key: string, change: {status?: PostingStatus; notes?: string}) => {
    store.edit(key, change).then(replace, fail);
  };

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

  const exportCsv = () => download(`tpm-lens-postings-${stamp()}.csv`, postingsCsv(view), 'text/csv');
  const exportJson = async () => {
    try {
      const {entries} = await store.entries();
      download(
        `tpm-lens-postings-${stamp()}.json`,
        JSON.stringify(postingsFile(entries, now()), null, 1),
        'application/json',
      );
    } catch (error) {
      fail(error);
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
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
    } catch (error) {
      fail(error);
    }
  };

  const deleteSelected = async () => {
    try {
      const keys = [...selected];
      await store.remove(keys);
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
      await store.clear();
      setSelected(new Set());
      setUnreadable([]);
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

  const chosen = records?.filter((record) => selected.has(record.key)) ?? [];
  const canCompare = chosen.length >= 2 && chosen.length <= 4;

  return (
    <main class="postings">
      <h1>Your postings</h1>
      <p data-testid="postings-count" aria-live="polite">
        {records === null
          ? 'Reading your postings…'
          : `${records.length}${complete ? '' : '+'} postings stored${bytes === null ? '' : `, about ${megabytes(bytes)} used by TPM Lens on this computer`}.`}
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
            onInput={(event) => setFilter({...filter, text: (event.target as HTMLInputElement).value})}
          />
        </label>
        <label>
          Status{' '}
          <select
            value={filter.status}
            onChange={(event) =>
              setFilter({...filter, status: (event.target as HTMLSelectElement).value as Filter['status']})
            }
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
            onChange={(event) =>
              setFilter({...filter, verdict: (event.target as HTMLSelectElement).value as Filter['verdict']})
            }
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
            onChange={(event) => setFilter({...filter, hasPay: (event.target as HTMLInputElement).checked})}
          />{' '}
          States pay
        </label>
      </fieldset>

      <div class="actions">
        <button
          type="button"
          data-testid="compare"
          disabled={!canCompare}
          onClick={() => setComparing(chosen)}
          title="Select 2 to 4 postings"
        >
          Compare selected ({chosen.length})
        </button>
        <button type="button" data-testid="export-csv" onClick={exportCsv} disabled={!view.length}>
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
            Clear all {records?.length ?? 0} postings? This cannot be undone.{' '}
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
            disabled={!records?.length && !unreadable.length}
            onClick={() => setConfirmClear(true)}
          >
            Clear all…
          </button>
        )}
      </div>

      {comparing ? <CompareView records={comparing} onClose={() => setComparing(null)} /> : null}

      {records !== null && records.length === 0 ? (
        <p class="muted" data-testid="no-postings">
          No postings yet. Open a job posting: TPM roles are remembered as the setting below says, and the panel's Save
          keeps any posting.
        </p>
      ) : null}
      {records?.length ? (
        <div class="scroll">
          <table class="postings-table">
            <thead>
              <tr>
                <th scope="col">
                  <span class="sr-only">Select</span>
                </th>
                {COLUMNS.map((column) => (
                  <th
                    scope="col"
                    key={column.key}
                    aria-sort={
                      sort?.key === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'
                    }
                  >
                    <button type="button" class="sort" data-sort={column.key} onClick={() => sortBy(column.key)}>
                      {column.label}
                      {sort?.key === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                    </button>
                  </th>
                ))}
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {view.slice(0, shown).map((record) => (
                <Row
                  key={record.key}
                  record={record}
                  selected={selected.has(record.key)}
                  onToggle={toggle}
                  onEdit={edit}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {view.length > shown ? (
        <p>
          Showing {shown} of {view.length}.{' '}
          <button type="button" onClick={() => setShown(shown + PAGE_ROWS * 5)}>
            Show more
          </button>
        </p>
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

interface RowProps {
  record: PostingRecord;
  selected: boolean;
  onToggle: (key: string) => void;
  onEdit: (key: string, change: {status?: PostingStatus; notes?: string}) => void;
}

function Row({record, selected, onToggle, onEdit}: RowProps) {
  const url = record.links.find((link) => /^https?:/.test(link.url))?.url;
  const position = record.benchmark?.position;
  return (
    <tr data-testid="posting-row" data-key={record.key}>
      <td>
        <input
          type="checkbox"
          aria-label={`Select ${record.title}`}
          checked={selected}
          onChange={() => onToggle(record.key)}
        />
      </td>
      <td data-col="title">
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {record.title}
          </a>
        ) : (
          record.title
        )}
        {record.verdict === 'tpm' ? <span class="badge">TPM</span> : null}
      </td>
      <td>{record.company}</td>
      <td>{record.location}</td>
      <td>{[...new Set(record.links.map((link) => link.site))].join(', ')}</td>
      <td>
        <select
          aria-label={`Status of ${record.title}`}
          data-testid="status"
          value={record.status}
          onChange={(event) => onEdit(record.key, {status: (event.target as HTMLSelectElement).value as PostingStatus})}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </td>
      <td>{record.fit ? record.fit.score : ''}</td>
      <td>{record.completeness.score}</td>
      <td>{payCell(record)}</td>
      <td title={record.benchmark?.summary ?? ''}>
        {position ? POSITION_WORDS[position] : record.benchmark ? '' : 'no data'}
      </td>
      <td>{day(record.firstSeen)}</td>
      <td>
        <textarea
          aria-label={`Notes on ${record.title}`}
          data-testid="notes"
          rows={1}
          maxLength={MAX_NOTES_CHARS}
          value={record.notes}
          onChange={(event) => {
            const notes = (event.target as HTMLTextAreaElement).value;
            if (notes !== record.notes) onEdit(record.key, {notes});
          }}
        />
      </td>
    </tr>
  );
}
