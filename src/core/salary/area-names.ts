// How wage areas and the places a benchmark also lists (Benchmark.candidates) are written, in one module: the
// benchmark writes its candidates, the fit reads them back (fit-place.ts), and both the fit and pay by place
// (pay.ts) tell a metro area from a nonmetropolitan one.

/** A place as a benchmark lists it: "Herndon, VA (Washington-Arlington-Alexandria, DC-VA-MD-WV)". */
export const candidateLabel = ({place, area}: {place: string; area: string | null}): string =>
  place + (area ? ` (${area})` : '');

const LABEL = /^(.+) \(([^()]+)\)$/;

/** The place and its metro area back from a candidateLabel. */
export function candidateFromLabel(label: string): {place: string; area: string | null} {
  const parts = LABEL.exec(label);
  return parts ? {place: parts[1]!, area: parts[2]!} : {place: label, area: null};
}

/**
 * The metro area's name, or null outside one: a nonmetropolitan wage area ("Nonmetropolitan Montana (9 counties)")
 * spans hundreds of miles and names no city.
 */
export function metroArea(area: string | null | undefined): string | null {
  return area && !/^nonmetropolitan\b/i.test(area) ? area : null;
}
