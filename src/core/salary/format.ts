// The bundled salary dataset as stored in src/core/data/salary-dataset.json (written by
// scripts/build-salary-data.ts). Compact on purpose, it ships with the extension: place names sorted
// (shared prefixes compress well) with their county and size as fixed-width base-64 digits.

export type Levels = [number, number, number, number];

export interface WageArea {
  /** OMB metro area (or division) the area's counties belong to, or "Nonmetropolitan <State> (n counties)". */
  name: string;
  /** CBSA or metro division code when the area is a metro area. */
  cbsa: string | null;
  /**
   * Hourly levels in cents, one entry per occupation in SalaryDataFile.occupations order, packed as
   * [level I, level IV, level II correction, level III correction]: OFLC sets levels II and III a third
   * and two thirds of the way from I to IV, so only the rounding difference is stored (see unpackLevels).
   */
  hourlyCents: Levels[];
}

/**
 * [5-digit county FIPS, county name, wage area index or -1 when the source has no row, 1 when the
 * figures were inferred from the county's metro area because the source's one row for the name went
 * to a same-named county (Richmond city / Richmond County, VA), else 0].
 */
export type CountyRow = [string, string, number, 0 | 1];

export interface SalaryDataFile {
  version: 1;
  source: {name: string; wageYear: string; note: string; origin: string; files: Record<string, string>};
  attribution: string[];
  occupations: Array<{soc: string; title: string}>;
  areas: WageArea[];
  /** [USPS code, state name], sorted by code. */
  states: Array<[string, string]>;
  /** Sorted by FIPS; places and ZIPs refer to counties by their index here. */
  counties: CountyRow[];
  places: {
    /** Place names, sorted, joined by "|". */
    names: string;
    /** Two base-64 digits per place: its county's index. */
    counties: string;
    /** One base-64 digit per place: round(4 x log10(population)). */
    populations: string;
  };
  zips: {
    /** ZIP codes ascending, as deltas from the previous one. */
    deltas: number[];
    /** Runs of ZIPs in one county: two base-64 digits county index, one digit run length - 1. */
    countyRuns: string;
  };
}

export const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';

export function encodeDigits(value: number, width: number): string {
  let out = '';
  for (let index = 0; index < width; index += 1) {
    out = DIGITS[value % 64]! + out;
    value = Math.floor(value / 64);
  }
  if (value > 0) throw new RangeError(`value does not fit in ${width} base-64 digits`);
  return out;
}

const DIGIT_VALUES = new Int8Array(128).fill(-1);
for (let index = 0; index < DIGITS.length; index += 1) DIGIT_VALUES[DIGITS.charCodeAt(index)] = index;

export function decodeDigits(text: string, start: number, width: number): number {
  let value = 0;
  for (let index = start; index < start + width; index += 1) value = value * 64 + DIGIT_VALUES[text.charCodeAt(index)]!;
  return value;
}

/** Levels II and III as OFLC derives them from I and IV, before the stored rounding correction. */
function thirds(level1: number, level4: number): [number, number] {
  const step = (level4 - level1) / 3;
  return [Math.round(level1 + step), Math.round(level1 + 2 * step)];
}

export function packLevels([level1, level2, level3, level4]: Levels): Levels {
  const [two, three] = thirds(level1, level4);
  return [level1, level4, level2 - two, level3 - three];
}

export function unpackLevels([level1, level4, correction2, correction3]: Levels): Levels {
  const [two, three] = thirds(level1, level4);
  return [level1, two + correction2, three + correction3, level4];
}
