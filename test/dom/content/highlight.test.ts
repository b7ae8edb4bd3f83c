import {describe, expect, it} from 'vitest';
import {findSentence} from '../../../src/content/highlight';
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
