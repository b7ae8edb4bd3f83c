// "Your postings": the extension page listing what TPM Lens remembered. It reads the IndexedDB store
// directly (an extension page shares the background's origin); re-analysis runs in the background,
// which holds the wage data.
import {render} from 'preact';
import browser from 'webextension-polyfill';
import type {Message, UpkeepReply} from '../messages';
import {BLOCKED_MESSAGE, createPostingsStore} from '../storage/postings-db';
import {loadPostingsSettings, savePostingsSettings} from '../storage/postings-settings';
import {PostingsApp} from './PostingsApp';
import {FIRST_ROWS} from './use-rows';
import '../pages/theme.css';
import './postings.css';

function download(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

performance.mark('postings:script');
const root = document.getElementById('app')!;
const say = (text: string) => {
  const note = document.createElement('p');
  note.className = 'status error';
  note.setAttribute('role', 'alert');
  note.textContent = text;
  document.body.prepend(note);
};

const store = createPostingsStore({
  onBlocked: () => say(BLOCKED_MESSAGE),
  onVersionChange: () => say('TPM Lens was updated and needs to upgrade your postings: reload this page.'),
});

// The first screen's read starts now, not after the first render (effects wait for a frame).
const firstRead = store.summaries(FIRST_ROWS);
// The app awaits it (and reports a failure); this keeps an early failure from counting as unhandled.
firstRead.catch(() => undefined);

render(
  <PostingsApp
    store={store}
    loadSettings={() => loadPostingsSettings(browser.storage.local)}
    saveSettings={(settings) => savePostingsSettings(browser.storage.local, settings)}
    upkeep={() =>
      browser.runtime.sendMessage({type: 'tpm-lens/postings-upkeep'} satisfies Message).then(
        (reply) => (reply as UpkeepReply | undefined) ?? null,
        () => null,
      )
    }
    download={download}
    usage={async () => (await navigator.storage?.estimate?.())?.usage ?? null}
    firstRead={firstRead}
  />,
  root,
);
