// zod's small API (storage and the profile's schema, where size matters), set up first (zod-config.ts). Lint allows
// zod's values nowhere else.
import './zod-config';

export * as z from 'zod/mini';
