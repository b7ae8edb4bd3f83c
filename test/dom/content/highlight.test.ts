import {describe, expect, it} from 'vitest';
import {findSentence, highlightRule, pathSelector} from '../../../src/content/highlight';
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
