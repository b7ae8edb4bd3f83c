// What a pattern cannot match without: from a regular-expression source, a few short strings such that
// every match contains at least one of them. A text holding none of them cannot match, so the pattern
// need not run on it. Derived from the vocabularies' own sources, so entries added or changed keep
// working; anything this reader does not understand answers null ("may match anything"), which only
// costs speed, never a match.
import PRECOMPUTED from './data/literal-sets.json';
import {z} from './zod';

/**
 * Lower-case printable ASCII only: the scan folds the text's case the same way (see scan.ts). A space
 * stands for any character that is not a word character (\w), or for the edge of the text: the scan
 * reads every such character as one, and a text as if it had one before and after it.
 */
type Strings = string[] | null;

/**
 * A word boundary (`\b`, or `(?!\w)` and `(?<!\w)` beside a word character) while a source is parsed: once the
 * strings are whole, one next to a word character becomes the space it needs on its other side (see
 * withBoundaries); any other is dropped, which only says less.
 */
const BOUNDARY = '\u0001';
const BOUNDARY_NODE: Node = {exact: [BOUNDARY], needs: null};
const isWordChar = (char: string | undefined) => char !== undefined && /\w/.test(char);

/** A string of the parse with its boundaries resolved: "\u0001ship" becomes " ship". */
function withBoundaries(string: string): string {
  if (!string.includes(BOUNDARY)) return string;
  let out = '';
  for (let at = 0; at < string.length; at++) {
    const char = string[at]!;
    if (char !== BOUNDARY) {
      out += char;
      continue;
    }
    let next = at + 1;
    while (string[next] === BOUNDARY) next++;
    const before = out.length > 0 ? out[out.length - 1] : undefined;
    const after = string[next];
    // At the string's start a boundary before a word character needs a non-word character (or the text's
    // start) before it, and at its end the same after; inside, the characters either side decide it already.
    if ((before === undefined && isWordChar(after)) || (after === undefined && isWordChar(before))) out += ' ';
    at = next - 1;
  }
  return out;
}

interface Node {
  /** Every string the node can match, when that set is small; null otherwise. */
  exact: Strings;
  /** Strings one of which every match contains; null when nothing is known. */
  needs: Strings;
  /**
   * `needs` made more selective where what stands before a part is known (see Parser.sequence): each of
   * these strings holds one of `needs`. Sets are still chosen by `needs`, so that the choice stays as the
   * plain reading makes it and what is chosen only rules out more. Absent: `needs` itself.
   */
  sharp?: Strings;
  /** A sequence's every such set, each needed on its own (`needs` is the most selective of them). */
  all?: Strings[];
  /** `all`'s sets made more selective, set for set (as `sharp` is `needs`'). */
  allSharp?: Strings[];
  /**
   * Strings every match starts with one of, where `exact` is unknown: the string before the node joins
   * them into strings needed across the junction (`\b(?:cloud|telecom\w*)` needs " cloud" or " telecom",
   * where its branches alone say "cloud" or "telecom", and "telecom" stands in "intelecom" too).
   */
  starts?: Strings;
}

const sharpOf = (node: Node): Strings => node.sharp ?? node.needs;

/** How every match of the node starts; null where one may start with anything (an empty string among them). */
function startsOf(node: Node): Strings {
  const starts = node.exact ?? node.starts ?? null;
  return starts && !starts.includes('') ? starts : null;
}

const MAX_SET = 64;
const ANY: Node = {exact: null, needs: null};
const EMPTY: Node = {exact: [''], needs: null};

const printable = (code: number) => code >= 0x20 && code <= 0x7e;
const charNode = (char: string): Node =>
  char.length === 1 && printable(char.charCodeAt(0)) ? {exact: [char.toLowerCase()], needs: null} : ANY;

/** Drops strings that contain another of the set: finding the shorter one is enough. */
function minimal(strings: readonly string[]): string[] {
  const unique = [...new Set(strings.map(withBoundaries))].sort((a, b) => a.length - b.length);
  const kept = new Set<string>();
  for (const string of unique) {
    let covered = false;
    for (let start = 0; start < string.length && !covered; start++) {
      for (let end = start + 1; end <= string.length && !covered; end++) covered = kept.has(string.slice(start, end));
    }
    if (!covered) kept.add(string);
  }
  return [...kept];
}

/**
 * Strings at least this long (their boundary spaces counted) are taken as equally rare. At 6 a common word's stem tied
 * with the whole word and the stem won by coming first: the manager-of-managers pattern ran on every sentence with
 * " manag" in it (3.1 times a posting, 0.01 matches) rather than those with " managers ". At 8, the readers run 92.9
 * gated patterns a dev posting where they ran 95.0, every analysis the same, and the scan has 34,467 states, not 34,642.
 */
const SELECTIVE_LENGTH = 8;

/**
 * The place of the more selective of some sets: longer shortest string (up to SELECTIVE_LENGTH), then fewer strings;
 * -1 for none. Empty strings say nothing.
 */
function choose(sets: readonly Strings[]): number {
  let chosen = -1;
  let chosenScore = -Infinity;
  sets.forEach((set, index) => {
    if (!set || set.length === 0) return;
    let shortest = Infinity;
    for (const string of set) shortest = Math.min(shortest, withBoundaries(string).length);
    if (shortest === 0) return;
    const score = Math.min(shortest, SELECTIVE_LENGTH) * 1000 - set.length;
    if (score > chosenScore) {
      chosen = index;
      chosenScore = score;
    }
  });
  return chosen;
}

const best = (...sets: Strings[]): Strings => sets[choose(sets)] ?? null;

/** The set `needs` chooses among a node's needs and its exact strings, with its sharper strings. */
function neededOf(node: Node): {needs: Strings; sharp: Strings} {
  const chosen = choose([node.needs, node.exact]);
  return chosen === 0 ? {needs: node.needs, sharp: sharpOf(node)} : {needs: best(node.exact), sharp: best(node.exact)};
}

/** How many unions of its branches' sets an alternation offers (see Parser.alternation). */
const MAX_UNIONS = 3;

/**
 * Every set a node needs one of, the one neededOf chooses first and then the others of a sequence's or an
 * alternation's, most selective first; each with its sharper strings.
 */
function setsOf(node: Node): Array<{plain: string[]; sharp: string[]}> {
  const {needs, sharp} = neededOf(node);
  if (!telling(needs)) return [];
  const others: Array<{plain: string[]; sharp: string[]}> = [];
  (node.all ?? []).forEach((set, index) => {
    if (telling(set) && set !== needs) others.push({plain: set, sharp: node.allSharp?.[index] ?? set});
  });
  others.sort((a, b) => (best(a.plain, b.plain) === a.plain ? -1 : 1));
  return [{plain: needs, sharp: sharp ?? needs}, ...others];
}

/** The union of some sets; null when one of them is unknown. */
function unionOf(sets: readonly Strings[]): Strings {
  if (sets.some((set) => set === null)) return null;
  return [...new Set(sets.flatMap((set) => set!))];
}

/**
 * Whether a text holding one of `strings` holds one of `set` too (each of them contains one of the set's),
 * compared as the scan reads them. Saying no when unsure only keeps the plainer set.
 */
function implies(strings: readonly string[], set: readonly string[]): boolean {
  const scanned = (string: string) => withBoundaries(string).replace(/\W/g, ' ');
  const needles = set.map(scanned);
  return strings.every((string) => needles.some((needle) => scanned(string).includes(needle)));
}

/** `left` then `right`: one string before any number costs no more strings than `right` has; else as cross. */
const join = (left: readonly string[], right: readonly string[]): Strings =>
  left.length === 1 ? right.map((string) => left[0] + string) : cross(left, right);

function cross(left: readonly string[], right: readonly string[]): Strings {
  if (left.length * right.length > MAX_SET) return null;
  const out = new Set<string>();
  for (const a of left) for (const b of right) out.add(a + b);
  return [...out];
}

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at !== this.source.length) throw new Error('unbalanced');
    return node;
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const union = unionOf(branches.map((branch) => branch.exact));
    const needed = branches.map(neededOf);
    const known = needed.every(({needs}) => needs !== null);
    // Every set a branch needs, its chosen one first. Whichever branch a match takes, it holds one string of each of
    // that branch's sets: so any union of one set per branch is needed too. The n-th of them takes each branch's n-th
    // set (or its last): "manag ... resourcing|resource planning" needs " manag" or " resource planning ", and also
    // "resourcing" or " resource planning ", where the first union alone let every sentence with "manage" through.
    const perBranch = known ? branches.map(setsOf) : [];
    const unions = perBranch.every((sets) => sets.length > 0)
      ? Math.min(MAX_UNIONS, Math.max(0, ...perBranch.map((sets) => sets.length)))
      : 0;
    const all: string[][] = [];
    const allSharp: string[][] = [];
    for (let rank = 0; rank < unions; rank++) {
      const picked = perBranch.map((sets) => sets[Math.min(rank, sets.length - 1)]!);
      all.push(picked.flatMap(({plain}) => plain));
      allSharp.push(picked.flatMap(({sharp}) => sharp));
    }
    return {
      exact: union && union.length <= MAX_SET ? union : null,
      needs: known ? needed.flatMap(({needs}) => needs!) : null,
      sharp: known ? needed.flatMap(({sharp}) => sharp!) : null,
      ...(unions > 1 ? {all, allSharp} : {}),
      starts: unionOf(branches.map(startsOf)),
    };
  }

  private sequence(): Node {
    const found: Strings[] = [];
    const foundSharp: Strings[] = [];
    let run: string[] = [''];
    let whole = true;
    let starts: Strings = null;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const item = this.quantified();
      const joined =
        item.exact?.length === 1
          ? run.map((string) => string + item.exact![0])
          : item.exact
            ? cross(run, item.exact)
            : null;
      if (joined) {
        run = joined;
        continue;
      }
      // What stands before the item, then how its match starts: strings needed across the junction, which
      // stand in for the item's own where each holds one of them.
      const itemStarts = startsOf(item);
      const across = itemStarts && join(run, itemStarts);
      const itemSharp = sharpOf(item);
      if (whole) starts = across ?? run;
      whole = false;
      found.push(run, item.needs);
      foundSharp.push(run, across && itemSharp && implies(across, itemSharp) ? across : itemSharp);
      // A group's other sets (an alternation's unions) are needed as well.
      item.all?.forEach((set, index) => {
        found.push(set);
        foundSharp.push(item.allSharp?.[index] ?? set);
      });
      run = item.exact ?? [''];
    }
    found.push(run);
    foundSharp.push(run);
    const chosen = choose(found);
    return {
      exact: whole ? run : null,
      needs: found[chosen] ?? null,
      sharp: foundSharp[chosen] ?? null,
      all: found,
      allSharp: foundSharp,
      starts,
    };
  }

  private quantified(): Node {
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    const [min, max] = quantifier;
    if (this.source[this.at] === '?') this.at++; // lazy: the same strings
    let exact: Strings = null;
    if (atom.exact && max <= 3) {
      let power: Strings = [''];
      const all = new Set<string>();
      for (let count = 0; count <= max && power; count++) {
        if (count >= min) for (const string of power) all.add(string);
        power = count < max ? cross(power, atom.exact) : power;
      }
      exact = power && all.size <= MAX_SET ? [...all] : null;
    }
    if (min === 0) return {exact, needs: null};
    // At least one of the atom's matches: the first starts the whole.
    return {exact, ...neededOf(atom), starts: startsOf(atom)};
  }

  private quantifier(): [number, number] | null {
    const char = this.source[this.at];
    if (char === '?' || char === '*' || char === '+') {
      this.at++;
      return char === '?' ? [0, 1] : char === '*' ? [0, Infinity] : [1, Infinity];
    }
    if (char === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!braces) return null;
      this.at += braces[0].length;
      const min = Number(braces[1]);
      return [min, braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity];
    }
    return null;
  }

  private atom(): Node {
    const char = this.source[this.at]!;
    this.at++;
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '.':
        return ANY;
      case '^':
      case '$':
        return EMPTY;
      case '*':
      case '+':
      case '?':
        throw new Error('nothing to repeat');
      default:
        return charNode(char);
    }
  }

  private group(): Node {
    const rest = this.source.slice(this.at, this.at + 3);
    let lookaround = false;
    if (rest.startsWith('?:')) this.at += 2;
    else if (rest.startsWith('?=') || rest.startsWith('?!')) {
      this.at += 2;
      lookaround = true;
    } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
      this.at += 3;
      lookaround = true;
    } else if (rest.startsWith('?<')) {
      const end = this.source.indexOf('>', this.at);
      if (end < 0) throw new Error('bad group name');
      this.at = end + 1;
    } else if (rest.startsWith('?')) throw new Error('unknown group');
    const start = this.at;
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Error('unclosed group');
    const noWord = (rest.startsWith('?!') || rest.startsWith('?<!')) && this.source.slice(start, this.at) === '\\w';
    this.at++;
    // A lookaround consumes nothing: what it asserts is not part of the match. No word character
    // next to a word character is a word boundary.
    if (noWord) return BOUNDARY_NODE;
    return lookaround ? EMPTY : inner;
  }

  private characterClass(): Node {
    let negated = false;
    if (this.source[this.at] === '^') {
      negated = true;
      this.at++;
    }
    const chars = new Set<string>();
    let known = true;
    let first = true;
    while (this.at < this.source.length && (this.source[this.at] !== ']' || first)) {
      first = false;
      let char = this.source[this.at++]!;
      if (char === '\\') {
        const escaped = this.source[this.at++]!;
        // What the scan reads as a space (see Strings).
        const single = escaped === 's' || escaped === 'W' ? ' ' : this.escapedChar(escaped);
        if (single === null) {
          known = false;
          continue;
        }
        char = single;
      }
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && this.at + 1 < this.source.length) {
        this.at++;
        let end = this.source[this.at++]!;
        if (end === '\\') end = this.escapedChar(this.source[this.at++]!) ?? '\uffff';
        const from = char.charCodeAt(0);
        const to = end.charCodeAt(0);
        if (to - from > 8) known = false;
        else for (let code = from; code <= to; code++) chars.add(String.fromCharCode(code));
        continue;
      }
      chars.add(char);
    }
    if (this.source[this.at] !== ']') throw new Error('unclosed class');
    this.at++;
    if (negated || !known) return ANY;
    const lowered = [...chars].map((char) => char.toLowerCase());
    if (lowered.length > 8 || lowered.some((char) => char.length !== 1 || !printable(char.charCodeAt(0)))) return ANY;
    return {exact: [...new Set(lowered)], needs: null};
  }

  /** The one character an escape stands for, or null for a class (\w, \d...) or anything unclear. */
  private escapedChar(escaped: string): string | null {
    if ('wWdDsSbBpPkc'.includes(escaped) || /[0-9]/.test(escaped)) return null;
    if ('nrtfv'.includes(escaped)) return null;
    if (escaped === 'x' || escaped === 'u') {
      const hex = /^[0-9a-fA-F]{2}/.exec(this.source.slice(this.at));
      const unicode = escaped === 'u' ? /^[0-9a-fA-F]{4}/.exec(this.source.slice(this.at)) : null;
      const digits = unicode ?? hex;
      if (!digits || (escaped === 'u' && !unicode)) return null;
      this.at += digits[0].length;
      return String.fromCharCode(parseInt(digits[0], 16));
    }
    return escaped;
  }

  private escape(): Node {
    const escaped = this.source[this.at++];
    if (escaped === undefined) throw new Error('trailing backslash');
    if (escaped === 'b') return BOUNDARY_NODE;
    if (escaped === 'B') return EMPTY;
    // Any white space, or any non-word character: what the scan reads as a space.
    if (escaped === 's' || escaped === 'W') return {exact: [' '], needs: null};
    if (escaped === 'p' || escaped === 'P' || escaped === 'k') {
      const close = this.source.indexOf(escaped === 'k' ? '>' : '}', this.at);
      if (close >= 0) this.at = close + 1;
      return ANY;
    }
    const char = this.escapedChar(escaped);
    return char === null ? ANY : charNode(char);
  }
}

/** A further set whose shortest string is shorter than this (" ", "s") would rule out too little to pay for itself. */
const MIN_EXTRA = 3;
const MAX_EXTRA = 2;
/** Sets that say something: no empty string in them. */
const telling = (set: Strings): set is string[] => Boolean(set?.length) && !set!.includes('');

/**
 * Every set of strings a match of `source` needs one of, each on its own ("develop ... staff" needs
 * one of the verbs and one of the nouns): the one requiredLiterals names first, then the others of the
 * pattern's top-level sequence, most selective first. Empty when the source says too little.
 */
export function requiredLiteralSets(source: string): ReadonlySets {
  asked.add(source);
  let sets = literalSets.get(source);
  if (!sets) {
    sets = frozen(computeLiteralSets(source));
    literalSets.set(source, sets);
    missing.add(source);
  }
  return sets;
}

type ReadonlySets = ReadonlyArray<readonly string[]>;
/** Shared answers: a caller that sorted one in place would change everyone's (frozen, it throws instead). */
const frozen = (sets: string[][]): ReadonlySets => Object.freeze(sets.map((set) => Object.freeze(set)));

/**
 * The vocabularies' answers, worked out when the extension is built (`npm run literals` writes the table):
 * parsing every source was most of building the scan, about 100 ms that the first analysis after the
 * background wakes, a command-line worker's first posting and the draft checker's first keystroke all
 * waited for. Keyed by the whole source, so a changed pattern is never answered from an old entry: a source
 * the table lacks is parsed here, as before (test/unit/core/literal-sets.test.ts fails until the table is
 * written again).
 */
const literalSets = new Map<string, ReadonlySets>(
  Object.entries(z.record(z.string(), z.array(z.array(z.string()))).parse(PRECOMPUTED)).map(([source, sets]) => [
    source,
    frozen(sets),
  ]),
);
/** Every source asked about in this process, and those the table lacked (for the table's writer and test). */
const asked = new Set<string>();
const missing = new Set<string>();

export const literalSetsAsked = (): readonly string[] => [...asked];
export const literalSetsMissing = (): readonly string[] => [...missing];

/** The source's tree, or null for a source this reader cannot follow. */
function parsed(source: string): Node | null {
  try {
    return new Parser(source).parse();
  } catch {
    return null;
  }
}

/** requiredLiteralSets worked out from the source itself (what the table holds). */
export function computeLiteralSets(source: string): string[][] {
  const node = parsed(source);
  const needed = node && neededOf(node);
  const first = needed?.needs ? minimal(needed.needs) : null;
  if (!first || !node) return first ? [minimal(needed!.sharp!)] : [];
  // Sets are chosen and ordered by their plain strings (as `needs` is), then given as their sharper ones.
  const key = (set: readonly string[]) => [...set].sort().join('\u0000');
  const seen = new Set([key(first)]);
  const others: Array<{plain: string[]; sharp: string[]}> = [];
  (node.all ?? []).forEach((set, index) => {
    if (!telling(set)) return;
    const sharp = minimal(node.allSharp?.[index] ?? set);
    // Judged as the scan reads them, the spaces of word boundaries counted: " vp" says as much as "ship".
    if (sharp.some((string) => string.length < MIN_EXTRA)) return;
    const kept = minimal(set);
    // A set that every string of the first holds one of rules out nothing more (an alternation's union that
    // repeats most of the first set's strings).
    if (seen.has(key(kept)) || implies(first, kept)) return;
    seen.add(key(kept));
    others.push({plain: kept, sharp});
  });
  others.sort((a, b) => (best(a.plain, b.plain) === a.plain ? -1 : 1));
  return [minimal(needed!.sharp!), ...others.slice(0, MAX_EXTRA).map(({sharp}) => sharp)];
}

/**
 * Lower-case ASCII strings one of which every match of `source` contains, or null when the source
 * says too little (a pattern such as `\d+` or `(?:\w+ ){2}`) or cannot be read.
 */
export function requiredLiterals(source: string): readonly string[] | null {
  return requiredLiteralSets(source)[0] ?? null;
}
