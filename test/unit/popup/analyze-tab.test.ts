import {beforeEach, describe, expect, it, vi} from 'vitest';

// The popup's edge to the browser, with the browser replaced: what is asked of it, and in what order.
const browserMock = vi.hoisted(() => ({
  runtime: {getManifest: vi.fn()},
  tabs: {query: vi.fn()},
  scripting: {executeScript: vi.fn()},
  storage: {session: {get: vi.fn()}},
}));
vi.mock('webextension-polyfill', () => ({default: browserMock}));

const {analyzeActiveTab} = await import('../../../src/popup/analyze-tab');

const SUMMARY = {
  title: 'Technical Program Manager',
  company: 'Example',
  url: 'https://careers.example.com/jobs/1',
  verdict: 'tpm',
  completeness: 61,
  fit: null,
  analyzedAt: '2026-01-01T00:00:00.000Z',
};

beforeEach(() => {
  vi.resetAllMocks();
  browserMock.runtime.getManifest.mockReturnValue({content_scripts: [{js: ['src/content/index.js']}]});
  browserMock.tabs.query.mockResolvedValue([{id: 7}]);
});

describe('analyse this page on demand', () => {
  it('injects the built content script into the active tab and returns the summary it reports', async () => {
    let reads = 0;
    browserMock.storage.session.get.mockImplementation(async () => (++reads >= 2 ? {'tab:7': SUMMARY} : {}));
    browserMock.scripting.executeScript.mockResolvedValue([{result: null}]);
    await expect(analyzeActiveTab()).resolves.toEqual({kind: 'summary', summary: SUMMARY});
    expect(browserMock.scripting.executeScript.mock.calls[0]![0]).toEqual({
      target: {tabId: 7},
      files: ['src/content/index.js'],
    });
  });

  it("injects the script Chrome's loader imports, not the loader (it could not import it on other hosts)", async () => {
    browserMock.runtime.getManifest.mockReturnValue({
      content_scripts: [{js: ['src/content/loader.js']}],
      web_accessible_resources: [
        {resources: ['src/content/index.js'], matches: ['https://*.indeed.com/*'], use_dynamic_url: true},
      ],
    });
    browserMock.storage.session.get.mockResolvedValue({'tab:7': SUMMARY});
    browserMock.scripting.executeScript.mockResolvedValue([{result: null}]);
    await analyzeActiveTab();
    expect(browserMock.scripting.executeScript.mock.calls[0]![0]).toEqual({
      target: {tabId: 7},
      files: ['src/content/index.js'],
    });
  });

  it('says "no posting" once the page decides so', async () => {
    browserMock.storage.session.get.mockResolvedValue({});
    browserMock.scripting.executeScript.mockImplementation(async (details: {files?: string[]}) =>
      details.files ? [] : [{result: 'no-posting'}],
    );
    await expect(analyzeActiveTab()).resolves.toEqual({kind: 'no-posting'});
  });

  it('explains when the browser refuses the page', async () => {
    browserMock.scripting.executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const result = await analyzeActiveTab();
    expect(result.kind).toBe('cannot-read');
    expect(result.kind === 'cannot-read' && result.reason).toContain('Cannot access a chrome:// URL');
  });
});
