import type {RememberedFigures} from '../messages/cards';
import {isRememberedFigures} from '../messages/cards';
import {REMEMBERED_ANALYSES_KEY} from './keys';

// The background's small memory of analyses, for list cards: fit, completeness and the verdict by posting
// key (site id + job id), newest kept. A stand-in for the full "Your postings" store.

/** Weeks of browsing; the oldest analyses are forgotten first. */
export const MAX_REMEMBERED = 500;

export interface AreaLike {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

type Remembered = Record<string, RememberedFigures>;

function parse(value: unknown): Remembered {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const entries = Object.entries(value as Record<string, unknown>).filter(
    (entry): entry is [string, RememberedFigures] => isRememberedFigures(entry[1]),
  );
  return Object.fromEntries(entries);
}

export function createRememberedStore(area: AreaLike) {
  const read = async () => parse((await area.get([REMEMBERED_ANALYSES_KEY]))[REMEMBERED_ANALYSES_KEY]);
  return {
    async remember(key: string, figures: RememberedFigures): Promise<void> {
      const all = await read();
      all[key] = figures;
      const kept = Object.entries(all)
        .sort((a, b) => b[1].at.localeCompare(a[1].at))
        .slice(0, MAX_REMEMBERED);
      await area.set({[REMEMBERED_ANALYSES_KEY]: Object.fromEntries(kept)});
    },
    /** The remembered figures of those keys that have some. */
    async lookup(keys: readonly string[]): Promise<Map<string, RememberedFigures>> {
      const all = await read();
      return new Map(keys.filter((key) => Object.hasOwn(all, key)).map((key) => [key, all[key]!]));
    },
  };
}
