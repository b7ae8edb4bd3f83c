// zod's small API (what the content script and storage carry), set up first (zod-config.ts). Lint allows zod's
// values nowhere else.
import './zod-config';

export * as z from 'zod/mini';
