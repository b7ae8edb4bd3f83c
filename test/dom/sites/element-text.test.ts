// The page reader's text (src/sites/dom-text.ts) is what the core analyses and what "show in posting"
// searches: a faster reading must give the very same text. The reference below is the reader as it was
// before it skipped line breaks the normalisation folds away and matched only the breaks and blanks it
// changes, in one pass instead of three (reading a 1 MB posting: issue 13); random trees of blocks, inline
// elements and every kind of white space must read alike, cut or not.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {lineText, MAX_TEXT_CHARS, readElementText} from '../../../src/sites/dom-text';
import {head} from '../../../src/core/input-limits';

const BLOCKS = new Set(['div', 'p', 'li', 'ul', 'h2', 'br', 'section', 'table', 'tr']);

function referenceText(root: Node, maxChars: number): {text: string; cut?: true} {
  const parts: string[] = [];
  let length = 0;
  let cut = false;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (length > maxChars) {
        cut = true;
        return;
      }
      if (child.nodeType === 3) {
        parts.push((child as Text).data);
        length += (child as Text).data.length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const name = (child as Element).localName;
      if (name === 'script' || name === 'button') continue;
      const block = BLOCKS.has(name);
      if (block) parts.push('\n');
      walk(child);
      if (cut) return;
      if (block) parts.push('\n');
    }
  };
  walk(root);
  const normalised = parts
    .join('')
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const text = head(normalised, maxChars);
  return !cut && text.length === normalised.length ? {text} : {text, cut: true};
}

type Tree = string | {tag: string; children: Tree[]};

const text = fc
  .array(fc.constantFrom('a', 'Be', 'x.', ' ', '  ', '\t', '\n', '\n\n', '\u00a0', '\r', '\r\n', ' \n ', '\f', 'é'), {
    maxLength: 8,
  })
  .map((pieces) => pieces.join(''));
const {tree} = fc.letrec<{tree: Tree}>((of) => ({
  tree: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    text,
    fc.record({
      tag: fc.constantFrom('div', 'p', 'li', 'ul', 'br', 'span', 'strong', 'a', 'section', 'script', 'button'),
      children: fc.array(of('tree'), {maxLength: 5}),
    }),
  ),
}));

function build(node: Tree): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const child of node.children) element.append(build(child));
  return element;
}

describe('reading an element text', () => {
  it('reads what the reference reader reads, on any mix of blocks, inline elements and white space', () => {
    fc.assert(
      fc.property(fc.array(tree, {maxLength: 6}), fc.integer({min: 1, max: 60}), (children, maxChars) => {
        const root = document.createElement('div');
        for (const child of children) root.append(build(child));
        expect(readElementText(root, maxChars)).toEqual(referenceText(root, maxChars));
        expect(readElementText(root)).toEqual(referenceText(root, MAX_TEXT_CHARS));
      }),
      {numRuns: 2000},
    );
  });

  it('folds the breaks between thousands of paragraphs to one blank line each', () => {
    const root = document.createElement('div');
    root.innerHTML = Array.from({length: 3000}, (_, index) => `<p>Line ${index}.</p>\n<ul><li>item</li></ul>`).join(
      '\n',
    );
    const read = readElementText(root);
    expect(read).toEqual(referenceText(root, MAX_TEXT_CHARS));
    expect(read.text.split('\n\n')).toHaveLength(6000);
  });

  it('reads a short field on one line as the description reader does, white space folded', () => {
    const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
    fc.assert(
      fc.property(fc.array(tree, {maxLength: 6}), fc.constantFrom('div', 'span', 'li', 'button'), (children, tag) => {
        const root = document.createElement(tag);
        for (const child of children) root.append(build(child));
        expect(lineText(root)).toBe(oneLine(readElementText(root).text));
      }),
      {numRuns: 2000},
    );
  });

  it('reads a "short field" longer than the cap as the description reader does, cut there', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>word </p>'.repeat(Math.ceil(MAX_TEXT_CHARS / 5) + 10);
    const line = lineText(root);
    expect(line).toBe(readElementText(root).text.replace(/\s+/g, ' ').trim());
    expect(line.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    // One text node alone (no element inside: read whole in one call, then cut as the walk cuts).
    const leaf = document.createElement('div');
    leaf.textContent = 'word '.repeat(Math.ceil(MAX_TEXT_CHARS / 5) + 10);
    expect(lineText(leaf)).toBe(readElementText(leaf).text.replace(/\s+/g, ' ').trim());
    expect(lineText(leaf).length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  });
});
