import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../server/src/corpus';
import { ModelStore } from '../../../server/src/host/modelStore';

const finding = (uri: string, related: string[]): Finding => ({
  code: 'name-variant',
  severity: 'warning',
  uri,
  span: { start: 1, end: 5 },
  message: 'Spelled "Sergei Lavrov" here;\tthe others spell it "Sergey Lavrov".',
  related: related.map((r) => ({ uri: r, span: { start: 0, end: 3 }, message: `in ${r}` })),
  fixes: [],
});

describe('the persisted findings', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-findings-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const saved: [string, Finding[]][] = [
    ['file:///a.txt', [finding('file:///a.txt', ['file:///b.txt', 'file:///a.txt', 'file:///b.txt', 'file:///c.txt'])]],
    ['file:///b.txt', []],
    ['file:///c.txt', [finding('file:///c.txt', []), finding('file:///c.txt', ['file:///a.txt'])]],
  ];

  it('gives back each article’s findings and the articles they point into, for the same desk state only', async () => {
    await (await ModelStore.open(folder, 'v1')).saveFindings('state-1', saved);
    expect((await ModelStore.open(folder, 'v1')).loadFindings('state-2')).toBeUndefined();
    const loaded = (await ModelStore.open(folder, 'v1')).loadFindings('state-1')!;
    expect([...loaded.keys()]).toEqual(saved.map(([uri]) => uri));
    expect(loaded.get('file:///a.txt')!.pointsInto).toEqual(['file:///b.txt', 'file:///c.txt']);
    expect(loaded.get('file:///c.txt')!.pointsInto).toEqual(['file:///a.txt']);
    for (const [uri, findings] of saved) expect(loaded.get(uri)!.read()).toEqual(findings);
  });

  it('ignores a findings file written in another layout', async () => {
    await (await ModelStore.open(folder, 'v2')).saveFindings('state-1', saved);
    writeFileSync(path.join(folder, 'copydesk-models-v2.findings.jsonl'), `${JSON.stringify({ state: 'state-1' })}\n${JSON.stringify(saved[0])}\n`);
    expect((await ModelStore.open(folder, 'v2')).loadFindings('state-1')).toBeUndefined();
  });

  it('waits for the editor between slices (`pause`), and writes everything', async () => {
    // Enough findings for several 256 KB slices.
    const many: [string, Finding[]][] = Array.from({ length: 3000 }, (_, i) => [`file:///m${i}.txt`, [finding(`file:///m${i}.txt`, ['file:///a.txt'])]]);
    let pauses = 0;
    await (await ModelStore.open(folder, 'v3')).saveFindings('state-3', many, async () => {
      pauses++;
      await new Promise((r) => setTimeout(r, 1));
    });
    expect(pauses).toBeGreaterThan(1);
    const loaded = (await ModelStore.open(folder, 'v3')).loadFindings('state-3')!;
    expect(loaded.size).toBe(3000);
    expect(loaded.get('file:///m2999.txt')!.read()).toEqual(many[2999]![1]);
  });
});
