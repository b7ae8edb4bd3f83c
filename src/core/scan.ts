// One pass over a posting's sentences that tells, for every group of patterns (a checklist item, a
// detection vocabulary...), which sentences hold one of the strings the group cannot match without
// (literals.ts). Patterns then run only where they can match: the same answers as running every
// pattern on every sentence, at the cost of a scan. An Aho-Corasick automaton over case-folded ASCII.
import {requiredLiteralSets, requiredLiterals} from './literals';
import {forgetAlso, LastObjects, PerSentence, readTogether, StringMemo} from './memo';

/** Which groups may match which sentence: `may(sentence, group)`. */
export interface Candidates {
  may(sentence: number, group: number): boolean;
  /**
   * Per sentence, the groups of `count` from `first` that may match it, ascending: sentence i's are
   * groups[offsets[i]] up to groups[offsets[i + 1]]. Read from the bits a word at a time, so that a
   * reader of many groups (the checklist) pays for the few a sentence holds, not for every group.
   */
  list(first: number, count: number): {offsets: readonly number[]; groups: readonly number[]};
}

export class LiteralScanner {
  /** Group bits first, then the further sets' (see the constructor). */
  private readonly bitCount: number;
  private readonly furtherStart: Int32Array;
  private readonly furtherBits: Int32Array;
  /** Groups with a pattern that says too little: they may match anywhere. */
  private readonly always: Uint8Array;
  /** The same, one bit per group, in the rows' layout. */
  private readonly alwaysBits: Row;
  private readonly symbols = new Uint8Array(128);
  /** The automaton the walk reads, in two kinds of states (see the constructor's end). */
  private readonly automaton: Automaton;
  /** What the scan found in each of the last few arrays scanned. */
  private readonly remembered = new LastObjects<readonly string[], Scanned>();
  /**
   * The same for every array of postings read together (see readTogether), until forgetStrings: analyzeMany has each
   * reader go over a batch's postings in turn, and every reader asks for every posting's scan, which a memory of the
   * last few would forget between one reader and the next. Not kept for postings read one by one: a memory of many
   * postings' rows keeps them alive through young collections, which then copy them.
   */
  private together = new Map<readonly string[], Scanned>();
  /** Texts other than the sentences of the arrays scanned, remembered with what the scan found in them (see holds). */
  private readonly rows = new StringMemo<Row>();
  /** The rows of the last sentences arrays scanned, by place. */
  private readonly positional = new PerSentence<Row>();
  private lastText: string | null = null;
  private lastRow: Row | null = null;
  /** The sentences scanned last with their rows, and where in them holds() was last asked (see holds). */
  private lastSentences: readonly string[] = [];
  private lastRows: readonly Row[] = [];
  private cursor = -1;

  /** `groups`: each group's pattern sources; a group may match where any of its patterns may. */
  constructor(groups: ReadonlyArray<readonly string[]>) {
    forgetAlso(() => this.forgetTogether());
    this.always = new Uint8Array(groups.length);
    const literals = new Map<string, Set<number>>();
    // A string of one non-word character is found in every text (read as if a space stood before it): its
    // bits are set in every row from the start rather than marked at every space of the walk (a work-mode
    // gate's "#" cost a mark at one character in six).
    const presetBits: number[] = [];
    const need = (literal: string, bit: number) => {
      if (literal.length === 1 && !WORD_CHAR.test(literal)) {
        presetBits.push(bit);
        return;
      }
      const owners = literals.get(literal) ?? new Set<number>();
      owners.add(bit);
      literals.set(literal, owners);
    };
    // Bit `group` stands for the group's first set of strings; a group of one pattern that needs
    // further sets as well (one of the verbs and one of the nouns) gets a bit for each, after the groups'.
    const further: number[][] = [];
    let bits = groups.length;
    groups.forEach((sources, group) => {
      if (sources.length === 1) {
        const [first, ...others] = requiredLiteralSets(sources[0]!);
        if (!first) {
          this.always[group] = 1;
          return;
        }
        for (const literal of first) need(literal, group);
        if (others.length === 0) return;
        further[group] = others.map((set) => {
          const bit = bits++;
          for (const literal of set) need(literal, bit);
          return bit;
        });
        return;
      }
      for (const source of sources) {
        const needed = requiredLiterals(source);
        if (!needed) {
          this.always[group] = 1;
          break;
        }
        for (const literal of needed) need(literal, group);
      }
    });
    this.bitCount = bits;
    this.alwaysBits = emptyRow(bits);
    const preset = emptyRow(bits);
    for (const bit of presetBits) mark(preset, bit);
    this.always.forEach((always, group) => {
      if (always) mark(this.alwaysBits, group);
    });
    this.furtherStart = new Int32Array(groups.length + 1);
    const furtherFlat: number[] = [];
    for (let group = 0; group < groups.length; group++) {
      this.furtherStart[group] = furtherFlat.length;
      for (const bit of further[group] ?? []) furtherFlat.push(bit);
    }
    this.furtherStart[groups.length] = furtherFlat.length;
    this.furtherBits = Int32Array.from(furtherFlat);
    // Symbol 0 is every word character no literal holds: it always leads back to the root. Symbol 1 is
    // every character that is not a word character (literals.ts: a literal's space stands for any).
    let width = 2;
    for (let code = 0; code < 128; code++) if (!WORD_CHAR.test(String.fromCharCode(code))) this.symbols[code] = SPACE;
    for (const literal of literals.keys()) {
      for (let index = 0; index < literal.length; index++) {
        const code = literal.charCodeAt(index);
        if (this.symbols[code] === 0) this.symbols[code] = width++;
      }
    }
    for (let code = 65; code <= 90; code++) this.symbols[code] = this.symbols[code + 32]!;

    // The trie straight into the transition table (-1: no child yet), then failure links breadth
    // first, folding every missing transition into the one its failure link takes.
    let capacity = 1;
    for (const literal of literals.keys()) capacity += literal.length;
    const delta = new Int32Array(capacity * width).fill(-1);
    const outputs: Array<number[] | undefined> = [];
    let nodes = 1;
    for (const [literal, owners] of literals) {
      let node = 0;
      for (let index = 0; index < literal.length; index++) {
        const slot = node * width + this.symbols[literal.charCodeAt(index)]!;
        if (delta[slot] === -1) delta[slot] = nodes++;
        node = delta[slot]!;
      }
      outputs[node] = [...(outputs[node] ?? []), ...owners];
    }
    const fail = new Int32Array(nodes);
    const queue = new Int32Array(nodes);
    // Per state, its children in the trie and the symbol of the last one.
    const kids = new Int32Array(nodes);
    const kidSymbol = new Int32Array(nodes);
    let tail = 0;
    for (let symbol = 0; symbol < width; symbol++) {
      const child = delta[symbol]!;
      if (child <= 0) delta[symbol] = 0;
      else queue[tail++] = child;
    }
    for (let head = 0; head < tail; head++) {
      const node = queue[head]!;
      // Lists are never changed once made, so a node with no groups of its own shares its link's.
      const inherited = outputs[fail[node]!];
      const own = outputs[node];
      if (inherited && !own) outputs[node] = inherited;
      else if (inherited && own) {
        const merged = own.slice();
        for (const group of inherited) if (!merged.includes(group)) merged.push(group);
        outputs[node] = merged;
      }
      const row = node * width;
      const failRow = fail[node]! * width;
      for (let symbol = 0; symbol < width; symbol++) {
        const child = delta[row + symbol]!;
        if (child === -1) delta[row + symbol] = delta[failRow + symbol]!;
        else {
          fail[child] = delta[failRow + symbol]!;
          queue[tail++] = child;
          kids[node] = kids[node]! + 1;
          kidSymbol[node] = symbol;
        }
      }
    }
    // States renumbered breadth first, except that a state on one literal's path is followed at once by the rest of
    // that path: a text's walk stays mostly in the shallow states, which then share a few cache lines, and a literal
    // read through lies in consecutive ones rather than one per level of the trie.
    if (nodes > STATE_LIMIT)
      throw new Error(`the vocabularies' literal automaton has ${nodes} states, over ${STATE_LIMIT}`);
    const renumbered = new Int32Array(nodes);
    const byNumber = new Int32Array(nodes);
    let numbered = 1;
    const isNumbered = new Uint8Array(nodes);
    isNumbered[0] = 1;
    for (let head = 0; head < tail; head++) {
      for (let node = queue[head]!; !isNumbered[node]; node = delta[node * width + kidSymbol[node]!]!) {
        isNumbered[node] = 1;
        renumbered[node] = numbered;
        byNumber[numbered++] = node;
        if (kids[node] !== 1) break;
      }
    }
    if (width > LEAF) throw new Error(`the vocabularies' literals hold ${width} kinds of character, over ${LEAF}`);
    // Most states (four in five) lie on one literal's path with one child: such a state keeps the symbol
    // it expects, that child, and its failure link, which the walk follows on any other symbol. Only the
    // root and the states that branch keep a whole row of the table. A tenth of the full table's size.
    // Each state is two numbers side by side (see Automaton.states), where five arrays held what it keeps: a step of
    // the walk reads one cache line rather than up to four. A posting's walk finds the tables evicted by the other
    // readers' work, and its misses were about half the scan's time in analyze() (a first scan 2.5x the time of the
    // same sentences scanned again; 1,850 cache lines read per dev posting, 1,120 now).
    const states = new Int32Array(2 * nodes + 2);
    const rows: number[] = [];
    const flat: number[] = [];
    for (let order = 0; order < nodes; order++) {
      const node = byNumber[order]!;
      let expect: number;
      let next = 0;
      if (order === 0 || kids[node]! > 1) {
        expect = DENSE;
        next = rows.length / width;
        for (let symbol = 0; symbol < width; symbol++) rows.push(renumbered[delta[node * width + symbol]!]!);
      } else if (kids[node] === 1) {
        expect = kidSymbol[node]!;
        next = renumbered[delta[node * width + kidSymbol[node]!]!]!;
      } else expect = LEAF;
      // The top bit tells that the state has groups to mark: the walk reads it with what the state expects, so
      // that the common step reads nothing else (see walkRow).
      if (outputs[node]?.length) expect |= HAS_GROUPS;
      states[2 * order] = (next << 8) | expect;
      states[2 * order + 1] = ((order === 0 ? 0 : renumbered[fail[node]!]!) << 16) | flat.length;
      for (const owner of outputs[node] ?? []) flat.push(owner);
    }
    // The end of the last state's groups, where a next state would keep its start.
    states[2 * nodes + 1] = flat.length;
    if (flat.length > 0xffff)
      throw new Error(`the vocabularies' literal automaton has ${flat.length} outputs, over ${0xffff}`);
    this.automaton = {
      symbols: this.symbols,
      width,
      states,
      dense: Uint16Array.from(rows),
      outputs: Int32Array.from(flat, (bit) => (wordOf(bit) << 5) | (bit % WORD_BITS)),
      preset,
    };
  }

  /**
   * Scans the sentences once; the same array scanned again costs nothing, and the sentences a new array starts
   * and ends with that the last one had (a draft re-read after a keystroke changes one line) are not scanned again.
   */
  scan(sentences: readonly string[]): Candidates {
    const byText = readTogether();
    let known = this.remembered.get(sentences) ?? (byText ? this.together.get(sentences) : undefined);
    if (!known) {
      // Found again by place (see PerSentence), and by text only among postings read together (see readTogether):
      // one posting's sentences are nearly all new, and hashing and storing each cost more than walking again the few
      // it repeats (0.95 of the time, one posting after another), where a batch's postings repeat many.
      const reused = this.positional.of(sentences);
      if (!byText && unscannedLength(sentences, reused) >= WARM_FROM_CHARS) warmTables(this.automaton);
      const rows = sentences.map(
        (sentence, index) => (reused[index] ??= byText ? this.rowOf(sentence) : walkRow(sentence, this.automaton)),
      );
      const candidates: Candidates = {
        may: (sentence, group) => this.found(rows[sentence]!, group),
        list: (first, count) => this.list(rows, first, count),
      };
      known = {candidates, rows};
      this.remembered.set(sentences, known);
      if (byText) {
        if (this.together.size >= MAX_TOGETHER) this.forgetTogether();
        this.together.set(sentences, known);
      }
    }
    if (this.lastSentences !== sentences) {
      this.lastSentences = sentences;
      this.lastRows = known.rows;
      this.cursor = -1;
    }
    return known.candidates;
  }

  /**
   * A new Map rather than clear(): V8 allocates a cleared Map's next table in the old generation when the cleared one
   * lived there (OrderedHashTable::Clear), so a batch's arrays and rows went into a table that young collections read
   * as live until a full one. They were copied, then promoted, at every collection: 2.3 MB promoted each time against
   * 0.33 MB with a new Map, a pause of 11.4 ms against 4.2, and batches of 64 dev postings in 0.63-0.94 of the time
   * (median 0.84 over 5 runs of 20-30 alternated rounds of two processes, 2026-12-07).
   */
  private forgetTogether(): void {
    if (this.together.size) this.together = new Map();
  }

  /** Whether a group may match the text (scanned now unless remembered). */
  holds(text: string, group: number): boolean {
    // Readers ask about one text several times in a row (one gate per pattern): the last row answers without a look-up.
    if (text !== this.lastText) {
      this.lastRow = this.rowAt(text) ?? this.rowOf(text);
      this.lastText = text;
    }
    return this.found(this.lastRow!, group);
  }

  /**
   * The row of a sentence of the posting scanned last, without a look-up by text: readers go through
   * the sentences in order, so the one asked about is mostly the next (or the first, a new reader).
   * The same string object compares in one step; a text that is not one of them costs a length check or two,
   * and then a search of the sentences (a reader asking out of order), most of them a length check again.
   */
  private rowAt(text: string): Row | undefined {
    const sentences = this.lastSentences;
    const next = this.cursor + 1;
    if (next < sentences.length && sentences[next] === text) {
      this.cursor = next;
      return this.lastRows[next];
    }
    if (sentences.length > 0 && sentences[0] === text) {
      this.cursor = 0;
      return this.lastRows[0];
    }
    const index = sentences.indexOf(text);
    if (index < 0) return undefined;
    this.cursor = index;
    return this.lastRows[index];
  }

  /**
   * Plain arrays of small integers, not typed arrays: V8 allocates a typed array of more than 64 bytes outside its
   * heap, at about ten times the cost of an array (330-600 against 40-140 ns on this machine, Node 20), and a
   * posting's lists are mostly longer than that; three readers ask for them per posting.
   */
  private list(rows: readonly Row[], first: number, count: number): {offsets: number[]; groups: number[]} {
    const offsets: number[] = [];
    const found: number[] = [];
    const end = first + count;
    const {alwaysBits} = this;
    for (let sentence = 0; sentence < rows.length; sentence++) {
      offsets.push(found.length);
      const row = rows[sentence]!;
      for (let word = wordOf(first); word <= wordOf(end - 1); word++) {
        let bits = row[word]! | alwaysBits[word]!;
        const base = word * WORD_BITS;
        // Only the groups in [first, end).
        if (base < first) bits &= -1 << (first - base);
        if (base + WORD_BITS > end) bits &= (1 << (end - base)) - 1;
        while (bits !== 0) {
          const low = bits & -bits;
          const group = base + 31 - Math.clz32(low);
          bits ^= low;
          // A bit set here is marked or always may match: what is left to ask is the group's further sets.
          if (this.always[group] === 1 || this.furtherFound(row, group)) found.push(group);
        }
      }
    }
    offsets.push(found.length);
    return {offsets, groups: found};
  }

  /** The numbers of a sentence's row (see rowOf). */
  get rowWords(): number {
    return wordOf(this.bitCount - 1) + 1;
  }

  /** Whether a sentence's row holds what the group needs: its first set and every further one. */
  private found(row: Row, group: number): boolean {
    if (this.always[group] === 1) return true;
    return marked(row, group) && this.furtherFound(row, group);
  }

  /** Whether a sentence's row holds every further set of the group (most groups have none). */
  private furtherFound(row: Row, group: number): boolean {
    for (let at = this.furtherStart[group]!; at < this.furtherStart[group + 1]!; at++)
      if (!marked(row, this.furtherBits[at]!)) return false;
    return true;
  }

  /**
   * The groups whose literals the sentence holds, one bit each. Remembered, and never changed once made.
   * Bits rather than bytes, in a plain array (see Row).
   */
  private rowOf(sentence: string): Row {
    let found = this.rows.get(sentence);
    if (found) return found;
    found = walkRow(sentence, this.automaton);
    this.rows.set(sentence, found);
    return found;
  }
}

/**
 * The automaton's walk over one sentence (see LiteralScanner.rowOf). A plain function of its tables rather
 * than a method: the same loop as a method ran at about twice the time per character in V8 (45 against
 * 22 ns in an isolated measure; 3.5% of analyze() in bench:core-ab).
 */
function walkRow(sentence: string, automaton: Automaton): Row {
  const {symbols, states, dense, outputs} = automaton;
  const found = automaton.preset.slice();
  // int32 arithmetic (Math.imul, `| 0`), without the overflow checks of `*` and `+`, and the constants
  // as literals (see DENSE, HAS_GROUPS): V8 re-checks a parameter and reloads a module's constant on every step.
  const stride = automaton.width | 0;
  // The text as if a space stood before it and after it: a word at its edges is between boundaries.
  let state = 0;
  for (let index = -1; index <= sentence.length; index++) {
    let code = index >= 0 && index < sentence.length ? sentence.charCodeAt(index) : 32;
    if (code >= 128) {
      // "İ" and "K" (Kelvin) are not word characters, but their lower case ("i" + a dot above, "k") holds
      // one, and the checklist's patterns read lower-cased text: where either stands, any group may match.
      if (code === 0x130 || code === 0x212a) return found.fill(FULL_WORD);
      code = 32;
    }
    const symbol = symbols[code]!;
    // A state on one literal's path takes its child on the symbol it expects, and otherwise does what its
    // failure link does; the root and every branching state answer from their row.
    // The groups of the state reached by the character before are marked as the walk leaves it, when it reads
    // what the state expects: the state after the last character is marked after the loop.
    let at = state;
    let step = states[at << 1]!;
    if ((step & 0x80) !== 0) markOutputs(found, at, states, outputs);
    for (;;) {
      const expected = step & 0x7f;
      if (expected === symbol) {
        state = step >>> 8;
        break;
      }
      if (expected === 0x7f) {
        state = dense[(Math.imul(step >>> 8, stride) + symbol) | 0]!;
        break;
      }
      at = states[(at << 1) | 1]! >>> 16;
      step = states[at << 1]!;
    }
  }
  if ((states[state << 1]! & 0x80) !== 0) markOutputs(found, state, states, outputs);
  return found;
}

/**
 * Text from which a scan sweeps its tables first (warmTables). Chosen, not measured at the edge: a list card's title
 * or a draft's changed line, far below it, has its walk read a few dozen of the lines the sweep reads all 8,000 of;
 * the measure is over the dev postings, 207 of 265 at or above it.
 */
const WARM_FROM_CHARS = 1500;

/** The characters of the sentences not found again by place (see LiteralScanner.scan). */
function unscannedLength(sentences: readonly string[], reused: ReadonlyArray<Row | undefined>): number {
  let length = 0;
  for (let index = 0; index < sentences.length; index++) if (!reused[index]) length += sentences[index]!.length;
  return length;
}

/**
 * Reads one number in every 64-byte line of the walk's tables, in order, before a posting's walk. Between postings
 * the other readers evict the tables from the processor's caches, and the walk then waits on each line it needs
 * (a posting's walk reads about 1,100 of their 8,000 lines), one at a time, each step depending on the last. Read in
 * order, the lines stream in ahead of the reads (the processor's prefetcher): the sweep costs 7 us warm, and
 * analyze() over the dev postings, the sweep included, took 0.971 of the time without it in process (7 runs of 40
 * alternated rounds, 0.935-1.000) and 0.974 in lockstep across two processes (4 runs of 80 rounds, 0.945-1.011); on
 * the largest posting, whose own walk warms them, 0.985 (2026-12-07). Batches (readTogether) skip it: their postings'
 * scans follow one another.
 */
function warmTables({states, dense, outputs}: Automaton): void {
  let sum = 0;
  for (let index = 0; index < states.length; index += 16) sum += states[index]!;
  for (let index = 0; index < dense.length; index += 32) sum += dense[index]!;
  for (let index = 0; index < outputs.length; index += 16) sum += outputs[index]!;
  // A use of the sum, so that the reads are not left out as dead code.
  _warmSum = sum;
}
let _warmSum = 0;

/** The tables walkRow reads (LiteralScanner's). */
interface Automaton {
  symbols: Uint8Array;
  width: number;
  /**
   * Two numbers a state. The first: what it expects (a symbol, DENSE or LEAF) with HAS_GROUPS, and from bit 8 its
   * child or its row of `dense`. The second: its failure link from bit 16, and below it where its groups start in
   * `outputs` (they end where the next state's start).
   */
  states: Int32Array;
  dense: Uint16Array;
  /** Per output, the word of its bit in a row times 32, plus the bit (see markOutputs). */
  outputs: Int32Array;
  /** The bits every row starts with (see the constructor). */
  preset: Row;
}

/**
 * Marks the groups of the state reached (see walkRow). The bit is set here rather than with mark(): V8 checks a
 * module's function before each inlined call, which cost the whole walk about a tenth more instructions.
 */
function markOutputs(found: Row, state: number, states: Int32Array, outputs: Int32Array): void {
  const end = states[(state << 1) + 3]! & 0xffff;
  for (let out = states[(state << 1) | 1]! & 0xffff; out < end; out++) {
    const output = outputs[out]!;
    found[output >> 5]! |= 1 << (output & 31);
  }
}

/** `expect` of a state that keeps a whole row, and of one with no child at all: above every symbol, below HAS_GROUPS. */
const DENSE = 0x7f;
const LEAF = 0x7e;
/** `expect`'s top bit (see the constructor). */
const HAS_GROUPS = 0x80;
const STATE_LIMIT = 0x10000;
/** Arrays kept in LiteralScanner.together at most, whatever a caller reads together (the command line's batches hold 64). */
const MAX_TOGETHER = 1024;

/** What LiteralScanner.scan found in an array of sentences. */
interface Scanned {
  candidates: Candidates;
  rows: Row[];
}
/** The symbol of every character that is not a word character (see the constructor). */
const SPACE = 1;
const WORD_CHAR = /\w/;

/**
 * A sentence's row: one bit per group and per further set, WORD_BITS to a number of a plain array. Not a typed
 * array: V8 allocates one of more than 64 bytes (512 bits) outside its heap, at a cost per sentence that outweighed
 * the scan itself, and the groups with their further sets need more. Thirty bits to a number keep every number a
 * small integer (V8's Smi), which a plain array holds unboxed.
 */
type Row = number[];
const WORD_BITS = 30;
const FULL_WORD = (1 << WORD_BITS) - 1;
const wordOf = (bit: number) => (bit / WORD_BITS) | 0;
const maskOf = (bit: number) => 1 << (bit % WORD_BITS);
/** Zeros, pushed one by one: `new Array(n)` would make an array with holes, which V8 then checks for at every read. */
function emptyRow(bits: number): Row {
  const row: Row = [];
  for (let word = 0; word <= wordOf(bits - 1); word++) row.push(0);
  return row;
}
const mark = (row: Row, bit: number) => (row[wordOf(bit)]! |= maskOf(bit));
const marked = (row: Row, bit: number) => (row[wordOf(bit)]! & maskOf(bit)) !== 0;

/**
 * The scanner of every vocabulary: each reader adds its groups once and keeps the offset it gets back;
 * one scan of a posting's sentences (remembered per sentences array) then serves them all.
 */
class VocabularyScan {
  private readonly sources: Array<readonly string[]> = [];
  private scanner: LiteralScanner | null = null;

  /** Adds groups of pattern sources; returns the number of the first. */
  add(groups: ReadonlyArray<readonly string[]>): number {
    const first = this.sources.length;
    this.sources.push(...groups);
    this.scanner = null;
    return first;
  }

  scan(sentences: readonly string[]): Candidates {
    this.scanner ??= new LiteralScanner(this.sources);
    return this.scanner.scan(sentences);
  }

  /** Every group's pattern sources, in group order (what the soundness test checks). */
  groups(): ReadonlyArray<readonly string[]> {
    return this.sources;
  }

  /**
   * A cheap first look for a reader that tests texts one by one: `(text) => false` when the text
   * holds none of the strings the pattern cannot match without. A sentence of the posting was
   * scanned already, so the answer costs a look-up; a text never scanned is scanned (and remembered).
   */
  gate(pattern: RegExp): (text: string) => boolean {
    const group = this.add([[pattern.source]]);
    return (text) => {
      this.scanner ??= new LiteralScanner(this.sources);
      return this.scanner.holds(text, group);
    };
  }
}

export const vocabularies = new VocabularyScan();
