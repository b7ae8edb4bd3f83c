// One remembered posting ("Your postings"): what the page, the compare view, the exports and the list
// marks need, built from an Analysis and the posting it read. The description text is kept apart (a
// PostingText) so that listing 10,000 postings never reads their texts. Validated with zod on every read.
import {z} from '../core/zod';
import {benchmarkReference} from '../core/benchmarks';
import {employerName} from '../core/employer';
import {CHECKLIST_IDS} from '../core/ids';
import {SCREENING_COLUMN_PARTS, screeningTexts} from '../core/screening-columns';
import {PAY_VERDICTS, type Analysis, type Posting} from '../core/types';
import {
  CURRENCY_CODE,
  ISO_DATE,
  FIT_LINE_LIMITS,
  MAX_KEY_CHARS,
  MAX_NOTES_CHARS,
  POSITIONS,
  STATUSES,
  type PostingStatus,
} from './posting-summary';

/** The record format. Bump with a step in RECORD_MIGRATIONS (posting-migrations.ts) when a field changes. */
export const RECORD_VERSION = 2;

const screeningText = z.string().max(200).optional();

const isoDate = z
  .string()
  .regex(ISO_DATE, 'not a UTC ISO date')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'not a date');
const money = z.number().finite().nonnegative();
const key = z.string().min(1).max(MAX_KEY_CHARS);
const checklistId = z.enum(CHECKLIST_IDS);

const PostingLinkSchema = z.strictObject({
  /** The site's posting key ("linkedin:3915648739"), or "url:" and the address for a site without ids. */
  key,
  site: z.string().max(200),
  url: z.string().max(MAX_KEY_CHARS),
});

export const PostingRecordSchema = z.strictObject({
  v: z.literal(RECORD_VERSION),
  /** The first link's key: the record's identity in the store and in exported files. */
  key,
  /** Every link's key (an index: the list marks look postings up by the key on their card). */
  keys: z.array(key).min(1),
  links: z.array(PostingLinkSchema).min(1),
  /** Normalised title + company + location: one job seen on two sites is one record. */
  sameJob: z.string().max(1000),
  title: z.string().max(1000),
  company: z.string().max(1000),
  location: z.string().max(1000),
  /** The site it was first seen on. */
  site: z.string().max(200),
  firstSeen: isoDate,
  lastSeen: isoDate,
  /** When the analysis fields were last written (seen again, or re-analysed). */
  analyzedAt: isoDate,
  /** The extension version whose analyze() wrote the analysis fields: another version re-analyses. */
  analysisVersion: z.string().max(40),
  /** Which profile the fit was scored for (a hash), null without a profile. */
  profileStamp: z.string().max(40).nullable(),
  verdict: z.enum(['tpm', 'not-tpm']),
  /** Detection score, 0-1. */
  score: z.number().min(0).max(1),
  requirements: z.strictObject({
    minYearsExperience: z.number().nonnegative().nullable(),
    degree: z.enum(['bachelor', 'master', 'doctorate']).nullable(),
    certifications: z.array(z.string().max(200)),
  }),
  /**
   * What the screening line said ("Remote (US)", "No sponsorship", "Secret clearance required"), a part left
   * out when the posting says nothing of it; null for a record from before format 2 until it is re-analysed.
   */
  screening: z
    .strictObject(Object.fromEntries(SCREENING_COLUMN_PARTS.map((id) => [id, screeningText])) as ScreeningShape)
    .nullable(),
  checklist: z.strictObject({met: z.array(checklistId), missing: z.array(checklistId)}),
  pay: z
    .strictObject({
      annualMin: money,
      annualMax: money,
      currency: z.string().regex(CURRENCY_CODE),
      text: z.string().max(1000),
    })
    .nullable(),
  /** The posted pay against the benchmark, and the figure it was compared with (source and date). */
  benchmark: z
    .strictObject({
      place: z.string().max(500),
      position: z.enum(POSITIONS).nullable(),
      band: z.enum(['below-level-1', 'level-1-2', 'level-2-3', 'level-3-4', 'above-level-4']).nullable(),
      summary: z.string().max(2000),
      reference: z
        .strictObject({
          label: z.string().max(500),
          low: money,
          high: money,
          source: z.string().max(500),
          date: z.string().max(100),
        })
        .nullable(),
      /** OFLC wage levels I-IV for the place, annual USD, when the benchmark has them. */
      levels: z.tuple([money, money, money, money]).nullable(),
      levelsSource: z
        .strictObject({source: z.string().max(500), date: z.string().max(100), area: z.string().max(500)})
        .nullable(),
    })
    .nullable(),
  fit: z
    .strictObject({
      score: z.number().int().min(0).max(100),
      met: z.array(z.string().max(200)),
      missing: z.array(z.string().max(200)),
      /** The posted pay against the profile's expectation (src/core/fit-pay.ts); absent before, or without one. */
      pay: z.strictObject({verdict: z.enum(PAY_VERDICTS), text: z.string().max(FIT_LINE_LIMITS.payText)}).optional(),
      /** The profile's key skills the posting names (src/core/fit-skills.ts); absent before, or without skills. */
      skills: z
        .strictObject({
          named: z.array(z.string().max(FIT_LINE_LIMITS.skillChars)).max(FIT_LINE_LIMITS.skills),
          text: z.string().max(FIT_LINE_LIMITS.skillsText),
        })
        .optional(),
      /** Why the score is 0 (src/core/fit-blockers.ts), each as the panel says it; absent when nothing blocks, or before. */
      blockers: z.array(z.string().max(FIT_LINE_LIMITS.blockerChars)).max(FIT_LINE_LIMITS.blockers).optional(),
    })
    .nullable(),
  completeness: z.strictObject({score: z.number().int().min(0).max(100), missing: z.array(z.string().max(200))}),
  status: z.enum(STATUSES),
  notes: z.string().max(MAX_NOTES_CHARS),
  /** When the user last changed status or notes: the newer edit wins a merge. */
  editedAt: isoDate.nullable(),
});

type ScreeningShape = Record<(typeof SCREENING_COLUMN_PARTS)[number], typeof screeningText>;

export type PostingRecord = z.infer<typeof PostingRecordSchema>;

/** The posting's own text, kept so a new profile or a new analysis can re-score it without the site. */
export const PostingTextSchema = z.strictObject({
  key,
  salaryText: z.string().max(10_000),
  description: z.string().max(500_000),
});
export type PostingText = z.infer<typeof PostingTextSchema>;

// ---- Identity --------------------------------------------------------------------------------------

/** The address without its fragment: the same page whichever section was linked. */
function canonicalUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

/**
 * The posting's key: the content script's site key (src/sites/index.ts postingKey: "linkedin:3915648739")
 * when the site names its postings, else the canonical URL. The content script's "none:" keys (a known
 * site that named no id) fall back to the URL.
 */
export function postingKeyOf(posting: Pick<Posting, 'id' | 'url' | 'title' | 'company'>): string {
  if (posting.id && !posting.id.startsWith('none:') && posting.id.length <= MAX_KEY_CHARS) return posting.id;
  if (posting.url) return `url:${canonicalUrl(posting.url)}`.slice(0, MAX_KEY_CHARS);
  // The CLI and tests may pass postings without either: title and company are all there is.
  return `text:${sameJobKey(posting.title, posting.company, '')}`.slice(0, MAX_KEY_CHARS);
}

const LEGAL_SUFFIX =
  /\b(?:inc|incorporated|llc|l l c|ltd|limited|corp|corporation|co|company|gmbh|plc|pbc|s a|ag|bv|pty)\b/g;
/** Words sites add to a place without changing it ("San Francisco, CA, United States", "(Hybrid)"). */
const PLACE_NOISE = /\b(?:united states(?: of america)?|usa|us|hybrid|on ?site|in office)\b/g;

/** Lower case, accents and punctuation gone, one space between words. */
function plainWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * One job's identity across sites: the same title, company and place read the same after normalising
 * (case, accents, punctuation, the company's legal form and a board account's "- Jobs" (core/employer.ts),
 * the country and work-mode words sites append,
 * and the place cut to its first part: "San Francisco, CA" and "San Francisco, California" agree).
 */
export function sameJobKey(title: string, company: string, location: string): string {
  const place = plainWords(location.split(/[,;(|/]|\s[-–·]\s/)[0] ?? '').replace(PLACE_NOISE, ' ');
  const firm = plainWords(employerName(company)).replace(LEGAL_SUFFIX, ' ');
  return [plainWords(title), firm, place].map((part) => part.replace(/\s+/g, ' ').trim()).join('|');
}

// ---- From an analysis -------------------------------------------------------------------------------

/** A short stable hash of the profile the fit was scored for (FNV-1a over its JSON). */
export function profileStamp(profile: unknown): string | null {
  if (profile === null || profile === undefined) return null;
  let hash = 0x811c9dc5;
  const text = JSON.stringify(profile);
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export interface AnalysisContext {
  /** The extension's version: records written by another version are re-analysed. */
  analysisVersion: string;
  profileStamp: string | null;
  now: Date;
}

/** The analysis fields of a record (everything but identity, dates and the user's own status and notes). */
function analysisFields(analysis: Analysis) {
  const {posted, benchmark, comparison} = analysis.salary;
  const levels = benchmark?.figures.find((figure) => figure.kind === 'levels' && figure.levels);
  return {
    verdict: analysis.detection.isTechnicalProjectManager ? ('tpm' as const) : ('not-tpm' as const),
    score: analysis.detection.score,
    requirements: {
      minYearsExperience: analysis.requirements.minYearsExperience,
      degree: analysis.requirements.degree,
      certifications: [...analysis.requirements.certifications],
    },
    screening: Object.fromEntries(
      Object.entries(screeningTexts(analysis)).map(([id, text]) => [id, text.slice(0, 200)]),
    ),
    checklist: {
      met: analysis.checklist.filter((item) => item.present).map((item) => item.id),
      missing: analysis.checklist.filter((item) => !item.present).map((item) => item.id),
    },
    pay: posted
      ? {
          annualMin: posted.annualMin,
          annualMax: posted.annualMax,
          currency: posted.currency,
          text: posted.text.slice(0, 1000),
        }
      : null,
    benchmark: benchmark
      ? {
          place: benchmark.place,
          position: comparison?.position ?? null,
          band: comparison?.band ?? null,
          summary: comparison?.summary ?? '',
          // The figure the pay was compared with; without comparable pay, the place's own (the export prices every row).
          reference: comparison?.reference ? {...comparison.reference} : benchmarkReference(benchmark),
          levels: levels?.levels ? ([...levels.levels] as [number, number, number, number]) : null,
          levelsSource: levels
            ? {source: levels.source, date: levels.date, area: levels.area ?? benchmark.place}
            : null,
        }
      : null,
    fit: analysis.fit
      ? {
          score: analysis.fit.score,
          met: [...analysis.fit.met],
          missing: [...analysis.fit.missing],
          ...(analysis.fit.pay ? {pay: {...analysis.fit.pay}} : {}),
          ...(analysis.fit.skills
            ? {skills: {named: [...analysis.fit.skills.named], text: analysis.fit.skills.text}}
            : {}),
          ...(analysis.fit.blockers?.length
            ? {blockers: analysis.fit.blockers.map((blocker) => blocker.reason.slice(0, FIT_LINE_LIMITS.blockerChars))}
            : {}),
        }
      : null,
    completeness: {score: analysis.completeness.score, missing: [...analysis.completeness.missing]},
  };
}

/** A new record for a posting seen now. */
export function recordFromAnalysis(
  posting: Posting,
  analysis: Analysis,
  context: AnalysisContext,
  status: PostingStatus = 'new',
): PostingRecord {
  const key = postingKeyOf(posting);
  const now = context.now.toISOString();
  const site = posting.site ?? analysis.site;
  return {
    v: RECORD_VERSION,
    key,
    keys: [key],
    links: [{key, site, url: posting.url ?? ''}],
    sameJob: sameJobKey(posting.title, posting.company, posting.location),
    title: posting.title,
    company: employerName(posting.company),
    location: posting.location,
    site,
    firstSeen: now,
    lastSeen: now,
    analyzedAt: now,
    analysisVersion: context.analysisVersion,
    profileStamp: context.profileStamp,
    ...analysisFields(analysis),
    status,
    notes: '',
    editedAt: status === 'new' ? null : now,
  };
}

/** The same record re-analysed (a new profile or version): identity, dates seen and the user's fields stay. */
export function reanalysed(record: PostingRecord, analysis: Analysis, context: AnalysisContext): PostingRecord {
  return {
    ...record,
    ...analysisFields(analysis),
    analyzedAt: context.now.toISOString(),
    analysisVersion: context.analysisVersion,
    profileStamp: context.profileStamp,
  };
}

export const textOf = (key: string, posting: Pick<Posting, 'salaryText' | 'description'>): PostingText => ({
  key,
  salaryText: posting.salaryText.slice(0, 10_000),
  description: posting.description.slice(0, 500_000),
});

/** The posting again, from a record and its text, for analyze(). */
export function postingFromRecord(record: PostingRecord, text: PostingText): Posting {
  const link = record.links[0]!;
  return {
    id: record.key,
    site: record.site,
    url: link.url || undefined,
    title: record.title,
    company: record.company,
    location: record.location,
    salaryText: text.salaryText,
    description: text.description,
  } as Posting;
}

// ---- Merge -------------------------------------------------------------------------------------------

const later = (a: string, b: string) => (Date.parse(b) > Date.parse(a) ? b : a);
const earlier = (a: string, b: string) => (Date.parse(b) < Date.parse(a) ? b : a);

/**
 * Two records of one job (the same key from an import, or the same job on another site): nothing newer
 * is lost. Links are the union; first and last seen the widest span; the analysis fields come from the
 * later analysis; status and notes from the later edit (an edited record beats one never edited). Ties
 * keep `a`, so merging a record with itself changes nothing.
 */
export function mergeRecords(a: PostingRecord, b: PostingRecord): PostingRecord {
  const analysisFrom = Date.parse(b.analyzedAt) > Date.parse(a.analyzedAt) ? b : a;
  const editFrom =
    b.editedAt !== null && (a.editedAt === null || Date.parse(b.editedAt) > Date.parse(a.editedAt)) ? b : a;
  const links = [...a.links];
  for (const link of b.links) if (!links.some((known) => known.key === link.key)) links.push(link);
  return {
    ...analysisFrom,
    v: RECORD_VERSION,
    key: a.key,
    keys: links.map((link) => link.key),
    links,
    site: a.site,
    firstSeen: earlier(a.firstSeen, b.firstSeen),
    lastSeen: later(a.lastSeen, b.lastSeen),
    status: editFrom.status,
    notes: editFrom.notes,
    editedAt: editFrom.editedAt,
  };
}
