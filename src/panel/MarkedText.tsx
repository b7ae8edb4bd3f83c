import type {Excerpt} from '../core/excerpt';
import {withoutBidiControls} from '../core/invisible';

/**
 * A sentence of the page, as excerptAround cut it, with the words that show the item marked: page text, so
 * isolated and without direction controls (as PageText), in one isolate so that the mark stays inside it. The
 * controls go after the cut: its positions are the sentence's own.
 */
export function MarkedText({excerpt: {before, phrase, after}}: {excerpt: Excerpt}) {
  return (
    <bdi>
      {withoutBidiControls(before)}
      {phrase ? <mark>{withoutBidiControls(phrase)}</mark> : null}
      {withoutBidiControls(after)}
    </bdi>
  );
}
