// Job sites show their own pay estimates where the employer states none: Glassdoor's "(Glassdoor est.)"
// beside "(Employer est.)" for the employer's range, or JobPosting JSON-LD's estimatedSalary (marked
// "(Job site est.)" by src/sites/jsonld.ts: the markup does not say whose estimate it is). An estimate is
// never the posting's pay (pay.ts skips it); these read it as what it is, for showing labelled as one. The
// one copy of the label's wording: pay.ts tests the words right after a figure with SITE_ESTIMATE_AFTER.

/** "Glassdoor est.", "Indeed estimate", "site's estimate", "Job site est.", "est. by ZipRecruiter". "(Employer Est.)" is not one. */
const LABEL =
  "(?:(glassdoor|indeed|ziprecruiter|linkedin|salary\\.com|payscale|(?:job )?site)(?:'s)?\\s+est(?:\\.|imate[ds]?\\b)|est(?:\\.|imated)\\s+by\\s+(glassdoor|indeed|ziprecruiter|linkedin))";
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
  'job site': 'Job site',
};

/** The site whose own estimate a pay line is ("Glassdoor"), or null for pay the employer states. */
export function payEstimatedBy(salaryText: string): string | null {
  const match = SITE_ESTIMATE.exec(salaryText);
  const found = match?.[1] ?? match?.[2];
  return found ? (SITE_NAMES[found.toLowerCase()] ?? found) : null;
}

/**
 * A pay line that begins by calling itself an estimate ("Estimated $120K - $150K a year", Indeed's wording for
 * its own): a job site's, since no employer's pay field says so of its own pay. Whose, the line does not say.
 * Read here, in the core, and not by payEstimatedBy, which the content script carries for JSON-LD's label.
 */
const LEADING = /^\s*(?:est\.|estimated)(?:\s+(?:pay|salary))?\s*(?::\s*)?(?=\D{0,4}\d)/i;

/** A site's estimate: who made it and the line without its label, to read the figures from. */
export function siteEstimate(salaryText: string): {by: string; text: string} | null {
  const by = payEstimatedBy(salaryText) ?? (LEADING.test(salaryText) ? SITE_NAMES['job site']! : null);
  return by
    ? {
        by,
        text: salaryText
          .replace(SITE_ESTIMATE, ' ')
          .replace(LEADING, '')
          .replace(/\(\s*\)/g, ' ')
          .trim(),
      }
    : null;
}
