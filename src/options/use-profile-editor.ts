import {useEffect, useState} from 'preact/hooks';
import {emptyProfile} from '../core/profile';
import {profileFromResume, type ResumeDraft} from '../core/resume';
import type {Profile} from '../core/types';
import type {ProfileBackup} from '../storage/profile-store';
import {parseProfileValue} from '../core/profile-schema';
import {formFromProfile, profileFileText, profileFromForm, type ProfileForm} from './profile-form';
import {errorMessage} from '../core/error-message';
import type {FieldErrors} from './ProfileFields';
import type {ProfileTabProps} from './ProfileTab';

export type Status = {kind: 'info' | 'error' | 'saved'; text: string} | null;
/** A save that would replace a stored profile the user has not seen: they choose to replace it, or not. */
type Choice = {profile: Profile; problem: string} | null;

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
    clearanceHeld: proposed.clearanceHeld || current.clearanceHeld,
    usCitizen: proposed.usCitizen || current.usCitizen,
    needsSponsorship: proposed.needsSponsorship || current.needsSponsorship,
    payExpectation: proposed.payExpectation || current.payExpectation,
    workModes: proposed.workModes.length ? proposed.workModes : current.workModes,
    travelLimit: proposed.travelLimit || current.travelLimit,
    employmentTypes: proposed.employmentTypes.length ? proposed.employmentTypes : current.employmentTypes,
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

interface EditorSetters {
  form: ProfileForm;
  resumeText: string;
  setForm: (update: ProfileForm | ((current: ProfileForm) => ProfileForm)) => void;
  setStatus: (status: Status) => void;
  setErrors: (errors: FieldErrors) => void;
  setDraft: (draft: ResumeDraft | null) => void;
  download: ProfileTabProps['download'];
}

/** Drafting from a pasted resume, and the profile file out and in. */
function resumeAndFileActions({form, resumeText, setForm, setStatus, setErrors, setDraft, download}: EditorSetters) {
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
  return {readResume, exportFile, importFile};
}

/** The profile being edited: loaded from the store, drafted from a resume, saved, exported and imported. */
export function useProfileEditor({store, download}: ProfileTabProps) {
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

  const {readResume, exportFile, importFile} = resumeAndFileActions({
    form,
    resumeText,
    setForm,
    setStatus,
    setErrors,
    setDraft,
    download,
  });

  return {
    form,
    loaded,
    status,
    errors,
    resumeText,
    setResumeText,
    draft,
    backups,
    choice,
    setChoice,
    update,
    save,
    commit,
    readResume,
    exportFile,
    importFile,
  };
}
