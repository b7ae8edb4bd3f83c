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
  browserMock.runtime.getManifest.mockReturnValue({
    content_scripts: [
      {js: ['src/content/sites/linkedin.js'], matches: ['https://*.linkedin.com/jobs/*']},
      {js: ['src/content/sites/lever.js'], matches: ['https://jobs.lever.co/*']},
      {js: ['src/content/router.js'], matches: ['https://*.linkedin.com/*']},
    ],
  });
  browserMock.tabs.query.mockResolvedValue([{id: 7, url: 'https://careers.example.com/jobs/1'}]);
});

describe('analyse this page on demand', () => {
  it('injects a built content script into the active tab and returns the summary it reports', async () => {
    let reads = 0;
    browserMock.storage.session.get.mockImplementation(async () => (++reads >= 2 ? {'tab:7': SUMMARY} : {}));
    browserMock.scripting.executeScript.mockResolvedValue([{result: null}]);
    await expect(analyzeActiveTab()).resolves.toEqual({kind: 'summary', summary: SUMMARY});
    // A host no site's script is declared on: any site's script reads it as an unknown site (the first).
    expect(browserMock.scripting.executeScript.mock.calls[0]![0]).toEqual({
      target: {tabId: 7},
      files: ['src/content/sites/linkedin.js'],
    });
  });

  it("injects the tab's own site's script, on any path of its hosts, and never the route watcher", async () => {
    browserMock.storage.session.get.mockResolvedValue({'tab:7': SUMMARY});
    browserMock.scripting.executeScript.mockResolvedValue([{result: null}]);
    for (const [url, file] of [
      ['https://jobs.lever.co/acme/0f5e1f2a', 'src/content/sites/lever.js'],
      ['https://www.linkedin.com/feed/', 'src/content/sites/linkedin.js'],
      ['https://evil-lever.co/acme', 'src/content/sites/linkedin.js'],
    ]) {
      browserMock.tabs.query.mockResolvedValue([{id: 7, url}]);
      browserMock.scripting.executeScript.mockClear();
      await analyzeActiveTab();
      expect(browserMock.scripting.executeScript.mock.calls[0]![0], url).toEqual({target: {tabId: 7}, files: [file]});
    }
  });

  it("reads Firefox's manifest, whose scripts are full URLs", async () => {
    const root = 'moz-extension://0f1e2d3c-aaaa-bbbb-cccc-1234567890ab/';
    browserMock.runtime.getManifest.mockReturnValue({
      content_scripts: [
        {js: [`${root}src/content/sites/linkedin.js`], matches: ['https://*.linkedin.com/jobs/*']},
        {js: [`${root}src/content/router.js`], matches: ['https://*.linkedin.com/*']},
        {js: [`${root}src/content/sites/lever.js`], matches: ['https://jobs.lever.co/*']},
      ],
      web_accessible_resources: null,
    });
    browserMock.tabs.query.mockResolvedValue([{id: 7, url: 'https://jobs.lever.co/acme/1'}]);
    browserMock.storage.session.get.mockResolvedValue({'tab:7': SUMMARY});
    browserMock.scripting.executeScript.mockResolvedValue([{result: null}]);
    await analyzeActiveTab();
    expect(browserMock.scripting.executeScript.mock.calls[0]![0].files).toEqual([`${root}src/content/sites/lever.js`]);
  });

  it('asks the page its address when the tab does not say it', async () => {
    browserMock.tabs.query.mockResolvedValue([{id: 7}]);
    browserMock.storage.session.get.mockResolvedValue({'tab:7': SUMMARY});
    browserMock.scripting.executeScript.mockImplementation(async (details: {func?: unknown}) => [
      {result: details.func ? 'https://jobs.lever.co/acme/1' : null},
    ]);
    await analyzeActiveTab();
    expect(browserMock.scripting.executeScript.mock.calls[1]![0]).toEqual({
      target: {tabId: 7},
      files: ['src/content/sites/lever.js'],
    });
  });

  it("injects the script Chrome's loader imports, not the loader (it could not import it on other hosts)", async () => {
    browserMock.runtime.getManifest.mockReturnValue({
      content_scripts: [{js: ['src/content/sites/indeed.loader.js'], matches: ['https://*.indeed.com/*']}],
      web_accessible_resources: [
        {resources: ['src/content/sites/linkedin.js'], matches: ['https://*.linkedin.com/*'], use_dynamic_url: true},
        {resources: ['src/content/sites/indeed.js'], matches: ['https://*.indeed.com/*'], use_dynamic_url: true},
      ],
    });
    browserMock.tabs.query.mockResolvedValue([{id: 7, url: 'https://uk.indeed.com/viewjob?jk=1'}]);
    browserMock.storage.session.get.mockResolvedValue({'tab:7': SUMMARY});
    browserMock.scripting.executeScript.mockResolvedValue([{result: null}]);
    await analyzeActiveTab();
    expect(browserMock.scripting.executeScript.mock.calls[0]![0]).toEqual({
      target: {tabId: 7},
      files: ['src/content/sites/indeed.js'],
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
