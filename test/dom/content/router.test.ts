// The route watcher (LinkedIn off /jobs/): a URL check and nothing else until the site navigates into the
// content script's paths; then one request to start it there, asked again at the next such navigation when
// the start failed, and no more once it succeeded.
import {describe, expect, it, vi} from 'vitest';
import {STARTED} from '../../../src/content/started';

const runtime = vi.hoisted(() => ({
  // As Chrome's build declares them: the sites' scripts' loaders, then the route watcher itself (whose matches
  // cover every path, so it must not be read as where the content script starts).
  getManifest: vi.fn(() => ({
    content_scripts: [
      {js: ['src/content/sites/linkedin.loader.js'], matches: ['https://*.linkedin.com/jobs/*']},
      {js: ['src/content/sites/lever.loader.js'], matches: ['https://jobs.lever.co/*']},
      {js: ['src/content/router.js'], matches: ['https://*.linkedin.com/*']},
    ],
  })),
  sendMessage: vi.fn(async (): Promise<unknown> => ({ok: true})),
}));

describe('route watcher', () => {
  it('asks the background to start the content script on navigation into its paths, again after a failed start', async () => {
    (window as unknown as {happyDOM: {setURL(url: string): void}}).happyDOM.setURL('https://www.linkedin.com/feed/');
    (globalThis as {chrome?: unknown}).chrome = {runtime};
    runtime.sendMessage.mockResolvedValueOnce({ok: false, error: 'the background was restarting'});
    vi.useFakeTimers();
    try {
      await import('../../../src/content/router');
      await vi.advanceTimersByTimeAsync(2_000);
      // On the feed: the page state for the tests, and the extension API not even touched.
      expect(document.documentElement.dataset.tpmLens).toBe('no-posting');
      expect(runtime.getManifest).not.toHaveBeenCalled();
      expect(runtime.sendMessage).not.toHaveBeenCalled();

      history.pushState({}, '', '/messaging/');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(runtime.sendMessage).not.toHaveBeenCalled();

      // Into /jobs/: one request, which fails; the next navigation there asks again, and succeeds.
      history.pushState({}, '', '/jobs/view/3915648739/');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
      expect(runtime.sendMessage).toHaveBeenLastCalledWith({type: 'tpm-lens/start-content-script'});
      history.pushState({}, '', '/jobs/view/4053542511/');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(runtime.sendMessage).toHaveBeenCalledTimes(2);

      // Started: the content script follows the site from here; the watcher asks nothing more.
      history.pushState({}, '', '/feed/');
      await vi.advanceTimersByTimeAsync(1_000);
      history.pushState({}, '', '/jobs/view/4205971663/');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(runtime.sendMessage).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks nothing once the content script runs in its world (started by "Analyze this page")', async () => {
    (window as unknown as {happyDOM: {setURL(url: string): void}}).happyDOM.setURL('https://www.linkedin.com/feed/');
    (globalThis as {chrome?: unknown}).chrome = {runtime};
    runtime.sendMessage.mockClear();
    vi.resetModules();
    vi.useFakeTimers();
    try {
      await import('../../../src/content/router');
      (globalThis as Record<symbol, unknown>)[STARTED] = Promise.resolve();
      history.pushState({}, '', '/jobs/view/3915648739/');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(runtime.sendMessage).not.toHaveBeenCalled();
    } finally {
      delete (globalThis as Record<symbol, unknown>)[STARTED];
      vi.useRealTimers();
    }
  });
});
