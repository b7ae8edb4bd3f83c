/// <reference types="vite/client" />
const PREFIX = '[TPM Lens]';

/** Errors are logged in development builds only: a shipped content script stays silent on the page's console. */
export function logError(where: string, error: unknown): void {
  if (import.meta.env.DEV) console.error(PREFIX, where, error);
}
