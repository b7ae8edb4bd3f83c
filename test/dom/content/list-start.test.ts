// List mode is made only once the page shows a result list: a posting page's start-up runs none of it, and a
// navigation (single-page app) from a posting to a list marks the list's cards.
import {afterEach, describe, expect, it, vi} from 'vitest';

const posted = vi.hoisted(() => [] as Array<{type?: string}>);
const browserMock = vi.hoisted(() => ({
  runtime: {
    id: 'tpm-lens' as string | undefined,
    sendMessage: vi.fn(async () => null),
    connect: vi.fn(() => ({
      postMessage: ({message}: {message: {type?: string}}) => void posted.push(message),
      onMessage: {addListener: vi.fn()},
      onDisconnect: {addListener: vi.fn()},
      disconnect: vi.fn(),
    })),
  },
  storage: {
    onChanged: {addListener: vi.fn()},
    local: {get: vi.fn(async () => ({})), set: vi.fn(async () => undefined)},
  },
}));
vi.mock('../../../src/content/browser-api', () => ({browser: browserMock}));
/** List modes made (the real one, counted). */
const made = vi.hoisted(() => ({count: 0}));
vi.mock('../../../src/content/list', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/content/list')>();
  return {
    ...real,
    createListMode: (...args: Parameters<typeof real.createListMode>) => {
      made.count++;
      return real.createListMode(...args);
    },
  };
});

afterEach(() => {
  document.body.replaceChildren();
});

const setUrl = (href: string) => (window as unknown as {happyDOM: {setURL(url: string): void}}).happyDOM.setURL(href);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cardsAsked = () => posted.filter((message) => message.type === 'tpm-lens/cards').length;

describe('list mode at start-up', () => {
  it('is not started on a posting page, and starts when the page navigates to a list', async () => {
    setUrl('https://www.indeed.com/viewjob?jk=abc123');
    document.body.innerHTML = '<h1 data-testid="jobsearch-JobInfoHeader-title">Technical Program Manager</h1>';
    const {start} = await import('../../../src/content/main');
    start();
    await wait(100);
    expect(made.count).toBe(0);
    expect(cardsAsked()).toBe(0);

    document.body.innerHTML =
      '<div id="mosaic-provider-jobcards">' +
      ['1a', '2b']
        .map(
          (jk) =>
            `<div class="job_seen_beacon"><h2 class="jobTitle"><a data-jk="${jk}" id="jobTitle-${jk}">Technical Program Manager</a></h2>` +
            '<span data-testid="company-name">Acme</span><div data-testid="text-location">Seattle, WA</div></div>',
        )
        .join('') +
      '</div>';
    history.pushState({}, '', 'https://www.indeed.com/jobs?q=technical+program+manager');
    // The URL poll (no Navigation API in happy-dom) hears it within 500 ms.
    await wait(800);
    expect(made.count).toBe(1);
    expect(cardsAsked()).toBe(1);
    expect(posted.find((message) => message.type === 'tpm-lens/cards')).toMatchObject({
      cards: [{key: 'indeed:1a'}, {key: 'indeed:2b'}],
    });
  });
});
