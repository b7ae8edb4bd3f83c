import {useEffect, useState} from 'preact/hooks';
import {PageText} from '../panel/PageText';
import {CHECKLIST} from '../core/checklist';
import {CHECKLIST_FOR_PROFILE, emptyProfile} from '../core/profile';
import {profileFromResume, type ResumeDraft} from '../core/resume';
import type {ChecklistId} from '../core/ids';
import type {Degree, Profile} from '../core/types';
import type {ProfileBackup, ProfileStore} from '../storage/profile-store';
import {parseProfileValue} from '../core/profile-schema';
import {formFromProfile, profileFileText, profileFromForm, type ProfileForm} from './profile-form';
import {ScreeningFields} from './ScreeningFields';
import {errorMessage} from '../core/error-message';

export type ProfileStorePort = Pick<ProfileStore, 'loadProfile' | 'saveProfile' | 'readBackups'>;

export interface ProfileTabProps {
  store: ProfileStorePort;
  download: (fileName: string, text: string) => void;
}

type Status = {kind: 'info' | 'error' | 'saved'; text: string} | null;
/** A save that would replace a stored profile the user has not seen: they choose to replace it, or not. */
type Choice = {profile: Profile; problem: string} | null;

const labelOf = (id: ChecklistId) => CHECKLIST.find((item) => item.id === id)?.label ?? id;

function Evidence({lines}: {lines: string[] | undefined}) {
  if (!lines?.length) return null;
  return (
    <p class="evidence">
      From your resume:{' '}
      <PageText text={lines.map((line) => `"${line.length > 120 ? `${line.slice(0, 119)}\u2026` : line}"`).join(' ')} />
    </p>
  );
}

function FieldError({text}: {text: string | undefined}) {
  return text ? (
    <p class="field-error" role="alert">
      {text}
    </p>
  ) : null;
}

type FieldErrors = Partial<Record<keyof ProfileForm, string>>;

const DEGREES: Array<[Degree | '', string]> = [
  ['', 'Not said'],
  ['bachelor', "Bachelor's"],
  ['master', "Master's"],
  ['doctorate', 'Doctorate'],
];

/** The resume's draft over what the user already wrote, which stays where the resume says nothing. */
function withResumeDraft(current: ProfileForm, draft: ResumeDraft): ProfileForm {
  const proposed = formFromProfile(draft.profile);
  return {
    ...current,
    yearsExperience: proposed.yearsExperience || current.yearsExperience,
    degree: proposed.degree || current.degree,
    certifications: proposed.certifications || current.certifications,
    checklist: [...new Set([...current.checklist, ...proposed.checklist])],
    skills: proposed.skills || current.skills,
    location: proposed.location || current.location,
    payExpectation: current.payExpectation,
  };
}

/** An imported profile file, validated as a stored profile is; what is wrong with it otherwise. */
async function readProfileFile(
  file: File,
): Promise<{ok: true; profile: Profile; note: string} | {ok: false; text: string}> {
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch (error) {
    return {ok: false, text: `${file.name} is not a JSON file: ${errorMessage(error)}. Your profile is unchanged.`};
  }
  const parsed = parseProfileValue(raw);
  if (!parsed.ok)
    return {ok: false, text: `${file.name} is not a usable profile (${parsed.problem}). Your profile is unchanged.`};
  const migrated = parsed.migratedFrom !== null ? ` (format ${parsed.migratedFrom}, updated)` : '';
  return {ok: true, profile: parsed.profile, note: `Read ${file.name}${migrated}. Check it, then save.`};
}

export function ProfileTab({store, download}: ProfileTabProps) {
  const [form, setForm] = useState<ProfileForm>(formFromProfile(emptyProfile()));
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [resumeText, setResumeText] = useState('');
  const [draft, setDraft] = useState<ResumeDraft | null>(null);
  const [backups, setBackups] = useState<ProfileBackup[]>([]);
  const [choice, setChoice] = useState<Choice>(null);

  useEffect(() => {
    void (async () => {
      const {profile, problem} = await store.loadProfile();
      if (profile) setForm(formFromProfile(profile));
      if (problem) setStatus({kind: 'error', text: problem});
      setBackups(await store.readBackups().catch(() => []));
      setLoaded(true);
    })();
  }, [store]);

  const update = (patch: Partial<ProfileForm>) => setForm((current) => ({...current, ...patch}));

  async function save(event: Event) {
    event.preventDefault();
    // The form holds the stored profile only once it has loaded: an earlier save would write empty fields.
    if (!loaded) return;
    const result = profileFromForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus({kind: 'error', text: 'Not saved: fix the fields marked below.'});
      return;
    }
    setErrors({});
    await commit(result.profile, false);
  }

  /** Saves; a save that would replace a profile the user has not seen asks them first (`replace`: they chose to). */
  async function commit(profile: Profile, replace: boolean) {
    setChoice(null);
    const saved = await store.saveProfile(profile, replace ? {replace: true} : {});
    if (!saved.ok) {
      if (saved.needsChoice) setChoice({profile, problem: saved.problem});
      return setStatus({kind: 'error', text: saved.problem});
    }
    setForm(formFromProfile(saved.profile));
    setDraft(null);
    setStatus({kind: 'saved', text: 'Profile saved. Job pages you open now show your fit.'});
  }

  function readResume() {
    if (!resumeText.trim()) return setStatus({kind: 'error', text: 'Paste your resume as plain text first.'});
    const next = profileFromResume(resumeText);
    setDraft(next);
    setForm((current) => withResumeDraft(current, next));
    setStatus({
      kind: 'info',
      text: 'Draft read from your resume. Check each field, correct it, then save: nothing is stored until you do.',
    });
  }

  function exportFile() {
    const result = profileFromForm(form);
    if (!result.ok) return setErrors(result.errors);
    download('tpm-lens-profile.json', profileFileText(result.profile));
  }

  async function importFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const read = await readProfileFile(file);
    input.value = '';
    if (!read.ok) return setStatus({kind: 'error', text: read.text});
    setForm(formFromProfile(read.profile));
    setStatus({kind: 'info', text: read.note});
  }

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

      <KeptAside backups={backups} download={download} />
    </section>
  );
}

interface ProfileFieldsProps {
  form: ProfileForm;
  update: (patch: Partial<ProfileForm>) => void;
  errors: FieldErrors;
  draft: ResumeDraft | null;
}

function ProfileFields({form, update, errors, draft}: ProfileFieldsProps) {
  const toggle = (id: ChecklistId, on: boolean) =>
    update({checklist: on ? [...form.checklist, id] : form.checklist.filter((item) => item !== id)});
  return (
    <>
      <label for="years">Years of experience</label>
      <input
        id="years"
        inputMode="decimal"
        value={form.yearsExperience}
        onInput={(event) => update({yearsExperience: event.currentTarget.value})}
      />
      <FieldError text={errors.yearsExperience} />
      <Evidence lines={draft?.evidence.yearsExperience} />

      <label for="degree">Highest degree</label>
      <select
        id="degree"
        value={form.degree}
        onChange={(event) => update({degree: event.currentTarget.value as Degree | ''})}
      >
        {DEGREES.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Evidence lines={draft?.evidence.degree} />

      <label for="certifications">Certifications (one per line)</label>
      <textarea
        id="certifications"
        rows={3}
        value={form.certifications}
        onInput={(event) => update({certifications: event.currentTarget.value})}
      />
      <FieldError text={errors.certifications} />
      <Evidence lines={draft?.evidence.certifications} />

      <fieldset>
        <legend>What you can show evidence for</legend>
        {CHECKLIST_FOR_PROFILE.map((id) => (
          <label key={id} class="check">
            <input
              type="checkbox"
              name="checklist"
              value={id}
              checked={form.checklist.includes(id)}
              onChange={(event) => toggle(id, event.currentTarget.checked)}
            />
            {labelOf(id)}
          </label>
        ))}
      </fieldset>

      <label for="skills">Key skills (comma-separated)</label>
      <textarea
        id="skills"
        rows={2}
        value={form.skills}
        onInput={(event) => update({skills: event.currentTarget.value})}
      />
      <FieldError text={errors.skills} />

      <label for="location">Home location</label>
      <input
        id="location"
        value={form.location}
        placeholder="Austin, TX"
        onInput={(event) => update({location: event.currentTarget.value})}
      />
      <Evidence lines={draft?.evidence.location} />

      <label for="pay">Pay expectation (USD a year)</label>
      <input
        id="pay"
        inputMode="numeric"
        value={form.payExpectation}
        placeholder="150000"
        onInput={(event) => update({payExpectation: event.currentTarget.value})}
      />
      <FieldError text={errors.payExpectation} />

      <ScreeningFields form={form} update={update} error={errors.travelLimit} />
    </>
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
