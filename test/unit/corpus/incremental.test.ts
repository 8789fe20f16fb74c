import { describe, expect, it } from 'vitest';
import { Desk } from '../../../server/src/corpus';
import { corpusFiles, loadDesk } from '../../helpers/corpus';

/**
 * A keystroke that changes no name, quotation or dated happening re-checks only the article and
 * the articles whose findings point into it (their related locations moved), not every article
 * sharing a person or a quotation with it; a full index files articles without that bookkeeping
 * and ends with the same findings as filing them one by one.
 */
describe('incremental re-checking', () => {
  const A = '01-kelbourne-courier-bridge.txt';
  const B = '02-northline-wire-bridge.txt';

  it('an ordinary word typed re-checks the article and those pointing into it, with their spans moved', () => {
    const desk = loadDesk('desk');
    const conflict = desk.findings(B).find((f) => f.code === 'date-conflict' && f.related.some((r) => r.uri === A))!;
    expect(conflict).toBeDefined();
    const before = conflict.related.find((r) => r.uri === A)!.span.start;
    const text = desk.article(A)!.text;
    const at = desk.article(A)!.model.header.bodyStart;
    const affected = desk.upsert(A, `${text.slice(0, at)}it rained all day.\n\n${text.slice(at)}`);
    expect(affected.has(B)).toBe(true);
    expect([...affected].every((u) => u === A || desk.findings(u).some((f) => f.related.some((r) => r.uri === A)))).toBe(true);
    // The registry's clusters were kept, holding the new mentions.
    const e = desk.article(A)!.model.entities.find((x) => x.kind === 'person')!;
    const member = desk.registry.entityOf(A, e.id)!.members.find((m) => m.uri === A && m.entity.id === e.id)!;
    expect(member.entity.mentions[0]!.span).toEqual(e.mentions[0]!.span);
    const after = desk.findings(B).find((f) => f.code === 'date-conflict' && f.related.some((r) => r.uri === A))!;
    expect(after.related.find((r) => r.uri === A)!.span.start).toBe(before + 'it rained all day.\n\n'.length);
  });

  it('a changed date re-checks the articles dating the same happening', () => {
    const desk = loadDesk('desk');
    const text = desk.article(B)!.text;
    const affected = desk.upsert(B, text.replace('on March 13', 'on March 12'));
    expect(affected.has(A)).toBe(true);
    expect(desk.findings(A).some((f) => f.code === 'date-conflict' && f.related.some((r) => r.uri === B))).toBe(false);
  });

  it('filing a whole workspace gives the same findings as upserting article by article', () => {
    const one = loadDesk('desk');
    const bulk = new Desk();
    for (const f of corpusFiles('desk')) bulk.file(f.name, f.text, one.article(f.name)!.model);
    for (const f of corpusFiles('desk')) expect(JSON.stringify(bulk.findings(f.name))).toBe(JSON.stringify(one.findings(f.name)));
  });
});
