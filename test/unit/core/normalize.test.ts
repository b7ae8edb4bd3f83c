import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {INVISIBLE} from '../../../src/core/invisible';
import {mayChange, normalizeText, normalizeTextPlain} from '../../../src/core/normalize';

/** The steps over the whole text at once, as normalizeText did before it went run by run. */
function reference(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/\u2033/g, '"')
    .normalize('NFKC')
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/\r\n?/g, '\n');
}

// What the run-by-run reading must get right: letters that combining marks compose with, marks alone at
// the start, invisible characters between a letter and its mark or between "\r" and "\n", compatibility
// forms that NFKC turns into ASCII (ligatures, full-width letters, a math letter outside the BMP), Hangul
// jamo that compose with each other, and every character the canonical table maps.
const PIECES = [
  'a',
  'e',
  'E',
  'n',
  'C',
  ' ',
  '.',
  '1',
  '\r',
  '\n',
  '\t',
  '\u007f',
  '\u0301',
  '\u0308',
  '\u0327',
  '\u0303',
  '\u00e9',
  '\u00c5',
  '\u212b',
  '\u200b',
  '\u00ad',
  '\u202e',
  '\ufeff',
  '\u2060',
  '\u2033',
  '\u2034',
  '\u2032',
  '\u2019',
  '\u201c',
  '\u2013',
  '\u2212',
  '\u00a0',
  '\u3000',
  '\u2009',
  '\ufb01',
  '\uff21',
  '\u00bd',
  '\u2122',
  '\u{1d400}',
  '\u{1f600}',
  '\u1100',
  '\u1161',
  '\u11a8',
  '\uac00',
  '\u2022',
  '\u00b7',
  '\u0130',
  '\u212a',
];

describe('normalizeText', () => {
  it('gives what the steps give over the whole text, whatever the mix of ASCII and other characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), {maxLength: 40}), (pieces) => {
        const text = pieces.join('');
        expect(normalizeText(text)).toBe(reference(text));
        // A text of 256 characters or more takes the other path (searched for runs at once, remembered).
        const long = `${'Plan the launch. '.repeat(16)}${text}`;
        expect(normalizeText(long)).toBe(reference(long));
      }),
      {numRuns: 5000},
    );
  });

  it('reads a long text the same way (the last long text is remembered)', () => {
    const text = `${'Lead the cafe\u0301 launch \u2013 \u201cTPM\u201d\r\n'.repeat(40)}e\u200b\u0301\r\u200b\n\ufb01nal`;
    expect(text.length).toBeGreaterThan(256);
    expect(normalizeText(text)).toBe(reference(text));
    expect(normalizeText(text)).toBe(reference(text));
  });

  it('says whether mayChange passes the result, short or long, with a DEL or a carriage return anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), {maxLength: 40}), (pieces) => {
        const text = pieces.join('');
        for (const each of [
          text,
          `${'Plan the launch. '.repeat(16)}${text}`,
          `${text}${'Plan the launch. '.repeat(16)}`,
        ]) {
          const normalized = normalizeTextPlain(each);
          expect(normalized.text).toBe(reference(each));
          expect(normalized.plain).toBe(!mayChange(normalized.text));
        }
      }),
      {numRuns: 3000},
    );
  });

  it('returns plain ASCII as it is', () => {
    const text = 'Technical Program Manager, 5+ years';
    expect(normalizeText(text)).toBe(text);
  });
});
