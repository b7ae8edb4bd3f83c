import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {articleDataset} from '../../../src/core/benchmarks';
import {placeAgainstHome, type Placed} from '../../../src/core/fit-place';
import {emptyProfile} from '../../../src/core/profile';
import {loadSalaryDatasetSync} from '../../../src/core/salary/load-node';
import {AnalysisSchema} from '../../../src/core/schema';

const dataset = loadSalaryDatasetSync();

/** The fit's place line for a TPM posting at `location` (SYNTHETIC text), the profile's home at `home`. */
function placeLine(location: string, home: string | null, description = '') {
  const analysis = analyze(
    {
      title: 'Technical Program Manager',
      company: 'Acme',
      location,
      salaryText: '',
      description: `Lead technical programs across engineering teams.\n${description}`,
    },
    {dataset, profile: {...emptyProfile(), location: home}},
  );
  expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
  return analysis.fit?.place;
}

describe('where the job is against the profile home', () => {
  it('an on-site job in another metro area means a move', () => {
    expect(placeLine('Austin, TX', 'Seattle, WA', 'This role is on-site.')).toEqual({
      away: true,
      text: 'On-site in Austin, TX; your home, Seattle, WA, is in another metro area: a move or a long commute',
    });
  });

  it('a place in the same metro area is near, across a state line too', () => {
    expect(placeLine('Tacoma, WA', 'Seattle, WA', 'Hybrid: 3 days a week in the office.')).toEqual({
      away: false,
      text: 'Hybrid in Tacoma, WA, in your area (Seattle-Tacoma-Bellevue, WA)',
    });
    expect(placeLine('New York, NY', 'Jersey City, NJ')?.away).toBe(false);
  });

  it('a job that names several workplaces is near when any one of them is', () => {
    expect(placeLine('Seattle, WA or Austin, TX', 'Round Rock, TX')).toEqual({
      away: false,
      text: 'Based in Austin, TX, in your area (Austin-Round Rock-San Marcos, TX)',
    });
    expect(placeLine('Seattle, WA or Austin, TX', 'Denver, CO')?.text).toBe(
      'Based in Seattle, WA (or 1 more place); your home, Denver, CO, is in another metro area: unless the job is remote, a move or a long commute',
    );
  });

  it('living near the office required, no mode stated: no "unless the job is remote"', () => {
    // SYNTHETIC, the requirement in a posting's words.
    expect(
      placeLine('Austin, TX', 'Denver, CO', 'Candidates must live within commuting distance of our office.'),
    ).toEqual({
      away: true,
      text: 'Based in Austin, TX; your home, Denver, CO, is in another metro area: a move or a long commute',
    });
  });

  it('a name read as its largest place is that place; another place of the name is not a workplace', () => {
    // "Portland" reads as Portland, OR; the other Portlands are what the name may also mean, not more workplaces.
    expect(placeLine('Portland', 'Portland, OR')?.away).toBe(false);
    expect(placeLine('Portland', 'Portland, ME')).toEqual({
      away: true,
      text: 'Based in Portland, OR (read as the largest place of its name; if the posting means Portland, ME, it is in your area); your home, Portland, ME, is in another metro area: unless the job is remote, a move or a long commute',
    });
    expect(placeLine('Portland', 'Boston, MA')?.text).toBe(
      'Based in Portland, OR; your home, Boston, MA, is in another metro area: unless the job is remote, a move or a long commute',
    );
    // Several workplaces stay workplaces, as before.
    expect(dataset.benchmarkFor('Portland').largestOfName).toBe(true);
    expect(dataset.benchmarkFor('Seattle, WA; Austin, TX').largestOfName).toBeUndefined();
  });

  it('a nonmetropolitan wage area spans hundreds of miles: only the county is one place there', () => {
    // Bozeman (Gallatin County) is a metro area of its own; Livingston (Park County) is in nonmetropolitan Montana.
    expect(placeLine('Bozeman, MT', 'Livingston, MT')?.text).toBe(
      'Based in Bozeman, MT; your home, Livingston, MT, is in another area: unless the job is remote, a move or a long commute',
    );
  });

  it('says nothing for a remote job, an unplaced side, or without the county tables', () => {
    expect(placeLine('Remote', 'Seattle, WA')).toBeUndefined();
    expect(placeLine('Austin, TX', 'Seattle, WA', 'This is a fully remote role.')).toBeUndefined();
    expect(placeLine('London, UK', 'Seattle, WA')).toBeUndefined();
    expect(placeLine('Austin, TX', 'Remote')).toBeUndefined();
    expect(placeLine('Austin, TX', null)).toBeUndefined();
    const withArticle = analyze(
      {
        title: 'Technical Program Manager',
        company: '',
        location: 'Austin, TX',
        salaryText: '',
        description: 'On-site.',
      },
      {dataset: articleDataset, profile: {...emptyProfile(), location: 'Seattle, WA'}},
    );
    expect(withArticle.fit?.place).toBeUndefined();
  });

  it('compares a listed place by its metro area, and never matches two unknown counties', () => {
    const home: Placed = {place: 'Reston, VA', county: 'Fairfax County, VA', area: 'Washington-Arlington-Alexandria'};
    const listed: Placed = {place: 'Herndon, VA', county: null, area: 'Washington-Arlington-Alexandria'};
    const first: Placed = {place: 'Austin, TX', county: 'Travis County, TX', area: 'Austin-Round Rock-San Marcos, TX'};
    expect(placeAgainstHome('onsite', {workplaces: [first, listed], sameName: []}, home)?.away).toBe(false);
    const unknown: Placed = {place: 'Somewhere', county: null, area: null};
    expect(
      placeAgainstHome('onsite', {workplaces: [unknown], sameName: []}, {...unknown, place: 'Elsewhere'})?.away,
    ).toBe(true);
  });
});
