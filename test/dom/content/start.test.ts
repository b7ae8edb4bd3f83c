import {describe, expect, it, vi} from 'vitest';

const browserMock = vi.hoisted(() => ({
  runtime: {sendMessage: vi.fn(async () => null)},
  storage: {
    onChanged: {addListener: vi.fn()},
    local: {get: vi.fn(async () => ({})), set: vi.fn(async () => undefined)},
  },
}));
vi.mock('../../../src/content/browser-api', () => ({browser: browserMock}));

/** The entry's start-up promise (src/content/boot.ts). */
const started = () =>
  (globalThis as unknown as Record<symbol, Promise<void> | undefined>)[Symbol.for('tpm-lens.content-started')];

describe('content script entry', () => {
  it('starts once, even when "Analyze this page" injects it into a page where it already runs', async () => {
    vi.useFakeTimers();
    // The entry starts the rest of the script by a dynamic import: wait for it.
    await import('../../../src/content/sites/linkedin');
    await started();
    const listeners = browserMock.storage.onChanged.addListener.mock.calls.length;
    expect(listeners).toBeGreaterThan(0);
    // The remembered panel choices are read once per start.
    expect(browserMock.storage.local.get).toHaveBeenCalledTimes(1);
    vi.resetModules();
    await import('../../../src/content/sites/linkedin');
    await started();
    expect(browserMock.storage.onChanged.addListener).toHaveBeenCalledTimes(listeners);
    expect(browserMock.storage.local.get).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
