// Project-management, agile and IT-service certifications, as data. A credential whose name is
// also a method (SAFe, ITIL, Six Sigma, Scrum) counts only when the text speaks of certification
// near it: "ITIL Foundation certification", not "understanding of TOGAF, ITIL".
import {benefitNear} from './benefits';
import {LiteralScanner, vocabularies} from './scan';
import {matchesOf} from './matches';
import {waived} from './waived';

export interface CertificationPattern {
  /** Canonical spelling shown to the user and stored in profiles. */
  name: string;
  pattern: RegExp;
  /** When set, this must match within a few words of the name (`nearbyChars` either side, default 50). */
  needsNearby?: RegExp;
  nearbyChars?: number;
  /**
   * A generic name ("Agile certification") that a sentence also naming one of these credentials only
   * introduces: "Agile certification, Scrum Master, PMI-ACP or PSM I" asks for the named ones.
   */
  introduces?: readonly string[];
}

// Other credentials' names count: "PMP, CSM or PSM". "Agile" does not: "the CSM team; agile ways of working".
const SCRUM_CREDENTIAL = /scrum|certif|credential|\bPMP\b|\bPMI\b|\bPRINCE|\bCAPM\b/i;
// CSM and PSM (each also a role or a process: customer success manager, process safety management) settle
// each other when listed together, as Scrum's product-owner credentials do: "PSM I or CSM", "CSM/PSPO".
const SCRUM_PAIR = String.raw`\b(?:CSM|PSM(?:\s?I{1,3}|[123])?|[CP]SPO)\s*(?:[,/&]|\bor\b|\band\b)\s*(?:CSM|PSM|[CP]SPO)\b`;
const SCRUM_CREDENTIAL_OR_PAIR = new RegExp(`${SCRUM_CREDENTIAL.source}|${SCRUM_PAIR}`, 'i');
const CREDENTIAL_WORD = /certif|credential/i;
/** The agile credentials a generic "Agile certification" may stand before. */
const AGILE_NAMED = ['CSM', 'A-CSM', 'CSP', 'PSM', 'CSPO', 'PSPO', 'PMI-ACP', 'SAFe', 'ICAgile', 'KMP', 'DASM'];

// Built from how the issuing bodies name their credentials and how postings write them: PMI, Scrum
// Alliance, Scrum.org, Scaled Agile, ICAgile, AXELOS (PRINCE2, MSP, ITIL), IPMA, APM (UK), Kanban
// University, CompTIA, Six Sigma belts. Cloud, security and vendor certifications (AWS, Azure, CISSP,
// MCSE) are not project-management, agile or IT-service certifications (../shared/data/postings/LABELS.md).
export const CERTIFICATIONS: readonly CertificationPattern[] = [
  // Not advertising's private marketplace: "PG and PMP programmatic deals", "PG/PMP deal transactions".
  {
    name: 'PMP',
    pattern:
      /(?<![A-Z0-9])(?<!\bPG\s?(?:\/|,|and|&)\s?|marketplace\s?\(\s?)PMP\b(?!\s*(?:deals?|programmatic|auctions?|inventory|marketplaces?|campaigns?)\b)/g,
  },
  {name: 'PMP', pattern: /\bproject management professional\b/gi},
  {name: 'CAPM', pattern: /\bCAPM\b|\bcertified associate in project management\b/gi},
  {name: 'PgMP', pattern: /\bPgMP\b|\bprogram(?:me)? management professional\b/gi},
  {name: 'PfMP', pattern: /\bPfMP\b/g},
  // Also a role ("a seasoned portfolio management professional"): the credential when PMI or the word says so.
  {name: 'PfMP', pattern: /\bportfolio management professional\b/gi, needsNearby: /certif|credential|\bPMI\b/i},
  {name: 'PMI-ACP', pattern: /\bPMI[- ]?ACP\b|\bagile certified practitioner\b/gi},
  {name: 'PMI-RMP', pattern: /\bPMI[- ]?RMP\b/gi},
  {name: 'PMI-SP', pattern: /\bPMI[- ]?SP\b/gi},
  {name: 'PMI-PBA', pattern: /\bPMI[- ]?PBA\b/gi},
  {name: 'PMI-CP', pattern: /\bPMI[- ]?CP\b/g},
  // Disciplined Agile (PMI): Scrum Master, Senior Scrum Master, Coach.
  {name: 'DASM', pattern: /\bD(?:AS?SM|AVSC)\b|\bdisciplined agile (?:senior )?scrum master\b/g},
  {name: 'PRINCE2', pattern: /\bPRINCE\s?2\b/gi},
  // AXELOS Managing Successful Programmes ("MSP" alone is also a managed service provider).
  {name: 'MSP', pattern: /\bmanaging successful programmes?\b/gi},
  {name: 'A-CSM', pattern: /\bA-CSM\b|\badvanced certified scrum ?master\b/gi},
  {name: 'CSM', pattern: /(?<!advanced )\bcertified scrum ?master\b/gi},
  {name: 'CSM', pattern: /(?<![\w-])CSM\b/g, needsNearby: SCRUM_CREDENTIAL_OR_PAIR},
  // "CSP" alone is also a cloud service provider: only the full name.
  {name: 'CSP', pattern: /\bcertified scrum professional\b|\bCSP-(?:SM|PO)\b/gi},
  {name: 'PSM', pattern: /\bprofessional scrum master\b/gi},
  {name: 'PSM', pattern: /\bPSM(?:\s?I{1,3}|[123])?\b/g, needsNearby: SCRUM_CREDENTIAL_OR_PAIR},
  // "Scrum Master" alone is a role ("experience as a Scrum Master") unless it is named as a credential;
  // "Scrum Master certifications" is a kind of certification (CSM, PSM, SAFe's SSM...), not one by name.
  {
    name: 'CSM',
    pattern: /(?<!(?:professional|safe|advanced|senior|agile) )\bscrum ?master\b(?!\s*certifications\b)/gi,
    needsNearby: CREDENTIAL_WORD,
    // The word must be the name's own: "Scrum Master certification", "Certification: Scrum Master", not
    // "get certified in our process within 90 days; work with the Scrum Master".
    nearbyChars: 20,
  },
  // Master Project Manager (American Academy of Project Management).
  {name: 'MPM', pattern: /\bMPM\b/g, needsNearby: CREDENTIAL_WORD},
  {name: 'CSPO', pattern: /\bCSPO\b|\bcertified scrum product owner\b/gi},
  {name: 'PSPO', pattern: /\bPSPO(?:\s?I{1,3}|[123])?\b|\bprofessional scrum product owner\b/gi},
  {
    name: 'SAFe',
    pattern: /\bSAFe\b|\bscaled agile\b/g,
    needsNearby:
      /certif|\bagilist\b|\bSPC\b|\bSSM\b|\bPOPM\b|\bRTE\b|\bpractitioner\b|\brelease train engineer\b|\bprogram consultant\b/i,
  },
  {name: 'ICAgile', pattern: /\bICAgile\b|\bICP-(?:ACC|APM|ATF|ENT|BVA)\b/gi},
  // Kanban University's Kanban Management Professional.
  {name: 'KMP', pattern: /\bkanban management professional\b/gi},
  {
    name: 'ITIL',
    pattern: /\bITIL\b/g,
    needsNearby:
      /certif|\bfoundation\b|\bv[34]\b|ITIL ?[34]\b|\bexpert\b|\bpractitioner\b|\bmanaging professional\b|\bstrategic leader\b/i,
  },
  {name: 'IPMA', pattern: /\bIPMA\b/g, needsNearby: /certif|\blevel [A-D]\b/i},
  // APM (UK): Project Management Qualification, APM Project Professional, Chartered Project Professional.
  {name: 'APM PMQ', pattern: /\bAPM\s+(?:PMQ|project management qualification)\b|\bAPMP\b/g},
  {name: 'ChPP', pattern: /\bChPP\b|\bchartered project professional\b/gi},
  {
    name: 'Six Sigma',
    pattern: /\bsix sigma\b|\b(?:LSS|CSS)(?:GB|BB|YB)\b/gi,
    needsNearby: /certif|\bbelt\b|\b(?:LSS|CSS)(?:GB|BB|YB)\b/i,
  },
  {name: 'CompTIA Project+', pattern: /\bCompTIA Project\+|(?<![\w+])Project\+(?!\w)/gi},
  // Google's Project Management: Professional Certificate (Grow with Google, on Coursera).
  {
    name: 'Google Project Management Certificate',
    pattern: /\bGoogle(?:'s)? (?:Project Management|PM)\b(?::? (?:Professional )?Certificat\w*)?/gi,
    needsNearby: CREDENTIAL_WORD,
    nearbyChars: 40,
  },
  {
    name: 'Construction Management Certification',
    pattern: /\bconstruction management certif\w*|\bcertified construction manager\b/gi,
  },
  {
    name: 'Agile certification',
    pattern: /\bagile certif(?:ications?|icates?|ied)\b(?! practitioner)/gi,
    introduces: AGILE_NAMED,
  },
];

const NEARBY_CHARS = 50;
// Cheap first look: every pattern above contains one of these.
const MAY_NAME_CERTIFICATION =
  /PMP|CAPM|PgMP|PfMP|PMI|DAS?SM|DAVSC|PRINCE|CSM|PSM|CSP|PSPO|SAFe|scaled agile|ITIL|ICAgile|ICP-|IPMA|APM|ChPP|sigma|LSS|CSS|Project\+|certif|management professional|scrum professional|project professional|scrum ?master|scrum product|successful programme|MPM|credential/i;
/** Cheaper still: the posting's vocabulary scan (scan.ts) already knows which sentences hold none. */
const MAY_NAME_CERTIFICATION_SCANNED = vocabularies.gate(MAY_NAME_CERTIFICATION);

/**
 * The last look, for the few sentences the first passes: one scan of the sentence, over the strings each pattern
 * cannot match without (literals.ts), tells which patterns may match it, where every pattern ran on them before.
 * Its own scanner rather than the posting's: a group per pattern there would be marked in every sentence of every
 * posting, for the few sentences read here.
 * After the first look's pattern, not instead of it: the scan's strings pass many more sentences ("project" for
 * "Project+"), and a scan of a sentence read for the first time (remembered, hashed) costs more than the pattern.
 * Built on first use, as the posting's is.
 */
let patternScan: LiteralScanner | null = null;
const mayMatch = (sentence: string, pattern: number) =>
  (patternScan ??= new LiteralScanner(CERTIFICATIONS.map(({pattern: each}) => [each.source]))).holds(sentence, pattern);

// A list headed or closed by the word certification names credentials however far the item is from
// that word: "Applicable certifications: CompTIA, Microsoft, PMP (...), ITIL (...)", "Scrum Master, or
// other relevant certifications". Only short list items may stand between the name and the word, so a
// sentence of prose ("understanding of ITIL processes; we value certification") does not count, nor
// "certified in" a process ("get certified in our delivery process; work with the Scrum Master").
const CREDENTIAL_LIST_WORD = /\bcertifications?\b|\bcertified\b(?! in\b)|\bcredentials?\b/gi;
const LIST_SEPARATOR = /[,;:/()]|\b(?:or|and|in|other|relevant|equivalent|such as|e\.g\.|including)\b/i;
const MAX_LIST_ITEM_WORDS = 6;

function inCredentialList(sentence: string, start: number, end: number): boolean {
  for (const word of matchesOf(CREDENTIAL_LIST_WORD, sentence)) {
    const between =
      word.index < start ? sentence.slice(word.index + word[0].length, start) : sentence.slice(end, word.index);
    const items = between.split(new RegExp(LIST_SEPARATOR.source, 'gi'));
    if (between.length < 400 && items.every((item) => item.trim().split(/\s+/).length <= MAX_LIST_ITEM_WORDS))
      return true;
  }
  return false;
}

/**
 * Canonical names of the certifications a sentence names, in list order, without repeats; with `spans`, where
 * each name kept was read is added to it, in the same order.
 */
export function certificationsIn(sentence: string, spans?: Array<[number, number]>): string[] {
  const names: string[] = [];
  if (!MAY_NAME_CERTIFICATION_SCANNED(sentence) || !MAY_NAME_CERTIFICATION.test(sentence)) return names;
  // Where each name was read, kept beside it: a name another one introduces is dropped with its place.
  const at = spans ? new Map<string, [number, number]>() : null;
  for (let index = 0; index < CERTIFICATIONS.length; index++) {
    const {name, pattern, needsNearby, nearbyChars = NEARBY_CHARS} = CERTIFICATIONS[index]!;
    if (names.includes(name) || !mayMatch(sentence, index)) continue;
    for (const match of matchesOf(pattern, sentence)) {
      const around = sentence.slice(
        Math.max(0, match.index - nearbyChars),
        match.index + match[0].length + nearbyChars,
      );
      if (
        needsNearby &&
        !needsNearby.test(around) &&
        !inCredentialList(sentence, match.index, match.index + match[0].length)
      )
        continue;
      if (benefitNear(sentence, match.index, match.index + match[0].length)) continue;
      if (waived(sentence, match.index, match.index + match[0].length)) continue;
      names.push(name);
      at?.set(name, [match.index, match.index + match[0].length]);
      break;
    }
  }
  const kept = names.filter((name) => !INTRODUCES.get(name)?.some((named) => names.includes(named)));
  if (spans && at) for (const name of kept) spans.push(at.get(name)!);
  return kept;
}

const INTRODUCES = new Map(
  CERTIFICATIONS.flatMap(({name, introduces}) => (introduces ? [[name, introduces] as const] : [])),
);
