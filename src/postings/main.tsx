// "Your postings": the extension page listing what TPM Lens remembered. It reads the IndexedDB store
// directly (an extension page shares the background's origin); re-analysis runs in the background,
// which holds the wage data. The first screen comes first: its rows are read before anything renders,
// and what they do not need (the store module with its migrations and record schema, the compare view,
// export and import, the browser API wrapper) loads once they are shown.
import {render} from 'preact';
import type {Message, UpkeepReply} from '../messages';
import type {PostingsStore} from '../storage/postings-db';
import {readFirstRows} from '../storage/postings-first-rows';
import {loadPostingsSettings, savePostingsSettings} from '../storage/postings-settings';
import {PostingsApp} from './PostingsApp';
import {FIRST_ROWS} from './use-rows';
import '../pages/theme.css';
import './postings.css';

performance.mark('postings:script');
const firstRows = readFirstRows(FIRST_ROWS);

function download(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const root = document.getElementById('app')!;
const say = (text: string) => {
  const note = document.createElement('p');
  note.className = 'status error';
  note.setAttribute('role', 'alert');
  note.textContent = text;
  document.body.prepend(note);
};

const browserApi = () => import('webextension-polyfill').then((module) => module.default);

let store: Promise<PostingsStore> | null = null;
/** The store module loads on the first call (after the first rows), once. */
const openStore = () =>
  (store ??= import('../storage/postings-db').then(({BLOCKED_MESSAGE, createPostingsStore}) =>
    createPostingsStore({
      onBlocked: () => say(BLOCKED_MESSAGE),
      onVersionChange: () => say('TPM Lens was updated and needs to upgrade your postings: reload this page.'),
    }),
  ));

render(
  <PostingsApp
    store={openStore}
    loadSettings={() => browserApi().then((browser) => loadPostingsSettings(browser.storage.local))}
    saveSettings={(settings) => browserApi().then((browser) => savePostingsSettings(browser.storage.local, settings))}
    upkeep={() =>
      browserApi()
        .then((browser) => browser.runtime.sendMessage({type: 'tpm-lens/postings-upkeep'} satisfies Message))
        .then(
          (reply) => (reply as UpkeepReply | undefined) ?? null,
          () => null,
        )
    }
    download={download}
    usage={async () => (await navigator.storage?.estimate?.())?.usage ?? null}
    firstRows={firstRows}
  />,
  root,
);
