// JSON Lines read as a stream, one line at a time: a file, a gzip-compressed file or standard input.
// Memory holds one chunk and the current line, never the whole file, whatever its size.
import {createReadStream, statSync} from 'node:fs';
import type {Readable} from 'node:stream';
import {createGunzip} from 'node:zlib';

export interface Line {
  text: string;
  /** 1-based, counting empty lines, as an editor shows it. */
  number: number;
}

export const STDIN = '-';

/** Whether a path is read as JSON Lines: `.jsonl`/`.ndjson`, gzip-compressed or not, and stdin. */
export function isJsonLines(path: string): boolean {
  return path === STDIN || /\.(?:jsonl|ndjson)(?:\.gz)?$/i.test(path);
}

/** Bytes of the input read so far and in all (null for stdin), for the progress line's estimate. */
export interface ReadProgress {
  read: number;
  total: number | null;
}

/**
 * The lines of a JSON Lines input, in groups: those that have arrived together. A consumer that acts
 * at the end of each group answers an interactive writer line by line, without waiting for more.
 */
export function openLines(path: string, progress: ReadProgress = {read: 0, total: null}): AsyncGenerator<Line[]> {
  // Sized first: a missing file throws here, before a stream exists whose open error no one would handle.
  progress.total = path === STDIN ? null : statSync(path).size;
  const raw: Readable = path === STDIN ? process.stdin : createReadStream(path);
  raw.on('data', (chunk: Buffer) => (progress.read += chunk.length));
  const decompressed = /\.gz$/i.test(path) ? raw.pipe(createGunzip()) : raw;
  // Errors of the file stream (missing, unreadable) surface through the pipe's reader.
  if (decompressed !== raw) raw.on('error', (error) => decompressed.destroy(error));
  decompressed.setEncoding('utf8');
  return splitLines(decompressed);
}

/**
 * Lines of a text stream, chunk by chunk; the async iterator pauses the stream while the consumer is busy.
 * Lines are cut from the chunk itself, and only a line that spans chunks is joined: searching a joined
 * `rest + chunk` cost V8 a copy of the chunk and made splitting several times slower than reading.
 */
export async function* splitLines(stream: AsyncIterable<string>): AsyncGenerator<Line[]> {
  let rest = '';
  let number = 0;
  for await (const chunk of stream) {
    let start = 0;
    const lines: Line[] = [];
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
      let text = chunk.slice(start, end);
      if (rest) {
        text = rest + text;
        rest = '';
      }
      number++;
      // A byte order mark (Windows tools write one) is no part of the first line's JSON.
      if (number === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      lines.push({text: text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text, number});
      start = end + 1;
    }
    if (start < chunk.length) rest += chunk.slice(start);
    if (lines.length) yield lines;
  }
  if (rest.charCodeAt(0) === 0xfeff && number === 0) rest = rest.slice(1);
  if (rest) yield [{text: rest.endsWith('\r') ? rest.slice(0, -1) : rest, number: number + 1}];
}
