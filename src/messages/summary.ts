import type {Analysis} from '../core/types';

type Verdict = 'tpm' | 'not-tpm';

/** What the popup and the toolbar badge need about a tab's posting; small enough for storage.session. */
export interface AnalysisSummary {
  title: string;
  company: string;
  url: string;
  verdict: Verdict;
  completeness: number;
  fit: number | null;
  /** Why the fit is 0 (src/core/fit-blockers.ts), as the panel says it; absent when nothing blocks. */
  blockers?: string[];
  analyzedAt: string;
  /** Set when the user closed the panel on this posting: the key the popup clears to bring it back. */
  dismissedKey?: string;
  /** The occupation the pay is measured against, and the wage level the posting implies (issue 15). */
  occupation?: {soc: string; title: string; by: 'rules' | 'user'};
  impliedLevel?: 1 | 2 | 3 | 4;
  /** "Posted minimum $X is below the Level III wage ..." when it can be said. */
  impliedLevelSummary?: string;
}

/**
 * Why the fit is 0, as the panel says it: what the popup's summary and a list card's remembered figures carry
 * (absent when nothing blocks).
 */
export const blockersOf = (analysis: Analysis): {blockers?: string[]} =>
  analysis.fit?.blockers?.length ? {blockers: analysis.fit.blockers.map((blocker) => blocker.reason)} : {};

export function summarize(analysis: Analysis, url: string, now: Date = new Date()): AnalysisSummary {
  return {
    title: analysis.posting.title,
    company: analysis.posting.company,
    url,
    verdict: analysis.detection.isTechnicalProjectManager ? 'tpm' : 'not-tpm',
    completeness: analysis.completeness.score,
    fit: analysis.fit?.score ?? null,
    ...blockersOf(analysis),
    analyzedAt: now.toISOString(),
    ...roleOf(analysis),
  };
}

function roleOf(analysis: Analysis): Pick<AnalysisSummary, 'occupation' | 'impliedLevel' | 'impliedLevelSummary'> {
  const benchmark = analysis.salary.benchmark;
  const occupation = benchmark?.occupation;
  return {
    ...(occupation ? {occupation: {soc: occupation.soc, title: occupation.title, by: occupation.by}} : {}),
    ...(benchmark?.impliedLevel ? {impliedLevel: benchmark.impliedLevel.level} : {}),
    ...(analysis.salary.comparison?.impliedLevelSummary
      ? {impliedLevelSummary: analysis.salary.comparison.impliedLevelSummary}
      : {}),
  };
}

function isRole(v: Record<string, unknown>): boolean {
  const occupation = v.occupation as Record<string, unknown> | undefined;
  return (
    (occupation === undefined ||
      (typeof occupation === 'object' &&
        occupation !== null &&
        typeof occupation.soc === 'string' &&
        typeof occupation.title === 'string' &&
        (occupation.by === 'rules' || occupation.by === 'user'))) &&
    (v.impliedLevel === undefined ||
      v.impliedLevel === 1 ||
      v.impliedLevel === 2 ||
      v.impliedLevel === 3 ||
      v.impliedLevel === 4) &&
    (v.impliedLevelSummary === undefined || typeof v.impliedLevelSummary === 'string')
  );
}

/** Badge text: fit when a profile gives one, else completeness; badges hold about four characters. */
export function badgeText(summary: AnalysisSummary | null): string {
  if (!summary) return '';
  return String(Math.round(summary.fit ?? summary.completeness));
}

/** The badge's colours: the extension's blue, and red for a fit of 0 that a blocker made (the title says which). */
export const BADGE_COLORS = {score: '#0b5fce', blocked: '#b42318'} as const;

export function badgeColor(summary: AnalysisSummary): string {
  return summary.fit !== null && summary.blockers?.length ? BADGE_COLORS.blocked : BADGE_COLORS.score;
}

/** The toolbar button's title (manifest.json's default_title) with what its badge stands for, and why a fit is 0. */
export function badgeTitle(summary: AnalysisSummary | null): string {
  if (!summary) return 'TPM Lens';
  const scores = `completeness ${Math.round(summary.completeness)}/100`;
  if (summary.fit === null) return `TPM Lens: ${scores}`;
  const blocked = summary.blockers ? ` (blocked: ${summary.blockers.join('; ')})` : '';
  return `TPM Lens: your fit ${Math.round(summary.fit)}/100${blocked}; ${scores}`;
}

/** A summary read back from storage is untrusted shape-wise: check it before rendering it. */
export function isAnalysisSummary(value: unknown): value is AnalysisSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.title === 'string' &&
    typeof v.company === 'string' &&
    typeof v.url === 'string' &&
    (v.verdict === 'tpm' || v.verdict === 'not-tpm') &&
    typeof v.completeness === 'number' &&
    (v.fit === null || typeof v.fit === 'number') &&
    (v.blockers === undefined ||
      (Array.isArray(v.blockers) && v.blockers.every((blocker) => typeof blocker === 'string'))) &&
    typeof v.analyzedAt === 'string' &&
    (v.dismissedKey === undefined || (typeof v.dismissedKey === 'string' && v.dismissedKey.length > 0)) &&
    isRole(v)
  );
}
