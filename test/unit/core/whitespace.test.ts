import {describe, expect, it} from 'vitest';
import {isWhitespace} from '../../../src/core/whitespace';

describe('isWhitespace', () => {
  it('answers as `\\s` does for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it('is false past the end of a string (charCodeAt gives NaN)', () => {
    expect(isWhitespace(''.charCodeAt(0))).toBe(false);
  });
});
