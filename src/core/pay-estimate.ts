// Job sites show their own pay estimates where the employer states none: Glassdoor's "(Glassdoor est.)"
// beside "(Employer est.)" for the employer's range. An estimate is never the posting's pay (pay.ts
// skips it); these read it as what it is, for showing labelled as an estimate.

// No optional "(\s*" lead: tried at every position, it rescans runs of spaces (test/unit/core/linear-patterns.test.ts).
const SITE_ESTIMATE = /\b(Glassdoor|Indeed|ZipRecruiter|LinkedIn)\s+est(?:\.|imate[sd]?\b)/i;
const SITE_NAMES: Record<string, string> = {
  glassdoor: 'Glassdoor',
  indeed: 'Indeed',
  ziprecruiter: 'ZipRecruiter',
  linkedin: 'LinkedIn',
};

/** The site whose own estimate a pay line is ("Glassdoor"), or null for pay the employer states. */
export function payEstimatedBy(salaryText: string): string | null {
  const found = SITE_ESTIMATE.exec(salaryText)?.[1];
  return found ? (SITE_NAMES[found.toLowerCase()] ?? found) : null;
}

/** A site's estimate: who made it and the line without its label, to read the figures from. */
export function siteEstimate(salaryText: string): {by: string; text: string} | null {
  const by = payEstimatedBy(salaryText);
  return by
    ? {
        by,
        text: salaryText
          .replace(SITE_ESTIMATE, ' ')
          .replace(/\(\s*\)/g, ' ')
          .trim(),
      }
    : null;
}
