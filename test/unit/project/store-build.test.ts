import {describe, expect, it} from 'vitest';
import {withoutTestHooks} from '../../../scripts/store-build';

const CONTENT = {contentScript: true};

// The store build's post-write pass works on minified output: these are the shapes the compiled JSX and
// the adapters take there.
describe('withoutTestHooks', () => {
  it("drops the extension's own data-testid attributes wherever they sit in a props object", () => {
    expect(withoutTestHooks('z(`p`,{"data-testid":`verdict`})', CONTENT)).toBe('z(`p`,{})');
    expect(withoutTestHooks('z(`p`,{"data-testid":`verdict`,class:`muted`})', CONTENT)).toBe('z(`p`,{class:`muted`})');
    expect(withoutTestHooks('z(`p`,{class:`muted`,"data-testid":`verdict`,role:`status`})', CONTENT)).toBe(
      'z(`p`,{class:`muted`,role:`status`})',
    );
    expect(withoutTestHooks('z(`p`,{class:`muted`,"data-testid":`verdict`})', CONTENT)).toBe('z(`p`,{class:`muted`})');
  });

  it("keeps a job site's data-testid selectors, a computed test id and a template with a value in it", () => {
    const kept = [
      'title:[`[data-testid="jobsearch-JobInfoHeader-title"]`,`h1`]',
      'pay:[{css:`p:has(> [data-testid="job-card-location"]) ~ div p`,match:D}]',
      'z(`ul`,{"data-testid":n})',
      'z(`ul`,{"data-testid":`row-${n}`})',
    ];
    for (const source of kept) expect(withoutTestHooks(source, {contentScript: true})).toBe(source);
  });

  it("keeps the test ids of the extension's own pages, which bench:postings drives the store build by", () => {
    expect(withoutTestHooks('z(`p`,{"data-testid":`postings-count`})', {contentScript: false})).toBe(
      'z(`p`,{"data-testid":`postings-count`})',
    );
  });

  it("empties the adapters' test URLs in every script, and drops the key in the content scripts", () => {
    const adapter = '{id:`lever`,testUrls:[`https://jobs.lever.co/x/1 (2025)`,"b"],watch:[]}';
    expect(withoutTestHooks(adapter, {contentScript: false})).toBe('{id:`lever`,testUrls:[],watch:[]}');
    expect(withoutTestHooks(adapter, CONTENT)).toBe('{id:`lever`,watch:[]}');
    expect(withoutTestHooks('{testUrls:[],id:`x`}', CONTENT)).toBe('{id:`x`}');
    expect(withoutTestHooks('{id:`x`,testUrls:[]}', CONTENT)).toBe('{id:`x`}');
  });
});
