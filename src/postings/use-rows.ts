import {useEffect, useLayoutEffect, useMemo, useRef, useState} from 'preact/hooks';
import type {PostingSummary} from '../storage/posting-summary';
import type {Listing} from '../storage/postings-db';
import type {PostingsAppDeps} from './deps';
import {filterRows, prepareSorts, sortRows, type Direction, type Filter, type SortKey} from './table';

/** The first read: the first screen's rows, read and shown before the rest. */
export const FIRST_ROWS = 50;

export type Message = {kind: 'info' | 'error'; text: string} | null;

export function mark(name: string) {
  try {
    performance.mark(name);
  } catch {
    // Marks are for the bench only.
  }
}

/** Resolves once what was rendered has been painted (or soon, where nothing paints). */
export const afterPaint = () =>
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

const upkeepMessage = (reanalysed: number, forgotten: number) =>
  `${reanalysed ? `${reanalysed} postings re-scored (new profile or a new TPM Lens version). ` : ''}${forgotten ? `${forgotten} postings older than your setting were forgotten.` : ''}`.trim();

/**
 * The table's rows: the first screen's first, then every row, the sorts prepared while idle, then the
 * background's upkeep (re-analysis, forgetting) once idle. `reload` reads every row again.
 */
export function useRows(
  {store, upkeep, usage, firstRows}: PostingsAppDeps,
  fail: (error: unknown) => void,
  setMessage: (message: Message) => void,
  setSelected: (update: (before: ReadonlySet<string>) => ReadonlySet<string>) => void,
) {
  const [rows, setRows] = useState<PostingSummary[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [unreadable, setUnreadable] = useState<Listing['unreadable']>([]);
  const [bytes, setBytes] = useState<number | null>(null);
  /** The first screen is shown (or its read failed): what waited for it may start. */
  const [firstShown, setFirstShown] = useState(false);
  const shownRows = useRef<readonly PostingSummary[] | null>(null);
  shownRows.current = rows;

  /**
   * Every table row, validated (no whole record is read); records that fail are set aside by the store,
   * and everything kept aside is reported.
   */
  const reload = async (): Promise<PostingSummary[]> => {
    const open = await store();
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
        const first = quick ? {summaries: [...quick], unreadable: []} : await (await store()).summaries(FIRST_ROWS);
        mark('postings:first-read');
        if (!live) return;
        setRows(first.summaries);
        setUnreadable(first.unreadable);
        await afterPaint();
      } finally {
        if (live) setFirstShown(true);
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
        setMessage({kind: 'info', text: upkeepMessage(kept.reanalysed, kept.forgotten)});
      }
    })().catch(fail);
    return () => {
      live = false;
    };
  }, []);

  return {rows, setRows, complete, unreadable, bytes, reload, firstShown};
}

/** The rows as the table shows them: sorted by the column clicked (again: the other way), then filtered. */
export function useView(rows: PostingSummary[] | null, filter: Filter) {
  const [sort, setSort] = useState<{key: SortKey; direction: Direction} | null>(null);
  const sorted = useMemo(() => (rows && sort ? sortRows(rows, sort.key, sort.direction) : (rows ?? [])), [rows, sort]);
  const view = useMemo(() => filterRows(sorted, filter), [sorted, filter]);
  useLayoutEffect(() => mark('postings:sorted'), [sort]);
  const sortBy = (key: SortKey) => {
    mark('postings:sort');
    setSort((current) =>
      current?.key === key ? {key, direction: current.direction === 'asc' ? 'desc' : 'asc'} : {key, direction: 'asc'},
    );
  };
  return {sort, sortBy, view};
}
