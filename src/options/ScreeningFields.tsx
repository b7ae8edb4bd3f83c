import {CLEARANCES_HELD} from '../core/fit-blockers';
import {EMPLOYMENT_TYPE_KEYS, type EmploymentTypeKey} from '../core/screening-ids';
import {typeLabel} from '../core/screening-line';
import type {ProfileForm, YesNo} from './profile-form';
import {ResumeEvidence} from './ResumeEvidence';

const MODES: Array<[ProfileForm['workModes'][number], string]> = [
  ['remote', 'Remote'],
  ['hybrid', 'Hybrid'],
  ['onsite', 'On-site'],
];

const TYPES: Array<[EmploymentTypeKey, string]> = EMPLOYMENT_TYPE_KEYS.map((type) => [type, typeLabel(type)]);

/** Checkboxes for what the profile accepts (work modes, employment types), ticked in the options' order. */
function Accepted<T extends string>({
  name,
  hint,
  options,
  ticked,
  onChange,
}: {
  name: string;
  hint: string;
  options: ReadonlyArray<[T, string]>;
  ticked: readonly T[];
  onChange: (ticked: T[]) => void;
}) {
  const toggle = (value: T, on: boolean) =>
    onChange(options.map(([option]) => option).filter((option) => (option === value ? on : ticked.includes(option))));
  return (
    <>
      <p class="muted" id={`${name}-hint`}>
        {hint}
      </p>
      {options.map(([value, text]) => (
        <label key={value} class="check">
          <input
            type="checkbox"
            name={name}
            value={value}
            aria-describedby={`${name}-hint`}
            checked={ticked.includes(value)}
            onChange={(event) => toggle(value, event.currentTarget.checked)}
          />
          {text}
        </label>
      ))}
    </>
  );
}

function YesNoSelect({id, value, onChange}: {id: string; value: YesNo; onChange: (value: YesNo) => void}) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as YesNo)}>
      <option value="">Not said</option>
      <option value="yes">Yes</option>
      <option value="no">No</option>
    </select>
  );
}

/**
 * What can rule a posting out before anything else: sponsorship, clearance, citizenship, work
 * modes, travel and employment types. Each left unsaid never blocks; said, it shows as a blocker in the fit.
 */
export function ScreeningFields({
  form,
  update,
  error,
  evidence,
}: {
  form: ProfileForm;
  update: (patch: Partial<ProfileForm>) => void;
  error?: string | undefined;
  /** The resume lines each field was read from, when a resume was read. */
  evidence?: {
    needsSponsorship?: string[] | undefined;
    clearance?: string[] | undefined;
    usCitizen?: string[] | undefined;
    workModes?: string[] | undefined;
    travelLimit?: string[] | undefined;
    employmentTypes?: string[] | undefined;
  };
}) {
  return (
    <fieldset data-testid="screening-fields">
      <legend>Screening: what rules a job out</legend>
      <label for="needs-sponsorship">I need visa sponsorship</label>
      <YesNoSelect
        id="needs-sponsorship"
        value={form.needsSponsorship}
        onChange={(needsSponsorship) => update({needsSponsorship})}
      />
      <ResumeEvidence lines={evidence?.needsSponsorship} />

      <label for="us-citizen">I am a US citizen</label>
      <YesNoSelect id="us-citizen" value={form.usCitizen} onChange={(usCitizen) => update({usCitizen})} />
      <p class="muted">
        A permanent resident answers No: a job open to US persons still counts you, unless you need sponsorship.
      </p>
      <ResumeEvidence lines={evidence?.usCitizen} />

      <label for="clearance-held">Security clearance held</label>
      <select
        id="clearance-held"
        value={form.clearanceHeld}
        onChange={(event) => update({clearanceHeld: event.currentTarget.value})}
      >
        <option value="">Not said</option>
        {CLEARANCES_HELD.map((level) => (
          <option key={level} value={level}>
            {level === 'none' ? 'None' : level}
          </option>
        ))}
      </select>
      <ResumeEvidence lines={evidence?.clearance} />

      <Accepted
        name="work-modes"
        hint="Work modes I accept (none ticked: any)"
        options={MODES}
        ticked={form.workModes}
        onChange={(workModes) => update({workModes})}
      />
      <ResumeEvidence lines={evidence?.workModes} />

      <label for="travel-limit">Most travel I accept (% of the time)</label>
      <input
        id="travel-limit"
        inputMode="numeric"
        value={form.travelLimit}
        placeholder="25"
        onInput={(event) => update({travelLimit: event.currentTarget.value})}
      />
      <ResumeEvidence lines={evidence?.travelLimit} />

      <Accepted
        name="employment-types"
        hint="Employment types I accept (none ticked: any). A posting that names several is ruled out only when you accept none of them."
        options={TYPES}
        ticked={form.employmentTypes}
        onChange={(employmentTypes) => update({employmentTypes})}
      />
      <ResumeEvidence lines={evidence?.employmentTypes} />
      {error ? (
        <p class="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
