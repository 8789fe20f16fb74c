/** What reading a file gave: article text, or a reason it is not an article. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

const SNIFF = 8192;

/**
 * Bytes to article text. Binary files (NUL bytes, mostly control characters) are refused with a
 * reason; a UTF-8 byte order mark is dropped as editors drop it; UTF-16 with a byte order mark is
 * decoded; invalid UTF-8 is decoded with replacement characters and said so.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: true, text: '', notes: [] };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const sniff = body.subarray(0, SNIFF);
  let control = 0;
  for (const b of sniff) {
    if (b === 0) return { ok: false, reason: 'binary file (contains NUL bytes), not an article' };
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (sniff.length && control / sniff.length > 0.1) return { ok: false, reason: 'binary file (mostly control characters), not an article' };
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

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), notes: [`Read as ${encoding.toUpperCase()}.`] };
  } catch {
    return { ok: false, reason: `invalid ${encoding.toUpperCase()} text` };
  }
}
