import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { expect } from 'vitest';
import { readArticle } from '../../../server/src/host/files';
import { corpusFiles } from '../../helpers/corpus';
import { ARTICLE, check, checkAsNobody, cleanup, type Checked } from './folder';

/**
 * Hostile files on disk, read as `copydesk check` reads a folder (issue 9). Each case checks what
 * happened and says it in a sentence for the table in docs/hostile-inputs.md.
 */
export interface Outcome {
  readonly outcome: string;
  readonly ms: number;
  /** Bytes of the largest file in the case. */
  readonly bytes?: number;
}

export interface Case {
  readonly input: string;
  /** The longest the case may take on the project's two-core machine (the table shows it). */
  readonly limitMs: number;
  run(): Promise<Outcome>;
}

const skipped = (c: Checked, file: string) => c.err.find((l) => l.startsWith(`copydesk: skipped ${file}: `))?.replace(`copydesk: skipped ${file}: `, '');
const ms = (c: Checked) => c.ms;

const binaryCase = (input: string, name: string, bytes: Buffer): Case => ({
  input, limitMs: 5_000,
  async run() {
    const c = await check({ [name]: bytes, 'story.txt': ARTICLE });
    const reason = skipped(c, name);
    expect(reason).toMatch(/^binary file/);
    expect(c.report!.documents.map((d) => d.path)).toEqual(['story.txt']);
    cleanup(c);
    return { outcome: `skipped: "${reason}"; the other article is checked`, ms: ms(c) };
  },
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff610000000a49444154789c6360000002000185d3a1ea0000000049454e44ae426082', 'hex');
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 44 /Filter /FlateDecode >>\nstream\n', 'latin1'), Buffer.from([0x78, 0x9c, 0, 0x01, 0xff, 0x10, 0]), Buffer.from('\nendstream\nendobj\n')]);
/** The shared corpora's articles one after another (lines joined by `joiner`), repeated to `size` characters. */
const corpusText = (size: number, joiner: string) => {
  const all = [...corpusFiles('seeds'), ...corpusFiles('desk')].map((f) => f.text.replace(/\r?\n/g, joiner)).join(joiner);
  return all.repeat(Math.ceil(size / all.length)).slice(0, size);
};

export const READING: readonly Case[] = [
  {
    input: 'Empty file', limitMs: 5_000,
    async run() {
      const c = await check({ 'empty.txt': '' });
      expect(c.report!.documents).toHaveLength(1);
      expect(c.report!.diagnostics).toEqual([]);
      cleanup(c);
      return { outcome: 'read as an article with nothing in it: no findings, no error', ms: ms(c) };
    },
  },
  binaryCase('Binary file (NUL bytes) named `.txt`', 'data.txt', Buffer.from([0x41, 0, 0x42, 0, 0x7f, 0x01, 0x02])),
  binaryCase('PNG image renamed `photo.txt`', 'photo.txt', PNG),
  binaryCase('PDF saved as `.txt`', 'report.txt', PDF),
  {
    input: 'Invalid UTF-8 (a Latin-1 file)', limitMs: 5_000,
    async run() {
      const c = await check({ 'latin1.txt': Buffer.from(`${ARTICLE.replace('harbour', 'caf\xe9')}`, 'latin1') });
      const note = c.err.find((l) => l.includes('latin1.txt: The file is not valid UTF-8'));
      expect(note).toBeDefined();
      expect(c.report!.quotes.length).toBeGreaterThan(0);
      cleanup(c);
      return { outcome: 'read, the bad bytes as U+FFFD, with the note "The file is not valid UTF-8; undecodable bytes were read as \uFFFD."; its quotation is found', ms: ms(c) };
    },
  },
  ...(['le', 'be'] as const).map((order): Case => ({
    input: `UTF-16 ${order.toUpperCase()} with a byte order mark`, limitMs: 5_000,
    async run() {
      const body = Buffer.from(ARTICLE, 'utf16le');
      const bytes = order === 'le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(body).swap16()]);
      const c = await check({ 'wide.txt': bytes });
      expect(c.report!.quotes.map((q) => q.text)).toEqual([expect.stringMatching(/^We will not reopen the crossing/)]);
      expect(c.report!.documents[0]!.published).toBe('2024-03-06');
      cleanup(c);
      return { outcome: `decoded as UTF-16${order.toUpperCase()} (said in a note): headline, date and quotation read as from UTF-8`, ms: ms(c) };
    },
  })),
  ...([['A 50 MB file', 50 * 1024 * 1024, '\n\n'], ['A 10 MB single line', 10 * 1024 * 1024, ' ']] as const).map(([input, size, joiner]): Case => ({
    input, limitMs: 60_000,
    async run() {
      const c = await check({
        'big.txt': (dir) => {
          const fd = openSync(path.join(dir, 'big.txt'), 'w');
          const chunk = corpusText(1024 * 1024, joiner);
          for (let i = 0; i < size / chunk.length; i++) writeSync(fd, chunk);
          closeSync(fd);
        },
      });
      expect(c.err.find((l) => l.includes('Only the first 8 MB of this'))).toBeDefined();
      expect(c.report!.diagnostics.map((d) => d.code)).toContain('truncated');
      cleanup(c);
      return { outcome: `the first 8 MB read (a note says so), the first 2,000,000 characters analysed, a \`truncated\` notice on the article; ${c.report!.quotes.length.toLocaleString('en')} quotations found`, ms: ms(c), bytes: size };
    },
  })),
  {
    input: 'A named pipe called `feed.txt`', limitMs: 5_000,
    async run() {
      const c = await check({ 'feed.txt': (dir) => execFileSync('mkfifo', [path.join(dir, 'feed.txt')]), 'story.txt': ARTICLE });
      // The folder walk lists regular files only; read directly (a link to it, an editor event), it is refused at once.
      expect(c.report!.documents.map((d) => d.path)).toEqual(['story.txt']);
      const direct = await readArticle(path.join(c.dir, 'feed.txt'));
      expect(direct).toEqual({ ok: false, reason: expect.stringMatching(/not a regular file/) });
      cleanup(c);
      return { outcome: `not listed by the folder walk; read directly, refused at once: "${direct.ok ? '' : direct.reason}" (the reader used to wait for a writer forever)`, ms: ms(c) };
    },
  },
  {
    input: 'Symbolic link loops (a folder linking to its parent; two files linking to each other)', limitMs: 5_000,
    async run() {
      const c = await check({
        'a/b/story.txt': ARTICLE,
        'a/b/up': (dir) => symlinkSync(dir, path.join(dir, 'a', 'b', 'up')),
        'x.txt': (dir) => symlinkSync(path.join(dir, 'y.txt'), path.join(dir, 'x.txt')),
        'y.txt': (dir) => symlinkSync(path.join(dir, 'x.txt'), path.join(dir, 'y.txt')),
      });
      expect(c.report!.documents.map((d) => d.path)).toEqual(['a/b/story.txt']);
      const reason = skipped(c, 'x.txt');
      expect(reason).toBe('a loop of symbolic links');
      cleanup(c);
      return { outcome: `the walk does not follow folder links and ends; each looping file is skipped: "${reason}"`, ms: ms(c) };
    },
  },
  {
    input: 'A folder called `notes.txt`', limitMs: 5_000,
    async run() {
      const c = await check({ 'notes.txt/inside.txt': ARTICLE });
      expect(c.report!.documents.map((d) => d.path)).toEqual(['notes.txt/inside.txt']);
      cleanup(c);
      return { outcome: 'walked as a folder; the article inside it is read', ms: ms(c) };
    },
  },
  {
    input: 'An unreadable file (mode 000)', limitMs: 30_000,
    async run() {
      const t0 = performance.now();
      const secret = (dir: string) => {
        writeFileSync(path.join(dir, 'secret.txt'), ARTICLE);
        chmodSync(path.join(dir, 'secret.txt'), 0o000);
      };
      const r = checkAsNobody({ 'secret.txt': secret, 'story.txt': ARTICLE }, path.resolve(__dirname, '../../../server/out/cli.js'));
      if (!r) return { outcome: 'not run: the CLI bundle is not built', ms: 0 };
      expect(r.err).toContain('copydesk: skipped secret.txt: permission denied');
      expect(r.err).toMatch(/1 article checked/);
      return { outcome: 'skipped: "permission denied" (run as an unprivileged user); the other article is checked', ms: performance.now() - t0 };
    },
  },
];
