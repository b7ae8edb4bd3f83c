// The content script's start-up on a page that cannot hold a posting (LinkedIn's feed): a route check
// and nothing else (no extension API, no storage read, no reader); the rest starts when the site
// navigates to a posting without a reload.
import {describe, expect, it, vi} from 'vitest';

const browserMock = vi.hoisted(() => ({
  runtime: {sendMessage: vi.fn(async () => null), connect: vi.fn()},
  storage: {
    onChanged: {addListener: vi.fn()},
    local: {get: vi.fn(async () => ({})), set: vi.fn(async () => undefined)},
  },
}));
vi.mock('../../../src/content/browser-api', () => ({browser: browserMock}));
const main = vi.hoisted(() => ({start: vi.fn()}));
vi.mock('../../../src/content/main', () => main);

describe('content script start-up', () => {
  it('on the feed only checks the route, and starts once the site navigates to a posting', async () => {
    (window as unknown as {happyDOM: {setURL(url: string): void}}).happyDOM.setURL('https://www.linkedin.com/feed/');
    vi.useFakeTimers();
    try {
      await import('../../../src/content/sites/linkedin');
      await vi.advanceTimersByTimeAsync(2_000);
      expect(main.start).not.toHaveBeenCalled();
      expect(browserMock.storage.onChanged.addListener).not.toHaveBeenCalled();
      expect(browserMock.storage.local.get).not.toHaveBeenCalled();
      expect(browserMock.runtime.sendMessage).not.toHaveBeenCalled();
      expect(document.documentElement.dataset.tpmLens).toBe('no-posting');

      // Another route without postings: still nothing.
      history.pushState({}, '', '/messaging/');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(main.start).not.toHaveBeenCalled();

      // LinkedIn opens a posting by pushState: the URL check hears it (no Navigation API here).
      history.pushState({}, '', '/jobs/view/3915648739/');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(main.start).toHaveBeenCalledTimes(1);
      history.pushState({}, '', '/jobs/view/4053542511/');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(main.start).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
