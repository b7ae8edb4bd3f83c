// One JSON Lines row as a posting. Apart from inputs.ts so that the streaming path and its worker
// threads load zod and the core only, not the DOM the saved-page reader needs.
import {z} from '../core/zod';
import type {Posting} from '../core/types';

/** One row of a JSON Lines file, as in ../shared/data/postings/dev.jsonl. */
const PostingRowSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  title: z.string().nullish(),
  company: z.string().nullish(),
  location: z.string().nullish(),
  salary_text: z.string().nullish(),
  /** As JobPosting's employmentType or an export writes it: "FULL_TIME", "fulltime", "contract". */
  employment_type: z.string().nullish(),
  /** Where the posting was found: its site's country places a location the US tables cannot. */
  url: z.string().nullish(),
  description: z.string(),
});

export class InputError extends Error {}

/**
 * `fallbackId`: the id of a row that names none (an export without ids), such as "export.jsonl:12"; a row
 * without an id is refused when none is given.
 */
export function postingFromRow(row: unknown, fallbackId?: string): Posting {
  const parsed = PostingRowSchema.safeParse(row);
  if (!parsed.success)
    throw new InputError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`).join('; '),
    );
  const {title, company, location, salary_text, employment_type, url, description} = parsed.data;
  const id = parsed.data.id ?? fallbackId;
  if (id === undefined) throw new InputError('id: missing (a string or number naming the posting)');
  return {
    id,
    title: title ?? '',
    company: company ?? '',
    location: location ?? '',
    salaryText: salary_text ?? '',
    ...(employment_type?.trim() ? {employmentType: employment_type.trim()} : {}),
    ...(url?.trim() ? {url: url.trim()} : {}),
    description,
  };
}
