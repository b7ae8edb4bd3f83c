// Draws the toolbar and store icons (public/icons/icon-{16,32,48,128}.png): a magnifying lens over
// a checklist on a blue rounded square. Run with `npm run icons`; the output is committed.
// A tiny PNG encoder (node:zlib for the deflate step) keeps this free of image dependencies.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {deflateSync} from 'node:zlib';

type RGBA = [number, number, number, number];
/** Coverage test in a unit square (0..1 coordinates, y down): which colour a point takes, if any. */
type Shape = (x: number, y: number) => RGBA | null;

const SIZES = [16, 32, 48, 128] as const;
const OUT_DIR = join(import.meta.dirname, '..', 'public', 'icons');
/** Samples per pixel side: edges are anti-aliased by averaging SUPERSAMPLE² samples. */
const SUPERSAMPLE = 4;

const BLUE: RGBA = [11, 95, 206, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const PALE: RGBA = [190, 215, 250, 255];

function roundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const LENS = {cx: 0.43, cy: 0.43, r: 0.24, ring: 0.075};

/** Layers from top to bottom: the first shape that covers a point gives its colour. */
const LAYERS: Shape[] = [
  // lens ring
  (x, y) => (Math.abs(Math.hypot(x - LENS.cx, y - LENS.cy) - LENS.r) <= LENS.ring / 2 ? WHITE : null),
  // handle
  (x, y) => (distanceToSegment(x, y, 0.62, 0.62, 0.8, 0.8) <= 0.065 ? WHITE : null),
  // checklist lines seen through the lens
  (x, y) => {
    if (Math.hypot(x - LENS.cx, y - LENS.cy) > LENS.r - LENS.ring / 2) return null;
    const onLine = [0.35, 0.45, 0.55].some((lineY) => Math.abs(y - lineY) <= 0.028) && x >= 0.3 && x <= 0.56;
    return onLine ? PALE : null;
  },
  (x, y) => (roundedSquare(x, y, 0.2) ? BLUE : null),
];

function sample(x: number, y: number): RGBA {
  for (const layer of LAYERS) {
    const colour = layer(x, y);
    if (colour) return colour;
  }
  return [0, 0, 0, 0];
}

/** RGBA pixels, premultiplied while averaging so transparent samples do not darken edges. */
function render(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [cr, cg, cb, ca] = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const offset = (py * size + px) * 4;
      pixels[offset] = a ? Math.round(r / a) : 0;
      pixels[offset + 1] = a ? Math.round(g / a) : 0;
      pixels[offset + 2] = a ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round(a / (n * n));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** PNG: 8-bit RGBA, no interlace, filter type 0 on every row. */
export function encodePng(size: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    rows.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, {level: 9})),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

mkdirSync(OUT_DIR, {recursive: true});
for (const size of SIZES) {
  const file = join(OUT_DIR, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
