import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URI } from 'vscode-uri';
import { startTestServer, type TestClient } from '../helpers/lsp';

describe('the desk file in the language server', () => {
  let dir: string;
  let client: TestClient;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-desk-'));
    mkdirSync(path.join(dir, '.copydesk'));
    writeFileSync(path.join(dir, 'a.txt'), 'Published: 1 March 2024\n\nHeadline\n\nSergei Lavrov met John Kerry in Geneva.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'Published: 2 March 2024\n\nHeadline\n\nSergey Lavrov met John Kerry in Geneva.\n');
    writeFileSync(path.join(dir, 'c.txt'), 'Published: 3 March 2024\n\nHeadline\n\nSergey Lavrov and John Kerry spoke in Geneva.\n');
    writeFileSync(path.join(dir, '.copydesk', 'desk.json'), '{\n  "people": [{ "name": "Sergei Lavrov" }],\n  "distinct": [["only one"]]\n}\n');
    client = await startTestServer([dir]);
    await client.indexed;
  });
  afterAll(() => {
    client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('obeys the pinned spelling', () => {
    const a = client.diagnostics.get(URI.file(path.join(dir, 'a.txt')).toString()) ?? [];
    const b = client.diagnostics.get(URI.file(path.join(dir, 'b.txt')).toString()) ?? [];
    expect(a.some((d) => d.code === 'name-variant')).toBe(false);
    expect(b.find((d) => d.code === 'name-variant')?.message).toContain('pins the spelling "Sergei Lavrov"');
  });

  it('reports the desk file\'s own mistake with its line and column', () => {
    const d = client.diagnostics.get(URI.file(path.join(dir, '.copydesk', 'desk.json')).toString());
    expect(d?.[0]?.message).toContain('"distinct" must be a pair of names');
    expect(d?.[0]?.range.start).toEqual({ line: 2, character: 15 });
  });
});

describe('the copydesk.deskFile setting', () => {
  it('reads the desk file from the configured path inside the folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-deskpath-'));
    mkdirSync(path.join(dir, 'style'));
    writeFileSync(path.join(dir, 'a.txt'), 'Published: 1 March 2024\n\nHeadline\n\nSergei Lavrov met John Kerry in Geneva.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'Published: 2 March 2024\n\nHeadline\n\nSergey Lavrov met John Kerry in Geneva.\n');
    writeFileSync(path.join(dir, 'c.txt'), 'Published: 3 March 2024\n\nHeadline\n\nSergey Lavrov and John Kerry spoke in Geneva.\n');
    writeFileSync(path.join(dir, 'style', 'people.json'), '{ "people": [{ "name": "Sergei Lavrov" }] }');
    const client = await startTestServer([dir], { settings: { deskFile: 'style/people.json' } });
    await client.indexed;
    const b = client.diagnostics.get(URI.file(path.join(dir, 'b.txt')).toString()) ?? [];
    expect(b.find((d) => d.code === 'name-variant')?.message).toContain('pins the spelling "Sergei Lavrov"');
    client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a path that leaves the workspace folder', async () => {
    const { readSettings } = await import('../../server/src/lsp/settings');
    expect(readSettings({ deskFile: '../secrets.json' }).deskFile).toBe('.copydesk/desk.json');
    expect(readSettings({ deskFile: '/etc/passwd' }).deskFile).toBe('.copydesk/desk.json');
    expect(readSettings({ deskFile: 'style/people.json' }).deskFile).toBe('style/people.json');
  });
});
