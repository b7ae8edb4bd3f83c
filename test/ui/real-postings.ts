// Real postings for the UI tests: the repository's sample page, and a labelled non-TPM posting from
// ../shared/data when that is present (tests that need it say so and skip when it is not).
import {existsSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {pageUrl, parseHtmlDocument} from '../../src/cli/html-document';
import type {Posting} from '../../src/core/types';
import {readPosting} from '../../src/sites/read';

const ROOT = resolve(__dirname, '..', '..');
export const SAMPLE_FILE = join(ROOT, 'samples', 'principal-tpm-ai-ml.indeed.html');
export const SHARED_POSTINGS = resolve(ROOT, '..', 'shared', 'data', 'postings');

export function sampleDocument(): {doc: Document; url: string} {
  const html = readFileSync(SAMPLE_FILE, 'utf8');
  const doc = parseHtmlDocument(html, 'https://www.indeed.com/');
  return {doc, url: pageUrl(doc, 'https://www.indeed.com/viewjob?jk=a236b8c953c539fa')};
}

export function samplePosting(): Posting {
  const {doc, url} = sampleDocument();
  const read = readPosting(doc, new URL(url));
  if (!read) throw new Error(`the sample page ${SAMPLE_FILE} no longer reads as a posting`);
  return read.posting;
}

export const hasSharedPostings = existsSync(join(SHARED_POSTINGS, 'dev.jsonl'));

/** The first posting of dev.jsonl that its hand-made label calls not a TPM role. */
export function labelledNonTpmPosting(): Posting {
  const labels = readFileSync(join(SHARED_POSTINGS, 'dev.labels.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as {id: string; is_tpm: string});
  const nonTpm = new Set(labels.filter((label) => label.is_tpm === 'no').map((label) => label.id));
  for (const line of readFileSync(join(SHARED_POSTINGS, 'dev.jsonl'), 'utf8').trim().split('\n')) {
    const row = JSON.parse(line) as {
      id: string;
      title: string;
      company: string;
      location: string;
      salary_text: string | null;
      description: string;
    };
    if (!nonTpm.has(row.id)) continue;
    return {
      id: row.id,
      title: row.title,
      company: row.company ?? '',
      location: row.location ?? '',
      salaryText: row.salary_text ?? '',
      description: row.description,
    };
  }
  throw new Error('dev.labels.jsonl names no non-TPM posting');
}
