import type {Posting} from '../core/types';

/** What tells two postings apart by their content, for a URL that changed before the page re-rendered. */
export const fingerprint = (posting: Posting) =>
  `${posting.title}\n${posting.description.length}\n${posting.description.slice(0, 400)}`;

/** How many postings' contents are remembered with the key they were read under (a few quick clicks' worth). */
const OWNERS_KEPT = 16;

/**
 * Content fingerprint -> the posting key it was read under (newest last), so content still on screen from
 * another posting (the URL changed, the page has not re-rendered yet) is never read as the new key's.
 */
export function createOwners() {
  const owners = new Map<string, string>();
  return {
    own(print: string, key: string) {
      owners.delete(print);
      owners.set(print, key);
      if (owners.size > OWNERS_KEPT) owners.delete(owners.keys().next().value!);
    },
    ownerOf: (print: string): string | undefined => owners.get(print),
  };
}
