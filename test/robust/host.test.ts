import { execFileSync, spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeArticle } from '../../server/src/host/decode';
import { findArticles, MAX_READ_BYTES, readArticle } from '../../server/src/host/files';

/**
 * Reading files (issue 9): whatever is in the folder, `readArticle` answers at once with text or
 * a reason, and `findArticles` finishes. Real files in a temporary folder: pipes, links to
 * devices, link loops, files deleted between the walk and the read, unreadable files.
 */
let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-host-'));
  chmodSync(dir, 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('decoding', () => {
  it('reads empty, UTF-8 with and without a byte order mark, and UTF-16 either way round with one', () => {
    expect(decodeArticle(new Uint8Array())).toEqual({ ok: true, text: '', notes: [] });
    expect(decodeArticle(Buffer.from('\ufeffHéllo', 'utf8'))).toMatchObject({ ok: true, text: 'Héllo' });
    // Decoded as the standard decoder decodes it: a second byte order mark goes too, anything else stays.
    const text = 'Zoë said: “¿Qué?” — 👩‍👩‍👧 ₹5\u200b\ufeff.';
    expect(decodeArticle(Buffer.from(text, 'utf8'))).toEqual({ ok: true, text, notes: [] });
    expect(decodeArticle(Buffer.from(`\ufeff\ufeff${text}`, 'utf8'))).toEqual({ ok: true, text, notes: [] });
    expect(decodeArticle(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Héllo 👩‍👩‍👧', 'utf16le')]))).toMatchObject({ ok: true, text: 'Héllo 👩‍👩‍👧', notes: ['Read as UTF-16LE.'] });
    expect(decodeArticle(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Héllo', 'utf16le').swap16()]))).toMatchObject({ ok: true, text: 'Héllo' });
  });

  it('refuses binaries with a reason, and reads invalid UTF-8 with replacement characters, saying so', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeArticle(png)).toMatchObject({ ok: false, reason: expect.stringMatching(/^binary file/) });
    expect(decodeArticle(Buffer.from(Array.from({ length: 100 }, (_, i) => 1 + (i % 7))))).toMatchObject({ ok: false, reason: expect.stringMatching(/control characters/) });
    const bad = decodeArticle(Buffer.from([0x48, 0x69, 0xc3, 0x28, 0xff, 0x21]));
    expect(bad).toMatchObject({ ok: true, text: 'Hi\ufffd(\ufffd!', notes: [expect.stringMatching(/not valid UTF-8/)] });
  });

  it('a character cut in two by the read limit is dropped, not called invalid', () => {
    const euro = Buffer.from('ab€', 'utf8'); // € is 3 bytes
    for (let cut = 3; cut < euro.length; cut++) expect(decodeArticle(euro.subarray(0, cut), true)).toEqual({ ok: true, text: 'ab', notes: [] });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a😀', 'utf16le')]);
    for (let cut = 4; cut < le.length; cut++) expect(decodeArticle(le.subarray(0, cut), true)).toMatchObject({ ok: true, text: 'a' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('a😀', 'utf16le').swap16()]);
    for (let cut = 4; cut < be.length; cut++) expect(decodeArticle(be.subarray(0, cut), true)).toMatchObject({ ok: true, text: 'a' });
  });
});

describe('reading files', () => {
  const withinASecond = async <T>(p: Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const r = await p;
    expect(Date.now() - t0).toBeLessThan(1_000);
    return r;
  };

  it('refuses a named pipe, a link to a device and a folder at once, with a reason', async () => {
    execFileSync('mkfifo', [at('pipe.txt')]);
    symlinkSync('/dev/zero', at('zero.txt'));
    mkdirSync(at('folder.txt'));
    expect(await withinASecond(readArticle(at('pipe.txt')))).toEqual({ ok: false, reason: expect.stringMatching(/not a regular file/) });
    expect(await withinASecond(readArticle(at('zero.txt')))).toEqual({ ok: false, reason: expect.stringMatching(/not a regular file/) });
    expect(await withinASecond(readArticle(at('folder.txt')))).toEqual({ ok: false, reason: 'is a folder' });
  });

  it('names a loop of links, a missing file and a file deleted between the walk and the read', async () => {
    symlinkSync(at('loop-b.txt'), at('loop-a.txt'));
    symlinkSync(at('loop-a.txt'), at('loop-b.txt'));
    expect(await readArticle(at('loop-a.txt'))).toEqual({ ok: false, reason: 'a loop of symbolic links' });
    writeFileSync(at('gone.txt'), 'Here a moment ago.');
    const { files } = await findArticles(dir);
    expect(files).toContain(at('gone.txt'));
    unlinkSync(at('gone.txt'));
    expect(await readArticle(at('gone.txt'))).toEqual({ ok: false, reason: expect.stringMatching(/^file not found/) });
  });

  it('walks a folder whose links loop back on themselves, and does not follow them', async () => {
    const root = at('walk');
    mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(root, 'a', 'b', 'story.txt'), 'A story.');
    symlinkSync(root, path.join(root, 'a', 'b', 'up'));
    symlinkSync(path.join(root, 'a'), path.join(root, 'a', 'again'));
    const found = await withinASecond(findArticles(root));
    expect(found.files).toEqual([path.join(root, 'a', 'b', 'story.txt')]);
  });

  it('reads the start of a file longer than the limit, cut on a character, and says how much', async () => {
    const line = 'Ça coûte 5 €. '; // multi-byte characters, so the limit falls inside one at some point
    const big = Buffer.from(line.repeat(Math.ceil((MAX_READ_BYTES + 1000) / Buffer.byteLength(line))), 'utf8');
    writeFileSync(at('big.txt'), big);
    const r = await readArticle(at('big.txt'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.notes).toEqual([expect.stringMatching(/^Only the first 8 MB of this 8\.0 MB file were read\.$/)]);
    expect(r.text).not.toContain('\ufffd');
    expect(Buffer.byteLength(r.text)).toBeLessThanOrEqual(MAX_READ_BYTES);
  });

  it('says "permission denied" for a file it may not read', async () => {
    writeFileSync(at('secret.txt'), 'Not for you.');
    chmodSync(at('secret.txt'), 0o000);
    if (process.getuid?.() !== 0) {
      expect(await readArticle(at('secret.txt'))).toEqual({ ok: false, reason: 'permission denied' });
      return;
    }
    // As root every file is readable: the read is made by an unprivileged user (nobody) instead.
    const bundle = at('files.js');
    await build({ entryPoints: [path.resolve(__dirname, '../../server/src/host/files.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error', mainFields: ['module', 'main'],
      define: { 'import.meta.url': '__url' }, banner: { js: "const __url = require('url').pathToFileURL(__filename).href;" } });
    chmodSync(bundle, 0o644);
    const script = `require(${JSON.stringify(bundle)}).readArticle(${JSON.stringify(at('secret.txt'))}).then((r) => process.stdout.write(JSON.stringify(r)))`;
    const run = spawnSync(process.execPath, ['-e', script], { uid: 65534, gid: 65534, encoding: 'utf8', cwd: dir, timeout: 20_000 });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ ok: false, reason: 'permission denied' });
  });
});
