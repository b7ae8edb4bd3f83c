// The Postings table: a header that sorts, and only the rows in view (plus a few either side) in the
// document. Every row has one fixed height, so the rows above and below the window are two spacer rows
// of known height and the scroll bar stays true. 10,000 postings are ~40 rows in the DOM.
import {useEffect, useLayoutEffect, useRef, useState} from 'preact/hooks';
import {MAX_NOTES_CHARS, STATUSES, type PostingStatus, type PostingSummary} from '../storage/posting-summary';
import {usdRange} from '../core/usd';
import type {Direction, SortKey} from './table';

/** Pixels; postings.css gives every body row this height (--row-height). */
const ROW_HEIGHT = 36;
/** Rows rendered beyond each edge of the window, so a fast scroll rarely shows a blank. */
const OVERSCAN = 6;
/** When the container has no height (a DOM without layout): rows rendered. */
const FALLBACK_WINDOW_ROWS = 20;
/** The scroller's height before it is measured: postings.css caps it at 75vh, which 10,000 rows fill. */
const expectedHeight = () => (typeof innerHeight === 'number' ? Math.round(innerHeight * 0.75) : 0);

const COLUMNS: Array<{key: SortKey; label: string}> = [
  {key: 'title', label: 'Title'},
  {key: 'company', label: 'Company'},
  {key: 'location', label: 'Location'},
  {key: 'screening', label: 'Screening'},
  {key: 'site', label: 'Site'},
  {key: 'status', label: 'Status'},
  {key: 'fit', label: 'Fit'},
  {key: 'yourPay', label: 'Your pay'},
  {key: 'skills', label: 'Your skills'},
  {key: 'completeness', label: 'Completeness'},
  {key: 'pay', label: 'Posted pay'},
  {key: 'position', label: 'Against benchmark'},
  {key: 'firstSeen', label: 'First seen'},
];

const POSITION_WORDS = {below: 'below', within: 'within', above: 'above', 'not-comparable': 'not comparable'} as const;
/** Where the posted pay stands against the profile's; the cell's title has the sentence with the figures. */
const YOUR_PAY_WORDS = {
  below: 'below yours',
  within: 'yours in range',
  meets: 'meets yours',
  unknown: 'not compared',
} as const;

export type Edit = {status?: PostingStatus; notes?: string};

/** Empty without a pay expectation; an unknown for want of posted pay says so. */
function yourPayCell({yourPay, pay}: PostingSummary): string {
  if (!yourPay) return '';
  return yourPay.verdict === 'unknown' && !pay ? 'no posted pay' : YOUR_PAY_WORDS[yourPay.verdict];
}

function payCell(row: PostingSummary): string {
  if (!row.pay) return '';
  const {annualMin, annualMax, currency} = row.pay;
  return currency === 'USD'
    ? usdRange(annualMin, annualMax)
    : `${Math.round(annualMin).toLocaleString('en-US')}-${Math.round(annualMax).toLocaleString('en-US')} ${currency}`;
}

export interface PostingsTableProps {
  rows: readonly PostingSummary[];
  sort: {key: SortKey; direction: Direction} | null;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onEdit: (key: string, change: Edit) => void;
}

export function PostingsTable({rows, sort, onSort, selected, onToggle, onEdit}: PostingsTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // The first render fills the expected window (no more rows than the first screen shows); the measure
  // after it corrects that when the rows do not fill it.
  const [height, setHeight] = useState(expectedHeight);

  useLayoutEffect(() => {
    const measure = () => setHeight(scroller.current?.clientHeight ?? 0);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);

  // A new order or filter starts at the top.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [sort]);

  // One state update per frame however many scroll events arrive.
  const frame = useRef(0);
  // The first screen renders only the rows in view; rows beyond the edges wait for the first scroll.
  const scrolled = useRef(false);
  const onScroll = () => {
    scrolled.current = true;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      setScrollTop(scroller.current?.scrollTop ?? 0);
    });
  };

  const windowRows = height > 0 ? Math.ceil(height / ROW_HEIGHT) : FALLBACK_WINDOW_ROWS;
  const top = Math.floor(scrollTop / ROW_HEIGHT);
  const overscan = scrolled.current ? OVERSCAN : 0;
  const first = Math.min(Math.max(0, top - overscan), Math.max(0, rows.length - 1));
  const last = Math.min(rows.length, top + windowRows + overscan);

  return (
    <div class="scroll" ref={scroller} onScroll={onScroll} data-testid="postings-scroll">
      <table class="postings-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" class="col-select">
              <span class="sr-only">Select</span>
            </th>
            {COLUMNS.map((column) => (
              <th
                scope="col"
                key={column.key}
                class={`col-${column.key}`}
                aria-sort={sort?.key === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" class="sort" data-sort={column.key} onClick={() => onSort(column.key)}>
                  {column.label}
                  {sort?.key === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
            <th scope="col" class="col-notes">
              Notes
            </th>
          </tr>
        </thead>
        <tbody>
          {first > 0 ? <tr class="spacer" aria-hidden="true" style={{height: `${first * ROW_HEIGHT}px`}} /> : null}
          {rows.slice(first, last).map((row, index) => (
            <Row
              key={row.key}
              row={row}
              index={first + index}
              selected={selected.has(row.key)}
              onToggle={onToggle}
              onEdit={onEdit}
            />
          ))}
          {last < rows.length ? (
            <tr class="spacer" aria-hidden="true" style={{height: `${(rows.length - last) * ROW_HEIGHT}px`}} />
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: PostingSummary;
  index: number;
  selected: boolean;
  onToggle: (key: string) => void;
  onEdit: (key: string, change: Edit) => void;
}

function Row({row, index, selected, onToggle, onEdit}: RowProps) {
  const position = row.benchmark?.position;
  return (
    <tr data-testid="posting-row" data-key={row.key} aria-rowindex={index + 2}>
      <td>
        <input
          type="checkbox"
          aria-label={`Select ${row.title}`}
          checked={selected}
          onChange={() => onToggle(row.key)}
        />
      </td>
      <td data-col="title" title={row.title}>
        {row.url ? (
          <a href={row.url} target="_blank" rel="noopener noreferrer">
            {row.title}
          </a>
        ) : (
          row.title
        )}
        {row.verdict === 'tpm' ? <span class="badge">TPM</span> : null}
      </td>
      <td title={row.company}>{row.company}</td>
      <td title={row.location}>{row.location}</td>
      <td title={row.screening}>{row.screening}</td>
      <td>{row.sites.join(', ')}</td>
      <td>
        <select
          aria-label={`Status of ${row.title}`}
          data-testid="status"
          value={row.status}
          onChange={(event) => onEdit(row.key, {status: (event.target as HTMLSelectElement).value as PostingStatus})}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </td>
      <td data-col="fit" title={row.blockers ? `Blocked: ${row.blockers.join('; ')}` : ''}>
        {row.fit === null ? '' : row.blockers ? `${row.fit} blocked` : row.fit}
      </td>
      <td
        data-col="yourPay"
        title={row.yourPay?.text ?? ''}
        class={row.yourPay?.verdict === 'below' ? 'no' : undefined}
      >
        {yourPayCell(row)}
      </td>
      <td data-col="skills" title={row.skills?.text ?? ''}>
        {row.skills ? row.skills.named.join(', ') || 'none' : ''}
      </td>
      <td>{row.completeness}</td>
      <td>{payCell(row)}</td>
      <td title={row.benchmark?.summary ?? ''}>
        {position ? POSITION_WORDS[position] : row.benchmark ? '' : 'no data'}
      </td>
      <td>{row.firstSeen.slice(0, 10)}</td>
      <td>
        <textarea
          aria-label={`Notes on ${row.title}`}
          data-testid="notes"
          rows={1}
          maxLength={MAX_NOTES_CHARS}
          value={row.notes}
          onChange={(event) => {
            const notes = (event.target as HTMLTextAreaElement).value;
            if (notes !== row.notes) onEdit(row.key, {notes});
          }}
        />
      </td>
    </tr>
  );
}
