// The options page rendered into the test's document (happy-dom), and what a user does on it: the setup the
// options DOM tests share.
import {h, render} from 'preact';
import {act} from 'preact/test-utils';
import {afterEach, beforeEach, vi} from 'vitest';
import {OptionsApp} from '../../src/options/OptionsApp';
import {createProfileStore} from '../../src/storage/profile-store';
import {memoryArea} from './memory-area';

/** Gives each test a fresh root (the Profile tab's address) and returns the helpers that act on it. */
export function optionsPage() {
  const page = {root: null as unknown as HTMLElement};
  beforeEach(() => {
    page.root = document.createElement('div');
    document.body.append(page.root);
    history.replaceState(null, '', '#profile');
  });
  afterEach(() => {
    render(null, page.root);
    page.root.remove();
  });

  const settle = async () => {
    for (let index = 0; index < 5; index++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  };
  const $ = <T extends Element = HTMLElement>(selector: string) => {
    const found = page.root.querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  };
  async function type(selector: string, value: string) {
    const field = $<HTMLInputElement | HTMLTextAreaElement>(selector);
    await act(() => {
      field.value = value;
      field.dispatchEvent(new Event('input', {bubbles: true}));
    });
  }
  async function click(element: Element) {
    await act(() => {
      (element as HTMLElement).click();
    });
    await settle();
  }
  const button = (text: string) => {
    const found = [...page.root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text);
    if (!found) throw new Error(`no button "${text}"`);
    return found;
  };
  /** What a user does on a page that shows a Save button: presses it (submit, as the browser would). */
  async function pressSave() {
    const form = page.root.querySelector('form');
    if (form) await act(() => void form.dispatchEvent(new Event('submit', {bubbles: true, cancelable: true})));
    await settle();
  }
  /** The options page over these storage areas. */
  async function mount(sync = memoryArea(), local = memoryArea()) {
    const download = vi.fn();
    const copyText = vi.fn(async () => undefined);
    const store = createProfileStore({sync, local});
    render(h(OptionsApp, {store, download, copyText}), page.root);
    await settle();
    return {sync, local, download, copyText, store};
  }
  return {page, settle, $, type, click, button, pressSave, mount};
}
