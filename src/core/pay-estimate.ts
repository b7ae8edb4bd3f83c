// Job sites show their own pay estimates where the employer states none: Glassdoor's "(Glassdoor est.)"
// beside "(Employer est.)" for the employer's range. An estimate is never the posting's pay (pay.ts
// skips it); these read it as what it is, for showing labelled as an estimate. The one copy of the
// label's wording: pay.ts tests the words right after a figure with SITE_ESTIMATE_AFTER.

/** "Glassdoor est.", "Indeed estimate", "site's estimate", "est. by ZipRecruiter". "(Employer Est.)" is not one. */
const LABEL =
  "(?:(glassdoor|indeed|ziprecruiter|linkedin|salary\\.com|payscale|site)(?:'s)?\\s+est(?:\\.|imate[ds]?\\b)|est(?:\\.|imated)\\s+by\\s+(glassdoor|indeed|ziprecruiter|linkedin))";
// No optional "(\s*" lead: tried at every position, it rescans runs of spaces (test/unit/core/linear-patterns.test.ts).
const SITE_ESTIMATE = new RegExp(`\\b${LABEL}`, 'i');
/** The label right after a figure: "₹5L - ₹8L (Glassdoor Est.)". */
export const SITE_ESTIMATE_AFTER = new RegExp(`^[\\s)\\]]*(?:[([]\\s*)?${LABEL}`, 'i');
const SITE_NAMES: Record<string, string> = {
  glassdoor: 'Glassdoor',
  indeed: 'Indeed',
  ziprecruiter: 'ZipRecruiter',
  linkedin: 'LinkedIn',
  'salary.com': 'Salary.com',
  payscale: 'PayScale',
  site: 'Site',
};

/** The site whose own estimate a pay line is ("Glassdoor"), or null for pay the employer states. */
export function payEstimatedBy(salaryText: string): string | null {
  const match = SITE_ESTIMATE.exec(salaryText);
  const found = match?.[1] ?? match?.[2];
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
