// Autocomplete over every US place: prefix search on the sorted names (binary search), largest first.
// ZIP prefixes and "City, ST" filtering work too. Fast enough to run on every keystroke. When no name
// starts with the typed text, names it misspells ("Seatle", "New Yrok") are offered instead.
import {firstAtOrAfter, type Place, type SalaryData} from './dataset';
import {normalizePlaceName, otherSpellings} from './location-text';
import {stateCode} from './states';

export interface Suggestion {
  label: string;
  county: string;
  area: string | null;
}

/** Up to `limit` places whose name starts with the typed text, most populous first. */
export function suggestPlaces(data: SalaryData, typed: string, limit = 8): Suggestion[] {
  const [namePart = '', statePart = ''] = typed.split(',');
  const prefix = normalizePlaceName(namePart);
  if (!prefix || /^\d/.test(prefix)) return [];
  const stateText = statePart.trim();
  const state = stateText ? stateCode(stateText) : null;
  const entries = data.placesByPrefix;
  const inState = (place: Place) =>
    !stateText || (state ? place.state === state : place.state.toLowerCase().startsWith(stateText.toLowerCase()));
  const best: Place[] = [];
  // Keep the `limit` largest seen so far (small insertion sort: limit is tiny).
  const keep = (place: Place) => {
    if (best.length < limit || place.population > best.at(-1)!.population) {
      let at = best.length;
      while (at > 0 && best[at - 1]!.population < place.population) at -= 1;
      best.splice(at, 0, place);
      if (best.length > limit) best.pop();
    }
  };
  const startingWith = (start: string) => {
    for (let index = firstAtOrAfter(entries, start); index < entries.length; index += 1) {
      const {key, place} = entries[index]!;
      if (!key.startsWith(start)) break;
      if (inState(place)) keep(place);
    }
  };
  startingWith(prefix);
  // "Mt View" (Mountain View), "Foxborough" (Foxboro), "Edison Township" (Edison).
  for (const other of otherSpellings(prefix)) if (best.length === 0) startingWith(other);
  if (best.length === 0) for (const place of misspelled(entries, prefix, inState, limit)) best.push(place);
  return best.map((place) => ({
    label: `${place.name}, ${place.state}`,
    county: place.county.name,
    area: place.county.area >= 0 ? data.areaName(place.county.area) : null,
  }));
}

/** Mistakes forgiven in a typed name: none under 4 letters, one up to 6, two from 7. */
const allowedEdits = (length: number) => (length < 4 ? 0 : length < 7 ? 1 : 2);

/**
 * Places whose name begins with what the typed text misspells: fewest edits first, then the most populous.
 * Only names with the typed first letter are read (a first letter is seldom the mistake, and that keeps the
 * search to a twentieth of the names).
 */
function misspelled(
  entries: SalaryData['placesByPrefix'],
  typed: string,
  accept: (place: Place) => boolean,
  limit: number,
): Place[] {
  const most = allowedEdits(typed.length);
  if (most === 0) return [];
  const found: Array<{place: Place; edits: number}> = [];
  const first = typed[0]!;
  for (let index = firstAtOrAfter(entries, first); index < entries.length; index += 1) {
    const {key, place} = entries[index]!;
    if (key[0] !== first) break;
    const edits = prefixEdits(typed, key, most);
    if (edits <= most && accept(place)) found.push({place, edits});
  }
  found.sort((a, b) => a.edits - b.edits || b.place.population - a.place.population);
  const seen = new Set<Place>();
  return found
    .filter(({place}) => !seen.has(place) && seen.add(place))
    .slice(0, limit)
    .map(({place}) => place);
}

/**
 * The fewest edits (a letter added, dropped, changed, or two swapped) that make `typed` the start of `name`;
 * more than `most` as soon as every way exceeds it.
 */
function prefixEdits(typed: string, name: string, most: number): number {
  const columns = Math.min(name.length, typed.length + most);
  // Rows of the edit table over typed (i) by name (j): the one before last, the last, the current.
  let older = new Array<number>(columns + 1).fill(0);
  let previous = Array.from({length: columns + 1}, (_, j) => j);
  let current = new Array<number>(columns + 1).fill(0);
  for (let i = 1; i <= typed.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= columns; j++) {
      const same = typed[i - 1] === name[j - 1];
      let cost = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (same ? 0 : 1));
      if (i > 1 && j > 1 && typed[i - 1] === name[j - 2] && typed[i - 2] === name[j - 1])
        cost = Math.min(cost, older[j - 2]! + 1);
      current[j] = cost;
      if (cost < rowBest) rowBest = cost;
    }
    if (rowBest > most) return most + 1;
    [older, previous, current] = [previous, current, older];
  }
  // Where the typed text ends in the name: any length of the name's start.
  let best = most + 1;
  for (let j = 0; j <= columns; j++) best = Math.min(best, previous[j]!);
  return best;
}
