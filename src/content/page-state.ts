import {TEST_HOOKS} from './test-hooks';

// What the content script decided about the page, for the extension's own scripts: the popup's
// "Analyze this page" asks through scripting.executeScript, which runs in the content script's
// isolated world and so shares its globals; the page's own scripts live in another world and see none
// of it. The e2e build also writes the decision on <html> for the tests to wait on.

export type PageState = 'analyzed' | 'not-tpm' | 'no-posting' | 'unavailable';

/** The key on the isolated world's globalThis (the popup's injected function repeats the literal). */
export const PAGE_STATE_KEY = 'tpm-lens.page-state';

export function exposeState(doc: Document, state: PageState | null): void {
  const scope = globalThis as unknown as Record<symbol, PageState | undefined>;
  scope[Symbol.for(PAGE_STATE_KEY)] = state ?? undefined;
  if (!TEST_HOOKS) return;
  if (state) doc.documentElement.dataset.tpmLens = state;
  else delete doc.documentElement.dataset.tpmLens;
}
