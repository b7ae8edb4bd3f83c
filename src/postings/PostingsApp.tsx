import {useEffect, useLayoutEffect, useRef, useState} from 'preact/hooks';
import type {PostingRecord} from '../storage/posting-record';
import {summaryOf} from '../storage/posting-summary';
import {DEFAULT_POSTINGS_SETTINGS, type PostingsSettings} from '../storage/postings-settings';
import {errorMessage} from '../core/error-message';
import type {PostingsAppDeps} from './deps';
import {PostingsActionsBar} from './PostingsActionsBar';
import {PostingsFilters} from './PostingsFilters';
import {PostingsSettingsFields} from './PostingsSettingsFields';
import {PostingsStatus} from './PostingsStatus';
import {PostingsTable, type Edit} from './PostingsTable';
import {NO_FILTER, type Filter} from './table';
import {postingsActions, type Comparing} from './use-actions';
import {afterPaint, mark, useRows, useView, type Message} from './use-rows';

/** The page: status, filters, actions, the table (rows: use-rows.ts; buttons: use-actions.ts), settings. */
export function PostingsApp(deps: PostingsAppDeps) {
  const {store, loadSettings, saveSettings} = deps;
  const [message, setMessage] = useState<Message>(null);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [comparing, setComparing] = useState<Comparing | null>(null);
  const [settings, setSettings] = useState<PostingsSettings>(DEFAULT_POSTINGS_SETTINGS);
  const fail = (error: unknown) => setMessage({kind: 'error', text: errorMessage(error)});
  const {rows, setRows, complete, unreadable, bytes, reload, firstShown} = useRows(deps, fail, setMessage, setSelected);

  // The settings (at the foot of the page) once the first rows are on screen.
  useEffect(() => {
    if (firstShown) loadSettings().then(setSettings, fail);
  }, [firstShown]);

  // Layout effects run once the rows are in the document, before the browser paints them.
  const painted = useRef(false);
  useLayoutEffect(() => {
    if (!rows?.length) return;
    mark('postings:rows');
    if (painted.current) return;
    painted.current = true;
    void afterPaint().then(() => mark('postings:painted'));
  }, [rows]);

  const {sort, sortBy, view} = useView(rows, filter);

  const replace = (record: PostingRecord) => {
    const row = summaryOf(record);
    setRows((list) => list?.map((known) => (known.key === row.key ? row : known)) ?? null);
  };
  // Said once the change is stored: the page may be closed from then on without losing it.
  const edit = (key: string, change: Edit) => {
    store()
      .then((open) => open.edit(key, change))
      .then((record) => {
        replace(record);
        setMessage({
          kind: 'info',
          text: change.notes !== undefined ? 'Notes saved.' : `Status saved: ${record.status}.`,
        });
      }, fail);
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
  const inView = () => view.map((row) => row.key);
  const actions = postingsActions(deps, {inView, selected, setSelected, setComparing, setMessage, reload, fail});
  const changeSettings = (next: PostingsSettings) => {
    setSettings(next);
    saveSettings(next).then(() => setMessage({kind: 'info', text: 'Settings saved.'}), fail);
  };

  return (
    <main class="postings">
      <h1>Your postings</h1>
      <PostingsStatus
        count={rows === null ? null : rows.length}
        complete={complete}
        bytes={bytes}
        message={message}
        unreadable={unreadable}
      />
      <PostingsFilters filter={filter} refine={refine} />
      <PostingsActionsBar
        actions={actions}
        selectedCount={selected.size}
        inView={view.length}
        stored={rows?.length ?? 0}
        anyAside={unreadable.length > 0}
      />
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
      <PostingsSettingsFields settings={settings} change={changeSettings} setMessage={setMessage} />
    </main>
  );
}
