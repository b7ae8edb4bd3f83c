// The employer's name as a job site's account spells it: boards let an employer name its account, and
// many add what the account is for ("Canonical - Jobs", "Acme | Careers"). That part names no company: the
// panel shows the name without it, and one job on two sites is then one job (storage's sameJobKey).

/**
 * A careers word after a separator, at the end: only the whole of such a part goes, so a name with a dash
 * of its own ("EmazingGroup - INTO THE AM") stays as written. Spaces are read from the start of their run
 * only: from each space of a long run the pattern would rescan the rest.
 */
const ACCOUNT_PART =
  /(?:(?<!\s)\s+[-–—|:]|[|–—:])\s*(?:jobs|careers?|career (?:site|page|portal)|careers? page|job (?:openings|board|site)|hiring|recruiting|recruitment|talent acquisition)\s*$/i;

/** The employer's name without the job site account's part ("Canonical - Jobs" is Canonical). */
export function employerName(name: string): string {
  const cut = name.replace(ACCOUNT_PART, '');
  return cut.trim() === '' ? name : cut;
}
