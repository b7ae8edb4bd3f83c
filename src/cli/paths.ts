// The command line's file arguments: a folder stands for the postings files in it.
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {STDIN} from './lines';

/** The kinds of file the command reads, as its messages name them. */
export const SUPPORTED_FILES = '.html, .txt, .md, .json, .jsonl, .csv, .tsv, .jsonl.gz, .csv.gz or .tsv.gz';
const SUPPORTED_NAME = /\.(?:html?|txt|md|markdown|json|(?:jsonl|ndjson|csv|tsv)(?:\.gz)?)$/i;

export type FileArgument = {file: string} | {error: string};

/**
 * Each argument as the files to read: a file (or "-") as it is, whether it exists or not (reading reports
 * it); a folder as the supported files under it, in name order, hidden ones left out.
 */
export function expandFolders(paths: readonly string[]): FileArgument[] {
  return paths.flatMap((path): FileArgument[] => {
    if (path === STDIN || !isFolder(path)) return [{file: path}];
    const files = filesUnder(path);
    return files.length
      ? files.map((file) => ({file}))
      : [{error: `${path}: no ${SUPPORTED_FILES} files in this folder`}];
  });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function filesUnder(folder: string): string[] {
  const entries = readdirSync(folder, {withFileTypes: true})
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() && SUPPORTED_NAME.test(entry.name) ? [path] : [];
  });
}
