// zod schemas for everything that crosses a boundary: the analysis JSON, stored profiles and the
// bundled datasets. Kept apart from the logic so the content script's start-up bundle stays small.
import {z} from './zod';
import {CHECKLIST_IDS} from './ids';
import {PROFILE_VERSION} from './profile';
import {SCREENING_FACTS, SENIORITY_LEVELS} from './screening-ids';
import {PAY_VERDICTS} from './types';

export const ChecklistIdSchema = z.enum(CHECKLIST_IDS);
export const DegreeSchema = z.enum(['bachelor', 'master', 'doctorate']);

export const ChecklistItemSchema = z.strictObject({
  id: ChecklistIdSchema,
  kind: z.enum(['qualification', 'responsibility']),
  label: z.string().min(1).max(40),
  description: z.string().min(10).max(140),
  weight: z.number().positive().max(3),
  patterns: z
    .array(
      z.string().refine((source) => {
        try {
          new RegExp(source, 'i');
          return true;
        } catch {
          return false;
        }
      }, 'not a valid regular expression'),
    )
    .min(1),
  unless: z.array(z.string()).optional(),
});

export const ChecklistSchema = z
  .array(ChecklistItemSchema)
  .refine(
    (items) =>
      items.length === CHECKLIST_IDS.length && CHECKLIST_IDS.every((id) => items.some((item) => item.id === id)),
    'the checklist must hold every spec id exactly once',
  );

const money = z.number().finite().nonnegative();

export const PostedPaySchema = z
  .strictObject({
    min: money,
    max: money,
    period: z.enum(['hour', 'day', 'week', 'month', 'year']),
    currency: z.string().regex(/^[A-Z]{3}$/),
    annualMin: money,
    annualMax: money,
    text: z.string(),
    estimatedBy: z.string().optional(),
  })
  .refine((pay) => pay.min <= pay.max && pay.annualMin <= pay.annualMax, 'min must not exceed max');

export const BenchmarkFigureSchema = z.strictObject({
  kind: z.enum(['average', 'range', 'levels']),
  occupation: z.string().min(1),
  soc: z.string().optional(),
  low: money,
  high: money,
  average: money.optional(),
  levels: z.tuple([money, money, money, money]).optional(),
  hourlyLevels: z.tuple([money, money, money, money]).optional(),
  area: z.string().optional(),
  source: z.string().min(1),
  date: z.string().min(4),
  note: z.string().optional(),
});

export const BenchmarkSchema = z.strictObject({
  place: z.string().min(1),
  scope: z.enum(['local', 'state', 'national']),
  fallbackReason: z.string().nullable(),
  figures: z.array(BenchmarkFigureSchema),
  resolution: z
    .strictObject({county: z.string(), countyFips: z.string(), state: z.string(), area: z.string().nullable()})
    .optional(),
  candidates: z.array(z.string()).optional(),
  largestOfName: z.boolean().optional(),
  note: z.string().optional(),
  occupation: z
    .strictObject({
      soc: z.string().regex(/^\d\d-\d{4}$/),
      title: z.string().min(1),
      why: z.array(z.string().min(1)).min(1),
      by: z.enum(['rules', 'user']),
    })
    .optional(),
  impliedLevel: z
    .strictObject({
      level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      steps: z.array(
        z.strictObject({
          factor: z.enum(['experience', 'education', 'special-skills', 'supervision']),
          points: z.number().int().min(0).max(3),
          evidence: z.string().min(1),
        }),
      ),
      summary: z.string().min(1),
    })
    .optional(),
});

export const PayComparisonSchema = z.strictObject({
  position: z.enum(['below', 'within', 'above', 'not-comparable']),
  deltaFraction: z.number().finite().nullable(),
  reference: z
    .strictObject({label: z.string(), low: money, high: money, source: z.string(), date: z.string()})
    .nullable(),
  percentile: z.number().min(0).max(100).nullable(),
  band: z.enum(['below-level-1', 'level-1-2', 'level-2-3', 'level-3-4', 'above-level-4']).optional(),
  summary: z.string(),
  meetsImpliedLevel: z.boolean().nullable().optional(),
  impliedLevelSummary: z.string().optional(),
});

export const ChecklistMatchSchema = z.strictObject({
  id: ChecklistIdSchema,
  kind: z.enum(['qualification', 'responsibility']),
  label: z.string(),
  present: z.boolean(),
  evidence: z.array(z.string()),
  shownAt: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)]).nullable()).optional(),
});

const ScreeningFactsShape = {
  workMode: z.enum(['remote', 'hybrid', 'onsite']).nullable(),
  clearance: z.strictObject({required: z.boolean(), level: z.string().nullable()}).nullable(),
  usCitizenship: z.boolean(),
  sponsorship: z.enum(['offered', 'not offered']).nullable(),
  travelPercent: z.number().min(0).max(100).nullable(),
  employmentType: z.string().nullable(),
  seniority: z.strictObject({level: z.enum(SENIORITY_LEVELS), reason: z.string()}).nullable(),
};

export const ScreeningDetailsSchema = z.strictObject({
  officeDays: z.number().int().min(1).max(5).nullable(),
  remoteScope: z.string().nullable(),
  travelStated: z.string().optional(),
  nearOffice: z.literal(true).optional(),
  polygraph: z.boolean(),
  evidence: z.strictObject(
    Object.fromEntries(SCREENING_FACTS.map((fact) => [fact, z.array(z.string())])) as Record<
      (typeof SCREENING_FACTS)[number],
      z.ZodArray<z.ZodString>
    >,
  ),
});

export const AnalysisSchema = z.strictObject({
  id: z.string(),
  site: z.string(),
  posting: z.strictObject({
    title: z.string(),
    company: z.string(),
    location: z.string(),
    salaryText: z.string(),
    url: z.string().optional(),
  }),
  detection: z.strictObject({
    isTechnicalProjectManager: z.boolean(),
    score: z.number().min(0).max(1),
    reasons: z.array(z.string()),
  }),
  requirements: z.strictObject({
    minYearsExperience: z.number().nonnegative().nullable(),
    degree: DegreeSchema.nullable(),
    certifications: z.array(z.string()),
    ...ScreeningFactsShape,
  }),
  screening: ScreeningDetailsSchema,
  checklist: z.array(ChecklistMatchSchema).length(CHECKLIST_IDS.length),
  salary: z.strictObject({
    posted: PostedPaySchema.nullable(),
    estimate: PostedPaySchema.optional(),
    benchmark: BenchmarkSchema.nullable(),
    comparison: PayComparisonSchema.nullable(),
    transparency: z
      .strictObject({
        required: z.boolean(),
        jurisdiction: z.string(),
        effective: z.string(),
        source: z.string(),
        applies: z.enum(['yes', 'no', 'may']).optional(),
        threshold: z.string().optional(),
      })
      .nullable(),
    unread: z.strictObject({text: z.string(), reason: z.string()}).optional(),
  }),
  completeness: z.strictObject({score: z.number().int().min(0).max(100), missing: z.array(z.string())}),
  fit: z
    .strictObject({
      score: z.number().int().min(0).max(100),
      met: z.array(z.string()),
      missing: z.array(z.string()),
      unknown: z.array(z.string()),
      blockers: z.array(z.strictObject({id: z.string(), reason: z.string()})).optional(),
      pay: z.strictObject({verdict: z.enum(PAY_VERDICTS), text: z.string()}).optional(),
      skills: z.strictObject({named: z.array(z.string()), text: z.string()}).optional(),
      place: z.strictObject({away: z.boolean(), text: z.string()}).optional(),
    })
    .nullable(),
  truncated: z
    .array(
      z.strictObject({
        field: z.enum(['title', 'company', 'location', 'salaryText', 'description']),
        analysedChars: z.number().int().nonnegative(),
        totalChars: z.number().int().nonnegative().optional(),
      }),
    )
    .optional(),
  profileProblem: z.string().optional(),
});

export {PROFILE_VERSION};

/** The profile file the options page exports and the CLI's --profile reads. */
