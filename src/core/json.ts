// JSON as pages embed it (JSON-LD blocks, the state a page assigns for its own scripts), and the schema.org
// JobPosting objects in it. One reading for the site readers and the structured-data checker.

export type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
export type JsonObject = {[key: string]: Json};

export const isJsonObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A property schema.org allows once or as a list, as a list (none for an absent or null one). */
export const asList = (value: Json | undefined): Json[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** A number written as a number or as numeric text ("150000"), else null. */
export const numeric = (value: Json | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value)
    ? value
    : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
      ? Number(value)
      : null;

/** Whether a schema.org node's @type (a name or a list of names) includes `type`. */
function typeIs(node: JsonObject, type: string): boolean {
  const types = node['@type'];
  return Array.isArray(types) ? types.includes(type) : types === type;
}

/** The JobPosting objects in parsed JSON-LD: a lone object, a list, or an @graph (at most 6 levels deep). */
export function* jobPostingNodes(node: Json | undefined, depth = 0): Generator<JsonObject> {
  if (depth > 6 || node === undefined) return;
  if (Array.isArray(node)) {
    for (const child of node) yield* jobPostingNodes(child, depth + 1);
  } else if (isJsonObject(node)) {
    if (typeIs(node, 'JobPosting')) yield node;
    if (node['@graph'] !== undefined) yield* jobPostingNodes(node['@graph'], depth + 1);
  }
}
