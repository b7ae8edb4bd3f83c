// Work the readers share on one posting, done once. The core is pure, so an answer can be kept: per
// sentence string (a draft re-read after a keystroke, or two readers asking about the same sentence) or
// per sentences array (several readers of one analysis get the same array from analyze()).

/**
 * V8 hashes a string longer than this by its length alone (String::kMaxHashCalcLength): in a Map, such
 * keys of one length all collide and each look-up compares whole texts against every one of them.
 */
const MAX_HASHED_LENGTH = 16383;

/**
 * Values remembered per string, up to `max` distinct keys. When full the memory is dropped whole: no
 * per-entry bookkeeping, and a stream of unseen postings costs one Map of garbage. A key too long to be
 * hashed is remembered alone, the last one only.
 */
export class StringMemo<V> {
  private memory = new Map<string, V>();
  private longKey: string | null = null;
  private longValue: V | undefined;

  /**
   * `forgotten`: whether forgetStrings() empties it. Not for texts that many unrelated postings share (a place's
   * name), which a reader of many postings would otherwise work out again for each.
   */
  constructor(
    private readonly max = 4000,
    forgotten = true,
  ) {
    if (forgotten) EVERY_MEMO.push(this);
  }

  /** Drops everything remembered. */
  forget(): void {
    if (this.memory.size) this.memory = new Map();
    this.longKey = null;
    this.longValue = undefined;
  }

  get(key: string): V | undefined {
    if (key.length > MAX_HASHED_LENGTH) return key === this.longKey ? this.longValue : undefined;
    return this.memory.get(key);
  }

  has(key: string): boolean {
    return key.length > MAX_HASHED_LENGTH ? key === this.longKey : this.memory.has(key);
  }

  set(key: string, value: V): void {
    if (key.length > MAX_HASHED_LENGTH) {
      this.longKey = key;
      this.longValue = value;
      return;
    }
    if (this.memory.size >= this.max) this.memory = new Map();
    this.memory.set(key, value);
  }
}

/** Every StringMemo made; they live as long as the modules that made them. */
const EVERY_MEMO: Array<StringMemo<unknown>> = [];

/**
 * Forgets every string remembered so far. For a reader of many unrelated postings (the command line):
 * what one posting's sentences left behind would never be asked for again, but it would survive
 * garbage collections, each copying it, until the memory fills and is dropped. Answers stay the same.
 */
export function forgetStrings(): void {
  for (const memo of EVERY_MEMO) memo.forget();
  for (const forget of OTHER_MEMORIES) forget();
}

/** Memories of strings kept other than in a StringMemo, which forgetStrings drops with them. */
const OTHER_MEMORIES: Array<() => void> = [];

/** Has forgetStrings call `forget` too, for a memory of strings that is not a StringMemo. */
export function forgetAlso(forget: () => void): void {
  OTHER_MEMORIES.push(forget);
}

/**
 * A pure function of a string, remembered for up to `max` distinct inputs (StringMemo); `forgotten` as there.
 * Its value is shared by every caller with that input: never changed by one.
 */
export function rememberedBy<V>(compute: (key: string) => V, max = 4000, forgotten = true): (key: string) => V {
  const memory = new StringMemo<V>(max, forgotten);
  // Whether `compute` ever gave undefined: until then a value of undefined means "not remembered", and
  // the second look-up (has) that tells the two apart is not needed.
  let givesUndefined = false;
  return (key) => {
    let value = memory.get(key);
    if (value === undefined && (!givesUndefined || !memory.has(key))) {
      value = compute(key);
      if (value === undefined) givesUndefined = true;
      memory.set(key, value);
    }
    return value as V;
  };
}

/**
 * Values remembered for the last few objects given, by identity: the arrays one analysis passes between its readers
 * (its sentences, their normalised copy). Not a WeakMap, which would drop an entry with its array: V8's young
 * collections keep every entry of a long-lived WeakMap alive, so each posting's sentences and what was found in them
 * were copied at every collection until a full one (1.35 MB surviving each, 0.41 MB with this; half the pauses,
 * measured over the dev postings on 2026-12-07).
 */
export class LastObjects<K extends object, V> {
  private readonly keys: Array<K | undefined>;
  private readonly values: Array<V | undefined>;
  private next = 0;

  constructor(slots = 4) {
    this.keys = new Array<K | undefined>(slots).fill(undefined);
    this.values = new Array<V | undefined>(slots).fill(undefined);
  }

  /** Searched from the newest: an object is mostly asked about soon after it was set. */
  get(key: K): V | undefined {
    const slots = this.keys.length;
    for (let back = 1, slot = this.next; back <= slots; back++) {
      slot = slot === 0 ? slots - 1 : slot - 1;
      if (this.keys[slot] === key) return this.values[slot];
    }
    return undefined;
  }

  /** Forgets every pair. */
  forget(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
  }

  /** Remembers the pair in place of the oldest. */
  set(key: K, value: V): void {
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.keys.length;
  }
}

/**
 * Whether the postings being read were given together (analyzeMany with several: the command line's batches). Their
 * sentences then repeat from one posting to the next (an employer's boilerplate), which a memory keyed by text finds
 * again; one posting read after another seldom repeats one, and hashing and storing each of its sentences would cost
 * more than it saves (see LiteralScanner.scan).
 */
let together = false;
export const readTogether = (): boolean => together;

/** Runs `read` with readTogether() answering `value`. */
export function readingTogether<T>(value: boolean, read: () => T): T {
  const before = together;
  together = value;
  try {
    return read();
  } finally {
    together = before;
  }
}

/**
 * A value per sentence of the last few sentences arrays read, found again by position instead of by the sentence's
 * text: the same array read again gets its values back, and a new array gets those of the sentences that it starts
 * and ends with, as the array read before it had them (a draft re-read after a keystroke changes a line or two). For
 * readers whose work on a sentence is worth keeping only for such a re-read: a StringMemo looked up and filled every
 * sentence of every posting, nearly all of them new (1-4% found again over the dev postings). Without it, one posting
 * after another took a median 0.973 of the time (16 alternated process pairs, quartiles 0.958-0.998, 2026-12-07).
 * A sentence repeated within one posting is read again.
 */
export class PerSentence<V> {
  private readonly arrays = new LastObjects<readonly string[], Array<V | undefined>>();
  private lastSentences: readonly string[] = [];
  private lastValues: ReadonlyArray<V | undefined> = [];

  constructor() {
    forgetAlso(() => this.forget());
  }

  /** The values of `sentences` by position, undefined where none is known yet; the reader fills them in. */
  of(sentences: readonly string[]): Array<V | undefined> {
    const known = this.arrays.get(sentences);
    if (known) return known;
    const values = new Array<V | undefined>(sentences.length).fill(undefined);
    const last = this.lastSentences;
    const {head, tail} = commonEnds(sentences, last);
    for (let index = 0; index < head; index++) values[index] = this.lastValues[index];
    const shift = last.length - sentences.length;
    for (let index = sentences.length - tail; index < sentences.length; index++)
      values[index] = this.lastValues[index + shift];
    this.arrays.set(sentences, values);
    this.lastSentences = sentences;
    this.lastValues = values;
    return values;
  }

  private forget(): void {
    this.arrays.forget();
    this.lastSentences = [];
    this.lastValues = [];
  }
}

/**
 * How many items `next` starts with that `last` starts with too, and then how many of the rest it ends with that `last`
 * ends with (compared as strings: the same text at the same place). Cheap for unrelated texts, which mostly differ in
 * length: a string comparison of two lengths is one step.
 */
export function commonEnds(next: readonly string[], last: readonly string[]): {head: number; tail: number} {
  let head = 0;
  while (head < next.length && head < last.length && next[head] === last[head]) head++;
  let tail = 0;
  while (
    tail < next.length - head &&
    tail < last.length - head &&
    next[next.length - 1 - tail] === last[last.length - 1 - tail]
  )
    tail++;
  return {head, tail};
}

/** A pure function of an array, remembered for the last few arrays (by identity, not content; see LastObjects). */
export function perArray<T, V>(compute: (items: readonly T[]) => V): (items: readonly T[]) => V {
  const memory = new LastObjects<readonly T[], {value: V}>();
  return (items) => {
    const known = memory.get(items);
    if (known) return known.value;
    const value = compute(items);
    memory.set(items, {value});
    return value;
  };
}
