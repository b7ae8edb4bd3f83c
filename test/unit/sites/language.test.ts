import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {elementText} from '../../../src/sites/dom-text';
import {readJsonLd} from '../../../src/sites/jsonld';
import {firstWords, FUNCTION_WORDS, isLikelyEnglish, languageShares} from '../../../src/sites/language';
import {haveRealPostings, realPostings} from '../../support/dev-postings';
import {haveShared, jsonLdScript, NO_SHARED, read, sharedPage, syntheticPage} from '../../support/pages';

describe.skipIf(!haveRealPostings)('English postings pass (../shared/data/postings/dev.jsonl)', () => {
  it('every real posting, terse ones included, counts as English', () => {
    const rows = realPostings();
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((row) => !isLikelyEnglish(row.description)).map((row) => row.id)).toEqual([]);
    const shares = rows
      .map((row) => languageShares(row.description))
      .filter((share) => share.words >= 30)
      .map((share) => share.english)
      .sort((a, b) => a - b);
    console.log(
      `dev.jsonl English function-word share: min ${shares[0]!.toFixed(3)}, median ${shares[shares.length >> 1]!.toFixed(3)}`,
    );
  });
});

describe.skipIf(!haveShared)('foreign text is caught (real text from ../shared/data/html)', () => {
  it('Danish prose (jobindex.dk cookie notice)', () => {
    const doc = sharedPage('other/jobdog_jobindex_dk_r12800344.html', 'https://www.jobindex.dk/');
    const danish = elementText(doc.querySelector('.jix-cookie-consent-modal__intro')!);
    expect(danish).toMatch(/^Jobindex ønsker at tilbyde en service/);
    expect(isLikelyEnglish(danish)).toBe(false);
  });

  it('French prose (the French half of the Autodesk Workday posting), alone and as a posting', () => {
    const url = 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/x_24WD81528';
    const description = readJsonLd(sharedPage('workday/adfrisealach_workday-scraper-job_page.html', url))!.description;
    const french = description.slice(0, description.indexOf('Position Overview'));
    expect(french).toContain('Responsable de la stratégie');
    expect(isLikelyEnglish(french)).toBe(false);
    expect(isLikelyEnglish(description)).toBe(true);
    // SYNTHETIC wrapper around that real French text: a French-only ad gets no panel.
    const html = `<html><head>${jsonLdScript({'@type': 'JobPosting', title: 'Responsable de la stratégie industrielle', description: french})}</head></html>`;
    expect(read(syntheticPage(html, url), url)).toBeNull();
  });
});

describe('words read in slices', () => {
  /** The former reading: word by word over the first 80,000 characters lower-cased, up to `max` words. */
  function referenceWords(text: string, max: number): string[] {
    const sample = text.slice(0, 80_000).toLowerCase();
    const word = /\p{L}+/gu;
    const words: string[] = [];
    for (let found = word.exec(sample); found && words.length < max; found = word.exec(sample)) words.push(found[0]);
    return words;
  }
  // Short and long words, capitals that lower-case to more characters (İ), numbers and white space that
  // move where a slice ends.
  const piece = fc.constantFrom(
    'the',
    'The',
    'AND',
    'und',
    'projekt',
    'x',
    'ŞİRKET',
    'ΟΔΟΣ',
    ' ',
    '  ',
    '12,000',
    '\n',
    '-',
    'a'.repeat(40),
  );

  it('reads the words the word-by-word reading read, short texts and texts past the word and sample limits', () => {
    fc.assert(
      fc.property(
        fc.array(piece, {minLength: 1, maxLength: 40}),
        fc.integer({min: 1, max: 12_000}),
        (pieces, repeat) => {
          const text = Array.from({length: repeat}, (_, index) => pieces[index % pieces.length]!).join('');
          expect(firstWords(text, 4000)).toEqual(referenceWords(text, 4000));
          expect(firstWords(text, 7)).toEqual(referenceWords(text, 7));
        },
      ),
      {numRuns: 150},
    );
  });

  it('counts the shares over those words, in any case, with or without letters outside ASCII', () => {
    // Listed words in every case, words one letter off a listed one, words longer than any listed one,
    // a letter outside ASCII (which takes the other reading), and what cuts words.
    const word = fc.constantFrom(
      ...[...FUNCTION_WORDS.english, ...FUNCTION_WORDS.other].flatMap((listed) => [listed, listed.toUpperCase()]),
      'Including',
      'nUESTRO',
      'thee',
      'th',
      'ands',
      'a'.repeat(11),
      'abcdefghijklm',
      'x',
      'ÉTÉ',
      'İN',
      '\u212a',
    );
    const gap = fc.constantFrom(' ', '\n', ', ', '-', '1', '_', '\u2014', '\u00a0', '');
    const reference = (text: string) => {
      const words = referenceWords(text, 4000);
      const count = (list: ReadonlySet<string>) => words.filter((one) => list.has(one)).length;
      const english = count(FUNCTION_WORDS.english);
      const other = words.filter((one) => !FUNCTION_WORDS.english.has(one) && FUNCTION_WORDS.other.has(one)).length;
      return {english: english / (words.length || 1), other: other / (words.length || 1), words: words.length};
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), {maxLength: 60}), fc.integer({min: 1, max: 3000}), (pairs, repeat) => {
        const once = pairs.map(([one, between]) => one + between).join('');
        const text = once.repeat(Math.min(repeat, Math.ceil(90_000 / Math.max(once.length, 1))));
        const shares = languageShares(text);
        const expected = reference(text);
        expect(shares.words).toBe(expected.words);
        expect(shares.english).toBeCloseTo(expected.english, 12);
        expect(shares.other).toBeCloseTo(expected.other, 12);
      }),
      {numRuns: 300},
    );
  });

  it('counts the shares over those words', () => {
    const shares = languageShares('The team and the plan, mit der Firma. '.repeat(2000));
    expect(shares.words).toBe(4000);
    expect(shares.english).toBeCloseTo(0.375, 2);
    expect(shares.other).toBeCloseTo(0.25, 2);
  });
});

if (!haveShared) console.warn(NO_SHARED);

describe('firstWords finds the words a Unicode letter class finds', () => {
  const reference = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

  it('beside every character of the Basic Multilingual Plane', () => {
    // The ASCII-only pattern stands in for the Unicode one on text without a possible letter: a character
    // wrongly taken for a non-letter would split or drop a word here.
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      const text = `ab${char}cd ${char}ef gh${char}`;
      if (firstWords(text, 100).join('|') !== reference(text).join('|')) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('on text of English words, punctuation, symbols and the odd accented or astral letter', () => {
    const pieces = fc.constantFrom(
      'Program',
      'manager',
      ' ',
      '\n',
      '\u00a0',
      '’',
      '•',
      '—',
      '€',
      '©',
      '→',
      '✓',
      'é',
      'ß',
      'ª',
      'µ',
      '𝐀',
      '😀',
      '.',
      '7',
    );
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 80}), (parts) => {
        const text = parts.join('');
        expect(firstWords(text, 4000)).toEqual(reference(text));
      }),
    );
  });
});
