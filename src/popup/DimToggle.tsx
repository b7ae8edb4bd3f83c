import {useEffect, useState} from 'preact/hooks';
import browser from 'webextension-polyfill';
import {DIM_NON_TPM_KEY} from '../storage/keys';
import {errorMessage} from '../core/error-message';

/** "Dim non-TPM roles" on result lists; list pages follow the stored choice at once (storage.onChanged). */
export function DimToggle() {
  const [on, setOn] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    browser.storage.local
      .get([DIM_NON_TPM_KEY])
      .then((stored) => setOn(stored[DIM_NON_TPM_KEY] === true))
      .catch(() => setOn(false));
  }, []);
  const change = (next: boolean) => {
    setOn(next);
    browser.storage.local.set({[DIM_NON_TPM_KEY]: next}).catch((error: unknown) => {
      setOn(!next);
      setProblem(`Could not save: ${errorMessage(error)}`);
    });
  };
  return (
    <section>
      <label>
        <input
          type="checkbox"
          checked={on === true}
          disabled={on === null}
          onChange={(event) => change((event.currentTarget as HTMLInputElement).checked)}
        />{' '}
        Dim non-TPM roles in job lists
      </label>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
