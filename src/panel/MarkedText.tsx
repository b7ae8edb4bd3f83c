import {excerptAround} from '../core/excerpt';
import {withoutBidiControls} from '../core/invisible';

/**
 * A sentence of the page with the words at `at` marked, cut to `context` characters either side of them ("…"
 * where cut): page text, so isolated and without direction controls (as PageText), in one isolate so that the
 * mark stays inside it. The cut is made before the controls go: the positions are the sentence's own.
 */
export function MarkedText({
  text,
  at,
  context,
}: {
  text: string;
  at: readonly [number, number] | null | undefined;
  context: number;
}) {
  const {before, phrase, after} = excerptAround(text, at, context);
  return (
    <bdi>
      {withoutBidiControls(before)}
      {phrase ? <mark>{withoutBidiControls(phrase)}</mark> : null}
      {withoutBidiControls(after)}
    </bdi>
  );
}
