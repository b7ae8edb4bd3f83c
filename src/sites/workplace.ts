// How the work is done, as a job site states it in a field of its own (Lever's workplace category, Ashby's
// "Location Type" and its page data's workplaceType, SmartRecruiters' workplacetype, Workday's "remote type"):
// added to the location as sites' own top cards show it, "College Park, MD (Hybrid)", where the core reads it (the
// location line states the mode before the text does).

const NAMES: Record<string, string> = {
  remote: 'Remote',
  fullyremote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
  inoffice: 'On-site',
  inperson: 'On-site',
};
/** What a location that already states each mode says. */
const STATED: Record<string, RegExp> = {
  Remote: /\bremote\b/i,
  Hybrid: /\bhybrid\b/i,
  'On-site': /\bon[- ]?site\b|\bin[- ]office\b/i,
};

/**
 * "Remote", "Hybrid" or "On-site" for a site's field ("OnSite", "On-site /", "Fully Remote", "In-person"); null for
 * anything else ("Flexible", which names no mode).
 */
export function workplaceName(text: string): string | null {
  return NAMES[text.toLowerCase().replace(/[^a-z]/g, '')] ?? null;
}

/** The location with the site's workplace type after it, unless it says so already; the type alone without one. */
export function withWorkplace(location: string, workplace: string): string {
  if (STATED[workplace]?.test(location)) return location;
  return location ? `${location} (${workplace})` : workplace;
}
