// The core's memory of strings: bounded, and never keyed by texts V8 cannot hash.
import {describe, expect, it} from 'vitest';
import {
  commonEnds,
  forgetStrings,
  LastObjects,
  PerSentence,
  perArray,
  rememberedBy,
  StringMemo,
} from '../../../src/core/memo';

describe('StringMemo', () => {
  it('gives back what was set, and drops everything once full', () => {
    const memo = new StringMemo<number>(3);
    ['a', 'b', 'c'].forEach((key, index) => memo.set(key, index));
    expect([memo.get('a'), memo.get('c'), memo.has('b')]).toEqual([0, 2, true]);
    memo.set('d', 3);
    expect([memo.get('a'), memo.get('d')]).toEqual([undefined, 3]);
  });

  it('keeps only the last of the texts too long to hash, compared whole', () => {
    const memo = new StringMemo<string>();
    const long = (end: string) => `${'x'.repeat(20_000)}${end}`;
    memo.set(long('1'), 'one');
    memo.set(long('2'), 'two');
    expect([memo.get(long('1')), memo.get(long('2')), memo.has(long('3'))]).toEqual([undefined, 'two', false]);
    expect(memo.get('short')).toBeUndefined();
  });
});

describe('rememberedBy', () => {
  it('computes once per key, undefined results included', () => {
    const calls: string[] = [];
    const lookUp = rememberedBy((key: string) => {
      calls.push(key);
      return key === 'none' ? undefined : key.length;
    });
    expect([lookUp('abc'), lookUp('abc'), lookUp('none'), lookUp('none')]).toEqual([3, 3, undefined, undefined]);
    expect(calls).toEqual(['abc', 'none']);
  });

  it("forgets between postings unless told the texts are shared by many (a place's name)", () => {
    const calls: string[] = [];
    const count = (key: string) => {
      calls.push(key);
      return key.length;
    };
    const perPosting = rememberedBy(count);
    const shared = rememberedBy(count, 10, false);
    perPosting('sentence');
    shared('Austin, TX');
    forgetStrings();
    perPosting('sentence');
    shared('Austin, TX');
    expect(calls).toEqual(['sentence', 'Austin, TX', 'sentence']);
  });
});

describe('LastObjects and perArray', () => {
  it('remember the last few objects by identity, the oldest giving way', () => {
    const memory = new LastObjects<string[], number>(2);
    const [a, b, c] = [['a'], ['b'], ['c']];
    memory.set(a, 1);
    memory.set(b, 2);
    expect([memory.get(a), memory.get(b), memory.get(['a'])]).toEqual([1, 2, undefined]);
    memory.set(c, 3);
    expect([memory.get(a), memory.get(b), memory.get(c)]).toEqual([undefined, 2, 3]);
  });

  it('perArray computes once per array while it is among the last four, and again after', () => {
    const computed: string[][] = [];
    const first = perArray((items: readonly string[]) => {
      computed.push([...items]);
      return items[0];
    });
    const arrays = ['a', 'b', 'c', 'd', 'e'].map((letter) => [letter]);
    expect([first(arrays[0]!), first(arrays[0]!), first(arrays[1]!)]).toEqual(['a', 'a', 'b']);
    for (const array of arrays) first(array);
    // a and b were remembered; c, d and e computed, pushing a out.
    expect(computed).toEqual([['a'], ['b'], ['c'], ['d'], ['e']]);
    first(arrays[0]!);
    expect(computed.at(-1)).toEqual(['a']);
  });
});

describe('commonEnds', () => {
  it('counts the items both start with, then those both end with among the rest', () => {
    expect(commonEnds(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'd'])).toEqual({head: 2, tail: 1});
    expect(commonEnds(['a', 'new', 'b'], ['a', 'b'])).toEqual({head: 1, tail: 1});
    expect(commonEnds(['a', 'b'], ['a', 'b'])).toEqual({head: 2, tail: 0});
    // The ends never overlap: "a a" against "a" is one item in common, not two.
    expect(commonEnds(['a', 'a'], ['a'])).toEqual({head: 1, tail: 0});
    expect(commonEnds(['x'], ['y'])).toEqual({head: 0, tail: 0});
    expect(commonEnds([], ['y'])).toEqual({head: 0, tail: 0});
  });
});

describe('PerSentence', () => {
  it('gives an array read again its values back, and a new one those of the sentences it shares at its ends', () => {
    const memory = new PerSentence<string>();
    const first = ['Lead programs.', 'Own the roadmap.', 'Apply now.'];
    const values = memory.of(first);
    expect(values).toEqual([undefined, undefined, undefined]);
    values[0] = 'lead';
    values[1] = 'roadmap';
    values[2] = 'apply';
    expect(memory.of(first)).toBe(values);
    // A keystroke in the middle line: the first and last sentences keep their values, the changed one has none.
    const edited = ['Lead programs.', 'Own the roadmaps.', 'Track risks.', 'Apply now.'];
    expect(memory.of(edited)).toEqual(['lead', undefined, undefined, 'apply']);
    // The same text in new strings (a posting split again) is the same sentence.
    expect(memory.of(edited.map((sentence) => sentence.split('').join('')))).toEqual([
      'lead',
      undefined,
      undefined,
      'apply',
    ]);
    expect(memory.of(['Something else.', 'Apply later.'])).toEqual([undefined, undefined]);
  });

  it('forgets with forgetStrings', () => {
    const memory = new PerSentence<number>();
    const sentences = ['One.', 'Two.'];
    memory.of(sentences)[0] = 1;
    forgetStrings();
    expect(memory.of(sentences)).toEqual([undefined, undefined]);
    expect(memory.of(['One.'])).toEqual([undefined]);
  });
});
