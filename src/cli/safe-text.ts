// Posting text is written by whoever published the posting. Printed raw, it can drive a terminal
// (escape sequences: clear the screen, write the clipboard through OSC 52, retitle the window) or a
// spreadsheet (a cell starting "=" is a formula). Everything the command line prints passes here.
import {formulaSafe} from '../core/csv';

/** C0 controls but line feed and tab, DEL, C1 controls, and the bidi controls that reorder a line. */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print to a terminal: control characters removed, line feeds and tabs kept. */
export const terminalSafe = (text: string) => text.replace(TERMINAL_CONTROLS, '');

/**
 * JSON whose strings cannot drive a terminal either: JSON.stringify escapes C0 controls but writes DEL
 * and C1 controls (0x7f-0x9f, such as the 8-bit CSI) as they are. Escaped, they read back the same.
 */
export const terminalSafeJson = (value: unknown) =>
  JSON.stringify(value).replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Controls a CSV cell keeps: tab, line feed and carriage return (inside quotes). */
const CSV_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text for a CSV cell with the controls it must not carry removed (a terminal may show the file). */
export const withoutCsvControls = (text: string) => text.replace(CSV_CONTROLS, '');

/**
 * A text cell as a spreadsheet should show it: terminal controls removed and a cell that would start
 * a formula prefixed with a single quote (`=SUM(A1)` becomes `'=SUM(A1)`), which spreadsheets show as text.
 */
export const spreadsheetSafe = (text: string) => formulaSafe(withoutCsvControls(text));
