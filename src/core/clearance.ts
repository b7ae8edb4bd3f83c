// A government security clearance the job requires (or must be obtainable), or only prefers, with
// its level as the posting names it (US levels, DOE Q/L, and other countries' levels such as NV1,
// SC or DV kept by name), and whether a polygraph is part of it.
import {merged} from './merged';
import {CLEARANCE_LEVELS, CLEARANCE_VOCAB} from './screening-vocab';
import {vocabularies, type Candidates} from './scan';
import {headingIsPreferred} from './years';

export interface Clearance {
  required: boolean;
  level: string | null;
}

export interface ClearanceFinding {
  clearance: Clearance | null;
  polygraph: boolean;
  evidence: string[];
}

const LEVELS = CLEARANCE_LEVELS.map((entry) => merged(entry, {regex: new RegExp(entry.pattern, 'i')}));
const GENERIC = new RegExp(CLEARANCE_VOCAB.generic, 'i');
const POLYGRAPH = new RegExp(CLEARANCE_VOCAB.polygraph, 'i');
const NOT_CLEARANCE = new RegExp(CLEARANCE_VOCAB.notClearance, 'gi');
const PREFERRED = new RegExp(CLEARANCE_VOCAB.preferred, 'i');
const NEGATED = new RegExp(CLEARANCE_VOCAB.negated, 'i');
/** Cheap first look: most sentences name nothing of the kind. */
const MAY_NAME =
  /clearance|clearable|secret|public trust|suitability|fitness determination|\bcbp\b|polygraph|\bpoly\b|vetting|\bnv\s?[12]\b|\bbpss\b|reliability|\bts\b|cleared|classified|security investigation/i;
/** A clearance without its level that a title makes the job's condition. */
const TITLE_CONDITION = /^cleared\b|\bclearance (?:required|eligible|eligibility)\b|\bclearable\b/i;
/**
 * For the posting's own sentences, the scan's bits (no look-up): the same first look, then each level's
 * pattern in LEVELS order, the polygraph and the generic mention. A title is no sentence of the posting:
 * scanning it to rule it out costs more than the first look's pattern (vocabularies.gate walks the text).
 */
const MAY_NAME_GROUP = vocabularies.add([
  [MAY_NAME.source],
  ...LEVELS.map(({regex}) => [regex.source]),
  [POLYGRAPH.source],
  [GENERIC.source],
  [NOT_CLEARANCE.source],
]);
const FIRST_LEVEL_GROUP = MAY_NAME_GROUP + 1;
const POLYGRAPH_GROUP = FIRST_LEVEL_GROUP + LEVELS.length;
const GENERIC_GROUP = POLYGRAPH_GROUP + 1;
const NOT_CLEARANCE_GROUP = GENERIC_GROUP + 1;

/**
 * Whether sentence `index` may name a clearance: the first look's strings, and those of a level, the
 * polygraph or the generic mention (or of NOT_CLEARANCE, whose cutting out may change the text).
 */
function mayMention(candidates: Candidates, index: number): boolean {
  if (!candidates.may(index, MAY_NAME_GROUP)) return false;
  for (let group = FIRST_LEVEL_GROUP; group <= NOT_CLEARANCE_GROUP; group++)
    if (candidates.may(index, group)) return true;
  return false;
}

interface Mention {
  level: string | null;
  rank: number;
  polygraph: boolean;
  /** Where the mention starts in the text. */
  at: number;
}

/**
 * The clearance a piece of text names, or null. `may(group)`: whether the scan found the group's strings
 * in the text (a sentence of the posting); without it, every pattern may match.
 */
function mentionIn(text: string, may?: (group: number) => boolean): Mention | null {
  if ((may && !may(MAY_NAME_GROUP)) || !MAY_NAME.test(text)) return null;
  const cleaned = text.replace(NOT_CLEARANCE, ' ');
  // With nothing cut out the text is the one scanned: a pattern whose strings it lacks cannot match.
  const scanned = cleaned === text ? may : undefined;
  let best: Mention | null = null;
  for (let index = 0; index < LEVELS.length; index++) {
    const {level, rank, regex} = LEVELS[index]!;
    if (scanned && !scanned(FIRST_LEVEL_GROUP + index)) continue;
    const at = cleaned.search(regex);
    if (at >= 0 && (!best || rank > best.rank)) best = {level, rank, polygraph: false, at};
  }
  const polygraph = (!scanned || scanned(POLYGRAPH_GROUP)) && POLYGRAPH.test(cleaned);
  const generic = !scanned || scanned(GENERIC_GROUP) ? cleaned.search(GENERIC) : -1;
  if (!best && (generic >= 0 || polygraph)) best = {level: null, rank: 0, polygraph, at: Math.max(0, generic)};
  if (best) best.polygraph = polygraph;
  return best;
}

const levelName = (mention: Mention) =>
  mention.level && mention.polygraph ? `${mention.level} with polygraph` : mention.level;

/**
 * Whether the job requires a clearance, and which. A clearance named in the title (a "- TS/SCI"
 * suffix) is required; in the text, a mention under a preferred heading or with a preference word
 * beside it ("Secret clearance preferred") is preferred; a mention that says none is needed counts
 * for nothing. The highest level named among the required mentions is kept.
 */
export function findClearance(title: string, sentences: readonly string[]): ClearanceFinding {
  const required: Array<{mention: Mention; sentence: string}> = [];
  const preferred: Array<{mention: Mention; sentence: string}> = [];
  const inTitle = mentionIn(title);
  // A title names a clearance by its level, or as the job's condition: "Cleared TPM", "TPM - Clearance Eligible".
  if (inTitle && (inTitle.level !== null || inTitle.polygraph || TITLE_CONDITION.test(title)))
    required.push({mention: inTitle, sentence: title});
  let inPreferredSection = false;
  const candidates = vocabularies.scan(sentences);
  let position = 0;
  // Past the last sentence that may name a clearance, headings change nothing: the loop stops there
  // (in most postings, before it starts).
  let end = sentences.length;
  while (end > 0 && !mayMention(candidates, end - 1)) end--;
  for (; position < end; position++) {
    const sentence = sentences[position]!;
    // Where the scan rules out every level, the polygraph and the generic mention, mentionIn finds none. Each
    // clause on its own ("TS/SCI required; CI poly preferred"): the scan's answers hold for a part of the text.
    if (mayMention(candidates, position))
      for (const clause of sentence.includes(';') ? sentence.split(';') : [sentence]) {
        // The scan's answers for this sentence, an arrow made where it is passed: tsx names a named one as it is made.
        const mention = mentionIn(clause, (group) => candidates.may(position, group));
        if (!mention) continue;
        // Only the words around the mention: a glued line may prefer something else entirely.
        const near = clause.slice(Math.max(0, mention.at - 50), mention.at + 90);
        // "Clearance not required but a plus" prefers one; "No clearance required" asks for none.
        const negated = NEGATED.test(clause);
        if (negated && !PREFERRED.test(near)) continue;
        (negated || PREFERRED.test(near) || (inPreferredSection && !/\b(?:must|required)\b/i.test(near))
          ? preferred
          : required
        ).push({mention, sentence});
      }
    // Headings are short; reading long lines for one costs more than it finds.
    const heading = sentence.length <= 120 ? headingIsPreferred(sentence) : null;
    if (heading !== null) inPreferredSection = heading;
  }
  const chosen = required.length ? required : preferred;
  if (chosen.length === 0) return {clearance: null, polygraph: false, evidence: []};
  const top = chosen.reduce((best, entry) => (entry.mention.rank > best.mention.rank ? entry : best));
  const polygraph = chosen.some((entry) => entry.mention.polygraph);
  const level = levelName(merged(top.mention, {polygraph}));
  // The sentence naming the level first, then any other that shows the requirement.
  const evidence = [
    top.sentence,
    ...chosen.map((entry) => entry.sentence).filter((sentence) => sentence !== top.sentence),
  ];
  return {clearance: {required: required.length > 0, level}, polygraph, evidence: evidence.slice(0, 2)};
}
