import type {ProfileBackup, ProfileStore} from '../storage/profile-store';
import {ProfileFields} from './ProfileFields';
import {useProfileEditor} from './use-profile-editor';

export type ProfileStorePort = Pick<ProfileStore, 'loadProfile' | 'saveProfile' | 'readBackups'>;

export interface ProfileTabProps {
  store: ProfileStorePort;
  download: (fileName: string, text: string) => void;
}

/** The profile tab: status, the resume box, the form and the profiles kept aside (logic: use-profile-editor.ts). */
export function ProfileTab(props: ProfileTabProps) {
  const editor = useProfileEditor(props);
  const {form, loaded, status, errors, resumeText, setResumeText, draft, backups, choice, setChoice} = editor;
  const {update, save, commit, readResume, exportFile, importFile} = editor;
  return (
    <section aria-labelledby="profile-heading" data-loaded={loaded ? 'true' : 'false'}>
      <h2 id="profile-heading">Your profile</h2>
      <p class="muted">
        Used only in this browser (and your browser's sync) to show how well you fit each posting. Nothing is sent
        anywhere.
      </p>
      {status ? (
        <p
          class={`status ${status.kind}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
          data-testid="profile-status"
        >
          {status.text}
        </p>
      ) : null}
      {choice ? (
        <p class="actions" data-testid="profile-choice">
          <button type="button" onClick={() => void commit(choice.profile, true)}>
            Replace the saved profile
          </button>
          <button type="button" onClick={() => setChoice(null)}>
            Keep the saved profile
          </button>
        </p>
      ) : null}

      <details class="resume">
        <summary>Start from your resume</summary>
        <label for="resume-text">Paste your resume as plain text</label>
        <textarea
          id="resume-text"
          rows={8}
          value={resumeText}
          onInput={(event) => setResumeText(event.currentTarget.value)}
        />
        <button type="button" onClick={readResume}>
          Read resume into the form
        </button>
      </details>

      <form onSubmit={save} aria-label="Profile">
        <ProfileFields form={form} update={update} errors={errors} draft={draft} />
        <p class="actions">
          <button type="submit" disabled={!loaded}>
            Save profile
          </button>
          <button type="button" onClick={exportFile}>
            Export as JSON
          </button>
          <label class="file">
            Import JSON
            <input type="file" accept="application/json,.json" onChange={(event) => void importFile(event)} />
          </label>
        </p>
      </form>

      <KeptAside backups={backups} download={props.download} />
    </section>
  );
}

/** Saved profiles that could not be read, kept rather than deleted, each to download. */
function KeptAside({backups, download}: {backups: ProfileBackup[]; download: ProfileTabProps['download']}) {
  if (backups.length === 0) return null;
  return (
    <section aria-labelledby="backups-heading">
      <h3 id="backups-heading">Kept aside</h3>
      <p class="muted">Saved profiles that could not be read are kept here rather than deleted.</p>
      <ul>
        {backups.map((backup) => (
          <li key={backup.keptAt}>
            {new Date(backup.keptAt).toLocaleString()}: {backup.problem}{' '}
            <button
              type="button"
              onClick={() =>
                download(
                  `tpm-lens-profile-backup-${backup.keptAt.slice(0, 10)}.json`,
                  `${JSON.stringify(backup.value, null, 2)}\n`,
                )
              }
            >
              Download
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
