// The profile as the form edits it (text in inputs) and back. Kept apart from the view so the
// conversions are tested without a DOM.
import {PROFILE_VERSION} from '../core/profile';
import type {ChecklistId} from '../core/ids';
import type {EmploymentTypeKey} from '../core/screening-ids';
import type {Degree, Profile} from '../core/types';

export interface ProfileForm {
  yearsExperience: string;
  degree: Degree | '';
  /** One per line (commas also separate). */
  certifications: string;
  checklist: ChecklistId[];
  skills: string;
  location: string;
  payExpectation: string;
  needsSponsorship: YesNo;
  /** '' unsaid, else one of CLEARANCES_HELD. */
  clearanceHeld: string;
  usCitizen: YesNo;
  workModes: WorkMode[];
  travelLimit: string;
  employmentTypes: EmploymentTypeKey[];
}

/** A yes/no question the user may leave unanswered. */
export type YesNo = '' | 'yes' | 'no';
type WorkMode = 'remote' | 'hybrid' | 'onsite';

const yesNo = (value: boolean | null | undefined): YesNo => (value === true ? 'yes' : value === false ? 'no' : '');
const fromYesNo = (value: YesNo): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null);

export function formFromProfile(profile: Profile): ProfileForm {
  return {
    yearsExperience: profile.yearsExperience === null ? '' : String(profile.yearsExperience),
    degree: profile.degree ?? '',
    certifications: profile.certifications.join('\n'),
    checklist: [...profile.checklist],
    skills: profile.skills.join(', '),
    location: profile.location ?? '',
    payExpectation: profile.payExpectation === null ? '' : String(profile.payExpectation),
    needsSponsorship: yesNo(profile.needsSponsorship),
    clearanceHeld: profile.clearanceHeld ?? '',
    usCitizen: yesNo(profile.usCitizen),
    workModes: [...(profile.workModes ?? [])],
    travelLimit: profile.travelLimit == null ? '' : String(profile.travelLimit),
    employmentTypes: [...(profile.employmentTypes ?? [])],
  };
}

const list = (text: string, separators: RegExp) =>
  text
    .split(separators)
    .map((item) => item.trim())
    .filter(Boolean);

/** "150000", "150,000", "$150k" and "150 000" all mean the same yearly figure. */
function parseMoney(text: string): number | null {
  const compact = text.replace(/[$,\s]/g, '').toLowerCase();
  if (!compact) return null;
  const match = /^(\d+(?:\.\d+)?)(k)?$/.exec(compact);
  if (!match?.[1]) return Number.NaN;
  return Math.round(Number(match[1]) * (match[2] ? 1000 : 1));
}

export type FormResult = {ok: true; profile: Profile} | {ok: false; errors: Partial<Record<keyof ProfileForm, string>>};

/** The form as a profile, or a message per field that needs fixing. Validation proper runs on save. */
export function profileFromForm(form: ProfileForm): FormResult {
  const errors: Partial<Record<keyof ProfileForm, string>> = {};
  const yearsText = form.yearsExperience.trim();
  const years = yearsText === '' ? null : Number(yearsText);
  if (years !== null && (!Number.isFinite(years) || years < 0 || years > 70))
    errors.yearsExperience = 'Years must be a number from 0 to 70.';
  const pay = parseMoney(form.payExpectation);
  if (pay !== null && !Number.isFinite(pay))
    errors.payExpectation = 'Write the yearly pay as a number, e.g. 150000 or $150k.';
  const certifications = list(form.certifications, /[\n,;]+/);
  const longCert = certifications.find((cert) => cert.length > 60);
  if (longCert) errors.certifications = `"${longCert.slice(0, 30)}..." is longer than 60 characters.`;
  const skills = list(form.skills, /[\n,;]+/);
  const longSkill = skills.find((skill) => skill.length > 80);
  if (longSkill) errors.skills = `"${longSkill.slice(0, 30)}..." is longer than 80 characters.`;
  const travelText = form.travelLimit.trim().replace(/%$/, '');
  const travelLimit = travelText === '' ? null : Number(travelText);
  if (travelLimit !== null && (!Number.isFinite(travelLimit) || travelLimit < 0 || travelLimit > 100))
    errors.travelLimit = 'Travel limit must be a percentage from 0 to 100.';
  if (Object.keys(errors).length) return {ok: false, errors};
  return {
    ok: true,
    profile: {
      version: PROFILE_VERSION,
      yearsExperience: years,
      degree: form.degree === '' ? null : form.degree,
      certifications,
      checklist: form.checklist,
      skills,
      location: form.location.trim() === '' ? null : form.location.trim(),
      payExpectation: pay,
      needsSponsorship: fromYesNo(form.needsSponsorship),
      clearanceHeld: form.clearanceHeld === '' ? null : form.clearanceHeld,
      usCitizen: fromYesNo(form.usCitizen),
      workModes: form.workModes,
      travelLimit,
      employmentTypes: form.employmentTypes,
    },
  };
}

/** The file the CLI's --profile reads: the stored profile itself, pretty-printed. */
export function profileFileText(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
