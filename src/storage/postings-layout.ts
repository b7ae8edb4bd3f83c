// The "Your postings" database's name, version and stores, in a module that imports nothing: the
// Postings page's first read (postings-first-rows.ts) opens the database without loading its migrations.

export const POSTINGS_DB_NAME = 'tpm-lens-postings';

/** The database version: bump with a step in UPGRADE_STEPS (posting-migrations.ts) when a store or an index changes. */
export const DB_VERSION = 2;

export const STORES = {postings: 'postings', summaries: 'summaries', texts: 'texts', aside: 'aside'} as const;
