// Analysis for the content scripts. The core's patterns compile once per background start (prepare*),
// not once per job page, and the county dataset and the validated profile stay here.
import {analyze} from '../core/analyze';
import type {SalaryDataset} from '../core/benchmarks';
import {prepareDetection} from '../core/detect';
import {prepareChecklistMatchers} from '../core/match';
import type {Analysis, Benchmark, Posting, Profile} from '../core/types';

export interface AnalyzerDeps {
  loadProfile: () => Promise<Profile | null>;
  benchmarkFor: (location: string) => Benchmark;
  /** The reader's chosen occupation (SOC), or null to let each posting decide. */
  loadOccupation?: () => Promise<string | null>;
}

export function createAnalyzer(deps: AnalyzerDeps) {
  /** The profile is read once and again only when it changes: storage and validation cost a few ms. */
  let profile: Promise<Profile | null> | null = null;
  const currentProfile = (fresh: boolean) => {
    if (fresh || !profile) profile = deps.loadProfile().catch(() => null);
    return profile;
  };
  /** Read once and again only when it changes, like the profile. */
  let occupation: Promise<string | null> | null = null;
  const currentOccupation = () => (occupation ??= (deps.loadOccupation?.() ?? Promise.resolve(null)).catch(() => null));
  return {
    forgetProfile(): void {
      profile = null;
    },
    forgetOccupation(): void {
      occupation = null;
    },
    async analyze(posting: Posting, options: {freshProfile?: boolean} = {}): Promise<Analysis> {
      const [loaded, chosen] = await Promise.all([currentProfile(options.freshProfile ?? false), currentOccupation()]);
      const dataset: SalaryDataset = {benchmarkFor: deps.benchmarkFor};
      return analyze(posting, {profile: loaded, dataset, occupation: chosen});
    },
  };
}

/** Compiles the patterns (and decodes the dataset) now, so the first posting is answered at full speed. */
export function prewarm(benchmarkFor: (location: string) => unknown): void {
  prepareChecklistMatchers();
  prepareDetection();
  benchmarkFor('Remote');
}
