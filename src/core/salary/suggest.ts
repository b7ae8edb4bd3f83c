// Autocomplete over every US place: prefix search on the sorted names (binary search), largest first.
// ZIP prefixes and "City, ST" filtering work too. Fast enough to run on every keystroke.
import {firstAtOrAfter, type Place, type SalaryData} from './dataset';
import {normalizePlaceName} from './location-text';
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
  const best: Place[] = [];
  for (let index = firstAtOrAfter(entries, prefix); index < entries.length; index += 1) {
    const {key, place} = entries[index]!;
    if (!key.startsWith(prefix)) break;
    if (stateText && (state ? place.state !== state : !place.state.toLowerCase().startsWith(stateText.toLowerCase())))
      continue;
    // Keep the `limit` largest seen so far (small insertion sort: limit is tiny).
    if (best.length < limit || place.population > best.at(-1)!.population) {
      let at = best.length;
      while (at > 0 && best[at - 1]!.population < place.population) at -= 1;
      best.splice(at, 0, place);
      if (best.length > limit) best.pop();
    }
  }
  return best.map((place) => ({
    label: `${place.name}, ${place.state}`,
    county: place.county.name,
    area: place.county.area >= 0 ? data.areaName(place.county.area) : null,
  }));
}
