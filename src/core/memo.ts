// Work the readers share on one posting, done once. The core is pure, so an answer can be kept: per
// sentence string (a draft re-read after a keystroke, or two readers asking about the same sentence) or
// per sentences array (several readers of one analysis get the same array from analyze()).

/**
 * A pure function of a string, remembered for up to `max` distinct inputs. When full the memory is
 * dropped whole: no per-entry bookkeeping, and a stream of unseen postings costs one Map of garbage.
 */
export function rememberedBy<V>(compute: (key: string) => V, max = 4000): (key: string) => V {
  let memory = new Map<string, V>();
  return (key) => {
    let value = memory.get(key);
    if (value === undefined && !memory.has(key)) {
      value = compute(key);
      if (memory.size >= max) memory = new Map();
      memory.set(key, value);
    }
    return value as V;
  };
}

/** A pure function of an array, remembered while that array lives (by identity, not content). */
export function perArray<T, V>(compute: (items: readonly T[]) => V): (items: readonly T[]) => V {
  const memory = new WeakMap<readonly T[], V>();
  return (items) => {
    if (memory.has(items)) return memory.get(items) as V;
    const value = compute(items);
    memory.set(items, value);
    return value;
  };
}
