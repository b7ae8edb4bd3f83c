// The content script's watching ends when the extension is gone from under the page (reloaded, updated:
// runtime.id is undefined, API calls throw "Extension context invalidated") or the page unloads for good:
// the navigation watcher's observer, poll and listeners are removed, list mode stops.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createLifetime, isContextInvalidated} from '../../../src/content/lifetime';
import {reads} from '../../support/counting-reads';

const browserMock = vi.hoisted(() => ({
  runtime: {id: 'tpm-lens' as string | undefined, sendMessage: vi.fn(async () => null), connect: vi.fn()},
  storage: {
    onChanged: {addListener: vi.fn()},
    local: {get: vi.fn(async () => ({})), set: vi.fn(async () => undefined)},
  },
}));
vi.mock('../../../src/content/browser-api', () => ({browser: browserMock}));

/** Counts the page reads; the real reader still does the reading. */
vi.mock('../../../src/sites/read', async (importOriginal) =>
  (await import('../../support/counting-reads')).counting(await importOriginal()),
);

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.replaceChildren();
});

const setUrl = (href: string) => (window as unknown as {happyDOM: {setURL(url: string): void}}).happyDOM.setURL(href);

describe('createLifetime', () => {
  it('ends on an unload for good, not on a page kept in the back/forward cache', () => {
    const life = createLifetime(() => true);
    window.dispatchEvent(Object.assign(new Event('pagehide'), {persisted: true}));
    expect(life.signal.aborted).toBe(false);
    window.dispatchEvent(Object.assign(new Event('pagehide'), {persisted: false}));
    expect(life.signal.aborted).toBe(true);
  });

  it('ends at the first callback after the extension context is gone, and runs none after', () => {
    let alive = true;
    const life = createLifetime(() => alive);
    const work = vi.fn();
    const guarded = life.whileAlive(work);
    guarded(1);
    expect(work).toHaveBeenCalledWith(1);
    alive = false;
    guarded(2);
    expect(work).toHaveBeenCalledTimes(1);
    expect(life.signal.aborted).toBe(true);
    alive = true; // A context once invalidated never comes back: the lifetime stays ended.
    guarded(3);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('ends when an extension call fails with "Extension context invalidated", not on other failures', () => {
    const life = createLifetime(() => true);
    life.failed(new Error('the extension did not answer in time'));
    expect(life.signal.aborted).toBe(false);
    expect(isContextInvalidated(new Error('Extension context invalidated.'))).toBe(true);
    life.failed(new Error('Extension context invalidated.'));
    expect(life.signal.aborted).toBe(true);
  });
});

describe('the content script once the extension is reloaded under the page', () => {
  it('stops observing the posting and the URL: no more reads, observers disconnected', async () => {
    setUrl('https://www.linkedin.com/jobs/search/?currentJobId=1');
    document.body.innerHTML = '<main><div class="jobs-search__job-details"><h1>First</h1></div></main>';
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const {start} = await import('../../../src/content/main');
    start();
    // The first run's reads and retries (nothing to find on this bare page) end within a few seconds.
    await new Promise((resolve) => setTimeout(resolve, 100));

    // Still alive: the poll (no Navigation API in happy-dom) hears the new posting and reads again.
    let before = reads.count;
    history.pushState({}, '', 'https://www.linkedin.com/jobs/search/?currentJobId=2');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(reads.count).toBeGreaterThan(before);

    // The extension is reloaded: runtime.id goes. The next thing the watcher hears ends the watching.
    browserMock.runtime.id = undefined;
    const disconnectsBefore = disconnect.mock.calls.length;
    history.pushState({}, '', 'https://www.linkedin.com/jobs/search/?currentJobId=3');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(disconnect.mock.calls.length).toBeGreaterThan(disconnectsBefore);

    // Neither the container nor the URL is watched any more: nothing is read.
    before = reads.count;
    document.querySelector('.jobs-search__job-details h1')!.textContent = 'First, re-rendered';
    history.pushState({}, '', 'https://www.linkedin.com/jobs/search/?currentJobId=4');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(reads.count).toBe(before);
  });
});
