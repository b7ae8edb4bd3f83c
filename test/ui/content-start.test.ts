// @vitest-environment happy-dom
import {describe, expect, it, vi} from 'vitest';

const browserMock = vi.hoisted(() => ({
  runtime: {sendMessage: vi.fn(async () => null)},
  storage: {onChanged: {addListener: vi.fn()}},
}));
vi.mock('webextension-polyfill', () => ({default: browserMock}));

describe('content script entry', () => {
  it('starts once, even when "Analyze this page" injects it into a page where it already runs', async () => {
    vi.useFakeTimers();
    await import('../../src/content/index');
    vi.resetModules();
    await import('../../src/content/index');
    expect(browserMock.storage.onChanged.addListener).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
