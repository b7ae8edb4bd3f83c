// JSON Lines cut into lines however the stream happens to chunk the text: the same lines, numbers and
// carriage-return handling as splitting the whole text at once.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {splitLines, type Line} from '../../../src/cli/lines';

async function* chunked(text: string, cuts: number[]): AsyncGenerator<string> {
  let start = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= start || cut >= text.length) continue;
    yield text.slice(start, cut);
    start = cut;
  }
  yield text.slice(start);
}

/** The whole text split at once: what the streamed reader must give. */
function expected(text: string): Line[] {
  const parts = text.split('\n');
  const last = parts.pop()!;
  const lines = parts.map((part, index) => ({text: part.endsWith('\r') ? part.slice(0, -1) : part, number: index + 1}));
  if (last) lines.push({text: last.endsWith('\r') ? last.slice(0, -1) : last, number: parts.length + 1});
  return lines;
}

async function read(text: string, cuts: number[]): Promise<Line[]> {
  const lines: Line[] = [];
  for await (const group of splitLines(chunked(text, cuts))) lines.push(...group);
  return lines;
}

describe('splitLines', () => {
  it('gives the lines of the whole text whatever the chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({unit: fc.constantFrom('a', 'é', '{', '"', '\n', '\r', '\u2019', ' '), maxLength: 200}),
        fc.array(fc.nat(200), {maxLength: 12}),
        async (text, cuts) => {
          expect(await read(text, cuts)).toEqual(expected(text));
        },
      ),
    );
  });

  it('joins a line that spans many chunks and strips a CR cut off from its LF', async () => {
    const text = `${'x'.repeat(50)}\r\n{"id":1}\r\nlast`;
    expect(await read(text, [10, 20, 30, 40, 50, 51, 55])).toEqual([
      {text: 'x'.repeat(50), number: 1},
      {text: '{"id":1}', number: 2},
      {text: 'last', number: 3},
    ]);
  });

  it('leaves out the byte order mark before the first line, however it is cut, and only there', async () => {
    // A file saved by a Windows tool: JSON.parse refused its first line ("Unexpected token").
    const text = '\uFEFF{"id":1}\r\n\uFEFF{"id":2}';
    for (const cuts of [[], [1], [3, 12], [13]])
      expect(await read(text, cuts)).toEqual([
        {text: '{"id":1}', number: 1},
        {text: '\uFEFF{"id":2}', number: 2},
      ]);
    expect(await read('\uFEFF{"id":1}', [1])).toEqual([{text: '{"id":1}', number: 1}]);
  });
});
