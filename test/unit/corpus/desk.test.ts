import { describe, expect, it, vi } from 'vitest';
import * as analysis from '../../../server/src/analysis';
import { Desk } from '../../../server/src/corpus';
import { MAX_RELATED } from '../../../server/src/corpus/findings';
import { corpusFiles, loadDesk } from '../../helpers/corpus';

const codes = (desk: Desk, uri: string) => desk.findings(uri).map((f) => `${f.code}:${desk.article(uri)!.text.slice(f.span.start, f.span.end).slice(0, 30)}`);

describe('the desk on the seed articles', () => {
  const desk = loadDesk('seeds');

  it('reports the Lavrov spelling with both other articles as related places', () => {
    const f = desk.findings('002_873accf2678afac0.txt').find((x) => x.code === 'name-variant');
    expect(f?.message).toContain('"Sergei Lavrov"');
    expect(f?.message).toContain('"Sergey Lavrov"');
    expect(f?.related.map((r) => r.uri).sort()).toEqual(['003_6cd4a45ba0995dfa.txt', '004_5b1f978478f94a9d.txt']);
    expect(f?.fixes[0]?.edits[0]?.newText).toBe('Sergey Lavrov');
  });

  it('hints that the undated article cannot resolve its weekdays', () => {
    expect(codes(desk, '002_873accf2678afac0.txt').some((c) => c.startsWith('no-dateline:USA, Russia'))).toBe(true);
  });

  it('traces the no-trilateral quotation in 001 to 000 without calling U.S./US a misquote', () => {
    const q = desk.article('001_e881356cc02ea19d.txt')!.model.quotes.find((x) => x.text.startsWith('But at this time'))!;
    const matches = desk.quotes.matches('001_e881356cc02ea19d.txt', q.id);
    expect(matches.map((m) => m.other.uri)).toContain('000_f7cdaf3cc7810e4a.txt');
    expect(codes(desk, '001_e881356cc02ea19d.txt').filter((c) => c.startsWith('misquote'))).toEqual([]);
  });

  it('raises no date conflict for the Geneva meeting both articles put on Monday 24 April', () => {
    expect(codes(desk, '000_f7cdaf3cc7810e4a.txt').filter((c) => c.startsWith('date-conflict'))).toEqual([]);
    expect(codes(desk, '001_e881356cc02ea19d.txt').filter((c) => c.startsWith('date-conflict'))).toEqual([]);
  });
});

describe('the desk on the planted conflicts', () => {
  const desk = loadDesk('desk');

  it('finds the bridge vote dated two ways, on both sides, naming the other source', () => {
    const a = desk.findings('01-kelbourne-courier-bridge.txt').find((f) => f.code === 'date-conflict');
    const b = desk.findings('02-northline-wire-bridge.txt').find((f) => f.code === 'date-conflict');
    expect(a?.message).toMatch(/Tue 12 Mar 2024/);
    expect(a?.message).toMatch(/Wed 13 Mar 2024/);
    expect(a?.related[0]?.uri).toBe('02-northline-wire-bridge.txt');
    expect(b?.related[0]?.uri).toBe('01-kelbourne-courier-bridge.txt');
  });

  it('finds the altered Ashdown quotation and offers the source wording', () => {
    const f = desk.findings('02-northline-wire-bridge.txt').find((x) => x.code === 'misquote');
    expect(f?.message).toContain('we will not');
    expect(f?.fixes[0]?.edits[0]?.newText).toContain('we will not gamble');
  });

  it('does not compare the undated draft’s weekdays', () => {
    expect(codes(desk, '03-draft-bridge-traders.txt').filter((c) => c.startsWith('date-conflict'))).toEqual([]);
  });
});

describe('incremental updates', () => {
  it('re-analyses only the changed article and updates the findings of the others', () => {
    const files = corpusFiles('desk');
    const spy = vi.spyOn(analysis, 'analyseArticle');
    const desk = new Desk();
    for (const f of files) desk.upsert(f.name, f.text);
    expect(desk.findings('01-kelbourne-courier-bridge.txt').some((f) => f.code === 'date-conflict')).toBe(true);
    spy.mockClear();

    const wire = files.find((f) => f.name.startsWith('02-'))!;
    const affected = desk.upsert(wire.name, wire.text.replace('on March 13', 'on March 12'));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(affected.has('01-kelbourne-courier-bridge.txt')).toBe(true);
    expect(affected.has('08-iberian-wire-castromaya-flood.txt')).toBe(false);
    expect(desk.findings('01-kelbourne-courier-bridge.txt').some((f) => f.code === 'date-conflict')).toBe(false);
    spy.mockRestore();
  });
});

describe('related places per finding', () => {
  it('keeps at most MAX_RELATED, while the message still counts every article and names the first few', () => {
    const desk = new Desk();
    const body = (name: string, i: number) => `Published: ${1 + (i % 27)} March 2024\n\nFerry story ${i}\n\nThe ferry operator's spokeswoman ${name} said crossings would resume once the engines were checked.\n`;
    for (let i = 0; i < MAX_RELATED + 10; i++) desk.upsert(`a${i}.txt`, body('Annika Solberg', i));
    desk.upsert('odd.txt', body('Anika Solberg', 3));
    const variant = desk.findings('odd.txt').find((f) => f.code === 'name-variant');
    expect(variant?.message).toContain(`${MAX_RELATED + 10} articles`);
    expect(variant?.message).toMatch(/\(a0\.txt, a1\.txt, a10\.txt, a11\.txt, a12\.txt, and 25 more\)\.$/);
    expect(variant?.related).toHaveLength(MAX_RELATED);
  });
});

describe('Desk.changedSince', () => {
  const text = (n: number) => `Published: ${n} March 2024\n\nBridge row\n\nMayor Colin Ashdown spoke.\n`;

  it('names the articles changed since a version, and only while it can know them', () => {
    const desk = new Desk();
    desk.upsert('a.txt', text(1));
    const v = desk.version;
    expect([...desk.changedSince(v)!]).toEqual([]);
    desk.upsert('b.txt', text(2));
    desk.upsert('a.txt', text(3));
    desk.remove('b.txt');
    expect([...desk.changedSince(v)!].sort()).toEqual(['a.txt', 'b.txt']);
    expect([...desk.changedSince(desk.version - 1)!]).toEqual(['b.txt']);
    // Settings change every article's findings: nothing before is known.
    desk.setSettings(desk.settings);
    expect(desk.changedSince(v)).toBeNull();
    const w = desk.version;
    expect([...desk.changedSince(w)!]).toEqual([]);
    // A workspace being filed changes everything too.
    desk.file('c.txt', text(4), desk.article('a.txt')!.model);
    expect(desk.changedSince(w)).toBeNull();
    // Further back than the log reaches: not known.
    const x = desk.version;
    for (let i = 0; i < 300; i++) desk.upsert('a.txt', text(1 + (i % 20)));
    expect(desk.changedSince(x)).toBeNull();
    expect([...desk.changedSince(desk.version - 5)!]).toEqual(['a.txt']);
  });
});
