import {afterEach, describe, expect, it, vi} from 'vitest';
import {findSentence, highlightRule, pathSelector, showEvidence} from '../../../src/content/highlight';
import {analyze} from '../../../src/core/analyze';
import {normalizeText} from '../../../src/core/normalize';
import {readPosting} from '../../../src/sites/read';
import {sampleDocument} from '../../support/sample-posting';

const compact = (text: string) => normalizeText(text).replace(/\s+/g, '').toLowerCase();

describe('finding evidence sentences in the page', () => {
  const {doc, url} = sampleDocument();
  const read = readPosting(doc, new URL(url))!;
  const sentences = analyze(read.posting).checklist.flatMap((match) => match.evidence);
  // happy-dom's Range works only in the test window's own document: bring the description over.
  const description = document.importNode(read.descriptionElement!, true);
  document.body.append(description);

  it('has a description element and evidence to look for', () => {
    expect(read.descriptionElement).not.toBeNull();
    expect(sentences.length).toBeGreaterThan(3);
  });

  it('finds every evidence sentence of a real posting in its page, spanning exactly that text', () => {
    for (const sentence of sentences) {
      const range = findSentence(description, sentence);
      expect(range, sentence).not.toBeNull();
      expect(compact(range!.toString())).toBe(compact(sentence));
    }
  });

  it('finds a sentence split across inline elements and line breaks', () => {
    const host = document.createElement('div');
    const paragraph = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = 'Own\n  the roadmap';
    paragraph.append('You will ', strong, ' and report to “leadership”.');
    host.append(paragraph);
    const range = findSentence(host, 'You will own the roadmap and report to "leadership".');
    expect(range?.toString()).toBe('You will Own\n  the roadmap and report to “leadership”.');
  });

  it('answers null for a sentence the page does not show', () => {
    expect(findSentence(description, 'This sentence appears nowhere in the posting.')).toBeNull();
  });
});

describe('the highlight style reaches the sentence only', () => {
  const page = () => {
    const host = document.createElement('div');
    host.innerHTML =
      '<section><h2>About</h2><p>Other text.</p><p>You will <strong>own the roadmap</strong> and report to leadership.</p><ul><li>Other item</li></ul></section>';
    document.body.append(host);
    return host;
  };

  it('names each element by its path, which selects that element and no other', () => {
    const host = page();
    for (const element of host.querySelectorAll('*')) {
      const selector = pathSelector(element)!;
      expect(selector.startsWith(':root > ')).toBe(true);
      expect([...document.querySelectorAll(selector)]).toEqual([element]);
    }
    // Outside the document's own tree, a document style sheet does not reach: no selector.
    expect(pathSelector(document.createElement('p'))).toBeNull();
    host.remove();
  });

  it('writes its rule for the elements holding the sentence, never for every element', () => {
    const host = page();
    const range = findSentence(host, 'You will own the roadmap and report to leadership.')!;
    const nodes = [...host.querySelectorAll('p')[1]!.childNodes].flatMap((node) =>
      node.nodeType === 3 ? [node as Text] : [node.firstChild as Text],
    );
    const rule = highlightRule(range, nodes)!;
    const selectors = rule
      .slice(0, rule.indexOf('{'))
      .split(',')
      .map((part) => part.trim());
    expect(selectors).toHaveLength(2);
    // Every selector names a path ending at a tag: a bare ::highlight() restyled the whole document.
    for (const selector of selectors)
      expect(selector).toMatch(/^:root > .*[a-z]:nth-child\(\d+\)::highlight\([\w-]+\)$/);
    const targets = selectors.map((selector) => document.querySelector(selector.replace(/::highlight\(.*\)$/, '')));
    expect(targets).toEqual([host.querySelectorAll('p')[1], host.querySelector('strong')]);
    expect(rule).toMatch(/\{ background-color: #ffe58a; color: #111; \}$/);
    host.remove();
  });
});

describe('showing evidence', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.adoptedStyleSheets = [];
  });

  it('keeps one style sheet, its rule changed only when another sentence is shown', () => {
    // happy-dom has no CSS Custom Highlight API: a registry that records what is set.
    const registry = new Map<string, {ranges: Range[]}>();
    vi.stubGlobal('Highlight', function Highlight(this: {ranges: Range[]}, ...ranges: Range[]) {
      this.ranges = ranges;
    });
    vi.stubGlobal('CSS', {escape: CSS.escape, highlights: registry});
    const host = document.createElement('div');
    host.innerHTML = '<p>First sentence of the posting here.</p><ul><li>Second sentence, in a list.</li></ul>';
    document.body.append(host);
    const rules = () => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));

    expect(showEvidence(host, 'First sentence of the posting here.')).toBe(true);
    const first = rules();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/> p:nth-child\(1\)::highlight\(tpm-lens-evidence\)/);
    const sheet = document.adoptedStyleSheets[0]!;
    const replace = vi.spyOn(sheet, 'replaceSync');
    expect(showEvidence(host, 'First sentence of the posting here.')).toBe(true);
    expect(replace).not.toHaveBeenCalled();
    expect(showEvidence(host, 'Second sentence, in a list.')).toBe(true);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(document.adoptedStyleSheets).toEqual([sheet]);
    expect(rules()[0]).toMatch(/> ul:nth-child\(2\) > li:nth-child\(1\)::highlight\(tpm-lens-evidence\)/);
    expect(registry.get('tpm-lens-evidence')?.ranges[0]?.toString()).toBe('Second sentence, in a list.');
    // The page replaced its adopted sheets: the highlight's sheet goes back in.
    document.adoptedStyleSheets = [];
    expect(showEvidence(host, 'Second sentence, in a list.')).toBe(true);
    expect(document.adoptedStyleSheets).toEqual([sheet]);
    host.remove();
  });
});
