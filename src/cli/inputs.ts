import {readFileSync} from 'node:fs';
import {basename, extname} from 'node:path';
import type {Posting} from '../core/types';
import {readPosting} from '../sites/read';
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

/** Postings from one file. A bad JSON Lines row is reported by line without losing the other rows. */
export function readPostingsFile(path: string, options: {url?: string} = {}): ReadItem[] {
  const content = readFileSync(path, 'utf8');
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
      const result = readPosting(doc, new URL(url));
      if (!result) return [{error: `${path}: no job posting found on this page`}];
      return [{posting: {...result.posting, id: result.posting.id ?? name}}];
    }
    case '.txt':
    case '.md':
    case '.markdown':
      return [{posting: {...postingFromText(content, name), site: 'text'}}];
    default:
      return [{error: `${path}: unsupported file type (use .html, .txt, .md or .jsonl)`}];
  }
}
