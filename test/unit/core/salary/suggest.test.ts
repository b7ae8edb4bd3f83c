// The popup's place suggestions: names that start with what is typed, most populous first; when none
// does, names the typed text misspells.
import {describe, expect, it} from 'vitest';
import {suggestPlaces} from '../../../../src/core/salary/suggest';
import {data} from '../../../support/salary';

const labels = (typed: string, limit?: number) => suggestPlaces(data, typed, limit).map((entry) => entry.label);

describe('place suggestions', () => {
  it('are the places whose name starts with the typed text, most populous first, in the typed state', () => {
    expect(labels('Pittsburg', 2)).toEqual(['Pittsburgh, PA', 'Pittsburg, CA']);
    expect(labels('Sunnyvale, TX')).toEqual(['Sunnyvale, TX']);
    expect(labels('94043')).toEqual([]);
    // "Mt" as "Mountain" where no "Mount" name goes on so (nothing before).
    expect(labels('Mt View', 1)).toEqual(['Mountain View, CA']);
    expect(labels('Mt Vern', 1)).toEqual(['Mount Vernon, NY']);
    // The other spellings the look-up reads (nothing before).
    expect(labels('Foxborough', 1)).toEqual(['Foxboro, MA']);
    expect(labels('Hillsboro, NC', 1)).toEqual(['Hillsborough, NC']);
    expect(labels('Edison Township, NJ', 1)).toEqual(['Edison, NJ']);
  });

  it('offer the places a misspelled name means when no name starts with it (nothing before)', () => {
    // Typing mistakes as people make them: a letter dropped, doubled, swapped, changed.
    for (const [typed, want] of [
      ['Seatle', 'Seattle, WA'],
      ['new yrok', 'New York, NY'],
      ['chicgo', 'Chicago, IL'],
      ['sna jose', 'San Jose, CA'],
      ['philadelpia', 'Philadelphia, PA'],
      ['sunyvale', 'Sunnyvale, CA'],
    ] as const)
      expect(labels(typed, 3)[0], typed).toBe(want);
    // The typed state still narrows them; a short or far-off text gets none.
    expect(labels('Seatle, WA')).toEqual(['Seattle, WA']);
    expect(labels('Seatle, OR')).not.toContain('Seattle, WA');
    expect(labels('bso')).toEqual([]);
    expect(labels('xyzzy')).toEqual([]);
  });
});
