// @vitest-environment happy-dom
import {describe, expect, it, vi} from 'vitest';

const browserMock = vi.hoisted(() => ({
  runtime: {sendMessage: vi.fn(async () => null)},
  storage: {onChanged: {addListener: vi.fn()}, local: {get: vi.fn(async () => ({})), set: vi.fn(async () => undefined)}},
}));
vi.mock('webextension-polyfill', () => ({default: browserMock}));

describe('content script entry', () => {
  it('starts once, even when "Analyze this page" injects it into a page where it already runs', async () => {
    vi.useFakeTimers();
    await import('../../src/content/index');
    const listeners = browserMock.storage.onChanged.addListener.mock.calls.length;
    expect(listeners).toBeGreaterThan(0);
    // The remembered panel choices are read once per start.
    expect(browserMock.storage.local.get).toHaveBeenCalledTimes(1);
    vi.resetModules();
    await import('../../src/content/index');
    expect(browserMock.storage.onChanged.addListener).toHaveBeenCalledTimes(listeners);
    expect(browserMock.storage.local.get).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
