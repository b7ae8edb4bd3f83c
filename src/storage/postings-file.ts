// The "Your postings" JSON file: everything stored (records and their texts), for a backup or another
// browser. Import validates the whole file before anything is written: a broken file is refused with a
// message saying where it is broken, and the store is left as it was.
import {z} from '../core/zod';
import {readRecord} from './posting-migrations';
import {describeIssues} from './posting-summary';
import {PostingTextSchema, RECORD_VERSION, type PostingRecord, type PostingText} from './posting-record';
import {errorMessage} from '../core/error-message';

export const FILE_FORMAT = 'tpm-lens-postings';

export interface PostingEntry {
  record: PostingRecord;
  /** Absent for a record whose text was not kept (re-analysis then skips it). */
  text: PostingText | null;
}

export interface PostingsFile {
  format: typeof FILE_FORMAT;
  /** The record format the postings are written in. */
  version: number;
  exportedAt: string;
  postings: Array<PostingRecord & {text: {salaryText: string; description: string} | null}>;
}

export function postingsFile(entries: readonly PostingEntry[], now: Date): PostingsFile {
  return {
    format: FILE_FORMAT,
    version: RECORD_VERSION,
    exportedAt: now.toISOString(),
    postings: entries.map(({record, text}) => ({
      ...record,
      text: text ? {salaryText: text.salaryText, description: text.description} : null,
    })),
  };
}

const Envelope = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.number().int().min(1),
  postings: z.array(z.unknown()),
});

export type ParsedFile = {ok: true; entries: PostingEntry[]} | {ok: false; problem: string};

/** Larger than any real shortlist (10,000 postings with their texts are ~60 MB): refused rather than hang. */
const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** The file's text as entries, every one valid, or the first problem found (nothing is partly accepted). */
export function parsePostingsFile(text: string): ParsedFile {
  if (text.length > MAX_IMPORT_BYTES)
    return {ok: false, problem: `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {ok: false, problem: `it is not JSON (${errorMessage(error)})`};
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) {
    return {
      ok: false,
      problem: `it is not a TPM Lens postings file (expected {"format": "${FILE_FORMAT}", "version", "postings": [...]}; ${describeIssues(envelope.error)})`,
    };
  }
  if (envelope.data.version > RECORD_VERSION) {
    return {
      ok: false,
      problem: `it was written by a newer TPM Lens (format ${envelope.data.version}; this version reads up to ${RECORD_VERSION})`,
    };
  }
  const entries: PostingEntry[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of envelope.data.postings.entries()) {
    const where = `posting ${index + 1}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return {ok: false, problem: `${where}: not an object`};
    const {text: rawText, ...rest} = raw as Record<string, unknown>;
    // Records in an older file carry no v of their own when the envelope says which format they are in.
    const read = readRecord({v: envelope.data.version, ...rest});
    if (!read.ok) return {ok: false, problem: `${where}: ${read.problem}`};
    const {record} = read;
    if (seen.has(record.key)) return {ok: false, problem: `${where}: the key ${record.key} appears twice`};
    seen.add(record.key);
    let text: PostingText | null = null;
    if (rawText !== undefined && rawText !== null) {
      const parsedText = PostingTextSchema.safeParse({key: record.key, ...(rawText as object)});
      if (!parsedText.success) return {ok: false, problem: `${where}: text: ${describeIssues(parsedText.error)}`};
      text = parsedText.data;
    }
    entries.push({record, text});
  }
  return {ok: true, entries};
}
