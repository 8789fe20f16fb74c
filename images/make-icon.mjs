// Draws Copydesk's 128×128 icon and writes images/icon.png with a small PNG encoder (node:zlib for
// the deflate stream, CRC-32 by hand): no image library, no network. Run: node images/make-icon.mjs
// The picture: a page of copy, one line marked as a conflict, and a quotation mark.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // supersampling per axis, for smooth edges

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const union = (...fs) => (x, y) => fs.some((f) => f(x, y));

// A closing-quote comma: a disc with a tail curving down-left.
const comma = (cx, cy, r) => union(circle(cx, cy, r), (x, y) => {
  const dx = x - cx, dy = y - cy;
  return dy > 0 && dy < r * 2.1 && dx <= r && dx >= r - (r * 1.25) * (1 - dy / (r * 2.2)) - dy * 0.55 && dx <= r - dy * 0.45;
});

// Painted back to front: [shape, [r, g, b]]
const layers = [
  [roundRect(4, 4, 124, 124, 22), [31, 58, 95]],          // navy tile
  [roundRect(26, 18, 94, 110, 6), [250, 248, 242]],       // the page
  ...[34, 46, 58, 82, 94].map((y, i) => [roundRect(36, y, i === 4 ? 66 : 84, y + 5, 2.5), [150, 160, 172]]),
  [roundRect(33, 67, 87, 77, 3), [255, 196, 0]],          // a highlighted line: where sources disagree
  [roundRect(36, 70, 84, 75, 2.5), [120, 90, 0]],
  [circle(96, 92, 24), [214, 69, 65]],                    // the red badge
  [comma(88, 86, 7), [255, 255, 255]],
  [comma(104, 86, 7), [255, 255, 255]],
];

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const px = x + (sx + 0.5) / SS, py = y + (sy + 0.5) / SS;
        let colour = null;
        for (const [shape, c] of layers) if (shape(px, py)) colour = c;
        if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; a++; }
      }
    }
    const o = (y * SIZE + x) * 4;
    pixels[o] = a ? Math.round(r / a) : 0;
    pixels[o + 1] = a ? Math.round(g / a) : 0;
    pixels[o + 2] = a ? Math.round(b / a) : 0;
    pixels[o + 3] = Math.round((a / (SS * SS)) * 255);
  }
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4); // filter 0 per row

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
