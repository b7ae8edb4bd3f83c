// Who may legally take the job: US citizenship or US-person status (export control, government
// customers) and visa sponsorship. An equal-opportunity statement that lists "citizenship status"
// or "national origin" says nothing about either, nor does "must be authorized to work in the US"
// on its own: only an explicit word on sponsorship counts.
import {CITIZENSHIP_VOCAB, SPONSORSHIP_VOCAB} from './screening-vocab';
import {vocabularies} from './scan';
import {matchesOf} from './matches';

export type Sponsorship = 'offered' | 'not offered';

export interface CitizenshipFinding {
  required: boolean;
  evidence: string[];
}

export interface SponsorshipFinding {
  sponsorship: Sponsorship | null;
  evidence: string[];
}

const NAMED = new RegExp(CITIZENSHIP_VOCAB.named, 'gi');
const REQUIRED = new RegExp(CITIZENSHIP_VOCAB.required, 'i');
const NOT_REQUIRED = new RegExp(CITIZENSHIP_VOCAB.notRequired, 'i');
const MAY_NAME_CITIZEN = /citizen|\bpersons?\b/i;
/**
 * The same first look as a group of the scan, for the posting's own sentences (the scan's bit, no look-up). The
 * title is no sentence of the posting: scanning it to rule it out costs more than the first look's pattern.
 */
const CITIZEN_GROUP = vocabularies.add([[MAY_NAME_CITIZEN.source]]);

/** The clause around a match: from the previous to the next clause break, at most ~120 characters each way. */
function clauseAround(sentence: string, start: number, end: number): string {
  const before = sentence.slice(Math.max(0, start - 120), start);
  const after = sentence.slice(end, end + 120);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('•'));
  const to = after.search(/\.\s|;\s|•/);
  return `${from >= 0 ? before.slice(from + 1) : before}${sentence.slice(start, end)}${to >= 0 ? after.slice(0, to) : after}`;
}

/** US citizenship or US-person status stated as a condition of the job. */
export function findCitizenship(title: string, sentences: readonly string[]): CitizenshipFinding {
  const evidence: string[] = [];
  const candidates = vocabularies.scan(sentences);
  // The title first (-1), then the sentences.
  for (let index = -1; index < sentences.length; index++) {
    const sentence = index < 0 ? title : sentences[index]!;
    const scanned = index < 0 || candidates.may(index, CITIZEN_GROUP);
    if (!scanned || !MAY_NAME_CITIZEN.test(sentence)) continue;
    for (const match of matchesOf(NAMED, sentence)) {
      const clause = clauseAround(sentence, match.index, match.index + match[0].length);
      // A title that names the status makes it the job's condition: "Technical Program Manager (US Citizen)".
      if (NOT_REQUIRED.test(clause) || (index >= 0 && !REQUIRED.test(clause))) continue;
      evidence.push(sentence);
      break;
    }
    if (evidence.length >= 2) break;
  }
  return {required: evidence.length > 0, evidence};
}

const compile = (sources: readonly string[]) => new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'i');
const NOT_OFFERED = compile(SPONSORSHIP_VOCAB.notOffered);
const OFFERED = compile(SPONSORSHIP_VOCAB.offered);
const TOPIC = new RegExp(SPONSORSHIP_VOCAB.topic, 'i');
const NOT_VISA = new RegExp(SPONSORSHIP_VOCAB.notVisa, 'gi');
const MAY_NAME_SPONSOR =
  /sponsor|visa|h-?1-?b|\bgc\b|green card|(?:permanent|legal|lawful) residen|immigration|\bopt\b|\bcpt\b/i;
const SPONSOR_GROUP = vocabularies.add([[MAY_NAME_SPONSOR.source]]);
/** Words that turn an "offered" phrase around: "we are not able to offer visa sponsorship". */
const ANY_NEGATION = /\b(?:not|no|unable|cannot|can't|won't|without|never|neither|nor)\b/i;

/**
 * Whether the employer sponsors work visas. A refusal anywhere outweighs an offer elsewhere (a
 * posting may offer sponsorship for other roles, never for this one, but not the other way round),
 * and a wrong "not offered" costs a candidate a job, so questions ("Will you require
 * sponsorship?") and sentences about a project's sponsors never count.
 */
export function findSponsorship(sentences: readonly string[]): SponsorshipFinding {
  const refusals: string[] = [];
  const offers: string[] = [];
  const candidates = vocabularies.scan(sentences);
  for (let index = 0; index < sentences.length; index++) {
    const original = sentences[index]!;
    if (!candidates.may(index, SPONSOR_GROUP) || !MAY_NAME_SPONSOR.test(original)) continue;
    const sentence = original.replace(NOT_VISA, ' ');
    if (!TOPIC.test(sentence)) continue;
    // A screening question asks; it does not state a policy.
    if (/\?\s*(?:\*|\(|$)|\b(?:will you|do you|are you|would you)\b[^.]{0,80}sponsor/i.test(sentence)) continue;
    if (NOT_OFFERED.test(sentence)) refusals.push(original);
    else if (OFFERED.test(sentence) && !ANY_NEGATION.test(sentence)) offers.push(original);
  }
  if (refusals.length) return {sponsorship: 'not offered', evidence: refusals.slice(0, 2)};
  if (offers.length) return {sponsorship: 'offered', evidence: offers.slice(0, 2)};
  return {sponsorship: null, evidence: []};
}
