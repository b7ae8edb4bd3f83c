// Minimum years of experience a posting REQUIRES. Preferred-only years, company age, contract
// lengths, ages and degree lengths are not experience requirements.
import {degreeRankIn} from './degree';
import {vocabularies} from './scan';
import {COUNT_SOURCE, COUNT_START, parseCount, spellings} from './numbers';
import {matchesOf} from './matches';
import {isWhitespace} from './whitespace';

export interface YearsFinding {
  years: number;
  sentence: string;
  /** Where in the sentence the count of those years stands (start, end). */
  at: [number, number];
}

// "3-5", "3 to 5", "1 or 2", "Five (5)", "2-4 +", "8 plus", "3 or more", "15+ overall" followed by the unit.
const MENTION = new RegExp(
  `${COUNT_START}(?<!\\d\\s?-\\s?)(${COUNT_SOURCE})(?:\\s*(?:-|to|TO|or|OR|(?<=\\b[Bb]etween\\s{1,3}\\S{1,12}(?:\\s{1,3}\\(\\d+\\))?\\s{1,3})and)\\s*(${COUNT_SOURCE}))?(\\s*(?:-\\s*)?(?:\\+|plus|Plus|PLUS))?(?:\\s*(?:or|OR) (?:more|MORE))?(?:\\s+(?:overall|total|combined|relevant|professional|progressive|full[- ]time|Overall|Total|Combined|Relevant|Professional|Progressive))?\\s*(-)?\\s*(${['years', 'year', 'yrs', 'yr', 'months', 'month'].map(spellings).join('|')}|YOE)(?![a-z])`,
  'g',
);

// "A decade of experience", "over two decades in aerospace", "a decade+ of", "a decade or more of".
const DECADES = /\b(half a|a|an|one|two|three)\s+decades?(?![a-z])(?:\s*\+|\s+(?:or more|plus))?/gi;
/** What DECADES cannot match without: a look for it costs a quarter of running DECADES over the sentence. */
const MAY_NAME_DECADE = /decade/i;
const DECADE_COUNTS: Readonly<Record<string, number>> = {'half a': 0.5, a: 1, an: 1, one: 1, two: 2, three: 3};

// A count whose unit the sentence names elsewhere: after a label ("Years of experience: 5+", "Experience (years):
// 7"), or as the other half of a pair whose first half has the unit ("10 years' experience preferred, 5
// required", "8 years preferred, minimum 5"). Group 1 or 2: the count.
const LABELLED_COUNT =
  /(?:\b(?:years?|yrs) (?:of )?(?:[a-z]+ ){0,2}(?:experience|exp)\b|\byoe\b|\bexperience \((?:years|yrs)\))[ \t]*(?:\((?:required|minimum)\)[ \t]*)?[:\u2013-][ \t]*(\d{1,2})(?=[ \t]*(?:\+|plus\b|-|\u2013|to\b|or\b|[,;.(]|$|required\b|minimum\b|preferred\b))/gi;
const PAIRED_COUNT =
  /(?:[,;]|\band\b|\bbut\b)[ \t]+(?:(?:(?:a |with a )?minimum (?:of )?|at least )(\d{1,2})(?=[ \t]*(?:\+[ \t]*)?(?:[,;.)]|$|required\b))|(\d{1,2})(?:[ \t]*\+)?[ \t]+(?=\(?(?:required|minimum|mandatory|needed)\)?[ \t]*(?:[,;.)]|$)))/gi;

// Words right before the number that make it something other than experience:
// "for over 25 years" (not "Total Experience for 6+yrs"), "in the next 10 years", "within 6 months", "less than 1 year", "ages 6 weeks to 5 years"; a term
// of service ("can serve in excess of 8 years with GSA", "an appointment not to exceed 4 years"); the employer's own
// record ("We have over 28 years of proven delivery").
const NOT_EXPERIENCE_BEFORE =
  /(?:\b(?<!(?:looking|searching|seeking|asking|experience|exp) )(?:for|next|last|past|previous|coming|following|after|every|each|per|within|during|since|under|lieu of|in place of|substitut\w* for|(?<!\bno |\bnot )less than|(?<!\bno |\bnot )fewer than|length|duration|term)\s*:?\s*(?:(?:the|over|more than|nearly|almost|about|around|approximately|up to|a|an)\s+)*|\bages?\b[^.;]{0,25}|\b(?:can|may|will|could|shall|cannot|can't)\s+(?:not\s+)?serve\s+(?:(?:for|in excess of|more than|over|up to|beyond|longer than|no more than|a (?:maximum|total) of)\s+)*|\bnot to exceed\s+|\b(?:we(?:'ve| have| had| bring)|our (?:company|firm|organi[sz]ation|team) (?:has|had|brings))\s+(?:(?:over|more than|nearly|almost|about|around|approximately|a combined|a collective)\s+)*)$/i;
// Someone else's career, told in the company's story: "Before founding Sierra, Clay spent 18 years at Google". Case-sensitive:
// a name within the sentence or a pronoun, not the reader ("You have spent 5+ years", "- Have spent 5+ years").
const SOMEONE_SPENT =
  /(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Oo]ur (?:founders?|co-?founders?|CEO|CTO|team))|(?<=[\w,;] )(?!You\b|We\b|Have\b|Has\b|Having\b)[A-Z][a-z]+) (?:has |had |have )?spent (?:over |more than |nearly |almost |about |the (?:last|past) )?$/;
// The employer's own record opening its sentence: "With over 15 years of experience in the pharmaceutical industry, we
// know the key contacts" (not "With 5+ years of experience, you will...").
const EMPLOYER_WITH_BEFORE = /^\W{0,3}with\s+(?:(?:over|more than|nearly|almost|about|around|a combined)\s+)?$/i;
const EMPLOYER_WITH_AFTER = /^[^;]{0,200}?,\s*(?:we|our)\b/i;
// Words right after the unit that make it something else: "of age", "old", "contract", "period".
const NOT_EXPERIENCE_AFTER =
  /^(?:'s|s'|')?\s*(?:of age|old\b|or older|ago\b|contract(?!\s+(?:manag|negotia|admin))|period|program(?:me)?(?!\s+manag)|term\b|duration|assignment|training|internship|warranty|lease|degree|journey|anniversary|commitment|horizon|tradition|history|in business(?!\s+(?:strategy|analy\w*|development|operations|intelligence|administration|management|process\w*|systems|roles?|planning|finance|consulting|transformation|continuity|applications?|technology))|tenure|of (?:continuous )?(?:service|employment)\b|of (?:proud |successful |continuous )?(?:history|heritage|existence|tradition|innovation|excellence)\b|of (?:runway|funding|profitab\w*)\b|(?:,\s*)?\(?(?:(?:with|w\/) (?:the |a |an )?(?:possibility|option|potential|chance|opportunity|likelihood) (?:of|for|to) (?:an? )?(?:extension|extend|conver|hire|full[- ]time|perm|renew)|extendable|extensible|renewable|(?:possible|likely|potential) extension)|of (?:(?:their|his|her|your|one's|a child's)\s+)?li(?:fe|ves)\b|in a row|running\b|straight\b|consecutive|of (?:college|university|school|study|studies|coursework|course work|education|post-?secondary|undergraduate|graduate)\b)/i;
// The figure is a substitute for something else: "... years of experience may substitute", "three years of progressive
// experience in the specialty in lieu of every year of education".
const SUBSTITUTE_AFTER = /\b(?:may|can|will)\s+(?:be\s+)?substitut|\b(?:in lieu of|for) (?:each|every) year\b/i;
// An experience requirement names experience or what the years were spent doing ("7+ years overall").
const EXPERIENCE_AFTER =
  /^(?:'s|s'|'|\ufffd)?\s*(?:(?:\+|plus)\s*)?(?:of\b|in\b|as\b|with\b|at\b|on\b|within\b|working|managing|leading|teaching|developing|building|designing|using|supporting|delivering|running|hands|industry|relevant|related|professional|progressive|direct|post|proven|successful|combined|total|overall\b|prior|previous|practical|technical|work\b|full[- ]time|\(required\)|\(preferred\)|required|minimum|yoe\b|exp\b|experience)/i;
const ABBREVIATION_STOP = /^\.(?=\s*[a-z])/;
// A note in brackets between the unit and what the years were spent on: "minimum 7 years (10 years preferred) of
// applicable experience", "3 years (36 months) of experience"; not a mark that the years are required or preferred.
const NOTE_FIRST = /^\s*\((?!\s*(?:required|preferred|mandatory|minimum|desired)\s*\))[^()]{0,40}\)/i;
const EXPERIENCE_NEAR = /\b(?:experience|exp\b|expertise|background|track record)/i;
// A degree and then years, the experience left unsaid: "BA/BS + 6 years", "Bachelor's degree and 5 years".
const DEGREE_THEN =
  /\b(?:degree|bachelor'?s|master'?s|b\.?[as]\.?|m\.?[as]\.?|mba|ph\.?d\.?|doctorate|diploma|ged)\s*(?:\+|&|\band|\bwith|\bplus)\s+(?:(?:a )?minimum (?:of )?|at least )?$/i;
const PREFERENCE =
  /\b(?:preferred|preferably|a plus|nice[- ]to[- ]have|desired|desirable|ideal(?:ly)?|bonus|advantage(?:ous)?|beneficial|helpful|not required|optional)/i;
const REQUIRED_MARK = /\((?:required|mandatory)\)|\brequired\b|\bmust\b/i;
/**
 * A mark in brackets that closes the clause of the years, and says only that they are preferred: "5+ years of
 * program management experience (preferred)", "(a plus)", "(nice to have)". Not a note that names other years
 * ("5 years of experience (10 years preferred)").
 */
const PREFERRED_AFTER_CLAUSE =
  /^\s*\(\s*(?:(?:strongly|highly) )?(?:preferred|preferably|a plus|(?:a )?nice[- ]to[- ]have|desired|desirable|ideal(?:ly)?|bonus|optional|not required)\s*\)/i;
const PREFERRED_HEADING =
  /\b(?:preferred|desired|desirable|nice[- ]to[- ]haves?|bonus|ideally|pluses|preferably|a plus|put you ahead|stand out|set you apart|extra credit|even better)\b/i;
// A short line without final punctuation that names a section ("Bonus points", "Who You Are").
const SECTION_WORDS =
  /\b(?:qualifications?|requirements?|responsibilities|duties|benefits|perks|compensation|salary|about|overview|summary|who you are|what you|you will|you'll|must[- ]haves?|education|skills|experience|role|job|position|company|team|apply)\b/i;
const LARGEST_PLAUSIBLE = 30;
const SHORT_BULLET = 160;

/**
 * Text after a mention up to the end of its clause, within 160 characters: up to the first clause mark, ", " or
 * white space and "(" after its first character, or a capital glued to a lower-case letter or ")" before it
 * (what `/[.;!?\u2022\u00b7\u25cf\u27a2]|,\s|\s\(|(?<=[a-z)])(?=[A-Z])/` finds first in the 160 characters after
 * the first). Read forwards in a loop, where that pattern tried its look-behind at every position.
 */
function clauseAfter(sentence: string, from: number): string {
  const end = Math.min(sentence.length, from + 160);
  for (let at = from + 1; at < end; at++) {
    const code = sentence.charCodeAt(at);
    const next = at + 1 < end ? sentence.charCodeAt(at + 1) : -1;
    if (
      isClauseMark(code) ||
      (code === 44 /* , */ && isWhitespace(next)) ||
      (next === 40 /* ( */ && isWhitespace(code))
    )
      return sentence.slice(from, at);
    if (at - 1 > from && gluedCapital(sentence.charCodeAt(at - 1), code)) return sentence.slice(from, at);
  }
  return sentence.slice(from, end);
}

/** A capital glued to a lower-case letter or ")" before it ("ResponsibilitiesQualifications", "(US)Remote"): a break. */
const gluedCapital = (before: number, code: number) =>
  code >= 65 && code <= 90 && ((before >= 97 && before <= 122) || before === 41); /* ) */

/** The marks that end a clause. */
const isClauseMark = (code: number) =>
  code === 46 /* . */ ||
  code === 59 /* ; */ ||
  code === 33 /* ! */ ||
  code === 63 /* ? */ ||
  code === 0x2022 ||
  code === 0xb7 ||
  code === 0x25cf ||
  code === 0x27a2;

/**
 * Text before a mention back to the start of its clause, within 160 characters: after the last clause mark and
 * the white space character after it, after ", " and white space, or from a capital glued to a lower-case letter
 * or ")". Read backwards from the mention, where going through every match of a pattern over the 160 characters
 * kept only the last (what `/[.;!?\u2022\u00b7\u25cf\u27a2]\s?|,\s|(?<=[a-z)])(?=[A-Z])/g` finds last).
 */
function clauseBefore(sentence: string, to: number): string {
  const first = Math.max(0, to - 160);
  for (let at = to - 1; at >= first; at--) {
    const code = sentence.charCodeAt(at);
    const spaceAfter = at + 1 < to && isWhitespace(sentence.charCodeAt(at + 1));
    if (isClauseMark(code)) return sentence.slice(spaceAfter ? at + 2 : at + 1, to);
    if (code === 44 /* , */ && spaceAfter) return sentence.slice(at + 2, to);
    if (at > first && gluedCapital(sentence.charCodeAt(at - 1), code)) return sentence.slice(at, to);
  }
  return sentence.slice(first, to);
}

const LEADING_PREFERRED_HEADING =
  /^\s*(?:(?:additional|other)\s*(?:,|or|and|\/|&)\s*)?(?:preferred|desired|desirable|bonus|nice[- ]to[- ]have)\s+(?:qualifications|skills|requirements|experience|criteria)\b(?!\s*(?:include|are|:))/i;

/** A heading label has at most this many words. */
const MAX_LABEL_WORDS = 5;
/** The characters that end a label's run of text (besides a capital glued to the word before): a clause's, and ":". */
const isLabelBreak = (code: number) => code === 58 /* : */ || isClauseMark(code);

/**
 * Where the label before the colon at `colon` starts: after the last break before it (one of isLabelBreak's
 * characters, or between a lower-case letter or ")" and a capital: "ResponsibilitiesQualifications:"), 0
 * when none; -1 when the label would hold more than MAX_LABEL_WORDS words, wherever it starts. Read
 * backwards from the colon, a few characters per label, where a search of the whole text for every break
 * tried a look-behind at each position of every sentence. Exported for the test that checks it against that search.
 */
export function labelStart(text: string, colon: number): number {
  let words = 0;
  let inWord = false;
  for (let at = colon - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (isLabelBreak(code)) return at + 1;
    if (isWhitespace(code)) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > MAX_LABEL_WORDS) return -1;
    }
    if (at > 0 && gluedCapital(text.charCodeAt(at - 1), code)) return at;
  }
  return 0;
}

/** `text.split(/\s+/).length` without the array: headingIsPreferred asks it of every sentence. */
function whitespaceParts(text: string): number {
  let parts = 1;
  let inSpace = false;
  for (let index = 0; index < text.length; index++) {
    const space = isWhitespace(text.charCodeAt(index));
    if (space && !inSpace) parts++;
    inSpace = space;
  }
  return parts;
}

/** How a heading label reads: preferred items, other section (resets), or not a section at all. */
function classifyLabel(label: string): boolean | null {
  if (PREFERRED_HEADING.test(label)) return true;
  return SECTION_WORDS.test(label) ? false : null;
}

/**
 * Whether the last heading inside `text` marks preferred items; null when there is none.
 * A heading is a short "Label:" ("Preferred qualifications:", "Skills Preferred:") or a short line
 * of its own ("Bonus points", "Who You Are (Basic Qualifications)").
 */
export function headingIsPreferred(text: string): boolean | null {
  // A heading glued to the first item without a colon ("Additional or preferred qualifications Bachelor's...").
  if (LEADING_PREFERRED_HEADING.test(text)) return true;
  let found: boolean | null = null;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    const start = labelStart(text, colon);
    if (start < 0) continue;
    const label = text.slice(start, colon).trim();
    if (label) found = classifyLabel(label) ?? found;
  }
  if (found !== null) return found;
  const line = text.trim();
  // Bullets are short too; a heading has no sentence words ("Experience with X is a plus" is a bullet).
  if (
    line.length > 60 ||
    /[.!?]$/.test(line) ||
    whitespaceParts(line) > 6 ||
    /\b(?:in|with|of|on|for|using|at|is|be|a|an)\b/i.test(line)
  )
    return null;
  return classifyLabel(line);
}

function isPreferred(
  sentence: string,
  start: number,
  next: string,
  tail: string,
  inPreferredSection: () => boolean,
  afterClause: string,
): boolean {
  // Indeed's "Scrum master: 3 years (Preferred)": the item's own mark decides.
  // Its own clause's mark only: "10 years preferred, 5 (required)" marks the 5.
  const ownMark = /^[^():,;]{0,30}\((preferred|required)\)/i.exec(next);
  if (ownMark) return ownMark[1]!.toLowerCase() === 'preferred';
  if (PREFERENCE.test(tail) || PREFERRED_AFTER_CLAUSE.test(afterClause)) return true;
  // Far enough back to reach the label of a long run of glued bullets ("Preferred Qualifications: ... OR ... 12+ years").
  const before = sentence.slice(Math.max(0, start - 1200), start);
  if (/\b(?:ideally|preferably)\b[^.;]{0,40}$/i.test(before)) return true;
  const heading = headingIsPreferred(before);
  if (heading !== null) return heading && !REQUIRED_MARK.test(tail);
  return inPreferredSection() && !REQUIRED_MARK.test(tail);
}

/** A duration written in a sentence, in years (null: a count that does not read as a number). */
interface Figure {
  start: number;
  end: number;
  years: number | null;
  /** Written "5-year": experience only when "experience" follows. */
  hyphen: boolean;
  /**
   * Counted without a unit of its own (LABELLED_COUNT, PAIRED_COUNT): a label that names experience says what
   * it counts; the other half of a pair counts what the first half did.
   */
  unitGiven?: 'label' | 'pair';
}

interface Mention {
  years: number;
  preferred: boolean;
  start: number;
  end: number;
}

/**
 * A bullet that is nothing but a required count ("Requires 5+ years.", "Minimum of 3 years", "At least 2 years"):
 * the heading above it says of what, and postings put these under "Experience". Any other word before or after
 * leaves it to the other tests (a contract's "minimum 6 months" names the contract).
 */
const ONLY_REQUIRED_BEFORE =
  /^\s*(?:(?:requires?|required|must have|needs?)\s*:?\s*(?:a\s+)?(?:minimum(?:\s+of)?\s+|at\s+least\s+)?|(?:a\s+)?minimum(?:\s+of)?\s*:?\s*|at\s+least\s+)$/i;
const NOTHING_AFTER = /^\s*[.;!]?\s*$/;
const requirementAlone = (sentence: string, start: number, end: number) =>
  NOTHING_AFTER.test(sentence.slice(end)) && ONLY_REQUIRED_BEFORE.test(sentence.slice(0, start));

/** Cheap first look: a sentence that states a duration names one of these; the scan knows first. */
const MAY_NAME_DURATION = /year|yr|month|yoe|decade/i;
const MAY_NAME_DURATION_SCANNED = vocabularies.gate(MAY_NAME_DURATION);

/** Shared by the many sentences that name no duration: nothing allocated for them. */
const NO_MENTIONS: readonly Mention[] = [];

function mentionsIn(sentence: string, inPreferredSection: () => boolean): readonly Mention[] {
  if (!MAY_NAME_DURATION_SCANNED(sentence) || !MAY_NAME_DURATION.test(sentence)) return NO_MENTIONS;
  // Screening questions and their answer options ("Less than 1 year 1+ Years") are not requirements.
  if (/\bhow many (?:years|months)\b|\bless than (?:\d+|one) years?\s+\d+\+?\s*years?/i.test(sentence))
    return NO_MENTIONS;
  const mentions: Mention[] = [];
  const figures: Figure[] = matchesOf(MENTION, sentence).map((match) => {
    const [whole, low, , , hyphen, unit] = match;
    const count = parseCount(low!);
    const years = count === null ? null : /^mo/i.test(unit!) ? Math.round((count / 12) * 100) / 100 : count;
    return {start: match.index, end: match.index + whole.length, years, hyphen: Boolean(hyphen)};
  });
  for (const match of matchesOf(LABELLED_COUNT, sentence)) {
    const end = match.index + match[0].length;
    figures.push({start: end - match[1]!.length, end, years: Number(match[1]), hyphen: false, unitGiven: 'label'});
  }
  if (figures.length > 0)
    for (const match of matchesOf(PAIRED_COUNT, sentence)) {
      const count = match[1] ?? match[2]!;
      const start = match.index + match[0].indexOf(count, match[0].search(/\d/));
      if (figures.some((figure) => figure.start < start && figure.years !== null))
        figures.push({start, end: start + count.length, years: Number(count), hyphen: false, unitGiven: 'pair'});
    }
  for (const match of MAY_NAME_DECADE.test(sentence) ? matchesOf(DECADES, sentence) : [])
    figures.push({
      start: match.index,
      end: match.index + match[0].length,
      years: DECADE_COUNTS[match[1]!.toLowerCase()]! * 10,
      hyphen: false,
    });
  for (const {start, end, years, hyphen, unitGiven} of figures) {
    // Patterns anchored on the next words read the raw text: a clause cut at "eN" would split "ServiceNow". The
    // full stop of an abbreviated unit goes when the sentence goes on in lower case ("5 yrs. minimum").
    const next = sentence.slice(end, end + 60).replace(ABBREVIATION_STOP, '');
    const noted = NOTE_FIRST.exec(sentence.slice(end, end + 60));
    const tailStart = end + (noted ? noted[0].length : 0);
    const tail = clauseAfter(sentence, tailStart);
    const before = clauseBefore(sentence, start);
    if (hyphen && !/^\s*(?:of\s+)?(?:experience|exp\b)/i.test(next)) continue;
    const near = sentence.slice(Math.max(0, start - 60), start);
    // SOMEONE_SPENT only where its "spent " stands: a look for the word costs a fraction of the pattern's.
    if (NOT_EXPERIENCE_BEFORE.test(near) || (near.includes('spent ') && SOMEONE_SPENT.test(near))) continue;
    if (EMPLOYER_WITH_BEFORE.test(sentence.slice(0, start)) && EMPLOYER_WITH_AFTER.test(sentence.slice(end))) continue;
    if (NOT_EXPERIENCE_AFTER.test(next) || SUBSTITUTE_AFTER.test(tail)) continue;
    // A short bullet that opens with the years and names experience at its end: "3+ years team leader/management, data analytics, and graphic reporting experience".
    const bulletNamesExperience =
      start <= 12 && sentence.length <= SHORT_BULLET && EXPERIENCE_NEAR.test(sentence.slice(end));
    const experienceGiven =
      unitGiven === 'label' ||
      // "YOE" is "years of experience" itself: "Senior level: 6+ YOE".
      /yoe$/i.test(sentence.slice(start, end)) ||
      (unitGiven === 'pair' && mentions.some((mention) => mention.start < start)) ||
      requirementAlone(sentence, start, end) ||
      DEGREE_THEN.test(before);
    if (unitGiven === 'pair' && !experienceGiven) continue;
    if (
      !experienceGiven &&
      !EXPERIENCE_AFTER.test(noted ? next.slice(noted[0].length) : next) &&
      !EXPERIENCE_NEAR.test(tail) &&
      !EXPERIENCE_NEAR.test(before) &&
      !bulletNamesExperience
    )
      continue;
    // "0-2 years" is an entry-level requirement of 0 years, still a stated requirement.
    if (years === null || years < 0 || years > LARGEST_PLAUSIBLE) continue;
    const afterClause = sentence.slice(tailStart + tail.length, tailStart + tail.length + 40);
    mentions.push({
      years,
      preferred: isPreferred(sentence, start, next, tail, inPreferredSection, afterClause),
      start,
      end,
    });
  }
  return mentions;
}

const PATH_BREAK = /;\s*or\b|\bOR\b/g;
const OR_BEFORE_YEARS = /\bor\s+(?:(?:at least|a minimum of|minimum(?: of)?|over|more than)\s+)?/g;

/**
 * Required years in one sentence. Paths joined by a capital "OR" or "; or" are alternatives.
 * When the paths name degrees ("Doctorate AND 3+ years OR Master's AND 6+ years OR Bachelor's AND
 * 8+ years"), the years are those of the path with the lowest degree of bachelor or above: more
 * schooling buys fewer years, and the bachelor's path is the requirement most applicants meet
 * (paths below a bachelor's, "an AA/AS degree and 16 years", are fallbacks). Without degrees, the
 * easiest path is the minimum.
 */
function requiredYears(sentence: string, mentions: readonly Mention[]): {years: number; at: [number, number]} | null {
  if (mentions.length === 0) return null;
  const required = mentions.filter((mention) => !mention.preferred);
  if (required.length === 0) return null;
  const cuts = matchesOf(PATH_BREAK, sentence).map((match) => match.index);
  // "13-15 years of relevant experience or 17-19 years of relevant work experience": a lower-case "or" right
  // before another count of years joins two paths as well.
  if (required.length > 1)
    for (const match of matchesOf(OR_BEFORE_YEARS, sentence))
      if (required.some((mention) => mention.start === match.index + match[0].length)) cuts.push(match.index);
  cuts.sort((a, b) => a - b);
  const byPath = new Map<number, number>();
  for (const mention of required) {
    const path = cuts.filter((cut) => cut < mention.start).length;
    byPath.set(path, Math.max(byPath.get(path) ?? 0, mention.years));
  }
  const years = easiestPath(
    [...byPath].map(([path, years]) => ({
      text: sentence.slice(path === 0 ? 0 : cuts[path - 1]!, cuts[path] ?? sentence.length),
      years,
    })),
  );
  // The count read: the first required mention of those years (every path's years are a mention's).
  const read = required.find((mention) => mention.years === years)!;
  return {years, at: [read.start, read.end]};
}

/** The years of the path requiredYears takes among alternatives, each with its text. */
function easiestPath(paths: ReadonlyArray<{text: string; years: number}>): number {
  if (paths.length === 1) return paths[0]!.years;
  let lowest: {rank: number; years: number} | null = null;
  for (const {text, years} of paths) {
    // A path naming no degree beside paths that name one is the usual path: "8+ years OR 4+ years with
    // a PhD" asks 8 of a bachelor's holder. It ranks above a bachelor's and below a master's.
    const rank = degreeRankIn(text) ?? NO_DEGREE_PATH_RANK;
    if (rank < 1) continue;
    if (!lowest || rank < lowest.rank || (rank === lowest.rank && years < lowest.years)) lowest = {rank, years};
  }
  return lowest ? lowest.years : Math.min(...paths.map((path) => path.years));
}

const NO_DEGREE_PATH_RANK = 1.5;

/**
 * Whether a line ends in the word "or" and so offers the next line as another path: "1. A baccalaureate degree ...
 * and four years ...; or". What `/or(?<=(?:[;,]\s*|\s)or)\s*$/i` tells, read backwards from the end: that pattern,
 * tested on every sentence, stopped at each "or" of the text to look for the end after it.
 */
export function anotherPathFollows(sentence: string): boolean {
  let end = sentence.length;
  while (end > 0 && isWhitespace(sentence.charCodeAt(end - 1))) end--;
  // "or" in any case, after white space, a comma or a semicolon (a run of spaces after those ends in a space too).
  if (
    end < 3 ||
    (sentence.charCodeAt(end - 2) | 0x20) !== 111 /* o */ ||
    (sentence.charCodeAt(end - 1) | 0x20) !== 114 /* r */
  )
    return false;
  const before = sentence.charCodeAt(end - 3);
  return before === 44 /* , */ || before === 59 /* ; */ || isWhitespace(before);
}
/** Numbered options, one per line: "Option 1: Bachelor's degree ... and 5 years' experience", "Option 2: 7 years' ...". */
const OPTION_LINE = /^\W{0,3}option\s*(?:\d|[a-d]\b|one\b|two\b|three\b)/i;

/**
 * Whether a sentence stands in a section of preferred items: the last heading before it says so
 * (headingIsPreferred), none says not. Asked in the sentences' order, and only where years are weighed: the
 * headings are read backwards from the sentence asked about, down to the one asked about before, so that most
 * sentences' are never read (those before the heading above the first count, and after the last). Each is read
 * at most once whatever the text, where reading every sentence's, as the readers once did, took a fifth of the
 * time of the years.
 */
class PreferredSections {
  /** The sentence asked about last, and whether it stands in a section of preferred items. */
  private asked = 0;
  private preferred = false;

  constructor(private readonly sentences: readonly string[]) {}

  before(index: number): boolean {
    for (let at = index - 1; at >= this.asked; at--) {
      const heading = headingIsPreferred(this.sentences[at]!);
      if (heading !== null) {
        this.preferred = heading;
        break;
      }
    }
    this.asked = index;
    return this.preferred;
  }
}

/**
 * Every sentence that requires years, with the largest required minimum first. Lines joined by a trailing "or", and
 * numbered options in a row, are alternative paths, of which one counts (see requiredYears).
 */
export function findRequiredYears(sentences: readonly string[]): YearsFinding[] {
  const findings: YearsFinding[] = [];
  const sections = new PreferredSections(sentences);
  let paths: Array<{text: string; years: number; at: [number, number]}> = [];
  const settle = () => {
    if (paths.length === 0) return;
    const years = easiestPath(paths);
    const path = paths.find((candidate) => candidate.years === years)!;
    findings.push({years, sentence: path.text, at: path.at});
    paths = [];
  };
  let alternative = false;
  let option = false;
  sentences.forEach((sentence, index) => {
    const isOption = OPTION_LINE.test(sentence);
    if (!alternative && !(option && isOption)) settle();
    const read = requiredYears(
      sentence,
      mentionsIn(sentence, () => sections.before(index)),
    );
    if (read !== null) paths.push({text: sentence, ...read});
    alternative = anotherPathFollows(sentence);
    option = isOption;
  });
  settle();
  return findings.sort((a, b) => b.years - a.years);
}
