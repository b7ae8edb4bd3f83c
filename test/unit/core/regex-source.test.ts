import {describe, expect, it} from 'vitest';
import {escapeRegExp, placeNamePattern} from '../../../src/core/regex-source';

describe('escapeRegExp', () => {
  it('makes every character a pattern gives a meaning to match as written', () => {
    const text = String.raw`St. Louis (MO) [x]+*?^${1}|\ end`;
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('a.c')).test('abc')).toBe(false);
  });
});

describe('placeNamePattern', () => {
  it('finds a place name as a whole word of lower-case text', () => {
    const york = placeNamePattern('new york');
    expect(york.test('new york, ny')).toBe(true);
    expect(york.test('remote (new york)')).toBe(true);
    expect(york.test('new yorkshire')).toBe(false);
    expect(york.test('anew york')).toBe(false);
    expect(placeNamePattern('st. louis').test('st. louis, mo')).toBe(true);
    expect(placeNamePattern('st. louis').test('stx louis')).toBe(false);
  });
});
