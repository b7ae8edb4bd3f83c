// An in-memory storage area for the profile store and the options page, copying values in and out as the
// browser's storage does (a caller never holds the stored object itself).
import type {StorageAreaLike} from '../../src/storage/profile-store';

export function memoryArea(
  initial: Record<string, unknown> = {},
): StorageAreaLike & {data: Record<string, unknown>; remove(keys: string | string[]): Promise<void>} {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: async (keys) =>
      Object.fromEntries(
        (Array.isArray(keys) ? keys : [keys])
          .filter((key) => key in data)
          .map((key) => [key, structuredClone(data[key])]),
      ),
    set: async (items) => void Object.assign(data, JSON.parse(JSON.stringify(items))),
    remove: async (keys) => {
      for (const key of Array.isArray(keys) ? keys : [keys]) delete data[key];
    },
  };
}
