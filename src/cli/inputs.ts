import {merged} from '../core/merged';
import {readFileSync} from 'node:fs';
import {withHeaderFacts} from '../core/header-facts';
import {basename, extname} from 'node:path';
import type {Posting} from '../core/types';
import {readPagePosting} from '../sites/read';
import {isLikelyEnglish} from '../sites/language';
import {NOT_ENGLISH} from './batch';
import {jobPostingsFromJson} from '../sites/jsonld';
import {isJsonObject, jobPostingNodes, type Json} from '../core/json';
import {SUPPORTED_FILES} from './paths';
import {pageUrl, parseHtmlDocument} from './html-document';
import {InputError, postingFromRow} from './rows';
import {errorMessage} from '../core/error-message';

export {postingFromRow};

/** Plain text or Markdown: the first line is the title, the rest the description. */
export function postingFromText(text: string, id: string): Posting {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) throw new InputError('the file is empty');
  const title = lines[first]!.replace(/^#+\s*/, '').trim();
  return {
    id,
    title,
    company: '',
    location: '',
    salaryText: '',
    description: lines
      .slice(first + 1)
      .join('\n')
      .trim(),
  };
}

export type ReadItem = {posting: Posting} | {error: string};

/**
 * A .json file: JobPosting JSON-LD (an object, a list or an @graph), or what one JSON Lines row holds, alone or
 * in a list (a scraper's export). A bad entry of a list is reported by its position without losing the others.
 */
function postingsFromJson(value: Json, path: string): ReadItem[] {
  const name = basename(path);
  const linked = jobPostingsFromJson(value);
  if (linked.length)
    return linked.map((posting, index) => ({
      posting: merged(posting, {id: linked.length > 1 ? `${name}:${index + 1}` : name, site: 'json-ld'}),
    }));
  if (!jobPostingNodes(value).next().done)
    return [{error: `${path}: the JobPosting JSON-LD has no title or description to read`}];
  if (isJsonObject(value)) return [{posting: postingFromRow(value, name)}];
  if (!Array.isArray(value))
    return [{error: `${path}: expected a posting, a list of postings or JobPosting JSON-LD, not ${typeof value}`}];
  if (value.length === 0) return [{error: `${path}: the list holds no postings`}];
  const items = value.map((row, index): ReadItem => {
    try {
      return {posting: postingFromRow(row, `${name}:${index + 1}`)};
    } catch (error) {
      return {error: `${path}: posting ${index + 1}: ${errorMessage(error)}`};
    }
  });
  // A list none of whose entries is a posting is another kind of file (a folder's manifest, a config): one line
  // says so, where a line per entry would bury the other files' messages.
  if (items.length > 1 && items.every((item) => 'error' in item))
    return [
      {
        error: `${path}: none of its ${items.length} entries is a posting, so it is not a list of postings (entry 1: ${(items[0] as {error: string}).error.slice(`${path}: posting 1: `.length)})`,
      },
    ];
  return items;
}

/**
 * Postings from one file, each with the place and type its header lines or title state when its fields lack them
 * (withHeaderFacts, as the extension's background reads a page's). A bad JSON Lines row is reported by line without
 * losing the other rows.
 */
export function readPostingsFile(path: string, options: {url?: string} = {}): ReadItem[] {
  return readItems(path, options).map((item) => ('posting' in item ? {posting: withHeaderFacts(item.posting)} : item));
}

function readItems(path: string, options: {url?: string}): ReadItem[] {
  // A byte order mark (Windows tools write one) is no part of the first row or the JSON.
  const content = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const name = basename(path);
  switch (extname(path).toLowerCase()) {
    case '.jsonl':
    case '.ndjson':
      return content.split(/\r?\n/).flatMap((line, index): ReadItem[] => {
        if (!line.trim()) return [];
        try {
          return [{posting: postingFromRow(JSON.parse(line), `${name}:${index + 1}`)}];
        } catch (error) {
          return [{error: `${path}:${index + 1}: ${errorMessage(error)}`}];
        }
      });
    case '.html':
    case '.htm': {
      const fallback = new URL(`file://${path.startsWith('/') ? '' : '/'}${path}`).href;
      const doc = parseHtmlDocument(content, fallback);
      const url = options.url ?? pageUrl(doc, fallback);
      const result = readPagePosting(doc, new URL(url));
      if (!result) return [{error: `${path}: no job posting found on this page`}];
      // As the extension shows no panel for it (src/background/analysis.ts): the checklist reads English only.
      if (!isLikelyEnglish(result.posting.description)) return [{error: `${path}: ${NOT_ENGLISH}`}];
      return [{posting: merged(result.posting, {id: result.posting.id ?? name})}];
    }
    case '.txt':
    case '.md':
    case '.markdown':
      return [{posting: merged(postingFromText(content, name), {site: 'text'})}];
    case '.json': {
      if (!content.trim()) return [{error: `${path}: the file is empty`}];
      let value: Json;
      try {
        value = JSON.parse(content) as Json;
      } catch (error) {
        return [{error: `${path}: not valid JSON: ${errorMessage(error)}`}];
      }
      return postingsFromJson(value, path);
    }
    default:
      return [{error: `${path}: unsupported file type (use ${SUPPORTED_FILES})`}];
  }
}
