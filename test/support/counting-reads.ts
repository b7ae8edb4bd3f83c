// Counts the content script's page reads while the real reader still does the reading. In a test file:
//   vi.mock('../../../src/sites/read', async (importOriginal) =>
//     (await import('../../support/counting-reads')).counting(await importOriginal()));
// and read `reads.count` (imported from here).
import type * as ReadModule from '../../src/sites/read';

export const reads = {count: 0};

export function counting(original: typeof ReadModule): typeof ReadModule {
  return {
    ...original,
    readPagePosting: (...args: Parameters<typeof original.readPagePosting>) => {
      reads.count++;
      return original.readPagePosting(...args);
    },
  };
}
