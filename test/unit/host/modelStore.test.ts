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
});
