// zod schema for the bundled salary dataset: the build validates what it writes, tests and the Node
// loader validate what they read. The browser loads the same file without zod (it is checked at build).
import {z} from '../zod';
import {DIGITS} from './format';

const cents = z.number().int().positive();
const correction = z.number().int().min(-2).max(2);
const levels = z
  .tuple([cents, cents, correction, correction])
  .refine(([level1, level4]) => level1 <= level4, 'level IV must not be below level I');
const digits = z.string().refine((text) => [...text].every((char) => DIGITS.includes(char)), 'base-64 digits only');

export const SalaryDataFileSchema = z
  .strictObject({
    version: z.literal(1),
    source: z.strictObject({
      name: z.string().min(1),
      wageYear: z.string().min(4),
      note: z.string(),
      origin: z.string().min(1),
      files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
    }),
    attribution: z.array(z.string().min(1)).min(1),
    occupations: z.array(z.strictObject({soc: z.string().regex(/^\d\d-\d{4}$/), title: z.string().min(1)})).min(1),
    areas: z
      .array(z.strictObject({name: z.string().min(1), cbsa: z.string().nullable(), hourlyCents: z.array(levels)}))
      .min(1),
    states: z.array(z.tuple([z.string().regex(/^[A-Z]{2}$/), z.string().min(1)])).min(1),
    counties: z
      .array(
        z.tuple([
          z.string().regex(/^\d{5}$/),
          z.string().min(1),
          z.number().int().min(-1),
          z.union([z.literal(0), z.literal(1)]),
        ]),
      )
      .min(1),
    places: z.strictObject({names: z.string().min(1), counties: digits, populations: digits}),
    zips: z.strictObject({deltas: z.array(z.number().int().positive()), countyRuns: digits}),
  })
  .superRefine((data, context) => {
    const issue = (message: string) => context.addIssue({code: 'custom', message});
    data.areas.forEach((area, index) => {
      if (area.hourlyCents.length !== data.occupations.length)
        issue(`area ${index} has ${area.hourlyCents.length} occupations, expected ${data.occupations.length}`);
    });
    data.counties.forEach(([fips, , area], index) => {
      if (area >= data.areas.length) issue(`county ${fips}: area ${area} does not exist`);
      if (index > 0 && data.counties[index - 1]![0] >= fips) issue(`counties not sorted at ${fips}`);
    });
    const places = data.places.names.split('|');
    if (data.places.counties.length !== places.length * 2) issue('places.counties: two digits per place expected');
    if (data.places.populations.length !== places.length) issue('places.populations: one digit per place expected');
    if (data.zips.countyRuns.length % 3 !== 0) issue('zips.countyRuns: three digits per run expected');
  });
