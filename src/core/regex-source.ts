// Rewrites of pattern sources that keep their meaning but cost V8 less to compile. Compilation is
// most of the cost of a first analysis (every pattern compiles on its first run), so it matters.

/**
 * A word boundary after a word ("risk\b") says only that no word character follows: V8 compiles
 * the lookahead `(?!\w)` at about half the cost of `\b` in large alternations. Boundaries before a
 * word, a group or a class stay as they are.
 */
export const cheaperBoundaries = (source: string) => source.replace(/\\b(?![\w(\\[])/g, '(?!\\w)');

/** Text matched as written: every character a pattern gives a meaning to, escaped. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A lower-case place name as a whole word of lower-case text: no letter right before or after it. */
export const placeNamePattern = (name: string) => new RegExp(`(?:^|[^a-z])${escapeRegExp(name)}(?![a-z])`);

/** Lower-cases a pattern's literal letters, leaving escapes such as \W or \S as they are. */
export const lowerSource = (source: string) =>
  source.replace(/\\.|[A-Z]+/g, (part) => (part[0] === '\\' ? part : part.toLowerCase()));
