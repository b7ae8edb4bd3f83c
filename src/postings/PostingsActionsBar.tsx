import {useState} from 'preact/hooks';
import type {PostingsActions} from './use-actions';

interface Props {
  actions: PostingsActions;
  selectedCount: number;
  /** Rows in view (export CSV) and stored (clear all). */
  inView: number;
  stored: number;
  /** Whether anything is kept aside (clear all clears it too). */
  anyAside: boolean;
}

/** Compare, export, import, delete and clear (confirmed first). */
export function PostingsActionsBar({actions, selectedCount, inView, stored, anyAside}: Props) {
  const [confirmClear, setConfirmClear] = useState(false);
  const canCompare = selectedCount >= 2 && selectedCount <= 4;
  return (
    <div class="actions">
      <button
        type="button"
        data-testid="compare"
        disabled={!canCompare}
        onClick={() => void actions.compare()}
        title="Select 2 to 4 postings"
      >
        Compare selected ({selectedCount})
      </button>
      <button type="button" data-testid="export-csv" onClick={() => void actions.exportCsv()} disabled={!inView}>
        Export CSV
      </button>
      <button type="button" data-testid="export-json" onClick={() => void actions.exportJson()}>
        Export JSON
      </button>
      <label class="file">
        Import JSON{' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-json"
          onChange={(event) => void actions.importFile(event.target as HTMLInputElement)}
        />
      </label>
      <button
        type="button"
        data-testid="delete-selected"
        disabled={!selectedCount}
        onClick={() => void actions.deleteSelected()}
      >
        Delete selected
      </button>
      {confirmClear ? (
        <span role="group" aria-label="Confirm clearing">
          Clear all {stored} postings? This cannot be undone.{' '}
          <button
            type="button"
            data-testid="clear-confirm"
            onClick={() => {
              setConfirmClear(false);
              void actions.clearAll();
            }}
          >
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
          disabled={!stored && !anyAside}
          onClick={() => setConfirmClear(true)}
        >
          Clear all…
        </button>
      )}
    </div>
  );
}
