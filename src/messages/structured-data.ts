import type {GuidanceFinding} from '../core/jsonld-guidance';

/**
 * The background's check of a page's JobPosting JSON-LD against Google's guidance, as the panel shows
 * it. The source travels with the findings so the content script never loads the checker.
 */
export interface StructuredDataCheck {
  /** True when nothing required is missing or malformed. */
  eligible: boolean;
  findings: GuidanceFinding[];
  /** Where the rules come from, and when they were read. */
  source: string;
}

const LEVELS = new Set(['required', 'recommended']);
const PROBLEMS = new Set(['missing', 'malformed']);

/** A reply from the background is checked before it is rendered. */
export function isStructuredDataCheck(value: unknown): value is StructuredDataCheck {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.eligible === 'boolean' &&
    typeof v.source === 'string' &&
    Array.isArray(v.findings) &&
    v.findings.every((finding: unknown) => {
      const f = finding as Record<string, unknown> | null;
      return (
        typeof f === 'object' &&
        f !== null &&
        typeof f.property === 'string' &&
        typeof f.message === 'string' &&
        LEVELS.has(f.level as string) &&
        PROBLEMS.has(f.problem as string)
      );
    })
  );
}
