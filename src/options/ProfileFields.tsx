import {CHECKLIST} from '../core/checklist';
import {CHECKLIST_FOR_PROFILE} from '../core/profile';
import type {ResumeDraft} from '../core/resume';
import type {ChecklistId} from '../core/ids';
import type {Degree} from '../core/types';
import type {ProfileForm} from './profile-form';
import {ResumeEvidence as Evidence} from './ResumeEvidence';
import {ScreeningFields} from './ScreeningFields';

export type FieldErrors = Partial<Record<keyof ProfileForm, string>>;

const labelOf = (id: ChecklistId) => CHECKLIST.find((item) => item.id === id)?.label ?? id;

function FieldError({text}: {text: string | undefined}) {
  return text ? (
    <p class="field-error" role="alert">
      {text}
    </p>
  ) : null;
}

const DEGREES: Array<[Degree | '', string]> = [
  ['', 'Not said'],
  ['bachelor', "Bachelor's"],
  ['master', "Master's"],
  ['doctorate', 'Doctorate'],
];

interface ProfileFieldsProps {
  form: ProfileForm;
  update: (patch: Partial<ProfileForm>) => void;
  errors: FieldErrors;
  draft: ResumeDraft | null;
}

/** The profile form's fields, each with its error and the resume lines it was drafted from. */
export function ProfileFields({form, update, errors, draft}: ProfileFieldsProps) {
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
      <p class="muted">The panel and Your postings name the ones each posting mentions, beside your fit.</p>

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
      <p class="muted">
        Each posting's pay is set against it beside your fit (never in the score), on result lists and in Your postings.
      </p>
      <Evidence lines={draft?.evidence.payExpectation} />

      <ScreeningFields
        form={form}
        update={update}
        error={errors.travelLimit}
        evidence={{
          needsSponsorship: draft?.evidence.needsSponsorship,
          clearance: draft?.evidence.clearance,
          usCitizen: draft?.evidence.usCitizen,
          workModes: draft?.evidence.workModes,
          travelLimit: draft?.evidence.travelLimit,
          employmentTypes: draft?.evidence.employmentTypes,
        }}
      />
    </>
  );
}
