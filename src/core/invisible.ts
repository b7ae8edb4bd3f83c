// Characters a page can write that show nothing, or that change the direction of the text after them.

/** Direction controls: U+202E reverses everything after it, until a pop or the end of the paragraph. */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Characters that show nothing: zero-width spaces and joiners, the soft hyphen, word joiners, the byte
 * order mark, and the direction controls. Matching drops them: a page that writes
 * "Tech\u200bnical Program Manager" shows "Technical" and must be read as it shows.
 */
export const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/** Page text for display: no direction controls, so it cannot reverse or reorder what follows it. */
export const withoutBidiControls = (text: string) => text.replace(BIDI_CONTROLS, '');
