import {STATUSES} from '../storage/posting-summary';
import type {Filter} from './table';

/** The table's filters; `refine` changes some of them. */
export function PostingsFilters({filter, refine}: {filter: Filter; refine: (change: Partial<Filter>) => void}) {
  return (
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
      <label>
        Your pay{' '}
        <select
          value={filter.yourPay}
          onChange={(event) => refine({yourPay: (event.target as HTMLSelectElement).value as Filter['yourPay']})}
        >
          <option value="all">any</option>
          <option value="not-below">not below yours</option>
          <option value="below">below yours</option>
        </select>
      </label>
      <label>
        Fit{' '}
        <select
          value={filter.blocked}
          onChange={(event) => refine({blocked: (event.target as HTMLSelectElement).value as Filter['blocked']})}
        >
          <option value="all">any</option>
          <option value="open">not blocked</option>
          <option value="blocked">blocked</option>
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
  );
}
