import { describe, expect, it } from 'vitest';
import { byRelevance } from '../../server/src/lsp/relevance';
import { loadDesk } from '../helpers/corpus';

describe('the order a change\'s warnings are sent in', () => {
  it('leads with the article changed and the articles its warnings point into, then the rest, each once', () => {
    const desk = loadDesk('desk');
    const uri = '02-northline-wire-bridge.txt';
    const pointed = new Set(desk.findings(uri).flatMap((f) => f.related.map((r) => r.uri)).filter((u) => u !== uri));
    expect(pointed.size).toBeGreaterThan(0);
    // As a change might list them: alphabetically, the article itself somewhere in the middle.
    const affected = new Set(desk.uris().sort().reverse());
    const { leading, rest } = byRelevance(desk, uri, affected);
    expect(leading[0]).toBe(uri);
    expect(new Set(leading.slice(1))).toEqual(pointed);
    expect(rest.some((u) => pointed.has(u) || u === uri)).toBe(false);
    expect([...leading, ...rest].sort()).toEqual([...affected].sort());
    // An article removed (not itself affected) leads nothing.
    const without = new Set([...affected].filter((u) => u !== uri));
    expect(byRelevance(desk, uri, without)).toEqual({ leading: [], rest: [...without] });
  });
});
