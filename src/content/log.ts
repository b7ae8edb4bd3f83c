/// <reference types="vite/client" />
import type {ReadResult} from '../sites/types';

const PREFIX = '[TPM Lens]';

/** Errors are logged in development builds only: a shipped content script stays silent on the page's console. */
export function logError(where: string, error: unknown): void {
  if (import.meta.env.DEV) console.error(PREFIX, where, error);
}

/** Runs `work`, logging what it throws: the content script's callbacks from the page's events never throw into the page. */
export function guard(where: string, work: () => void): void {
  try {
    work();
  } catch (error) {
    logError(where, error);
  }
}

/**
 * Development builds name the fields a posting read left empty, and where the read came from: the first
 * sign of a site redesign. Shipped builds drop this with the rest of the logging.
 */
export function logEmptyFields(url: URL, read: ReadResult | null): void {
  if (!import.meta.env.DEV) return;
  if (!read) return console.warn(PREFIX, 'no posting read on', url.href);
  const empty = (['title', 'company', 'location', 'salaryText', 'description'] as const).filter(
    (field) => !read.posting[field],
  );
  if (empty.length) console.warn(PREFIX, `read from ${read.source}; empty: ${empty.join(', ')}`, url.href);
}
