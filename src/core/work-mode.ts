// How the job is done: remote, hybrid or on-site. The posting's own title and location line speak
// for the job; the text comes next, and what the company says of itself (a "remote-first" blurb
// under "About us") or offers as a perk ("work from anywhere for a month") only when nothing else
// says. A remote option counts as remote (the job can be done remotely), so within one source a
// remote statement outranks a hybrid one, and both outrank on-site.
import {merged} from './merged';
import {LOCATION_LABEL, MODE_COMPANIONS} from './salary/location-text';
import {stateCode} from './salary/states';
import {requiredLiteralSets} from './literals';
import {matchesOf} from './matches';
import {parseCount} from './numbers';
import {vocabularies, type Candidates} from './scan';
import {WORK_MODE_VOCAB} from './screening-vocab';

export type WorkMode = 'remote' | 'hybrid' | 'onsite';

export interface WorkModeFinding {
  mode: WorkMode | null;
  /** Days a week in the office, when the posting says ("3 days a week in the office"). */
  officeDays: number | null;
  /** Where a remote worker may live, when stated ("US", "EMEA", "Germany"). */
  scope: string | null;
  /** The line or sentence the mode was read from. */
  evidence: string[];
  /**
   * No mode stated, but the job's own text requires living within reach of an office ("Candidates must live within
   * commuting distance of our Austin office"): not remote, though hybrid or on-site goes unsaid. The evidence is that sentence.
   */
  nearOffice?: true;
}

export interface WorkModeInput {
  title: string;
  location: string;
  /** Normalised sentences of the description in order. */
  sentences: readonly string[];
  /**
   * Whether sentence `index` is under a benefits/"About us" heading, or a perk, notice or the company speaking
   * of itself. Asked only of sentences that state a mode: telling costs more than finding none.
   */
  aside: (index: number) => boolean;
}

const compile = (sources: readonly string[]) => new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'gi');
const REMOTE = compile(WORK_MODE_VOCAB.remote);
const HYBRID = compile(WORK_MODE_VOCAB.hybrid);
const ONSITE = compile(WORK_MODE_VOCAB.onsite);
const PERK = compile(WORK_MODE_VOCAB.perk);
const NEGATED = new RegExp(WORK_MODE_VOCAB.negated, 'i');
const NEGATED_AFTER = new RegExp(WORK_MODE_VOCAB.negatedAfter, 'i');
const NEAR_OFFICE = compile(WORK_MODE_VOCAB.nearOffice);

const RANK: Record<WorkMode, number> = {remote: 3, hybrid: 2, onsite: 1};

/** The words of the cheap first look. */
const MAY_STATE_WORDS = 'remot|hybrid|site|office|home|wfh|anywhere|person|rto|virtual|telecommut|telework';
/** Cheap first look: a sentence that states a mode names one of these. */
const MAY_STATE = new RegExp(`${MAY_STATE_WORDS}|#`, 'i');
/**
 * On-site's patterns as one group would be found in every sentence that says "office" or "remote" (262 of 8442 dev
 * sentences; 93 with these groups): a pattern whose first strings hold either word ("the role is based in our
 * office", a form's "Remote: No") is a group of its own, where the scan then asks for its further strings too ("the
 * role", "no"). The rest stay one group.
 */
const EVERYDAY_WORDS = new Set(['office', 'remote']);
const ONSITE_ALONE = WORK_MODE_VOCAB.onsite.filter((source) =>
  requiredLiteralSets(source)[0]?.some((literal) => EVERYDAY_WORDS.has(literal)),
);
const ONSITE_REST = WORK_MODE_VOCAB.onsite.filter((source) => !ONSITE_ALONE.includes(source));
/**
 * The scan's groups (scan.ts): the first look's words, then each mode's and the perk's own strings. A
 * sentence of the posting holding none of a group's strings is not tried against its pattern. The first
 * look's "#" is no group of its own: the scan reads every sign as a space, so it would be found everywhere.
 */
const GROUPS = vocabularies.add([
  [MAY_STATE_WORDS],
  [REMOTE.source],
  [HYBRID.source],
  [PERK.source],
  [NEAR_OFFICE.source],
  [compile(ONSITE_REST).source],
  ...ONSITE_ALONE.map((source) => [source]),
]);
const MAY_STATE_GROUP = GROUPS;
const REMOTE_GROUP = GROUPS + 1;
const HYBRID_GROUP = GROUPS + 2;
const PERK_GROUP = GROUPS + 3;
const NEAR_OFFICE_GROUP = GROUPS + 4;
const FIRST_ONSITE_GROUP = GROUPS + 5;
const ONSITE_GROUP_END = FIRST_ONSITE_GROUP + 1 + ONSITE_ALONE.length;

/** Whether the scan found all the strings of some on-site pattern in sentence `index`. */
function mayBeOnsite(scanned: Candidates, index: number): boolean {
  for (let group = FIRST_ONSITE_GROUP; group < ONSITE_GROUP_END; group++) if (scanned.may(index, group)) return true;
  return false;
}

/** The strongest mode sentence `index` states, ignoring statements taken back by a negation. */
function workModeAt(sentences: readonly string[], scanned: Candidates, index: number): WorkMode | null {
  let text = sentences[index]!;
  // The scan's answers first, then the patterns, cheapest first: most sentences are ruled out before any pattern
  // runs. Without a perk clause to cut out, a mode whose strings the scan did not find cannot be stated.
  const perk = scanned.may(index, PERK_GROUP);
  if (!perk && !scanned.may(index, REMOTE_GROUP) && !scanned.may(index, HYBRID_GROUP) && !mayBeOnsite(scanned, index))
    return null;
  if (!scanned.may(index, MAY_STATE_GROUP) && !text.includes('#')) return null;
  if (!MAY_STATE.test(text)) return null;
  // "Hybrid: If this position is listed as hybrid, you will be expected to work from a facility frequently": what
  // follows a condition on the posting's own words holds only under it, and the posting says elsewhere which holds.
  if (CONDITION_OPENS.test(text)) return null;
  // Without a perk clause cut out, the text is the one scanned.
  let asScanned = true;
  if (perk && PERK.test(text)) {
    PERK.lastIndex = 0;
    // A perk sentence may still state the mode in a clause of its own; cut the perk clause out.
    text = text.replace(PERK, ' ');
    asScanned = false;
  }
  PERK.lastIndex = 0;
  // "Unless approved to work fully remotely, employees spend half their time in the office": the exception a clause
  // opened by "unless" names is not how the job is done.
  const withoutExceptions = text.replace(UNLESS, ' ');
  if (withoutExceptions !== text) {
    text = withoutExceptions;
    asScanned = false;
  }
  // A part of the text holds no string the whole lacks, so the scan still rules modes out for it.
  const asRead = asScanned ? scanned : null;
  // "We're remote-friendly, but this role is based in our office": what follows the "but" (or a mode's label)
  // qualifies what precedes it, so a mode it states is the job's; otherwise the sentence as a whole decides.
  const contrast = lastContrast(text);
  return (contrast === null ? null : modeIn(text.slice(contrast), asRead, index)) ?? modeIn(text, asRead, index);
}

/**
 * The strongest mode a part of sentence `index` states. `scanned`: the scan, when the part is cut from the text it read;
 * null when a clause was cut out of the sentence first (every mode may then be stated).
 */
function modeIn(part: string, scanned: Candidates | null, index: number): WorkMode | null {
  if ((!scanned || scanned.may(index, REMOTE_GROUP)) && states(REMOTE, part)) return 'remote';
  if ((!scanned || scanned.may(index, HYBRID_GROUP)) && states(HYBRID, part)) return 'hybrid';
  if ((!scanned || mayBeOnsite(scanned, index)) && states(ONSITE, part)) return 'onsite';
  return null;
}

/** A clause opened by "unless", to its end. */
const UNLESS = /\bunless\b[^,;.]*/gi;
/**
 * A sentence that opens with a condition on what the posting itself says, after the label of the mode it is about:
 * "If this posting indicates ...", "Hybrid: If this position is listed as hybrid, ...".
 */
const CONDITION_OPENS =
  /^\W*(?:(?:remote|hybrid|on-?site)\s*:\s*)?if (?:this|the) (?:job )?(?:posting|position|role|job|announcement|title)\s+(?:indicates|says|states|lists|reads|is (?:listed|posted|designated|marked|advertised))\b/i;

/**
 * ", but", "; however", "however," between clauses; "but this role" without a comma; and the arrangement the job
 * settles into: "you will start as fully remote and then transition to hybrid once an office is opened".
 */
const CONTRAST =
  /,\s*but\s|;\s*(?:but|however)\b|\bhowever,\s|\sbut\s+(?=(?:this|the|your)\s+(?:role|position|job|opportunity)\b)|\bthen (?:transition|mov|switch|shift)\w* (?:in)?to\s/gi;
/** A sentence that opens by conceding: "While we are a remote-first company, this role is onsite". */
const CONCESSION = /^\W*(?:while|although|though|even though|whereas|despite)\b[^,;]*[,;]\s*/i;

/**
 * A sentence that opens with a mode as a label, its terms after the colon: "Remote-friendly: WFH up to 2 days a
 * week" names the hybrid week it calls remote-friendly.
 */
const MODE_LABEL =
  /^\W*(?:fully\s+)?(?:remote|hybrid|on-?site|in[- ]office)(?:[- ](?:first|friendly|eligible|based|optional))?\s*:\s*/i;

/**
 * Where the clause after a sentence's last contrast, or after its opening concession or mode label, begins; or
 * null.
 */
function lastContrast(text: string): number | null {
  let end: number | null = null;
  for (const match of matchesOf(CONTRAST, text)) end = match.index + match[0].length;
  return end ?? (CONCESSION.exec(text) ?? MODE_LABEL.exec(text))?.[0].length ?? null;
}

/** Whether the text states the mode, a statement taken back by a negation aside (on-site ones stand). */
function states(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex++;
    const before = text.slice(Math.max(0, match.index - 25), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
    if (pattern !== ONSITE && (NEGATED.test(before) || NEGATED_AFTER.test(after))) continue;
    pattern.lastIndex = 0;
    return true;
  }
  pattern.lastIndex = 0;
  return false;
}

/** Before a near-office phrase: it is required ("must live", "requires you to be")... */
const REQUIRED =
  /\b(?:must|required?|requires|requirement|need to|needs to|have to|has to|expected to|only consider\w*)\b/i;
/** ...and not waived ("you do not need to live within commuting distance"). */
const WAIVED = /\b(?:not|no|never|don't|doesn't|without)\s+(?:[\w']+\s+){0,4}$/i;

/** Whether the sentence requires living near an office (WORK_MODE_VOCAB.nearOffice). */
function requiresNearOffice(text: string): boolean {
  return matchesOf(NEAR_OFFICE, text).some((match) => {
    const before = text.slice(Math.max(0, match.index - 80), match.index);
    return REQUIRED.test(before) && !WAIVED.test(before.slice(-40));
  });
}

// Title and location lines are short and name the mode with a single word.
const LINE_TOKEN: ReadonlyArray<[WorkMode, RegExp]> = [
  [
    'remote',
    /(?<!\bhybrid[- ])\bremote\b(?!\s+(?:sens|monitor|control|access|operat|pilot|patient))|\bwork from home\b|\bwfh\b|\btele(?:commute|work)\b|\b(?:virtual|distributed)\b(?!\s+[a-z])|\banywhere\b|\bhome[- ]?based\b|\bhomeoffice\b|^\s*home[- ]office\s*$/i,
  ],
  ['hybrid', /\bhybrid\b/i],
  ['onsite', /\bon-?site\b|\bin[- ]office\b|\bin[- ]person\b/i],
];
// In a title the word must stand apart from the job's name ("Remote Sensing Program Manager" is not remote).
// A title may also open with it before the role ("Remote Technical Program Manager", "Remote TPM"). "100% Remote",
// "WFH", "Work From Home" and "In Office" after the role say the same.
const TITLE_MODE = String.raw`(?:fully |100% ?)?(remote|hybrid|on-?site|in[- ]office|wfh|work from home)`;
const TITLE_TOKEN = new RegExp(
  String.raw`\(${TITLE_MODE}\b[^)]*\)|(?:^|[-|,:/]\s*)${TITLE_MODE}\s*(?:[-|,:(/]|$)|[-|,:(/]\s*${TITLE_MODE}\b(?!\s+(?:sens|monitor|control|access|operat|pilot|patient))|^(?:fully\s+)?(remote|hybrid)\s+(?=(?:(?:senior|sr\.?|staff|principal|lead|junior)\s+)?(?:technical|tech|tpm|it|software|engineering|program|project)\b)`,
  'i',
);

/** The mode a line's lower-case mode word names ("wfh" and "work from home" are remote, "on-site" on-site). */
const modeOfWord = (word: string): WorkMode =>
  /^(?:remote|wfh|work from home)$/.test(word) ? 'remote' : word === 'hybrid' ? 'hybrid' : 'onsite';

/** A mode in brackets at the end of a location line: "(hybrid)". */
const CLOSING_MODE = /\((remote|hybrid|on-?site)\)\s*$/i;

interface LineMode {
  mode: WorkMode;
  piece: string;
  /** Where a remote scope may be read ("US" in "(Remote - US)"): the title's mode words, not its role. */
  scopeFrom?: string;
  /** The line names more than one mode ("Remote Hybrid"): the text, when it says, decides. */
  mixed: boolean;
}

function lineMode(line: string, kind: 'title' | 'location'): LineMode | null {
  if (kind === 'title') {
    const match = TITLE_TOKEN.exec(line);
    const word = (match?.[1] ?? match?.[2] ?? match?.[3] ?? match?.[4])?.toLowerCase();
    if (!match || !word) return null;
    return {mode: modeOfWord(word), piece: line, scopeFrom: match[1] ? match[0] : '', mixed: false};
  }
  let best: LineMode | null = null;
  const named = new Set<WorkMode>();
  // "Remote, US • Bellevue, WA • Full Time": each place is one piece; a remote one is an option.
  // Leading spaces are read from the start of their run only: `\s*[•|;]` rescans a long run from each space.
  for (const piece of line.split(/(?:(?<!\s)\s+)?[•|;\n]\s*/)) {
    for (const [mode, token] of LINE_TOKEN) {
      if (!token.test(piece)) continue;
      named.add(mode);
      if (!best || RANK[mode] > RANK[best.mode]) best = {mode, piece: piece.trim(), mixed: false};
    }
  }
  // "Hybrid or Remote" offers a remote option; "Remote Hybrid" without a word between says neither clearly,
  // unless one mode closes the line in brackets and so qualifies the rest: "Remote, New Jersey (hybrid)".
  if (best && named.size > 1 && !/\b(?:or|and)\b|\//i.test(line)) {
    const closing = CLOSING_MODE.exec(line)?.[1]?.toLowerCase();
    if (closing) return {mode: modeOfWord(closing), piece: line.trim(), mixed: false};
    best.mixed = true;
  }
  return best;
}

const NOT_SCOPE_WORDS = new RegExp(
  String.raw`\b(?:fully\s+)?remote(?:[- ](?:${MODE_COMPANIONS}))?\b|\bwork from home\b|\bwfh\b|\btele(?:commute|work)\b|\bvirtual\b|\banywhere(?:\s+in)?(?:\s+the)?\b|\b(?:only|ok)\b`,
  'gi',
);
const SCOPE_IN_LINE = /^[\s,()\-:/]*(.*?)[\s,()\-:/]*$/;
// After a comma only a region's code: "work fully remotely, Uber expects..." names the employer, not where.
// The mode's words in either case ("Remote within the US." opens its sentence), the region capitalised.
const SCOPE_IN_TEXT =
  /\b(?:[Rr]emote(?:ly)?|REMOTE|[Aa]nywhere|[Ww]ork [Ff]rom [Hh]ome)\b\s*(?:,\s*(?=(?:US|USA|U\.S\.A?\.?|UK|EU|EMEA|APAC|LATAM)\b)|\(|-|:|\s+(?:in|within|from|across|anywhere in|based in|throughout)\s+(?:the\s+)?)\s*((?:US|USA|U\.S\.A?\.?|UK|EU|EMEA|APAC|LATAM|[A-Z][a-z]+)(?:\s+(?:[A-Z][a-z]+|&|and)){0,2})/;
/** Capitalised words after the mode that are no place: "Remote: Yes", "Remote (Optional)", "Remote - Full time". */
const NOT_A_SCOPE =
  /^(?:The|Our|This|We|You|Your|Office|Work|Role|Position|Only|Team|Flexible|Days?|Hybrid|Options?|Yes|No|Eligible|Available|Possible|Optional|Preferred|Considered|Temporary|Temporarily|Full|Part|Contract|Friendly|First|Ok|Okay|Allowed|Required|Must|Not|Some|Partial|Occasional)$/;
/** A line of the text that opens with the word, "Remote (US)": only a region by name (not "Remote: Yes"). */
const REGION_AFTER_REMOTE =
  /\bRemote\s*(?:\(|-|,)\s*(US|USA|U\.S\.A?\.?|United States|UK|United Kingdom|EU|EMEA|APAC|LATAM|Canada)(?![\w.])/;
/**
 * A remote job open to residents of some states only: "candidates must reside in CA, OR or WA" (group 1, the list).
 * Said of the people it hires ("candidates", "must", "only"), not of the employer ("we are based in Texas").
 */
const RESIDENCY =
  /\b(?:candidates?|applicants?|you|individuals|employees|must|need to|required to|only)\b[^.;]{0,40}?\b(?:reside|resides|residing|located|live|living|based)\s+in\s+(?:(?:one|any) of\s*:?\s*)?(?:the\s+)?(?:following\s+)?(?:states?\s*)?:?\s*([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?(?:\s*(?:,|\bor\b|\band\b|&)\s*(?:(?:or|and)\s+)?[A-Z][A-Za-z]+(?: [A-Z][a-z]+)?){0,9})/;
// Leading spaces from the start of their run only (`(?<!\s)`): a long run is not rescanned from each space.
const LIST_BREAK = /(?:(?<!\s)\s+)?(?:,|\bor\b|\band\b|&)\s*/;

/** The US states a remote scope lists ("CA, OR or WA": CA, OR, WA), or null when it names anything else ("US"). */
function scopeStates(scope: string | null | undefined): string[] | null {
  const codes = (scope?.split(LIST_BREAK).filter(Boolean) ?? []).map(stateCode);
  return codes.length > 0 && codes.every((code) => code !== null) ? (codes as string[]) : null;
}

/** The states a remote job's residency requirement lists, as written, when every item is a US state. */
function statesScope(text: string): string | null {
  const list = RESIDENCY.exec(text)?.[1]?.trim();
  return list && scopeStates(list) ? list : null;
}

/**
 * The states the sentences require the people hired to live in ("candidates must reside in CA, OR or WA"), as
 * written and as codes. A location line's "Remote - TX" is not such a requirement: boards list remote jobs under
 * the state the employer posted them in.
 */
export function residencyIn(sentences: readonly string[]): {written: string; states: string[]} | null {
  for (const sentence of sentences) {
    const written = statesScope(sentence);
    const states = written ? scopeStates(written) : null;
    if (written && states) return {written, states};
  }
  return null;
}

/** "Austin or Remote", "Boston/Remote": the place is another workplace offered, not the remote job's region. */
const REMOTE_OR_PLACE = /\b(?:or|and)\s+remote\b|\bremote\s+(?:or|and)\b|\/\s*remote\b|\bremote\s*\//i;

const REMOTE_IN_BRACKETS = /\(([^()]*\bremote\b[^()]*)\)/i;

/** A region or country a location line names beside its mode word ("US", "EMEA"), or null. */
function lineScope(text: string): string | null {
  // The mode's own words, "only" and a form's label are no scope: "Remote-first (US)", "Location: Remote (US Only)".
  const rest = text.replace(LOCATION_LABEL, '').replace(NOT_SCOPE_WORDS, ' ');
  // "Remote in Texas": the place, not its preposition.
  const scope =
    SCOPE_IN_LINE.exec(rest)?.[1]
      ?.replace(/\s+/g, ' ')
      .trim()
      .replace(/^(?:in|within|from|across)\s+(?:the\s+)?/i, '')
      // "Remote, US (EST)": the region, without the note in brackets after it (spaces are single by now).
      .replace(/ ?\(.*$/, '') ?? '';
  // A region or country ("US", "EMEA"), not the office a remote job is listed under ("Austin, TX").
  return scope &&
    scope.length <= 30 &&
    !scope.includes(',') &&
    scope.split(' ').length <= 3 &&
    !/\bhybrid\b|\boffice\b|\bfull[- ]time\b|\bflexible\b|\bmultiple\b|\blocations?\b|\btravel|\brequired\b|\b(?:jobs?|positions?|roles?)\b|%|\bspecified\b|\btbd\b|\bvarious\b|\b(?:is|are|also|fine|acceptable|considered|possible|available|allowed|options?|preferred|welcome)\b/i.test(
      scope,
    )
    ? scope
    : null;
}

function scopeOf(text: string, fromLine: boolean): string | null {
  if (fromLine) {
    if (REMOTE_OR_PLACE.test(text)) return null;
    // The mode's word in brackets with a region keeps it beside it: "Second Dinner (US Remote)", "New York (Remote -
    // US)"; alone in them, the region is before ("United States (Remote)").
    const bracketed = REMOTE_IN_BRACKETS.exec(text)?.[1];
    return (bracketed ? lineScope(bracketed) : null) ?? lineScope(text);
  }
  const scope = SCOPE_IN_TEXT.exec(text)?.[1]?.trim();
  return (
    (scope && !NOT_A_SCOPE.test(scope.split(' ')[0]!) ? scope : null) ??
    REGION_AFTER_REMOTE.exec(text)?.[1] ??
    statesScope(text)
  );
}

const OFFICE_DAYS = new RegExp(WORK_MODE_VOCAB.officeDays.map((source) => `(?:${source})`).join('|'), 'i');

const OFFICE_WEEKDAYS = WORK_MODE_VOCAB.officeWeekdays.map((source) => new RegExp(source, 'i'));
const REMOTE_DAYS = new RegExp(WORK_MODE_VOCAB.remoteDays.map((source) => `(?:${source})`).join('|'), 'i');
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** The days of a weekday range in the office ("onsite Monday through Thursday": 4). */
function weekdaysIn(text: string): number | null {
  for (const pattern of OFFICE_WEEKDAYS) {
    const [, first = '', last = ''] = pattern.exec(text) ?? [];
    const from = WEEKDAYS.indexOf(first.toLowerCase());
    const to = WEEKDAYS.indexOf(last.toLowerCase());
    if (from >= 0 && to > from) return to - from + 1;
  }
  return null;
}

/** The count a pattern of alternatives captured: each alternative captures it, so the one that matched has it. */
function capturedCount(pattern: RegExp, text: string): number | null {
  const match = pattern.exec(text);
  return match ? parseCount(match.slice(1).find((group) => group !== undefined) ?? '') : null;
}

/** Days in the office as stated, or as a weekday range, or the days of a five-day week not worked from home. */
function officeDaysIn(text: string): number | null {
  const remote = capturedCount(REMOTE_DAYS, text);
  const count =
    capturedCount(OFFICE_DAYS, text) ??
    weekdaysIn(text) ??
    (remote !== null && remote >= 1 && remote < 5 ? 5 - remote : null);
  return count !== null && count >= 1 && count <= 5 ? count : null;
}

// The helpers below are functions of the module rather than closures made in findWorkMode: tsx (the benches, the
// command line) names every named closure as it is made, at about 0.7 us each.

/** The office days the first text that states them gives. */
function daysFrom(texts: readonly string[]): number | null {
  return texts.map(officeDaysIn).find((days) => days !== null) ?? null;
}

/** Where a remote worker may live, as the first text that says gives it. */
function textScope(texts: readonly string[]): string | null {
  return texts.map((text) => scopeOf(text, false)).find(Boolean) ?? null;
}

/** The first of the job's own sentences that requires living near an office, looked for only when it matters. */
function nearOfficeIn(
  sentences: readonly string[],
  scanned: Candidates,
  aside: (index: number) => boolean,
): string | null {
  return (
    sentences.find(
      (sentence, index) => scanned.may(index, NEAR_OFFICE_GROUP) && !aside(index) && requiresNearOffice(sentence),
    ) ?? null
  );
}

/**
 * The work mode with its evidence. Sources in order of authority: the title and location line,
 * then the job's own sentences, then what stands aside (company blurbs, benefits). Within the
 * text, the strongest mode stated (remote over hybrid over on-site) wins.
 */
export function findWorkMode({title, location, sentences, aside}: WorkModeInput): WorkModeFinding {
  const none: WorkModeFinding = {mode: null, officeDays: null, scope: null, evidence: []};
  // One reading per sentence, in order; the job's own sentences apart from what stands aside.
  const scanned = vocabularies.scan(sentences);
  const ownModes: Array<{sentence: string; mode: WorkMode}> = [];
  const asideModes: Array<{sentence: string; mode: WorkMode}> = [];
  for (let index = 0; index < sentences.length; index++) {
    const mode = workModeAt(sentences, scanned, index);
    if (mode) (aside(index) ? asideModes : ownModes).push({sentence: sentences[index]!, mode});
  }
  const line = lineMode(location, 'location') ?? lineMode(title, 'title');
  if (line && !(line.mixed && ownModes.length + asideModes.length > 0)) {
    // Text that agrees with the line adds the details (days, scope) the line leaves out.
    const agreeing = ownModes.filter((entry) => entry.mode === line.mode).map((entry) => entry.sentence);
    const scope = line.mode === 'remote' ? (scopeOf(line.scopeFrom ?? line.piece, true) ?? textScope(agreeing)) : null;
    return {
      mode: line.mode,
      officeDays: line.mode === 'hybrid' ? daysFrom([line.piece, ...agreeing]) : null,
      scope,
      evidence: [line.piece, ...agreeing].slice(0, 2),
    };
  }
  for (const entries of [ownModes, asideModes]) {
    if (entries.length === 0) continue;
    const strongest = entries.reduce<WorkMode>(
      (best, entry) => (RANK[entry.mode] > RANK[best] ? entry.mode : best),
      'onsite',
    );
    const stated = entries.filter((entry) => entry.mode === strongest).map((entry) => entry.sentence);
    // Remote, but living near an office is required: remote days, so hybrid, with the requirement shown first.
    const near = strongest === 'remote' ? nearOfficeIn(sentences, scanned, aside) : null;
    const mode = near ? 'hybrid' : strongest;
    const evidence = near ? [near, ...stated.filter((sentence) => sentence !== near)] : stated;
    return {
      mode,
      officeDays: mode === 'hybrid' ? daysFrom(evidence) : null,
      scope: mode === 'remote' ? textScope(evidence) : null,
      evidence: evidence.slice(0, 2),
    };
  }
  // Nothing says how the job is done, but someone looking for remote work learns that this one is not.
  const near = nearOfficeIn(sentences, scanned, aside);
  return near ? merged(none, {evidence: [near], nearOffice: true}) : none;
}
