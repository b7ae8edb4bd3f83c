import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {SALARY_DATASET_PATH} from '../../../../src/core/salary/load-node';
import {SalaryDataFileSchema} from '../../../../src/core/salary/schema';
import {countyNameKey} from '../../../../scripts/salary-county-key';
import {data, haveShared, SHARED, sourceRows} from '../../../support/salary';
import {REPO} from '../../../support/shared';

/** Spelling aside ("La Salle" / "LaSalle"), the same county name. */
const looseKey = (state: string, name: string) => `${state}|${countyNameKey(name).replace(/[^a-z0-9]/g, '')}`;

describe('bundled salary dataset', () => {
  const text = readFileSync(SALARY_DATASET_PATH, 'utf8');

  it('validates against its zod schema', () => {
    const result = SalaryDataFileSchema.safeParse(JSON.parse(text));
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true);
  });

  it('is at most 300 KB gzipped', () => {
    expect(gzipSync(text, {level: 9}).length).toBeLessThanOrEqual(300 * 1024);
  });

  it('records the source, wage year and occupation codes', () => {
    expect(data.file.source.name).toMatch(/OFLC/);
    expect(data.file.source.wageYear).toMatch(/20\d\d/);
    expect(data.file.occupations.map((occupation) => occupation.soc)).toEqual(
      expect.arrayContaining(['15-1299', '13-1082', '11-3021']),
    );
    expect(data.file.attribution.join(' ')).toMatch(/simplemaps.*CC BY 4\.0[\s\S]*GeoNames/);
  });

  it('holds every US place of the place table', () => {
    // 31,120 places of the place table plus the USPS town names it lacks ("Danvers, MA").
    expect(data.places.length).toBeGreaterThan(31_120);
    expect(data.places.length).toBeLessThan(31_120 + 10_000);
  });
});

describe.skipIf(!haveShared)('against the source tables', () => {
  it('every source row is the levels of a bundled county of that name', () => {
    const rows = sourceRows();
    const countiesByKey = new Map<string, typeof data.counties>();
    for (const county of data.counties) {
      const key = looseKey(county.state, county.name);
      countiesByKey.set(key, [...(countiesByKey.get(key) ?? []), county]);
    }
    const missing: string[] = [];
    let checked = 0;
    for (const row of rows) {
      const counties = countiesByKey.get(looseKey(row.state!, row.county!)) ?? [];
      const expected = [1, 2, 3, 4].map((level) => Number(row[`level${level}_annual`]));
      const matches = counties.filter((county) =>
        data
          .levelsForArea(county.area)
          .some(
            (entry) => entry.soc === row.soc_code && entry.annual.every((value, index) => value === expected[index]),
          ),
      );
      if (matches.length === 0) missing.push(`${row.state}|${row.county}`);
      else checked += 1;
    }
    // Guam's villages, the Virgin Islands and Las Marías have no places, ZIPs or county rows in the geo tables.
    expect([...new Set(missing)].filter((key) => !/^(?:GU|VI)\|/.test(key))).toEqual(['PR|las marías municipio']);
    expect(checked).toBeGreaterThan(19_000);
  });

  it('builds byte-identical output twice, equal to the committed file', {timeout: 60_000}, () => {
    const dir = mkdtempSync(join(tmpdir(), 'salary-build-'));
    const outputs = ['a.json', 'b.json'].map((name) => {
      const out = join(dir, name);
      execFileSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts', 'build-salary-data.ts')], {
        cwd: REPO,
        env: {...process.env, TPM_LENS_SALARY_OUT: out, TPM_LENS_SHARED_DATA: SHARED},
        stdio: 'pipe',
      });
      return readFileSync(out, 'utf8');
    });
    expect(outputs[0]).toBe(outputs[1]);
    expect(outputs[0]).toBe(readFileSync(SALARY_DATASET_PATH, 'utf8'));
  });
});

describe('places by name', () => {
  it('are every place of that name, most populous first, found by binary search', () => {
    const byKey = new Map<string, number>();
    for (const {key} of data.placesByPrefix) byKey.set(key, (byKey.get(key) ?? 0) + 1);
    for (const {key, place} of data.placesByPrefix) {
      const named = data.placesNamed(key);
      expect(named).toContain(place);
      expect(named).toHaveLength(byKey.get(key)!);
      for (let index = 1; index < named.length; index++)
        expect(named[index - 1]!.population).toBeGreaterThanOrEqual(named[index]!.population);
    }
    expect(data.placesNamed('no such place anywhere')).toEqual([]);
    // The county override applies to the place it names only: New York, NY is Manhattan's county.
    expect(data.placesNamed('new york').find((place) => place.state === 'NY')?.county.fips).toBe('36061');
  });
});
