import type {PostingsSettings, RememberMode} from '../storage/postings-settings';
import type {Message} from './use-rows';

interface Props {
  settings: PostingsSettings;
  change: (next: PostingsSettings) => void;
  setMessage: (message: Message) => void;
}

/** What is remembered, and after how long an untouched posting is forgotten. */
export function PostingsSettingsFields({settings, change, setMessage}: Props) {
  return (
    <fieldset class="settings">
      <legend>Settings</legend>
      <label>
        Remember postings I open{' '}
        <select
          value={settings.remember}
          data-testid="remember-mode"
          onChange={(event) =>
            change({...settings, remember: (event.target as HTMLSelectElement).value as RememberMode})
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
            change({...settings, forgetAfterDays: days});
          }}
        />{' '}
        days
      </label>
    </fieldset>
  );
}
