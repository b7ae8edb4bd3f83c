// A remembered posting's table row (what the Postings page lists, sorts and filters, and what the list
// marks look up by site key), apart from the whole record (posting-record.ts). The Postings page's first
// screen loads this module and not the record's: its schema is written with zod/mini, which builds in a
// fraction of classic zod's time and size, so the first rows are checked before the rest of the page loads.
import {z} from '../core/zod-mini';
import {screeningCell} from '../core/screening-columns';
import {PAY_VERDICTS} from '../core/types';
import type {AnalysisContext, PostingRecord} from './posting-record';

export const STATUSES = ['new', 'saved', 'applied', 'interviewing', 'offer', 'rejected', 'archived'] as const;
export type PostingStatus = (typeof STATUSES)[number];

/** Notes are the user's; this keeps one record from filling the store by accident. */
export const MAX_NOTES_CHARS = 10_000;
/** Site keys and URLs longer than this are not ours (and would make every index entry heavy). */
export const MAX_KEY_CHARS = 2048;
/** UTC ISO 8601 as Date.toISOString writes it: such strings sort by time, which the lastSeen index needs. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;
export const CURRENCY_CODE = /^[A-Z]{3}$/;
/**
 * The fit's pay, skills and blocker lines as a record and its row keep them (the row must hold whatever the
 * record holds).
 */
export const FIT_LINE_LIMITS = {
  payText: 300,
  skills: 200,
  skillChars: 200,
  skillsText: 20_000,
  blockers: 20,
  blockerChars: 500,
} as const;
export const POSITIONS = ['below', 'within', 'above', 'not-comparable'] as const;

const isoDate = z.string().check(
  z.regex(ISO_DATE, 'not a UTC ISO date'),
  z.refine((value) => !Number.isNaN(Date.parse(value)), 'not a date'),
);
const money = z.number().check(z.nonnegative());
const key = z.string().check(z.minLength(1), z.maxLength(MAX_KEY_CHARS));
const text = (max: number) => z.string().check(z.maxLength(max));
const percent = z.int().check(z.minimum(0), z.maximum(100));

/** Which analysis a record holds: the version and profile it was scored with. Another stamp is stale. */
export const stampOf = (context: Pick<AnalysisContext, 'analysisVersion' | 'profileStamp'>): string =>
  `${context.analysisVersion}|${context.profileStamp ?? ''}`;

/**
 * A record's table row. Kept in its own store beside the record (written in the same transaction), so that
 * the page and the marks read a few hundred bytes per posting instead of the whole record.
 */
const PostingSummarySchema = z.strictObject({
  key,
  keys: z.array(key).check(z.minLength(1)),
  title: text(1000),
  company: text(1000),
  location: text(1000),
  /** Every site the job was seen on, in the order first seen. */
  sites: z.array(text(200)).check(z.minLength(1)),
  /** The first web address among the links, '' when none. */
  url: text(MAX_KEY_CHARS),
  verdict: z.enum(['tpm', 'not-tpm']),
  status: z.enum(STATUSES),
  fit: z.nullable(percent),
  /**
   * The posted pay against the profile's expectation (src/core/fit-pay.ts), null when the profile states none;
   * absent from a row written before it was kept (the next version's re-analysis fills it).
   */
  yourPay: z.optional(z.nullable(z.strictObject({verdict: z.enum(PAY_VERDICTS), text: text(FIT_LINE_LIMITS.payText)}))),
  /** The profile's key skills the posting names (src/core/fit-skills.ts), null when it lists none; absent as above. */
  skills: z.optional(
    z.nullable(
      z.strictObject({
        named: z.array(text(FIT_LINE_LIMITS.skillChars)).check(z.maxLength(FIT_LINE_LIMITS.skills)),
        text: text(FIT_LINE_LIMITS.skillsText),
      }),
    ),
  ),
  /**
   * Why the fit is 0: the screening facts that rule the profile out (src/core/fit-blockers.ts), as the panel says
   * them; absent when none does, or from a row written before they were kept.
   */
  blockers: z.optional(z.array(text(FIT_LINE_LIMITS.blockerChars)).check(z.maxLength(FIT_LINE_LIMITS.blockers))),
  completeness: percent,
  pay: z.nullable(
    z.strictObject({annualMin: money, annualMax: money, currency: z.string().check(z.regex(CURRENCY_CODE))}),
  ),
  /**
   * The screening line but years and degree ("Remote (US) · No sponsorship"); '' when it says nothing; absent
   * from a row written before it was kept.
   */
  screening: z.optional(text(1000)),
  /** Null without a benchmark (no data for the place). */
  benchmark: z.nullable(z.strictObject({position: z.nullable(z.enum(POSITIONS)), summary: text(2000)})),
  firstSeen: isoDate,
  lastSeen: isoDate,
  /** Minus lastSeen in ms: an index in this order gives the newest rows first in one getAll. */
  recency: z.int(),
  analyzedAt: isoDate,
  /** stampOf the analysis: an index finds the stale rows without reading any. */
  stamp: text(100),
  notes: text(MAX_NOTES_CHARS),
});
export type PostingSummary = z.infer<typeof PostingSummarySchema>;

export const summaryOf = (record: PostingRecord): PostingSummary => ({
  key: record.key,
  keys: [...record.keys],
  title: record.title,
  company: record.company,
  location: record.location,
  sites: [...new Set(record.links.map((link) => link.site))],
  url: record.links.find((link) => /^https?:/.test(link.url))?.url ?? '',
  verdict: record.verdict,
  status: record.status,
  fit: record.fit?.score ?? null,
  yourPay: record.fit?.pay ? {verdict: record.fit.pay.verdict, text: record.fit.pay.text} : null,
  skills: record.fit?.skills ? {named: [...record.fit.skills.named], text: record.fit.skills.text} : null,
  ...(record.fit?.blockers ? {blockers: [...record.fit.blockers]} : {}),
  completeness: record.completeness.score,
  pay: record.pay
    ? {annualMin: record.pay.annualMin, annualMax: record.pay.annualMax, currency: record.pay.currency}
    : null,
  screening: screeningCell(record.screening ?? {}),
  benchmark: record.benchmark ? {position: record.benchmark.position, summary: record.benchmark.summary} : null,
  firstSeen: record.firstSeen,
  lastSeen: record.lastSeen,
  recency: -Date.parse(record.lastSeen),
  analyzedAt: record.analyzedAt,
  stamp: stampOf(record),
  notes: record.notes,
});

/** At most a few issues (zod or zod/mini), each with where it is: enough to find the bad field. */
export function describeIssues(error: {
  issues: ReadonlyArray<{path: readonly PropertyKey[]; message: string}>;
}): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : 'record'}: ${issue.message}`)
    .join('; ');
}

export function readSummary(raw: unknown): {ok: true; record: PostingSummary} | {ok: false; problem: string} {
  const parsed = PostingSummarySchema.safeParse(raw);
  return parsed.success ? {ok: true, record: parsed.data} : {ok: false, problem: describeIssues(parsed.error)};
}
