import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {elementText} from '../../../src/sites/dom-text';
import {readJsonLd} from '../../../src/sites/jsonld';
import {FUNCTION_WORDS, isLikelyEnglish, languageShares} from '../../../src/sites/language';
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

describe('the shares are those of the first 4,000 words of the first 80,000 characters lower-cased', () => {
  /** The reading the walk stands for: word by word over the first 80,000 characters lower-cased, up to `max` words. */
  function referenceWords(text: string, max: number): string[] {
    const sample = text.slice(0, 80_000).toLowerCase();
    const word = /\p{L}+/gu;
    const words: string[] = [];
    for (let found = word.exec(sample); found && words.length < max; found = word.exec(sample)) words.push(found[0]);
    return words;
  }
  const reference = (text: string) => {
    const words = referenceWords(text, 4000);
    const count = (list: ReadonlySet<string>) => words.filter((one) => list.has(one)).length;
    const english = count(FUNCTION_WORDS.english);
    const other = words.filter((one) => !FUNCTION_WORDS.english.has(one) && FUNCTION_WORDS.other.has(one)).length;
    return {english: english / (words.length || 1), other: other / (words.length || 1), words: words.length};
  };
  /** isLikelyEnglish's rule over the reference shares. */
  const referenceVerdict = (text: string) => {
    const {english, other, words} = reference(text);
    return words < 30 || english >= 0.15 || other <= english;
  };
  const expectShares = (text: string) => {
    const shares = languageShares(text);
    const expected = reference(text);
    expect(shares.words).toBe(expected.words);
    expect(shares.english).toBeCloseTo(expected.english, 12);
    expect(shares.other).toBeCloseTo(expected.other, 12);
  };
  // Short and long words, capitals that lower-case to more characters (İ), numbers and white space that
  // move where the sample ends.
  const piece = fc.constantFrom(
    'the',
    'The',
    'AND',
    'AND',
    'und',
    'FÜR',
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

  it('on short texts and texts past the word and character limits', () => {
    fc.assert(
      fc.property(
        fc.array(piece, {minLength: 1, maxLength: 40}),
        fc.integer({min: 1, max: 12_000}),
        (pieces, repeat) => {
          const text = Array.from({length: repeat}, (_, index) => pieces[index % pieces.length]!).join('');
          expectShares(text);
          expect(isLikelyEnglish(text)).toBe(referenceVerdict(text));
        },
      ),
      {numRuns: 150},
    );
  });

  it('isLikelyEnglish, which stops reading once the rest cannot change its verdict, gives the verdict of every word', () => {
    // English words first and foreign ones after, in both orders and any share, so that a verdict taken too early
    // would be wrong; dotted capitals, each a word of its own lower-cased ("İİ" is "i̇i̇").
    const listed = (list: ReadonlySet<string>) => fc.constantFrom(...[...list].filter((one) => /^[a-z]+$/.test(one)));
    const run = (word: fc.Arbitrary<string>) => fc.tuple(word, fc.integer({min: 0, max: 3000}));
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            run(listed(FUNCTION_WORDS.english)),
            run(listed(FUNCTION_WORDS.other)),
            run(fc.constantFrom('data', 'İİİİ', 'x1')),
          ),
          {minLength: 1, maxLength: 6},
        ),
        fc.constantFrom(' ', ', ', '\n'),
        (runs, gap) => {
          const text = runs.map(([word, times]) => `${word}${gap}`.repeat(times)).join('');
          expect(isLikelyEnglish(text)).toBe(referenceVerdict(text));
        },
      ),
      {numRuns: 300},
    );
  });

  it('counts the shares over those words, in any case, with or without letters outside ASCII', () => {
    // Listed words in every case, words one letter off a listed one, words longer than any listed one,
    // a letter outside ASCII (whose stretch of text is read apart), and what cuts words.
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
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), {maxLength: 60}), fc.integer({min: 1, max: 3000}), (pairs, repeat) => {
        const once = pairs.map(([one, between]) => one + between).join('');
        const text = once.repeat(Math.min(repeat, Math.ceil(90_000 / Math.max(once.length, 1))));
        expectShares(text);
        expect(isLikelyEnglish(text)).toBe(referenceVerdict(text));
      }),
      {numRuns: 300},
    );
  });

  it('reads a dotted capital as a word of its own when it judges how many words the rest may hold', () => {
    // A hundred English words, then a hundred and one foreign ones and 700 dotted capitals: 901 words, an English share
    // of 0.11 and more foreign than English words, so not English; a rest counted at a word per two characters would
    // have settled on English after the hundredth "the".
    const text = `${'the '.repeat(100)}${'och '.repeat(101)}${'İ'.repeat(700)}`;
    expect(referenceVerdict(text)).toBe(false);
    expect(isLikelyEnglish(text)).toBe(false);
  });

  it('beside every character of the Basic Multilingual Plane', () => {
    // Most characters outside ASCII are read as a space without a letter class (the punctuation postings carry): one
    // wrongly taken for a non-letter splits a word here, one wrongly taken for a letter joins two, and either changes
    // the words counted or which are listed.
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      const text = `the${char}and ${char}och f${char}r${char} und${char}`;
      const shares = languageShares(text);
      const expected = reference(text);
      if (shares.words !== expected.words || shares.english !== expected.english || shares.other !== expected.other)
        wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('on text of English words, punctuation, symbols and the odd accented or astral letter', () => {
    const pieces = fc.constantFrom(
      'Program',
      'manager',
      'the',
      'für',
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
    fc.assert(fc.property(fc.array(pieces, {maxLength: 80}), (parts) => expectShares(parts.join(''))));
  });

  it('counts the shares over those words', () => {
    const shares = languageShares('The team and the plan, mit der Firma. '.repeat(2000));
    expect(shares.words).toBe(4000);
    expect(shares.english).toBeCloseTo(0.375, 2);
    expect(shares.other).toBeCloseTo(0.25, 2);
  });
});

if (!haveShared) console.warn(NO_SHARED);
