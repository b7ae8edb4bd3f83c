import {withoutBidiControls} from '../core/invisible';

/**
 * Text a web page wrote (a title, a company, a sentence): isolated from what is around it (<bdi>, and
 * `unicode-bidi: isolate` in the styles), its direction controls removed, so that a U+202E in a title
 * cannot reverse the panel's own words after it.
 */
export function PageText({text}: {text: string}) {
  return <bdi>{withoutBidiControls(text)}</bdi>;
}
