// The repository's sample page (samples/, provenance in the file) read as the extension reads it, and a
// labelled non-TPM posting from the dev split for the tests that need one (they skip without ../shared).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {pageUrl, parseHtmlDocument} from '../../src/cli/html-document';
import type {Posting} from '../../src/core/types';
import {readPosting} from '../../src/sites/read';
import {devLabels, realPostings} from './dev-postings';
import {REPO} from './shared';

export const SAMPLE_FILE = join(REPO, 'samples', 'principal-tpm-ai-ml.indeed.html');

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

/** The first posting of dev.jsonl that its hand-made label calls not a TPM role. */
export function labelledNonTpmPosting(): Posting {
  const nonTpm = new Set(
    devLabels()
      .filter((label) => label.is_tpm === 'no')
      .map((label) => label.id),
  );
  const posting = realPostings().find((candidate) => nonTpm.has(candidate.id ?? ''));
  if (!posting) throw new Error('dev.labels.jsonl names no non-TPM posting');
  return posting;
}
