// Saved real job-board pages from ../shared/data/html (read in place; not copied into the repository).
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

export const HTML_DIR = join(__dirname, '../../../shared/data/html');
export const haveHtml = existsSync(join(HTML_DIR, 'MANIFEST.json'));
if (!haveHtml) console.warn(`Saved pages not found at ${HTML_DIR}: the JSON-LD tests on real pages are skipped.`);
export const readHtml = (file: string) => readFileSync(join(HTML_DIR, file), 'utf8');
