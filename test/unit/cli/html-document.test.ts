import {describe, expect, it} from 'vitest';
import {parseHtmlDocument, withoutSvgStyles} from '../../../src/cli/html-document';
import {haveShared, sharedPage} from '../../support/pages';

// happy-dom 21 drops the rest of a document after a <style> inside an <svg>; the CLI and these tests
// parse through parseHtmlDocument, which removes such style blocks first.
describe('parseHtmlDocument keeps the whole page', () => {
  it('a <style> inside an <svg> no longer swallows what follows (SYNTHETIC snippet)', () => {
    const html = '<body><svg><path d="M0"></path><style>#a { stroke: 1; }</style></svg><p id="after">after</p></body>';
    expect(parseHtmlDocument(html, 'https://example.com/').querySelector('#after')?.textContent).toBe('after');
    expect(withoutSvgStyles(html)).not.toContain('<style>');
    expect(withoutSvgStyles('<style>p{}</style><svg></svg>')).toBe('<style>p{}</style><svg></svg>');
  });

  it.skipIf(!haveShared)('the real Indeed search page (its loading spinner has one) keeps its job pane', () => {
    const doc = sharedPage('indeed/DanWarner00_ai-job-search-platform-indeed_page.html', 'https://www.indeed.com/');
    expect(doc.querySelector('#jobsearch-ViewjobPaneWrapper #jobDescriptionText')).not.toBeNull();
    expect(doc.querySelectorAll('[data-jk]').length).toBeGreaterThan(10);
  });
});
