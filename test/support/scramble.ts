// A site redesign, simulated on a saved page: every class, id, data-* and aria-* value replaced by a
// random token (the same token wherever the page repeated a value, as a build tool's hashes would be)
// and the JSON-LD removed. What is left is what a redesign cannot take away: the tags, the landmarks,
// the headings, the text and the document title.

/** A small seeded generator (mulberry32): the same page scrambles the same way on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCRAMBLED = /^(?:class|id|data-.+|aria-.+)$/i;

export function scramble(doc: Document, seed = 1): Document {
  const next = random(seed);
  const tokens = new Map<string, string>();
  const token = (value: string) => {
    let replacement = tokens.get(value);
    if (!replacement) {
      replacement = `x${Math.floor(next() * 2 ** 32).toString(36)}${tokens.size.toString(36)}`;
      tokens.set(value, replacement);
    }
    return replacement;
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) script.remove();
  for (const element of doc.querySelectorAll('*')) {
    for (const {name, value} of [...element.attributes]) {
      if (!SCRAMBLED.test(name)) continue;
      const scrambled =
        name.toLowerCase() === 'class' ? value.split(/\s+/).filter(Boolean).map(token).join(' ') : token(value);
      element.setAttribute(name, scrambled);
    }
  }
  return doc;
}
