import * as path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseArgs, UsageError } from '../../../server/src/cli/args';
import { runCheck } from '../../../server/src/cli/check';
import { CORPUS_ROOT } from '../../helpers/corpus';

const repo = path.resolve(__dirname, '..', '..', '..');

async function check(paths: string[], format: 'text' | 'json' = 'text') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck({ paths, format, cwd: repo, out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('copydesk check', () => {
  it('prints compiler-style findings for the seed articles and exits 1', async () => {
    const seeds = path.relative(repo, path.join(CORPUS_ROOT, 'seeds'));
    const { code, out } = await check([seeds]);
    expect(code).toBe(1);
    expect(out).toMatch(/002_873accf2678afac0\.txt:\d+:\d+: warning name-variant Name spelled "Sergei Lavrov"/);
    expect(out).toMatch(/002_873accf2678afac0\.txt:1:1: hint no-dateline /);
    expect(out).toMatch(/^ {2}.*003_6cd4a45ba0995dfa\.txt:\d+:\d+: note /m);
  });

  it('prints the JSON report in the public shape', async () => {
    const seeds = path.relative(repo, path.join(CORPUS_ROOT, 'seeds'));
    const { out } = await check([seeds], 'json');
    const r = JSON.parse(out);
    expect(r.version).toBe(1);
    expect(r.documents).toHaveLength(5);
    for (const d of r.documents) expect(Object.keys(d)).toEqual(expect.arrayContaining(['path', 'published', 'headline', 'byline']));
    expect(r.documents.find((d: { path: string }) => d.path.endsWith('000_f7cdaf3cc7810e4a.txt')).published).toBe('2017-04-21');
    const lavrov = r.entities.find((e: { name: string }) => e.name === 'Sergey Lavrov');
    expect(lavrov.kind).toBe('person');
    expect(lavrov.aliases).toContain('Sergei Lavrov');
    for (const m of lavrov.mentions) expect(Object.keys(m).sort()).toEqual(['end', 'path', 'start', 'text']);
    for (const d of r.dates) expect(d.value === null || typeof d.value === 'string').toBe(true);
    const traced = r.quotes.find((q: { path: string; text: string }) => q.path.endsWith('001_e881356cc02ea19d.txt') && q.text.startsWith('But at this time'));
    expect(traced.source.path).toMatch(/000_f7cdaf3cc7810e4a\.txt$/);
    expect(traced.group).not.toBeNull();
    for (const d of r.diagnostics) {
      expect(['error', 'warning', 'information', 'hint']).toContain(d.severity);
      expect(Array.isArray(d.related)).toBe(true);
    }
  });

  it('exits 0 when there is nothing to warn about', async () => {
    const { code } = await check(['samples/04-draft-commuters.txt']);
    expect(code).toBe(0);
  });

  it('exits 2 with a clear message on an unreadable path', async () => {
    const { code, err } = await check(['no/such/folder']);
    expect(code).toBe(2);
    expect(err).toContain('cannot read no/such/folder: no such file or folder');
  });
});

describe('command line', () => {
  it('rejects unknown options and formats', () => {
    expect(() => parseArgs(['check', '--format', 'xml'])).toThrow(UsageError);
    expect(() => parseArgs(['check', '--frobnicate'])).toThrow(UsageError);
    expect(() => parseArgs(['publish'])).toThrow(UsageError);
    expect(parseArgs(['check'])).toEqual({ name: 'check', paths: ['.'], format: 'text' });
    expect(parseArgs(['lsp', '--stdio'])).toEqual({ name: 'lsp' });
  });
});

describe('copydesk check with a desk file', () => {
  it('reads .copydesk/desk.json in the folder checked and prints its mistakes like findings', async () => {
    const { mkdtempSync, mkdirSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-cli-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(path.join(dir, '.copydesk'));
    writeFileSync(path.join(dir, 'a.txt'), 'Published: 1 March 2024\n\nHeadline\n\nSergei Lavrov met John Kerry in Geneva.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'Published: 2 March 2024\n\nHeadline\n\nSergey Lavrov met John Kerry in Geneva.\n');
    writeFileSync(path.join(dir, 'c.txt'), 'Published: 3 March 2024\n\nHeadline\n\nSergey Lavrov and John Kerry spoke in Geneva.\n');
    writeFileSync(path.join(dir, '.copydesk', 'desk.json'), '{ "people": [{ "name": "Sergei Lavrov", "role": 3 }] }');
    const out: string[] = [];
    const code = await runCheck({ paths: [dir], format: 'text', cwd: dir, out: (s) => out.push(s), err: () => undefined });
    const text = out.join('\n');
    expect(code).toBe(1);
    expect(text).toMatch(/^\.copydesk\/desk\.json:1:\d+: error desk-file "role" must be a string\./m);
    expect(text).toMatch(/^b\.txt:5:1: warning name-variant Name spelled "Sergey Lavrov" here; the desk file pins the spelling "Sergei Lavrov"/m);
    expect(text).not.toMatch(/^a\.txt.*name-variant/m);
  });

  it('exits 2 when a desk file named on the command line cannot be read', async () => {
    const err: string[] = [];
    const code = await runCheck({ paths: ['samples'], format: 'text', desk: 'missing.json', cwd: repo, out: () => undefined, err: (s) => err.push(s) });
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('cannot read desk file missing.json: no such file');
  });
});

describe('copydesk check --trace-quotes', () => {
  it('traces the no-trilateral quotation in 001 to its source in 000', async () => {
    const seeds = path.relative(repo, path.join(CORPUS_ROOT, 'seeds'));
    const out: string[] = [];
    await runCheck({ paths: [seeds], format: 'text', traceQuotes: true, cwd: repo, out: (s) => out.push(s), err: () => undefined });
    const line = out.find((l) => /001_e881356cc02ea19d\.txt:\d+:\d+: quote "But at this time/.test(l));
    expect(line).toMatch(/source .*000_f7cdaf3cc7810e4a\.txt:\d+:\d+, .*Fri 21 Apr 2017.*carried by 2 articles/);
  });
});

describe('copydesk check --undated file-date', () => {
  it('resolves an undated article against its file date, and says so', async () => {
    const { mkdtempSync, rmSync, utimesSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-undated-'));
    try {
      const file = path.join(dir, 'draft.txt');
      writeFileSync(file, 'Commuters count the cost\n\nIslanders say the ferry stopped on Tuesday.\n');
      utimesSync(file, new Date(2025, 9, 9, 12), new Date(2025, 9, 9, 12));
      const run = async (extra: string[]) => {
        const out: string[] = [];
        await runCheck({ paths: [dir], format: 'text', cwd: dir, out: (s) => out.push(s), err: () => undefined, ...parseArgs(['check', dir, ...extra]) } as Parameters<typeof runCheck>[0]);
        return out.join('\n');
      };
      expect(await run([])).toContain('cannot be resolved');
      expect(await run(['--undated', 'file-date'])).toContain("resolved against the file's last modification (Thu 9 Oct 2025)");
      expect(() => parseArgs(['check', '--undated', 'yesterday'])).toThrow(UsageError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
