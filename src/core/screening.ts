// The facts a job seeker screens on before reading anything else, read together from one posting:
// work mode, clearance, US citizenship, visa sponsorship, travel, employment type and seniority.
import {inBoilerplateSection, isNotice} from './boilerplate';
import {findClearance, type Clearance} from './clearance';
import {findEmploymentType} from './employment-type';
import {findSeniority, type Seniority} from './seniority';
import type {ScreeningFact} from './screening-ids';
import {normalizeText} from './normalize';
import {normalizeSentences} from './text';
import {findTravel} from './travel';
import {findCitizenship, findSponsorship, type Sponsorship} from './work-authorization';
import {findWorkMode, type WorkMode} from './work-mode';

const distinct = (evidence: string[]): string[] => (evidence.length > 1 ? [...new Set(evidence)] : evidence);

export type {Clearance, Seniority, Sponsorship, WorkMode};

/** The facts as analyze() reports them under `requirements`. */
export interface ScreeningFacts {
  workMode: WorkMode | null;
  clearance: Clearance | null;
  usCitizenship: boolean;
  sponsorship: Sponsorship | null;
  travelPercent: number | null;
  /** "contract", or the several a posting names: "full-time, contract" (TYPE_JOINER). */
  employmentType: string | null;
  seniority: Seniority | null;
}

export {SCREENING_FACTS, type ScreeningFact} from './screening-ids';

/** What the facts rest on: details the flat values leave out, and the sentences that show each. */
export interface ScreeningDetails {
  officeDays: number | null;
  remoteScope: string | null;
  /** The days or weeks away the travel share was worked out from ("1 week per month"); absent when stated as one. */
  travelStated?: string;
  /** No work mode stated, but living near an office required (see WorkModeFinding); absent otherwise. */
  nearOffice?: true;
  polygraph: boolean;
  evidence: Record<ScreeningFact, string[]>;
}

export interface Screening {
  facts: ScreeningFacts;
  details: ScreeningDetails;
}

export interface ScreeningInput {
  title: string;
  location: string;
  /** The page's JobPosting employmentType, when it has one. */
  employmentType?: string;
  /** The description's sentences (splitSentences). */
  sentences: readonly string[];
  /** The years the posting requires, for the seniority when the title says nothing. */
  minYears: number | null;
}

/**
 * Whether sentence `index` stands aside: under a boilerplate heading, or a notice. Asked only of the few sentences
 * that state what a reader looks for (isNotice is no look-up on a new sentence), each once. Made here rather than
 * named in readScreening: tsx (the benches, the command line) names every named closure as it is made, at about 0.7 us.
 */
function asideIn(section: readonly boolean[], normalized: readonly string[]): (index: number) => boolean {
  const known: Array<boolean | undefined> = [];
  return (index) => (known[index] ??= section[index]! || isNotice(normalized[index]!));
}

export function readScreening({title, location, employmentType, sentences, minYears}: ScreeningInput): Screening {
  const normalized = normalizeSentences(sentences);
  const cleanTitle = normalizeText(title).trim();
  const cleanLocation = normalizeText(location).trim();
  const section = inBoilerplateSection(normalized);
  const aside = asideIn(section, normalized);
  const workMode = findWorkMode({title: cleanTitle, location: cleanLocation, sentences: normalized, aside});
  const clearance = findClearance(cleanTitle, normalized);
  const citizenship = findCitizenship(cleanTitle, normalized);
  const sponsorship = findSponsorship(normalized);
  const travel = findTravel(normalized);
  const employment = findEmploymentType({
    title: cleanTitle,
    location: cleanLocation,
    sentences: normalized,
    ...(employmentType ? {employmentType} : {}),
  });
  const seniority = findSeniority(cleanTitle, normalized, minYears, aside);
  return {
    facts: {
      workMode: workMode.mode,
      clearance: clearance.clearance,
      usCitizenship: citizenship.required,
      sponsorship: sponsorship.sponsorship,
      travelPercent: travel.percent,
      employmentType: employment.type,
      seniority: seniority.seniority,
    },
    details: {
      officeDays: workMode.officeDays,
      remoteScope: workMode.scope,
      ...(travel.stated ? {travelStated: travel.stated} : {}),
      ...(workMode.nearOffice ? {nearOffice: true as const} : {}),
      polygraph: clearance.polygraph,
      // A sentence the posting says twice ("Remote" on the location line and in the text) is shown once.
      evidence: {
        workMode: distinct(workMode.evidence),
        clearance: distinct(clearance.evidence),
        usCitizenship: distinct(citizenship.evidence),
        sponsorship: distinct(sponsorship.evidence),
        travelPercent: distinct(travel.evidence),
        employmentType: distinct(employment.evidence),
        seniority: distinct(seniority.evidence),
      },
    },
  };
}
