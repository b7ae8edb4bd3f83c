import {STATUSES} from '../storage/posting-summary';
import type {Filter} from './table';

/** One filter that picks one of a few values: the label, then a select of [value, text] options. */
function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(event) => onChange((event.target as HTMLSelectElement).value as T)}>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

const STATUS_OPTIONS: ReadonlyArray<readonly [Filter['status'], string]> = [
  ['all', 'any'],
  ...STATUSES.map((status) => [status, status] as const),
];

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
      <Choice label="Status" value={filter.status} options={STATUS_OPTIONS} onChange={(status) => refine({status})} />
      <Choice
        label="Role"
        value={filter.verdict}
        options={[
          ['all', 'any'],
          ['tpm', 'TPM roles'],
          ['not-tpm', 'other roles'],
        ]}
        onChange={(verdict) => refine({verdict})}
      />
      <Choice
        label="Your pay"
        value={filter.yourPay}
        options={[
          ['all', 'any'],
          ['not-below', 'not below yours'],
          ['below', 'below yours'],
        ]}
        onChange={(yourPay) => refine({yourPay})}
      />
      <Choice
        label="Fit"
        value={filter.blocked}
        options={[
          ['all', 'any'],
          ['open', 'not blocked'],
          ['blocked', 'blocked'],
        ]}
        onChange={(blocked) => refine({blocked})}
      />
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
