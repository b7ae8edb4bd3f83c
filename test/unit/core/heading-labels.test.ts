import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {splitSentences} from '../../../src/core/text';
import {labelStart} from '../../../src/core/years';

/** The breaks a heading label starts after, found as headingIsPreferred once found them: one search of the whole text. */
const LABEL_BOUNDARY = /[.;:!?\u2022\u00b7\u25cf\u27a2]|(?<=[a-z)])(?=[A-Z])/g;

/** Per colon, the label before it when it has one to five words, else null: the old reading. */
function referenceLabels(text: string): Array<string | null> {
  const labels: Array<string | null> = [];
  let start = 0;
  for (const match of text.matchAll(LABEL_BOUNDARY)) {
    if (match[0] === ':') {
      const label = text.slice(start, match.index).trim();
      labels.push(label && label.split(/\s+/).length <= 5 ? label : null);
    }
    start = match.index + match[0].length;
  }
  return labels;
}

function labels(text: string): Array<string | null> {
  const found: Array<string | null> = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    const start = labelStart(text, colon);
    const label = start < 0 ? '' : text.slice(start, colon).trim();
    found.push(label || null);
  }
  return found;
}

const DEV = join(import.meta.dirname, '../../../../shared/data/postings/dev.jsonl');

describe('labelStart (the label before a colon, read backwards)', () => {
  it('finds the label the search of the whole text found, on every dev sentence with a colon', () => {
    const rows = readFileSync(DEV, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as {description: string});
    let colons = 0;
    for (const {description} of rows)
      for (const sentence of splitSentences(description)) {
        if (!sentence.includes(':')) continue;
        colons++;
        expect(labels(sentence), sentence).toEqual(referenceLabels(sentence));
      }
    expect(colons).toBeGreaterThan(500);
  });

  it('does so on any mix of letters, spaces, breaks and colons', () => {
    const alphabet = [
      'a',
      'b',
      'B',
      'Q',
      ')',
      '(',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      ':',
      '.',
      ';',
      '!',
      '?',
      '\u2022',
      '\u00b7',
      '\u25cf',
      '\u27a2',
      '1',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), {maxLength: 60}), (pieces) => {
        const text = pieces.join('');
        expect(labels(text)).toEqual(referenceLabels(text));
      }),
      {numRuns: 5000},
    );
  });
});
