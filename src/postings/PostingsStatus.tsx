import type {Listing} from '../storage/postings-db';
import type {Message} from './use-rows';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface Props {
  count: number | null;
  /** All rows are read (else the count is of the first screen's). */
  complete: boolean;
  bytes: number | null;
  message: Message;
  unreadable: Listing['unreadable'];
}

/** How many postings, the space they use, the last action's message and the records kept aside. */
export function PostingsStatus({count, complete, bytes, message, unreadable}: Props) {
  return (
    <>
      <p data-testid="postings-count" aria-live="polite">
        {count === null
          ? 'Reading your postings…'
          : `${count}${complete ? '' : '+'} ${count === 1 && complete ? 'posting' : 'postings'} stored${bytes === null ? '' : `, about ${megabytes(bytes)} used by TPM Lens on this computer`}.`}
      </p>
      {message ? (
        <p
          class={`status ${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="postings-message"
        >
          {message.text}
        </p>
      ) : null}
      {unreadable.length ? (
        <details class="status error" data-testid="unreadable" open>
          <summary>
            {unreadable.length} stored {unreadable.length === 1 ? 'posting' : 'postings'} could not be read and{' '}
            {unreadable.length === 1 ? 'was' : 'were'} kept aside; the others are listed.
          </summary>
          <ul>
            {unreadable.slice(0, 20).map((entry, index) => (
              <li key={index}>
                {entry.key ?? '(no key)'}: {entry.problem}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
