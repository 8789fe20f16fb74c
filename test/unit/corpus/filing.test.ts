import { describe, expect, it } from 'vitest';
import type { ArticleModel } from '../../../server/src/analysis';
import { Desk } from '../../../server/src/corpus';
import { corpusFiles } from '../../helpers/corpus';

/**
 * Articles filed while a workspace is read reach the desk's indexes later, their models read only
 * then (a warm start publishes saved findings without them); anything reading an index, a change
 * or a check files what waits first, so no answer ever comes from half-built indexes.
 */
describe('filing a workspace on the desk', () => {
  const files = [...corpusFiles('desk'), ...corpusFiles('seeds')];
  const fresh = new Desk();
  for (const f of files) fresh.upsert(f.name, f.text);
  const findingsOf = (desk: Desk) => files.map((f) => desk.findings(f.name));
  const expected = JSON.parse(JSON.stringify(findingsOf(fresh))) as unknown;

  /** A desk filed as a warm start files it: each model given as a function, counting its reads. */
  function filed() {
    const desk = new Desk();
    const reads = new Map<string, number>();
    for (const f of files) {
      desk.file(f.name, f.text, () => {
        reads.set(f.name, (reads.get(f.name) ?? 0) + 1);
        return JSON.parse(JSON.stringify(fresh.article(f.name)!.model)) as ArticleModel;
      });
    }
    return { desk, reads };
  }

  it('reads no model until the indexes need it, then each once', () => {
    const { desk, reads } = filed();
    expect(desk.size).toBe(files.length);
    expect(desk.unfiled).toBe(files.length);
    expect(desk.article(files[0]!.name)!.text).toBe(files[0]!.text);
    expect(reads.size).toBe(0);
    // One model asked for: that one read, nothing filed.
    expect(desk.article(files[1]!.name)!.model.entities.length).toBeGreaterThan(0);
    expect([...reads.keys()]).toEqual([files[1]!.name]);
    expect(desk.unfiled).toBe(files.length);
    void desk.registry;
    expect(desk.unfiled).toBe(0);
    expect(reads.size).toBe(files.length);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
  });

  it('files a slice at a time, and checks as a desk built at once does, whenever they are asked for', () => {
    const { desk } = filed();
    expect(desk.fileSome(0)).toBe(files.length - 1);
    // Half filed: the first check files the rest before it reads an index.
    expect(JSON.parse(JSON.stringify(findingsOf(desk)))).toEqual(expected);
    expect(desk.unfiled).toBe(0);
  });

  it('files what waits before a change, so the change affects the same articles', () => {
    const { desk } = filed();
    const changed = files.find((f) => f.name === '02-northline-wire-bridge.txt')!;
    const text = changed.text.replace('Colin Ashdown', 'Colin Ashdowne');
    expect(text).not.toBe(changed.text);
    const reference = new Desk();
    for (const f of files) reference.upsert(f.name, f.text);
    findingsOf(reference);
    findingsOf(desk);
    expect([...desk.upsert(changed.name, text)].sort()).toEqual([...reference.upsert(changed.name, text)].sort());
    expect(JSON.parse(JSON.stringify(findingsOf(desk)))).toEqual(JSON.parse(JSON.stringify(findingsOf(reference))));
  });

  it('files a waiting article in its place before it is changed or removed', () => {
    const { desk } = filed();
    desk.fileSome(0);
    const removed = files[files.length - 1]!.name;
    const reference = new Desk();
    for (const f of files) reference.upsert(f.name, f.text);
    findingsOf(reference);
    expect([...desk.remove(removed)].sort()).toEqual([...reference.remove(removed)].sort());
    expect(desk.unfiled).toBe(0);
    expect(desk.quotes.has(removed, 'q1')).toBe(false);
    const rest = files.filter((f) => f.name !== removed).map((f) => f.name);
    expect(JSON.parse(JSON.stringify(rest.map((u) => desk.findings(u))))).toEqual(JSON.parse(JSON.stringify(rest.map((u) => reference.findings(u)))));
  });
});
