import { isUtf8 } from 'node:buffer';

/** What reading a file gave: article text, or a reason it is not an article. */
export type Decoded =
  | {
      readonly ok: true;
      readonly text: string;
      readonly notes: readonly string[];
      /** The file's last modification as a local calendar day (YYYY-MM-DD), when read from disk. */
      readonly modified?: string;
    }
  | { readonly ok: false; readonly reason: string };

const SNIFF = 8192;

/**
 * Bytes to article text. Binary files (NUL bytes, mostly control characters) are refused with a
 * reason; a UTF-8 byte order mark is dropped as editors drop it; UTF-16 with a byte order mark is
 * decoded; invalid UTF-8 is decoded with replacement characters and said so. `cut`: the bytes are
 * the start of a longer file, so a character the cut split is dropped rather than called invalid.
 */
export function decodeArticle(bytes: Uint8Array, cut = false): Decoded {
  if (bytes.length === 0) return { ok: true, text: '', notes: [] };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(evenCut(bytes.subarray(2), cut, false), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(evenCut(bytes.subarray(2), cut, true), 'utf-16be');
  let body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (cut) body = utf8Cut(body);
  const sniff = body.subarray(0, SNIFF);
  let control = 0;
  for (let i = 0; i < sniff.length; i++) {
    const b = sniff[i]!;
    if (b === 0) return { ok: false, reason: 'binary file (contains NUL bytes: an image, a PDF, or UTF-16 without a byte order mark), not an article' };
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (sniff.length && control / sniff.length > 0.1) return { ok: false, reason: 'binary file (mostly control characters), not an article' };
  // Valid UTF-8 (nearly every article) is checked and decoded natively, in a fraction of the time
  // a fatal TextDecoder takes: that was most of reading a workspace. Text opening with a second
  // byte order mark is left to the decoder, which drops it.
  if (!(body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) && isUtf8(body)) {
    return { ok: true, text: Buffer.from(body.buffer, body.byteOffset, body.length).toString('utf8'), notes: [] };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), notes: [] };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(body),
      notes: ['The file is not valid UTF-8; undecodable bytes were read as \uFFFD.'],
    };
  }
}

/**
 * Bytes read up to a size limit end wherever the limit fell: a character cut in two there is not
 * an encoding error. UTF-8: drop a trailing incomplete sequence (at most 3 bytes).
 */
function utf8Cut(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.subarray(0, n - back) : bytes;
  }
  return bytes;
}

/** UTF-16 cut at a limit: an odd last byte and a high surrogate left without its pair are dropped. */
function evenCut(bytes: Uint8Array, cut: boolean, bigEndian: boolean): Uint8Array {
  if (!cut) return bytes;
  let n = bytes.length - (bytes.length % 2);
  const hi = n >= 2 ? (bigEndian ? bytes[n - 2]! : bytes[n - 1]!) : 0;
  if (hi >= 0xd8 && hi <= 0xdb) n -= 2;
  return bytes.subarray(0, n);
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), notes: [`Read as ${encoding.toUpperCase()}.`] };
  } catch {
    return { ok: false, reason: `invalid ${encoding.toUpperCase()} text` };
  }
}
