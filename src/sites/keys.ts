// Small readers of job addresses: ids from the URL or from the selected card's attributes, for postingKey, and
// the company board's route the adapters of applicant-tracking hosts share.

/**
 * A posting's key, site id and job id: the one form the panel's posting and the list's card of the same job
 * both take, so that a card finds the analysis of its posting (fit, completeness) under it.
 */
export const jobKey = (siteId: string, jobId: string) => `${siteId}:${jobId}`;

/**
 * A company's own board on an applicant-tracking host (Lever, Ashby, Greenhouse): one path segment, the company,
 * filters in the query ("/acme", "/acme?team=Engineering"); its postings lie under it.
 */
export const BOARD_ROUTE = /^\/[^/?#]+\/?(?:\?|$)/;

/** The first of these query parameters that is set. */
export function queryParam(url: URL, names: readonly string[]): string | null {
  for (const name of names) {
    const value = url.searchParams.get(name);
    if (value) return value;
  }
  return null;
}

/** The first capture group of `pattern` on the path. */
export function pathId(url: URL, pattern: RegExp): string | null {
  return pattern.exec(url.pathname)?.[1] ?? null;
}

/** An attribute of the first element a selector finds (the selected result card). */
export function attributeOf(doc: Document, selector: string, attribute: string): string | null {
  try {
    return doc.querySelector(selector)?.getAttribute(attribute) || null;
  } catch {
    return null;
  }
}
