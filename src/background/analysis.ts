// Analysis for the content scripts. The core's patterns compile once per background start (prepare*),
// not once per job page, and the county dataset and the validated profile stay here.
import {analyze} from '../core/analyze';
import type {SalaryDataset} from '../core/benchmarks';
import {prepareDetection} from '../core/detect';
import {prepareChecklistMatchers} from '../core/match';
import {MAX_DESCRIPTION_CHARS} from '../core/input-limits';
import type {Analysis, Benchmark, Posting, Profile} from '../core/types';
import {isLikelyEnglish} from '../sites/language';
import {createAnalysisQueue, type AnalysisQueue} from './queue';
import {errorMessage} from '../core/error-message';

/** A profile as storage loads it: with why a saved one could not be read (then `profile` is null). */
interface LoadedProfileLike {
  profile: Profile | null;
  problem: string | null;
}

export interface AnalyzerDeps {
  loadProfile: () => Promise<Profile | null | LoadedProfileLike>;
  benchmarkFor: (location: string) => Benchmark;
  /** The reader's chosen occupation (SOC), or null to let each posting decide. */
  loadOccupation?: () => Promise<string | null>;
  /** Where analyses wait their turn; by default one that lets no posting hold up the others (queue.ts). */
  queue?: AnalysisQueue;
}

/** A posting's size as the core will read it: what the analysis costs, for its place in the queue. */
const costOf = (posting: Posting) =>
  Math.min(posting.description.length, MAX_DESCRIPTION_CHARS) +
  posting.title.length +
  posting.company.length +
  posting.location.length +
  posting.salaryText.length;

export function createAnalyzer(deps: AnalyzerDeps) {
  const queue = deps.queue ?? createAnalysisQueue();
  /** The profile is read once and again only when it changes: storage and validation cost a few ms. */
  let profile: Promise<LoadedProfileLike> | null = null;
  const currentProfile = (fresh: boolean) => {
    if (fresh || !profile) {
      profile = deps.loadProfile().then(
        (loaded) => (loaded !== null && 'problem' in loaded ? loaded : {profile: loaded, problem: null}),
        (error: unknown) => ({
          profile: null,
          problem: `Could not read the saved profile: ${errorMessage(error)}`,
        }),
      );
    }
    return profile;
  };
  /** Read once and again only when it changes, like the profile. */
  let occupation: Promise<string | null> | null = null;
  const currentOccupation = () => (occupation ??= (deps.loadOccupation?.() ?? Promise.resolve(null)).catch(() => null));
  async function analyzePosting(posting: Posting, options: {freshProfile?: boolean} = {}): Promise<Analysis> {
    const [{profile: loaded, problem}, chosen] = await Promise.all([
      currentProfile(options.freshProfile ?? false),
      currentOccupation(),
    ]);
    const dataset: SalaryDataset = {benchmarkFor: deps.benchmarkFor};
    return queue.run(costOf(posting), () =>
      analyze(posting, {profile: loaded, dataset, occupation: chosen, ...(problem ? {profileProblem: problem} : {})}),
    );
  }
  return {
    forgetProfile(): void {
      profile = null;
    },
    /** The profile analyses are scored with now (the postings store stamps its records with it). */
    profile: () => currentProfile(false).then((loaded) => loaded.profile),
    /** The occupation pay is compared for now (null: each posting's own). */
    occupation: () => currentOccupation(),
    forgetOccupation(): void {
      occupation = null;
    },
    analyze: analyzePosting,
    /**
     * A posting as a job page read it: null when it is not written in English (the checklist reads English;
     * the page then shows no panel rather than a wrong one). Judged here, where the word lists stay loaded,
     * so the content script never loads them on a job page.
     */
    analyzePage: (posting: Posting, options: {freshProfile?: boolean} = {}): Promise<Analysis | null> =>
      isLikelyEnglish(posting.description) ? analyzePosting(posting, options) : Promise.resolve(null),
  };
}

/** Compiles the patterns (and decodes the dataset) now, so the first posting is answered at full speed. */
export function prewarm(benchmarkFor: (location: string) => unknown): void {
  prepareChecklistMatchers();
  prepareDetection();
  benchmarkFor('Remote');
}
