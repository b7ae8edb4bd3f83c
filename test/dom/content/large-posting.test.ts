// Very large postings (the figures at 1 MB and 10 MB are printed by `npm run bench:large`). "Show in
// posting": the work per click follows the page's text nodes, not its characters, and the ranges it finds
// are the ones a character-by-character reference finds, on any mix of text. Reading: bounded, whatever
// the page's size.
import fc from 'fast-check';
import {describe, expect, it, vi} from 'vitest';

const calls = vi.hoisted(() => ({normalizeText: 0}));
vi.mock('../../../src/core/normalize', async (original) => {
  const actual = await original<typeof import('../../../src/core/normalize')>();
  return {
    ...actual,
    normalizeText: (text: string) => {
      calls.normalizeText++;
      return actual.normalizeText(text);
    },
  };
});

const {findSentence} = await import('../../../src/content/highlight');
const {normalizeText} = await import('../../../src/core/normalize');
const {readPosting} = await import('../../../src/sites/read');
const {elementText, MAX_TEXT_CHARS, readElementText} = await import('../../../src/sites/dom-text');
const {sampleDocument} = await import('../../support/sample-posting');
const {limitPosting, truncationNotice} = await import('../../../src/core/input-limits');
const {grouped} = await import('../../../src/core/digits');

const compact = (text: string) => normalizeText(text).replace(/\s+/g, '').toLowerCase();

/** The former character-by-character index: every compacted character with its node and offset. */
function referenceRange(root: Element, sentence: string): {start: [Text, number]; end: [Text, number]} | null {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  const origin: Array<[Text, number]> = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let offset = 0; offset < node.data.length; offset++) {
      for (const char of compact(node.data[offset]!)) {
        text += char;
        origin.push([node, offset]);
      }
    }
  }
  const full = compact(sentence);
  const probe = full.slice(0, 60);
  if (!probe) return null;
  const start = text.indexOf(probe);
  if (start < 0) return null;
  const end = text.startsWith(full, start) ? start + full.length : start + probe.length;
  const last = origin[end - 1]!;
  return {start: origin[start]!, end: [last[0], last[1] + 1]};
}

describe('show in posting on a large posting', () => {
  const onePosting = () => {
    const {doc, url} = sampleDocument();
    return readPosting(doc, new URL(url))!.descriptionElement!;
  };
  const sentence = 'Partner with "research" and infrastructure teams to land the final milestone on time.';
  /** A real posting's markup repeated to about `chars`, with `paragraph` after the first `at` characters. */
  const largeHost = (chars: number, at: number, paragraph: HTMLElement) => {
    const description = onePosting();
    const host = document.createElement('div');
    const copies = Math.ceil(chars / description.textContent!.length);
    for (let copy = 0; copy < copies; copy++) {
      if (copy * description.textContent!.length >= at && !paragraph.parentNode) host.append(paragraph);
      host.append(document.importNode(description, true));
    }
    document.body.append(host);
    return host;
  };
  const lastParagraph = () => {
    const last = document.createElement('p');
    last.textContent = 'Partner with “research” and infrastructure teams to land the final milestone on time.';
    return last;
  };

  it('normalises each distinct character once, not every character of a 1 MB posting', () => {
    const paragraph = lastParagraph();
    const host = largeHost(1_000_000, MAX_TEXT_CHARS / 2, paragraph);
    expect(host.textContent!.length).toBeGreaterThan(1_000_000);
    calls.normalizeText = 0;
    const range = findSentence(host, sentence);
    expect(range?.toString()).toBe(paragraph.textContent);
    // The sentence, plus each distinct non-ASCII character of the page: a few dozen, never a million.
    expect(calls.normalizeText).toBeLessThan(500);
    host.remove();
  });

  it('looks only in the part of the description the core analysed', () => {
    // Evidence comes from the first MAX_TEXT_CHARS characters; a click never indexes the rest.
    const beyond = lastParagraph();
    const host = largeHost(4 * MAX_TEXT_CHARS, 2 * MAX_TEXT_CHARS, beyond);
    expect(findSentence(host, sentence)).toBeNull();
    const within = lastParagraph();
    host.prepend(within);
    expect(findSentence(host, sentence)?.toString()).toBe(within.textContent);
    host.remove();
  });

  it('reads no further into the posting than the sentence it finds', () => {
    const paragraph = lastParagraph();
    const host = largeHost(1_000_000, 0, paragraph);
    const touched: string[] = [];
    // Text nodes well below the sentence but within what the core analyses: the former index read them all.
    const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
    let position = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = position;
      position += node.length;
      if (at < 50_000 || at > MAX_TEXT_CHARS / 2) continue;
      Object.defineProperty(node, 'data', {
        get: () => {
          touched.push('data');
          return '';
        },
      });
    }
    expect(findSentence(host, sentence)?.toString()).toBe(paragraph.textContent);
    expect(touched).toEqual([]);
    host.remove();
  });

  it('skips what the reader skips (scripts, styles, buttons)', () => {
    const host = document.createElement('div');
    host.innerHTML = '<p>Own the <button>Apply now</button>roadmap<script>var roadmapX = 1;</script> end to end.</p>';
    document.body.append(host);
    expect(findSentence(host, 'Own the roadmap end to end.')?.toString()).toBe(
      'Own the Apply nowroadmapvar roadmapX = 1; end to end.',
    );
    expect(findSentence(host, 'Apply now')).toBeNull();
    host.remove();
  });

  it('finds the same range as the character-by-character reference on any mix of text', () => {
    const piece = fc.constantFrom(
      'Lead ',
      'the ',
      'roadmap',
      '\n  ',
      'ﬁnal ',
      '“quoted”',
      'naïve',
      'e\u0301',
      '\u00a0',
      '—',
      'Ω',
      'x',
      '. ',
      'ŉ',
      '\r\n',
    );
    const nodeText = fc.array(piece, {minLength: 0, maxLength: 6}).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(nodeText, {minLength: 1, maxLength: 8}), fc.nat(), fc.nat(), (texts, from, length) => {
        const host = document.createElement('div');
        for (const [index, text] of texts.entries()) {
          const element = document.createElement(index % 2 ? 'strong' : 'span');
          element.textContent = text;
          host.append(element);
        }
        document.body.append(host);
        try {
          const whole = texts.join('');
          const start = whole.length ? from % whole.length : 0;
          const sentence = whole.slice(start, start + 1 + (length % 80));
          const expected = referenceRange(host, sentence);
          const range = findSentence(host, sentence);
          if (!expected) return range === null;
          return (
            range !== null &&
            range.startContainer === expected.start[0] &&
            range.startOffset === expected.start[1] &&
            range.endContainer === expected.end[0] &&
            range.endOffset === expected.end[1]
          );
        } finally {
          host.remove();
        }
      }),
      {numRuns: 300},
    );
  });
});

describe('reading a very large posting', () => {
  const paragraph =
    'Drive cross-functional programs with engineering, product and operations partners, and report status to leadership every week. ';
  const huge = () => {
    const host = document.createElement('div');
    for (let index = 0; index < 2_500; index++) {
      const p = document.createElement('p');
      p.textContent = `${index}: ${paragraph.repeat(8)}`;
      host.append(p);
    }
    return host;
  };

  it('stops reading an element a bounded way past what the core analyses', () => {
    const host = huge();
    expect(host.textContent!.length).toBeGreaterThan(2 * MAX_TEXT_CHARS);
    const text = elementText(host);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(text.length).toBeGreaterThan(MAX_TEXT_CHARS - 2_000);
    expect(text.startsWith(`0: ${paragraph.trim()}`)).toBe(true);
    // Short texts are read whole, lines kept.
    const small = document.createElement('div');
    small.innerHTML = '<p>One</p><p>Two</p>';
    expect(elementText(small)).toBe('One\n\nTwo');
  });

  it('visits nothing past the point where it stops, and says it stopped', () => {
    const host = huge();
    const touched: string[] = [];
    // The last paragraphs, far past the cap: the reader never looks at them, not even to count them.
    for (const p of [...host.querySelectorAll('p')].slice(-50)) {
      for (const property of ['localName', 'tagName', 'firstChild', 'nextSibling', 'childNodes'])
        Object.defineProperty(p, property, {
          get: () => {
            touched.push(property);
            return null;
          },
        });
    }
    const {text, cut} = readElementText(host);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(touched).toEqual([]);
    expect(cut).toBe(true);
    const small = document.createElement('div');
    small.innerHTML = '<p>One</p><p>Two</p>';
    expect(readElementText(small)).toEqual({text: 'One\n\nTwo'});
  });

  it('reads a posting only as far as the core analyses, and the analysis says the page holds more', () => {
    const {doc, url} = sampleDocument();
    // Read from the page's markup (JSON-LD, when there is some, is cut the same way by length alone).
    doc.querySelectorAll('script[type="application/ld+json"]').forEach((script) => script.remove());
    const description = readPosting(doc, new URL(url))!.descriptionElement!;
    const filler = huge();
    description.append(filler);
    const read = readPosting(doc, new URL(url))!;
    expect(read.posting.description.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(read.posting.description.length).toBeGreaterThan(MAX_TEXT_CHARS - 2_000);
    expect(read.posting.descriptionCut).toBe(true);
    expect(read.posting).not.toHaveProperty('descriptionChars');
    const {truncated} = limitPosting(read.posting);
    expect(truncated).toEqual([{field: 'description', analysedChars: read.posting.description.length}]);
    expect(truncationNotice(truncated)).toBe(
      `Analysed the first ${grouped(read.posting.description.length)} characters of the description (the page holds more).`,
    );
    filler.remove();
    const whole = readPosting(doc, new URL(url))!.posting;
    expect(whole).not.toHaveProperty('descriptionChars');
    expect(whole).not.toHaveProperty('descriptionCut');
  });
});
