// Full-time, part-time, contract, temporary or internship. The page's JobPosting employmentType is
// the employer's own structured answer and comes first; then the title and location line ("Full
// Time" on some boards' location lines, "(Contract)" in titles); then a labelled line ("Job Type:
// Full-time") or a sentence about the role ("this is a contract position").
import {merged} from './merged';
import {EMPLOYMENT_LINE, EMPLOYMENT_TYPES, TYPES_OFFERED} from './screening-vocab';
import {vocabularies, type Candidates} from './scan';
import {TYPE_JOINER} from './screening-ids';

export interface EmploymentTypeFinding {
  type: string | null;
  evidence: string[];
}

const TYPES = EMPLOYMENT_TYPES.map((entry) => merged(entry, {regex: new RegExp(entry.pattern, 'i')}));
const LABELLED = new RegExp(EMPLOYMENT_LINE, 'i');
const OFFERED = new RegExp(TYPES_OFFERED, 'i');

/** The types named, once each, as one value (TYPE_JOINER). */
const joined = (types: ReadonlyArray<string | null>): string | null =>
  [...new Set(types.filter((type): type is string => type !== null))].join(TYPE_JOINER) || null;

/** schema.org/Google employmentType values ("FULL_TIME", ["FULL_TIME", "CONTRACTOR"]) to the types they name. */
export function employmentTypeFromJsonLd(value: string): string | null {
  return joined(
    value.split(/[,;\s]+/).map((raw) => {
      const key = raw.trim().toUpperCase().replace(/[- ]/g, '_');
      const entry = EMPLOYMENT_TYPES.find(
        (candidate) => candidate.jsonLd.includes(key) || candidate.jsonLd.includes(key.replace(/_/g, '')),
      );
      return entry?.type ?? null;
    }),
  );
}

/**
 * One named type, by what it starts with: "Full-time Pay: ...", "Full Time", "FULL_TIME", "Contractor", "Contract
 * (1099)", "Temp", and "Full TimeMedical" (the next field glued on).
 */
function namedType(named: string): string | null {
  const words = named.toLowerCase().replace(/[\s_-]+/g, '-');
  if (/^(?:co-?op|intern)/.test(words)) return 'internship';
  const entry = TYPES.find(
    ({type, regex}) =>
      regex.test(named) ||
      words.startsWith(type.replace(' ', '-')) ||
      (type === 'temporary' && /^temp(?:-|$)/.test(words)),
  );
  return entry?.type ?? null;
}

/** Cheap first look: a sentence that names a type holds one of these. */
const MAY_NAME =
  /time|contract|intern|temp|type|w-?2|c2[ch]|corp|1099|diem|volunteer|co-?op|fixed|seasonal|ftc|freelance|duration|assignment/i;
/**
 * For the posting's own sentences, the scan's bits (no look-up): the same first look, the labelled line,
 * then each type's pattern, in TYPES order. A title or a location line is no sentence of the posting:
 * scanning it to rule it out costs more than the first look's pattern (vocabularies.gate walks the text).
 */
const MAY_NAME_GROUP = vocabularies.add([
  [MAY_NAME.source],
  [LABELLED.source],
  ...TYPES.map(({regex}) => [regex.source]),
]);
const LABELLED_GROUP = MAY_NAME_GROUP + 1;
const FIRST_TYPE_GROUP = MAY_NAME_GROUP + 2;
/** A text that is no sentence of a scanned posting: every pattern may match. */
const UNSCANNED = {may: () => true};

/** Whether the scan found the first look's strings and those of the labelled line or of a type. */
function mayName(scanned: {may(group: number): boolean}): boolean {
  if (!scanned.may(MAY_NAME_GROUP)) return false;
  for (let group = LABELLED_GROUP; group < FIRST_TYPE_GROUP + TYPES.length; group++)
    if (scanned.may(group)) return true;
  return false;
}

/**
 * The type a title, a location line or a line under a posting's title names ("Full Time", "Contract to
 * hire"), or null. `scanned`: whether the scan found a group's strings in the text.
 */
export function typeIn(text: string, scanned: {may(group: number): boolean} = UNSCANNED): string | null {
  return readType(text, scanned).type;
}

/** The type a text names, and whether a labelled field ("Job Type: ...") names it. */
function readType(text: string, scanned: {may(group: number): boolean}): {type: string | null; labelled: boolean} {
  if ((scanned !== UNSCANNED && !mayName(scanned)) || !MAY_NAME.test(text)) return {type: null, labelled: false};
  const labelled = scanned.may(LABELLED_GROUP) ? LABELLED.exec(text)?.[1]?.trim() : undefined;
  // "Job Type: Full-time Pay: ..." names the type first; "Job Types: Full-time, Contract" names several.
  if (labelled)
    return {type: joined(labelled.split(/[,/]|\bor\b/i).map((named) => namedType(named.trim()))), labelled: true};
  const offered = OFFERED.exec(text);
  if (offered) return {type: joined([namedType(offered[1]!), namedType(offered[2]!)]), labelled: false};
  for (let index = 0; index < TYPES.length; index++)
    if (scanned.may(FIRST_TYPE_GROUP + index) && TYPES[index]!.regex.test(text))
      return {type: TYPES[index]!.type, labelled: false};
  return {type: null, labelled: false};
}

/**
 * A title that opens with the type: "Contract Technical Program Manager", "Temporary IT Project Manager". Only before
 * a level or the role, so that "Contract Manager" and "Contracts Program Manager" stay jobs about contracts.
 */
const TYPE_BEFORE_ROLE =
  /^(contract|freelance|temporary|temp)\s+(?=(?:technical|tech|it|senior|sr\.?|junior|jr\.?|lead|principal|staff|project|program|programme|tpm|pm|software|engineering)\b)/i;
/** The type a title opens with before the role ("Freelance" is a contract), or null. */
function typeBeforeRole(title: string): string | null {
  const word = TYPE_BEFORE_ROLE.exec(title)?.[1]?.toLowerCase();
  if (!word) return null;
  return word === 'contract' || word === 'freelance' ? 'contract' : 'temporary';
}

/**
 * The scan's answers for one sentence at a time, as readType asks them. A class rather than an object with an arrow:
 * tsx (the benches, the command line) names every named closure as it is made, at about 0.7 us.
 */
class SentenceScan {
  index = 0;
  constructor(private readonly candidates: Candidates) {}

  may(group: number): boolean {
    return this.candidates.may(this.index, group);
  }
}

export function findEmploymentType(input: {
  employmentType?: string;
  title: string;
  location: string;
  sentences: readonly string[];
}): EmploymentTypeFinding {
  const fromJsonLd = input.employmentType ? employmentTypeFromJsonLd(input.employmentType) : null;
  if (fromJsonLd) return {type: fromJsonLd, evidence: []};
  for (const line of [...input.location.split(/(?:(?<!\s)\s+)?[•|;]\s*/), input.title]) {
    // A board's location line may end with the type and a count of more places ("Full Time + 3 more").
    const listed = /^(full|part)[- ]time\b/i.exec(line);
    const type = listed
      ? `${listed[1]!.toLowerCase()}-time`
      : ((line === input.title ? typeBeforeRole(line) : null) ?? typeIn(line));
    if (type) return {type, evidence: [line]};
  }
  const scanned = new SentenceScan(vocabularies.scan(input.sentences));
  // The board's own field ("Job Types: Full-time, Contract") outranks a sentence or a line above it that names one
  // type ("Duration: 12+ months"), wherever it stands.
  let first: EmploymentTypeFinding = {type: null, evidence: []};
  for (let index = 0; index < input.sentences.length; index++) {
    scanned.index = index;
    // Once a type is found, only a labelled field can outrank it.
    if (first.type && !scanned.may(LABELLED_GROUP)) continue;
    const sentence = input.sentences[index]!;
    const {type, labelled} = readType(sentence, scanned);
    if (!type) continue;
    if (labelled) return {type, evidence: [sentence]};
    if (!first.type) first = {type, evidence: [sentence]};
  }
  return first;
}
