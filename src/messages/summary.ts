import type {Analysis} from '../core/types';

export type Verdict = 'tpm' | 'not-tpm';

/** What the popup and the toolbar badge need about a tab's posting; small enough for storage.session. */
export interface AnalysisSummary {
  title: string;
  company: string;
  url: string;
  verdict: Verdict;
  completeness: number;
  fit: number | null;
  analyzedAt: string;
  /** Set when the user closed the panel on this posting: the key the popup clears to bring it back. */
  dismissedKey?: string;
}

export function summarize(analysis: Analysis, url: string, now: Date = new Date()): AnalysisSummary {
  return {
    title: analysis.posting.title,
    company: analysis.posting.company,
    url,
    verdict: analysis.detection.isTechnicalProjectManager ? 'tpm' : 'not-tpm',
    completeness: analysis.completeness.score,
    fit: analysis.fit?.score ?? null,
    analyzedAt: now.toISOString(),
  };
}

/** Badge text: fit when a profile gives one, else completeness; badges hold about four characters. */
export function badgeText(summary: AnalysisSummary | null): string {
  if (!summary) return '';
  return String(Math.round(summary.fit ?? summary.completeness));
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
    typeof v.analyzedAt === 'string' &&
    (v.dismissedKey === undefined || (typeof v.dismissedKey === 'string' && v.dismissedKey.length > 0))
  );
}
