// The places a benchmark also lists (Benchmark.candidates), written once and read back in one module: the fit
// compares them with the profile's home (fit-place.ts).

/** A place as a benchmark lists it: "Herndon, VA (Washington-Arlington-Alexandria, DC-VA-MD-WV)". */
export const candidateLabel = ({place, area}: {place: string; area: string | null}): string =>
  place + (area ? ` (${area})` : '');

const LABEL = /^(.+) \(([^()]+)\)$/;

/** The place and its metro area back from a candidateLabel. */
export function candidateFromLabel(label: string): {place: string; area: string | null} {
  const parts = LABEL.exec(label);
  return parts ? {place: parts[1]!, area: parts[2]!} : {place: label, area: null};
}
