// zod's settings, made before any schema is (zod.ts and zod-mini.ts import this first): jitless. Without it zod
// tries `new Function('')` when it makes its first object schema, to compile faster parsers where the context lets
// strings run as code. An extension page's policy forbids that: the try, though caught, raised a Content Security
// Policy violation on every page that made a schema ("Your postings", seen in Chromium), and in Node it compiled
// parsers from strings. TPM Lens runs no string as code anywhere (README: Dependencies).
import {config} from 'zod/v4/core';

config({jitless: true});
