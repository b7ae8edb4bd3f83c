// The screening facts of an analysis as one short line ("Remote (US) · No sponsorship · Secret
// clearance required · 8+ years · Bachelor's · Senior"), part by part with the sentence behind each
// part, for the panel's first line and for anything else that shows the facts in short.
import type {SeniorityLevel} from './screening-ids';
import type {Analysis, Degree} from './types';

export type ScreeningPartId =
  | 'workMode'
  | 'sponsorship'
  | 'clearance'
  | 'usCitizenship'
  | 'years'
  | 'degree'
  | 'seniority'
  | 'travelPercent'
  | 'employmentType';

export interface ScreeningPart {
  id: ScreeningPartId;
  text: string;
  /** The posting's sentence (or location line) the part was read from, when there is one. */
  evidence: string | null;
}

export const SENIORITY_LABELS: Readonly<Record<SeniorityLevel, string>> = {
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  'staff-principal': 'Staff/Principal',
  manager: 'People manager',
  'manager-of-managers': 'Manager of managers',
  director: 'Director+',
};

const DEGREE_LABELS: Readonly<Record<Degree, string>> = {
  bachelor: "Bachelor's",
  master: "Master's",
  doctorate: 'Doctorate',
};

/** An employment type's label: its key with a capital ("Part-time"; several: "Full-time, contract"). */
export const typeLabel = (type: string) => type[0]!.toUpperCase() + type.slice(1);

type ScreeningView = Pick<Analysis, 'requirements' | 'screening' | 'checklist'>;

/** A citizenship sentence that also admits US persons, permanent ("legal") residents or green card holders. */
const WIDER_THAN_CITIZENS = /\bpersons?\b|(?:permanent|legal|lawful) residen|green card/i;
/**
 * Whether the sentences that state a citizenship condition allow more than citizens: "US persons" (export control)
 * or permanent residents. The wider reading when no sentence was kept, as in an analysis stored without its evidence.
 */
export const allowsUsPersons = (said: readonly string[]) =>
  said.length === 0 || said.some((sentence) => WIDER_THAN_CITIZENS.test(sentence));

/** The parts the analysis has something to say about, in the order a job seeker screens. */
export function screeningParts({requirements, screening, checklist}: ScreeningView): ScreeningPart[] {
  const parts: ScreeningPart[] = [];
  const first = (sentences: readonly string[] | undefined) => sentences?.[0] ?? null;
  const add = (id: ScreeningPartId, text: string, evidence: string | null) => parts.push({id, text, evidence});
  const evidence = screening.evidence;
  const {workMode, sponsorship, clearance, usCitizenship, travelPercent, employmentType, seniority} = requirements;
  if (workMode === 'remote')
    add('workMode', screening.remoteScope ? `Remote (${screening.remoteScope})` : 'Remote', first(evidence.workMode));
  if (workMode === 'hybrid')
    add(
      'workMode',
      screening.officeDays ? `Hybrid (${screening.officeDays} days in office)` : 'Hybrid',
      first(evidence.workMode),
    );
  if (workMode === 'onsite') add('workMode', 'On-site', first(evidence.workMode));
  if (workMode === null && screening.nearOffice) add('workMode', 'Must live near the office', first(evidence.workMode));
  if (sponsorship)
    add(
      'sponsorship',
      sponsorship === 'not offered' ? 'No sponsorship' : 'Visa sponsorship',
      first(evidence.sponsorship),
    );
  if (clearance)
    add(
      'clearance',
      `${clearance.level ?? 'Security'} clearance ${clearance.required ? 'required' : 'preferred'}`,
      first(evidence.clearance),
    );
  if (usCitizenship) {
    // Say which the posting allows: citizens only, or US persons (allowsUsPersons).
    const said = evidence.usCitizenship ?? [];
    add('usCitizenship', allowsUsPersons(said) ? 'US citizens or US persons only' : 'US citizens only', first(said));
  }
  const item = (id: string) => first(checklist.find((match) => match.id === id)?.evidence);
  if (requirements.minYearsExperience !== null)
    add('years', `${requirements.minYearsExperience}+ years`, item('experience'));
  if (requirements.degree) add('degree', DEGREE_LABELS[requirements.degree], item('degree'));
  if (seniority) add('seniority', SENIORITY_LABELS[seniority.level], first(evidence.seniority));
  if (travelPercent !== null)
    add(
      'travelPercent',
      travelPercent === 0
        ? 'No travel'
        : screening.travelStated
          ? `Travel ~${travelPercent}% (${screening.travelStated})`
          : `Travel ${travelPercent}%`,
      first(evidence.travelPercent),
    );
  // A listing is taken to be full-time: it goes unsaid unless named with others ("Full-time, contract").
  // Each type's key is its label in lower case ("part-time", "per diem").
  if (employmentType && employmentType !== 'full-time')
    add('employmentType', typeLabel(employmentType), first(evidence.employmentType));
  return parts;
}

/** The parts joined into one line, or '' when the posting says nothing the line shows. */
export function screeningLine(analysis: ScreeningView): string {
  return screeningParts(analysis)
    .map((part) => part.text)
    .join(' \u00b7 ');
}
