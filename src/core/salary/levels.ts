// Where an annual pay sits against OFLC wage levels I-IV. The levels stand roughly at the 17th, 34th,
// 50th and 67th percentiles of the area's OEWS wage distribution (DOL's own description), so between
// two levels a straight-line reading gives a rough percentile; outside them we say only "below"/"above".
import type {Levels} from './format';

export const LEVEL_PERCENTILES: Levels = [17, 34, 50, 67];

export type LevelBand = 'below-level-1' | 'level-1-2' | 'level-2-3' | 'level-3-4' | 'above-level-4';

export interface LevelPlacement {
  band: LevelBand;
  /** Rough percentile, only between level I and level IV. */
  percentile: number | null;
  text: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const BANDS: LevelBand[] = ['level-1-2', 'level-2-3', 'level-3-4'];

export function placeAgainstLevels(annual: number, levels: Levels): LevelPlacement {
  if (annual < levels[0])
    return {
      band: 'below-level-1',
      percentile: null,
      text: `below level I (under roughly the ${LEVEL_PERCENTILES[0]}th percentile)`,
    };
  if (annual > levels[3])
    return {
      band: 'above-level-4',
      percentile: null,
      text: `above level IV (over roughly the ${LEVEL_PERCENTILES[3]}th percentile)`,
    };
  for (let index = 0; index < 3; index += 1) {
    const low = levels[index]!;
    const high = levels[index + 1]!;
    if (annual <= high) {
      const share = high === low ? 0 : (annual - low) / (high - low);
      const percentile = Math.round(
        LEVEL_PERCENTILES[index]! + share * (LEVEL_PERCENTILES[index + 1]! - LEVEL_PERCENTILES[index]!),
      );
      return {
        band: BANDS[index]!,
        percentile,
        text: `between levels ${ROMAN[index]} and ${ROMAN[index + 1]} (roughly the ${percentile}th percentile)`,
      };
    }
  }
  return {band: 'above-level-4', percentile: null, text: 'above level IV'};
}

export const HOURS_PER_YEAR = 2080;
