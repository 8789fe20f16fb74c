import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COMMANDS, DESK_VIEW } from '../../../client/src/ids';
import { DEFAULT_SEVERITY } from '../../../server/src/corpus';

// What the .vsix ships and what package.json declares, checked without VS Code. `vsce ls` needs
// the bundles, which `npm test` builds before vitest runs.
const ROOT = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const SHIPPED = [
  'README.md',
  'package.json',
  'images/icon.png',
  'client/out/extension.js',
  'server/out/server.js',
  'server/out/analysis-worker.js',
  'syntaxes/article.tmLanguage.json',
  'syntaxes/article.language-configuration.json',
];

describe('the .vsix', () => {
  it('ships the bundles, the grammar, the manifest, the README and the icon, and nothing else', async () => {
    const vsce = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
    const { stdout } = await promisify(execFile)(vsce, ['ls', '--no-dependencies'], { cwd: ROOT, timeout: 60_000 });
    const files = stdout.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).sort();
    expect(files).toEqual([...SHIPPED].sort());
  }, 60_000);

  it('points every path of the manifest at a file that ships', () => {
    const paths = [
      pkg.main,
      pkg.icon,
      ...pkg.contributes.grammars.map((g: { path: string }) => g.path),
      ...pkg.contributes.languages.map((l: { configuration: string }) => l.configuration),
    ].map((p: string) => p.replace(/^\.\//, ''));
    for (const p of paths) expect(SHIPPED, p).toContain(p);
    expect(existsSync(path.join(ROOT, pkg.icon))).toBe(true);
  });

  it('has a real PNG icon of at least 128×128', () => {
    const png = readFileSync(path.join(ROOT, 'images', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(128);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(128);
  });
});

describe('the manifest\'s contributions', () => {
  const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();

  it('declares exactly the commands the extension registers, each with a title in the Copydesk category', () => {
    expect(contributed).toEqual(Object.values(COMMANDS).sort());
    for (const c of pkg.contributes.commands) expect(c).toMatchObject({ category: 'Copydesk', title: expect.any(String) });
  });

  it('only puts contributed commands in menus, and keeps internal ones out of the palette', () => {
    const menus = Object.values(pkg.contributes.menus as Record<string, { command: string; when?: string }[]>).flat();
    for (const m of menus) expect(contributed).toContain(m.command);
    const hidden = pkg.contributes.menus.commandPalette.filter((m: { when?: string }) => m.when === 'false').map((m: { command: string }) => m.command);
    expect(hidden).toEqual(expect.arrayContaining([COMMANDS.openPlace, COMMANDS.showReferences]));
  });

  it('declares the Desk view in the Explorer', () => {
    expect(pkg.contributes.views.explorer.map((v: { id: string }) => v.id)).toContain(DESK_VIEW);
  });

  it('describes every setting, and offers every check with its severities', () => {
    const props = pkg.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string; properties?: Record<string, { enum: string[] }> }>;
    for (const [key, p] of Object.entries(props)) expect(p.description ?? p.markdownDescription, key).toBeTruthy();
    expect(Object.keys(props)).toEqual(expect.arrayContaining(['copydesk.include', 'copydesk.exclude', 'copydesk.checks', 'copydesk.inlayHints', 'copydesk.deskFile', 'copydesk.undatedArticles']));
    const checks = props['copydesk.checks']!.properties!;
    expect(Object.keys(checks).sort()).toEqual(['date-conflict', 'misquote', 'name-variant', 'no-dateline', 'speaker-mismatch', 'truncated', 'unclosed-quotation']);
    for (const c of Object.values(checks)) expect(c.enum).toEqual(['error', 'warning', 'information', 'hint', 'off']);
    // The defaults shown in the Settings editor are the server's.
    expect((props['copydesk.checks'] as unknown as { default: unknown }).default).toEqual(DEFAULT_SEVERITY);
  });

  it('declares workspace trust and virtual workspace support, with the reasons', () => {
    expect(pkg.capabilities.untrustedWorkspaces).toMatchObject({ supported: 'limited', restrictedConfigurations: ['copydesk.deskFile'] });
    expect(pkg.capabilities.untrustedWorkspaces.description).toBeTruthy();
    expect(pkg.capabilities.virtualWorkspaces).toMatchObject({ supported: 'limited', description: expect.any(String) });
  });
});
