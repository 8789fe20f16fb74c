import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../server/src/analysis/text/fold';
import { describeArticle, Desk } from '../../../server/src/corpus';
import { hoverAt } from '../../../server/src/service/hover';
import { definitionAt } from '../../../server/src/service/navigation';
import type { EntityHover } from '../../../server/src/service/types';

/**
 * A name hovered over in a workspace where it is everywhere: the lists are cut to their limits
 * (12 roles, 48 articles, 6 quotations and how many more), each role and quotation listed once,
 * where first seen — the same as listing everything and cutting afterwards.
 */
describe('hover on a name carried by many articles', () => {
  const roles = ['Prime Minister', 'party leader', 'MP for Kettleby', 'chair of the cabinet', 'former mayor', 'campaigner', 'author', 'patron', 'trustee', 'director', 'minister', 'leader', 'senator', 'governor', 'spokeswoman', 'home secretary', 'chancellor', 'foreign secretary', 'deputy leader', 'council leader', 'health secretary', 'transport minister'];
  const desk = new Desk();
  for (let i = 0; i < 60; i++) {
    const role = roles[i % roles.length]!;
    // Seven different lines, each carried by several articles.
    const line = `We will build ${['homes', 'roads', 'schools', 'bridges', 'hospitals', 'ports', 'railways'][i % 7]} where people want to live and work`;
    desk.upsert(`a${String(i).padStart(2, '0')}.txt`, `Published: ${1 + (i % 28)} March 2024\n\nHousing row\n\nHelena Marsh, the ${role}, spoke in Kettleby. Marsh said: "${line}."\n`);
  }

  it('lists as many as it may, in the registry order, and counts the rest', () => {
    const offset = desk.article('a00.txt')!.text.indexOf('Helena Marsh') + 3;
    const hover = hoverAt(desk, 'a00.txt', offset) as EntityHover;
    expect(hover.kind).toBe('entity');
    // Everything listed, then cut: what the hover must equal.
    const members = desk.registry.entityOf('a00.txt', desk.article('a00.txt')!.model.entities.find((e) => e.name === 'Helena Marsh')!.id)!.members;
    expect(members.length).toBe(60);
    const allRoles: string[] = [];
    const allQuotes: { uri: string; text: string }[] = [];
    for (const m of members) {
      const a = desk.article(m.uri)!;
      for (const r of m.entity.roles) if (!allRoles.some((x) => x.toLowerCase() === r.text.toLowerCase())) allRoles.push(r.text);
      for (const q of a.model.quotes) if (q.speaker?.entity === m.entity.id && !allQuotes.some((x) => foldKey(x.text) === foldKey(q.text))) allQuotes.push({ uri: m.uri, text: q.text });
    }
    expect(allRoles.length).toBeGreaterThan(12);
    expect(allQuotes.length).toBe(7);
    expect(hover.roles.map((r) => r.text)).toEqual(allRoles.slice(0, 12));
    expect(hover.quotes.map((q) => ({ uri: q.uri, text: q.text }))).toEqual(allQuotes.slice(0, 6));
    expect(hover.moreQuotes).toBe(1);
    expect(hover.mentionedIn.map((m) => m.uri)).toEqual(members.slice(0, 48).map((m) => m.uri));
    expect(hover.mentionedIn[47]!.article).toBe(describeArticle(desk.article(members[47]!.uri)!));
    expect(hover.articles).toBe(60);
  });
});

describe('hovers while the desk is unchanged', () => {
  const text = (n: number) => `Published: ${n} March 2024\n\nBridge row\n\nMayor Colin Ashdown said on Tuesday: "We will not gamble with people's lives."\n`;

  it('answer the same object, each mention with its own span, and are worked out again after any change', () => {
    const desk = new Desk();
    desk.upsert('a.txt', `${text(14)}Ashdown spoke later.\n`);
    desk.upsert('b.txt', text(15));
    const a = desk.article('a.txt')!.text;
    const full = hoverAt(desk, 'a.txt', a.indexOf('Colin') + 2) as EntityHover;
    const short = hoverAt(desk, 'a.txt', a.indexOf('Ashdown spoke') + 2) as EntityHover;
    expect(hoverAt(desk, 'a.txt', a.indexOf('Colin') + 2)).toBe(full);
    expect(full.articles).toBe(2);
    expect(short.span.start).toBe(a.indexOf('Ashdown spoke'));
    expect(full.span.start).toBe(a.indexOf('Colin'));
    // Another article naming him: the hover over the same mention now counts it.
    desk.upsert('c.txt', text(16));
    const after = hoverAt(desk, 'a.txt', a.indexOf('Colin') + 2) as EntityHover;
    expect(after).not.toBe(full);
    expect(after.articles).toBe(3);
    const quote = hoverAt(desk, 'a.txt', a.indexOf('gamble'));
    expect(quote?.kind === 'quote' && quote.carriers).toBe(3);
    desk.remove('c.txt');
    const fewer = hoverAt(desk, 'a.txt', a.indexOf('gamble'));
    expect(fewer?.kind === 'quote' && fewer.carriers).toBe(2);
  });
});

/**
 * A person's hover is the same wherever they are named: worked out once for the person, with each
 * article's own span, and worked out again when any article naming them changes.
 */
describe('hover on one person from several articles', () => {
  const article = (role: string) => `Published: 3 March 2024\n\nHousing row\n\nHelena Marsh, the ${role}, spoke in Kettleby.\n`;
  const at = (desk: Desk, uri: string) => hoverAt(desk, uri, desk.article(uri)!.text.indexOf('Helena Marsh') + 3) as EntityHover;

  it('answers each article with its own span from one answer, renewed when an article naming her changes', () => {
    const desk = new Desk();
    desk.upsert('a.txt', article('mayor'));
    desk.upsert('b.txt', `Published: 4 March 2024\n\nA longer headline here\n\nLater, Helena Marsh, the council leader, spoke in Dunmore.\n`);
    const a = at(desk, 'a.txt');
    const b = at(desk, 'b.txt');
    expect(a.span.start).toBe(desk.article('a.txt')!.text.indexOf('Helena Marsh'));
    expect(b.span.start).toBe(desk.article('b.txt')!.text.indexOf('Helena Marsh'));
    expect(b.roles).toBe(a.roles);
    // Go to definition too: one answer for her, whichever article asks (a.txt, the earliest).
    const defOf = (uri: string) => definitionAt(desk, uri, desk.article(uri)!.text.indexOf('Helena Marsh') + 3);
    expect(defOf('b.txt')).toBe(defOf('a.txt'));
    expect(defOf('b.txt')).toEqual([{ uri: 'a.txt', span: a.span }]);
    expect(a.roles.map((r) => r.text)).toEqual(['mayor', 'council leader']);
    desk.upsert('a.txt', article('former mayor'));
    expect(at(desk, 'b.txt').roles.map((r) => r.text)).toEqual(['former mayor', 'council leader']);
    desk.upsert('c.txt', 'Published: 5 March 2024\n\nBridge row\n\nThe bridge closed.\n');
    expect(at(desk, 'a.txt').roles).toBe(at(desk, 'b.txt').roles);
    // Quoted in b.txt: the same person, a new answer.
    desk.upsert('b.txt', `${desk.article('b.txt')!.text}Marsh said: "We will build the homes people need."\n`);
    expect(at(desk, 'a.txt').quotes.map((q) => q.text)).toEqual(['We will build the homes people need.']);
  });
});
