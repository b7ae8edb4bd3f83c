// Project-management, agile and IT-service certifications, as data. A credential whose name is
// also a method (SAFe, ITIL, Six Sigma, Scrum) counts only when the text speaks of certification
// near it: "ITIL Foundation certification", not "understanding of TOGAF, ITIL".
import {benefitNear} from './benefits';
import {vocabularies} from './scan';

export interface CertificationPattern {
  /** Canonical spelling shown to the user and stored in profiles. */
  name: string;
  pattern: RegExp;
  /** When set, this must match within a few words of the name. */
  needsNearby?: RegExp;
}

const SCRUM_CREDENTIAL = /scrum|agile|certif/i;
const CREDENTIAL_WORD = /certif|credential/i;

export const CERTIFICATIONS: readonly CertificationPattern[] = [
  {name: 'PMP', pattern: /(?<![A-Z0-9])PMP\b/g},
  {name: 'PMP', pattern: /\bproject management professional\b/gi},
  {name: 'CAPM', pattern: /\bCAPM\b|\bcertified associate in project management\b/gi},
  {name: 'PgMP', pattern: /\bPgMP\b|\bprogram management professional\b/gi},
  {name: 'PMI-ACP', pattern: /\bPMI[- ]?ACP\b|\bagile certified practitioner\b/gi},
  {name: 'PMI-RMP', pattern: /\bPMI[- ]?RMP\b/gi},
  {name: 'PMI-SP', pattern: /\bPMI[- ]?SP\b/gi},
  {name: 'PRINCE2', pattern: /\bPRINCE\s?2\b/gi},
  {name: 'CSM', pattern: /\bcertified scrum ?master\b/gi},
  {name: 'CSM', pattern: /\bCSM\b/g, needsNearby: SCRUM_CREDENTIAL},
  {name: 'PSM', pattern: /\bprofessional scrum master\b/gi},
  {name: 'PSM', pattern: /\bPSM(?:\s?I{1,3}|[123])?\b/g, needsNearby: SCRUM_CREDENTIAL},
  // "Scrum Master" alone is a role ("experience as a Scrum Master") unless it is named as a credential.
  {name: 'CSM', pattern: /(?<!professional )\bscrum ?master\b/gi, needsNearby: CREDENTIAL_WORD},
  // Master Project Manager (American Academy of Project Management).
  {name: 'MPM', pattern: /\bMPM\b/g, needsNearby: CREDENTIAL_WORD},
  {name: 'CSPO', pattern: /\bCSPO\b|\bcertified scrum product owner\b/gi},
  {
    name: 'SAFe',
    pattern: /\bSAFe\b|\bscaled agile\b/g,
    needsNearby: /certif|\bagilist\b|\bSPC\b|\bPOPM\b|\bRTE\b|\bpractitioner\b/i,
  },
  {name: 'ITIL', pattern: /\bITIL\b/g, needsNearby: /certif|\bfoundation\b|\bv[34]\b|\bexpert\b|\bpractitioner\b/i},
  {name: 'Six Sigma', pattern: /\bsix sigma\b/gi, needsNearby: /certif|\bbelt\b/i},
  {name: 'CompTIA Project+', pattern: /\bCompTIA Project\+|(?<![\w+])Project\+(?!\w)/gi},
  {
    name: 'Construction Management Certification',
    pattern: /\bconstruction management certif\w*|\bcertified construction manager\b/gi,
  },
  {name: 'Agile certification', pattern: /\bagile certif\w*/gi},
];

const NEARBY_CHARS = 50;
// Cheap first look: every pattern above contains one of these.
const MAY_NAME_CERTIFICATION =
  /PMP|CAPM|PgMP|PMI|PRINCE|CSM|PSM|CSPO|SAFe|scaled agile|ITIL|six sigma|Project\+|certif|management professional|scrum ?master|scrum product|MPM|credential/i;
/** Cheaper still: the posting's vocabulary scan (scan.ts) already knows which sentences hold none. */
const MAY_NAME_CERTIFICATION_SCANNED = vocabularies.gate(MAY_NAME_CERTIFICATION);

// A list headed or closed by the word certification names credentials however far the item is from
// that word: "Applicable certifications: CompTIA, Microsoft, PMP (...), ITIL (...)", "Scrum Master, or
// other relevant certifications". Only short list items may stand between the name and the word, so a
// sentence of prose ("understanding of ITIL processes; we value certification") does not count.
const CREDENTIAL_LIST_WORD = /\bcertifi(?:cations?|ed)\b|\bcredentials?\b/gi;
const LIST_SEPARATOR = /[,;:/()]|\b(?:or|and|in|other|relevant|equivalent|such as|e\.g\.|including)\b/i;
const MAX_LIST_ITEM_WORDS = 6;

function inCredentialList(sentence: string, start: number, end: number): boolean {
  for (const word of sentence.matchAll(CREDENTIAL_LIST_WORD)) {
    const between =
      word.index < start ? sentence.slice(word.index + word[0].length, start) : sentence.slice(end, word.index);
    const items = between.split(new RegExp(LIST_SEPARATOR.source, 'gi'));
    if (between.length < 400 && items.every((item) => item.trim().split(/\s+/).length <= MAX_LIST_ITEM_WORDS))
      return true;
  }
  return false;
}

/** Canonical names of the certifications a sentence names, in list order, without repeats. */
export function certificationsIn(sentence: string): string[] {
  const names: string[] = [];
  if (!MAY_NAME_CERTIFICATION_SCANNED(sentence) || !MAY_NAME_CERTIFICATION.test(sentence)) return names;
  for (const {name, pattern, needsNearby} of CERTIFICATIONS) {
    if (names.includes(name)) continue;
    for (const match of sentence.matchAll(pattern)) {
      const around = sentence.slice(
        Math.max(0, match.index - NEARBY_CHARS),
        match.index + match[0].length + NEARBY_CHARS,
      );
      if (
        needsNearby &&
        !needsNearby.test(around) &&
        !inCredentialList(sentence, match.index, match.index + match[0].length)
      )
        continue;
      if (benefitNear(sentence, match.index, match.index + match[0].length)) continue;
      names.push(name);
      break;
    }
  }
  return names;
}
