import {describe, expect, it} from 'vitest';
import {merged} from '../../../src/core/merged';

describe('merged', () => {
  it('is {...base, ...more}: the same keys in the same order, more over base, base unchanged', () => {
    const base = {a: 1, b: 2, c: 3};
    const result = merged(base, {b: 20, d: 4});
    expect(result).toEqual({...base, ...{b: 20, d: 4}});
    expect(Object.keys(result)).toEqual(['a', 'b', 'c', 'd']);
    expect(base).toEqual({a: 1, b: 2, c: 3});
    expect(result).not.toBe(base);
  });

  it('keeps a parsed "__proto__" key a plain key, as spread does, never the prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"injected": true}, "title": "TPM"}') as object;
    const result = merged(parsed, {id: 'x'});
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect((result as {injected?: boolean}).injected).toBeUndefined();
    expect(Object.keys(result)).toEqual(['__proto__', 'title', 'id']);
  });

  it('copies own enumerable keys with undefined values, as spread does', () => {
    expect(Object.keys(merged({a: undefined}, {b: undefined}))).toEqual(['a', 'b']);
  });
});
