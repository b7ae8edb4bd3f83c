// Hard blockers: screening facts that rule a candidate out whatever else they bring (the posting
// offers no sponsorship and they need it; a clearance they do not hold; US citizenship they do not
// have, or US-person status while they need a visa; a work mode, travel or employment type they do not
// accept; remote work for residents of states other than theirs). The fit score shows these first instead of
// averaging them away. Only what the profile states can block: a field left unsaid never does.
import {CLEARANCE_LEVELS} from './screening-vocab';
import type {ScreeningFacts, WorkMode} from './screening';
import {readLocationText} from './salary/location-text';
import {allowsUsPersons} from './screening-line';
import type {Profile} from './types';
import {residencyIn} from './work-mode';
import {TYPE_JOINER} from './screening-ids';

export interface FitBlocker {
  id: 'sponsorship' | 'clearance' | 'us-citizenship' | 'work-mode' | 'travel' | 'location' | 'employment-type';
  /** Why, in a few words: "posting offers no visa sponsorship; you need it". */
  reason: string;
}

/** The clearance levels a profile can hold, as the options page offers them ("none" holds nothing). */
export const CLEARANCES_HELD = [
  'none',
  ...CLEARANCE_LEVELS.map((entry) => entry.level),
  'TS/SCI with polygraph',
] as const;

const MODE_NAMES: Record<WorkMode, string> = {remote: 'remote', hybrid: 'hybrid', onsite: 'on-site'};

/** US levels in order; a higher one covers a lower one. Other countries' levels cover only themselves. */
const US_LADDER = ['Public Trust', 'Secret', 'Top Secret', 'TS/SCI'];

function covers(held: string, required: string): boolean {
  const heldPolygraph = /with polygraph$/.test(held);
  const requiredPolygraph = /with polygraph$/.test(required);
  const heldLevel = held.replace(/ with polygraph$/, '');
  const requiredLevel = required.replace(/ with polygraph$/, '');
  if (requiredPolygraph && !heldPolygraph) return false;
  const heldRank = US_LADDER.indexOf(heldLevel);
  const requiredRank = US_LADDER.indexOf(requiredLevel);
  if (heldRank >= 0 && requiredRank >= 0) return heldRank >= requiredRank;
  return heldLevel.toLowerCase() === requiredLevel.toLowerCase();
}

/** What the screening facts rest on, as an Analysis's screening details carry it (the part the blockers read). */
export interface ScreeningSaid {
  /**
   * The sentences behind the facts. A citizenship condition that allows US persons (permanent residents, export
   * control's wording) blocks a non-citizen only when they need sponsorship, which no US person does; a green-card
   * holder answers "not a US citizen" and still qualifies. A remote job whose hires must live in some states
   * ("candidates must reside in CA, OR or WA") blocks a profile whose home is in another.
   */
  evidence: {usCitizenship?: readonly string[]; workMode?: readonly string[]};
  /** No mode stated, but living near an office required: not remote, so it blocks a profile that accepts remote only. */
  nearOffice?: true;
}

export function fitBlockers(
  facts: Partial<ScreeningFacts> | undefined,
  profile: Profile,
  said?: ScreeningSaid,
): FitBlocker[] {
  if (!facts) return [];
  const citizenshipSaid = said?.evidence.usCitizenship ?? [];
  const workModeSaid = said?.evidence.workMode ?? [];
  const blockers: FitBlocker[] = [];
  if (facts.sponsorship === 'not offered' && profile.needsSponsorship === true) {
    blockers.push({id: 'sponsorship', reason: 'posting offers no visa sponsorship; you need it'});
  }
  const clearance = facts.clearance;
  const held = profile.clearanceHeld ?? null;
  if (clearance?.required && held !== null) {
    const wanted = clearance.level ?? 'a security clearance';
    if (held === 'none')
      blockers.push({
        id: 'clearance',
        reason: `posting requires ${clearance.level ? `a ${wanted} clearance` : wanted}; you hold none`,
      });
    else if (clearance.level && !covers(held, clearance.level))
      blockers.push({id: 'clearance', reason: `posting requires a ${wanted} clearance; you hold ${held}`});
  }
  if (facts.usCitizenship && profile.usCitizen === false) {
    if (!allowsUsPersons(citizenshipSaid))
      blockers.push({id: 'us-citizenship', reason: 'posting requires US citizenship; you are not a US citizen'});
    else if (profile.needsSponsorship === true)
      blockers.push({
        id: 'us-citizenship',
        reason: 'posting requires US citizenship or US-person status; you need sponsorship',
      });
  }
  const accepted = profile.workModes ?? [];
  if (facts.workMode && accepted.length > 0 && !accepted.includes(facts.workMode)) {
    blockers.push({
      id: 'work-mode',
      reason: `posting is ${MODE_NAMES[facts.workMode]}; you accept ${accepted.map((mode) => MODE_NAMES[mode]).join(' or ')}`,
    });
  }
  if (!facts.workMode && said?.nearOffice && accepted.length > 0 && accepted.every((mode) => mode === 'remote')) {
    blockers.push({id: 'work-mode', reason: 'posting requires living near its office; you accept remote only'});
  }
  const home = facts.workMode === 'remote' && profile.location ? readLocationText(profile.location).state : null;
  const residency = home ? residencyIn(workModeSaid) : null;
  if (home && residency && !residency.states.includes(home)) {
    blockers.push({
      id: 'location',
      reason: `posting is remote for residents of ${residency.written} only; your home is in ${home}`,
    });
  }
  const limit = profile.travelLimit ?? null;
  if (facts.travelPercent != null && limit !== null && facts.travelPercent > limit) {
    blockers.push({id: 'travel', reason: `posting travels up to ${facts.travelPercent}%; your limit is ${limit}%`});
  }
  // A posting that names several types ("full-time, contract") blocks only when the profile accepts none of them.
  const types = profile.employmentTypes ?? [];
  const named = facts.employmentType?.split(TYPE_JOINER) ?? [];
  if (types.length > 0 && named.length > 0 && !named.some((type) => (types as readonly string[]).includes(type))) {
    blockers.push({
      id: 'employment-type',
      reason: `posting is ${facts.employmentType}; you accept ${types.join(' or ')}`,
    });
  }
  return blockers;
}
