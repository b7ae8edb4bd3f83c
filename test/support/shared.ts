// Where the real material lives: ../shared/data beside the repository, or the folder TPM_LENS_DATA names.
// Every test, the e2e runners and the benches take the path from here; tests that need a file skip when it
// is absent (one warning each, from the module that reads it).
import {join, resolve} from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const SHARED_DATA = resolve(process.env.TPM_LENS_DATA ?? join(REPO, '..', 'shared', 'data'));
export const SHARED_HTML = join(SHARED_DATA, 'html');
export const SHARED_POSTINGS = join(SHARED_DATA, 'postings');
export const SHARED_SEED = join(SHARED_DATA, '..', 'seed');
/** Pages whose licenses allow a copy in the repository (provenance in test/fixtures/sites/PROVENANCE.md). */
export const FIXTURES = join(REPO, 'test', 'fixtures');
