import {readPagePosting} from '../sites/read';
import {logEmptyFields} from './log';
import {mark, MARKS} from './marks';
import {createOwners, fingerprint} from './posting-owners';

/**
 * Job sites render the posting after the URL changes; read again a few times before saying "no posting".
 * The watcher's mutation nudges cut a wait short as soon as the posting's container changes.
 */
export const RETRY_DELAYS_MS = [150, 400, 1000, 3000] as const;

/**
 * Reads the posting for a key, waiting between reads while the page shows none or shows another posting's
 * content, and remembers which content belonged to which key.
 */
export function createPostingReader(doc: Document, retryDelays: readonly number[]) {
  const owners = createOwners();
  /** What the latest read settled on (before its analysis is back). */
  let accepted: {key: string; fingerprint: string} | null = null;
  /** Ends the current wait between reads early (the posting's container changed). */
  let wake: (() => void) | null = null;
  /** Set when the posting's container changed since the last read. */
  let nudged = false;
  /** Changes when the page gains or loses elements or retitles itself: cheap next to a read. */
  const pageSignature = () => `${doc.title}\n${doc.getElementsByTagName('*').length}`;

  const pause = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, {once: true});
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        if (wake === done) wake = null;
        resolve();
      }
      wake = done;
    });

  /**
   * Reads the posting for `key`, waiting (up to the retry delays) while the page shows none or shows
   * another posting's content. `previousKey`: the first read is of the page as the navigation left it.
   */
  async function read(url: URL, key: string, signal: AbortSignal, previousKey: string | null) {
    let result: ReturnType<typeof readPagePosting> = null;
    let signature = '';
    for (let attempt = 0; ; attempt++) {
      // A page that has not changed since the last read would read the same: skip it (pages without a
      // posting would otherwise be read five times over a few seconds). The signature counts every
      // element, so it is taken only when a retry may follow, never ahead of the first read.
      const now = attempt === 0 ? null : pageSignature();
      if (now === null || nudged || now !== signature) {
        nudged = false;
        result = readPagePosting(doc, url);
      }
      const print = result ? fingerprint(result.posting) : null;
      if (print !== null && attempt === 0 && previousKey !== null) owners.own(print, previousKey);
      // Another posting's content under the new key: the site has changed the URL but not yet the pane.
      const owner = print === null ? undefined : owners.ownerOf(print);
      const settled = print !== null && (owner === undefined || owner === key);
      if (settled || attempt >= retryDelays.length || signal.aborted) {
        if (settled && !signal.aborted) {
          owners.own(print, key);
          accepted = {key, fingerprint: print};
        }
        // Here, not where the caller resumes: what runs in between (the rest of start-up) is not reading.
        if (result && !signal.aborted) mark(MARKS.read);
        logEmptyFields(url, result);
        return result;
      }
      // The read is synchronous: the page is as it was when this attempt began.
      signature = now ?? pageSignature();
      await pause(retryDelays[attempt]!, signal);
      if (signal.aborted) return null;
    }
  }

  /**
   * Whether the page now holds different content for the accepted key that belongs to no other posting:
   * the read took an earlier state of the page.
   */
  function changedSinceAccepted(url: URL): boolean {
    if (!accepted) return false;
    const now = readPagePosting(doc, url);
    if (!now) return false;
    const print = fingerprint(now.posting);
    const owner = owners.ownerOf(print);
    return print !== accepted.fingerprint && (owner === undefined || owner === accepted.key);
  }

  return {
    read,
    changedSinceAccepted,
    /** The key the latest read settled on, if it settled. */
    acceptedKey: () => accepted?.key ?? null,
    /** A new run starts: nothing is settled yet. */
    reset: () => {
      accepted = null;
    },
    /** The posting's container changed. True when a wait between reads was cut short by it. */
    nudge(): boolean {
      nudged = true;
      if (!wake) return false;
      wake();
      return true;
    },
  };
}
