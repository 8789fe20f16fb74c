import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../server/src/analysis';
import { Desk } from '../../../server/src/corpus';
import { corpusFiles, loadDesk } from '../../helpers/corpus';
import { mentionAt } from '../../../server/src/analysis/entities/mentionList';

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
    expect(mentionAt(member.entity.mentions, 0).span).toEqual(mentionAt(e.mentions, 0).span);
    expect(member.entity).toBe(e);
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

  it('a date moved, in each article in turn, leaves every happening matched as on a desk built afresh', () => {
    // Only the date changes: the happenings matching one before or after are re-matched, and no
    // other (their words' weights and posting lists are as they were).
    const desk = loadDesk('desk');
    const texts = new Map(corpusFiles('desk').map((f) => [f.name, f.text]));
    for (const u of desk.uris()) desk.findings(u);
    const matches = (d: Desk) => d.uris().sort().flatMap((u) => d.article(u)!.model.events.map((e) => `${u}#${e.id}: ${d.events.sameEvent(u, e.id).map((r) => `${r.uri}#${r.event.id}`).join(' ')}`));
    let moved = 0;
    for (const [name, text] of texts) {
      const day = /\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(text);
      if (!day) continue;
      const other = day[1] === 'Monday' ? 'Tuesday' : 'Monday';
      texts.set(name, text.replace(day[0], `on ${other}`));
      for (const u of desk.upsert(name, texts.get(name)!)) desk.findings(u);
      moved++;
      const fresh = new Desk();
      for (const [n, t] of texts) fresh.upsert(n, t);
      expect(matches(desk)).toEqual(matches(fresh));
      for (const u of desk.uris()) expect(JSON.stringify(desk.findings(u))).toBe(JSON.stringify(fresh.findings(u)));
    }
    expect(moved).toBeGreaterThan(3);
  });

  it('filing a whole workspace gives the same findings as upserting article by article', () => {
    const one = loadDesk('desk');
    const bulk = new Desk();
    for (const f of corpusFiles('desk')) bulk.file(f.name, f.text, one.article(f.name)!.model);
    for (const f of corpusFiles('desk')) expect(JSON.stringify(bulk.findings(f.name))).toBe(JSON.stringify(one.findings(f.name)));
  });
});

describe('re-filing an article whose quotations and happenings only moved', () => {
  const a = '"We will not gamble with people\'s lives, and we will reopen the bridge when it is safe," the mayor said. The council voted on Monday to close the bridge.';
  const b = '"We cannot gamble with people\'s lives, and we will reopen the bridge when it is safe," the mayor said. The council voted on Sunday to close the bridge.';
  const article = (uri: string, date: string, lede: string, body: string) => `Published: ${date}\n\nBridge row in ${uri}\n\n${lede}${body}\n`;
  const build = (texts: [string, string][]) => {
    const desk = new Desk();
    for (const [uri, text] of texts) desk.upsert(uri, text);
    return desk;
  };

  it('gives the findings a desk built afresh gives, spans and fixes moved with the text', () => {
    const texts: [string, string][] = [
      ['a.txt', article('a.txt', '1 March 2024', '', a)],
      ['b.txt', article('b.txt', '2 March 2024', '', b)],
    ];
    const desk = build(texts);
    const misquote = () => desk.findings('b.txt').find((f) => f.code === 'misquote')!;
    const before = misquote();
    expect(before).toBeDefined();
    // Words typed before the quotation in each article, in turn: the word diff of the pair is the
    // same, the spans are not; then the quotation itself changed, its words and between them.
    const edits: [string, string, string][] = [
      ['b.txt', 'It rained. ', b],
      ['a.txt', 'It rained all day. ', a],
      ['b.txt', '', b],
      ['b.txt', '', b.replace('lives, and', 'lives —  and')],
      ['b.txt', '', b.replace('We cannot', 'We-cannot')],
      ['b.txt', '', b.replace('cannot', 'can not')],
      ['b.txt', 'Rain. ', b.replace('cannot', 'will not')],
      ['b.txt', '', b],
    ];
    for (const [uri, lede, body] of edits) {
      const text = article(uri, uri === 'a.txt' ? '1 March 2024' : '2 March 2024', lede, body);
      texts[uri === 'a.txt' ? 0 : 1] = [uri, text];
      for (const u of desk.upsert(uri, text)) desk.findings(u);
      const fresh = build(texts);
      for (const [u] of texts) expect(JSON.stringify(desk.findings(u))).toBe(JSON.stringify(fresh.findings(u)));
    }
    const after = misquote();
    expect(after.span.start).toBe(before.span.start);
    expect(after.fixes[0]!.edits[0]!.newText).toBe(before.fixes[0]!.edits[0]!.newText);
    expect(desk.article('a.txt')!.text.slice(after.related[0]!.span.start, after.related[0]!.span.end)).toContain('We will not gamble');
  });

  it('names the other articles in the same order however often each was re-filed', () => {
    const vote = (day: string) => `The council voted on ${day} to close the bridge, said council leader Mary Fenwick and mayor John Abbot.`;
    const texts: [string, string][] = [
      ['a.txt', article('a.txt', '1 March 2024', '', vote('Monday'))],
      ['b.txt', article('b.txt', '1 March 2024', '', vote('Monday'))],
      ['c.txt', article('c.txt', '2 March 2024', '', vote('Sunday'))],
    ];
    const desk = build(texts);
    const conflict = (d: Desk) => d.findings('c.txt').find((f) => f.code === 'date-conflict')!;
    expect(conflict(desk).related.map((r) => r.uri)).toEqual(['a.txt', 'b.txt']);
    // a.txt re-filed with another date and back: filed after b.txt now, still named first.
    for (const day of ['Tuesday', 'Monday']) for (const u of desk.upsert('a.txt', article('a.txt', '1 March 2024', '', vote(day)))) desk.findings(u);
    expect(JSON.stringify(conflict(desk))).toBe(JSON.stringify(conflict(build(texts))));
  });

  it('re-checks, for a date changed, the articles dating that happening and not those dating its others', () => {
    const vote = (d: string) => `Kelbourne Council councillors voted ${d} to close the Marrow bridge to traffic, after a report by mayor John Abbot.`;
    const strike = (d: string) => `Workers at Harbour Ferries went on strike ${d} over the Marrow pay offer, closing depots across Kelbourne.`;
    const texts: [string, string][] = [
      ['a.txt', article('a.txt', '6 March 2024', '', `${strike('on Tuesday')} ${vote('on Monday')}`)],
      ['b.txt', article('b.txt', '6 March 2024', '', vote('on Monday'))],
      ['c.txt', article('c.txt', '6 March 2024', '', strike('on Wednesday'))],
    ];
    const desk = build(texts);
    for (const [u] of texts) desk.findings(u);
    const bVote = desk.article('b.txt')!.model.events[0]!;
    expect(desk.events.sameEvent('b.txt', bVote.id).map((r) => r.uri)).toEqual(['a.txt']);
    expect(desk.findings('c.txt').map((f) => f.code)).toEqual(['date-conflict']);
    texts[0] = ['a.txt', article('a.txt', '6 March 2024', '', `${strike('on Wednesday')} ${vote('on Monday')}`)];
    const affected = desk.upsert('a.txt', texts[0][1]);
    expect([...affected].sort()).toEqual(['a.txt', 'c.txt']);
    // The vote, kept, is where it is now (two letters later).
    const [kept] = desk.events.sameEvent('b.txt', bVote.id);
    expect(kept!.uri).toBe('a.txt');
    expect(desk.article('a.txt')!.text.slice(kept!.date.span.start, kept!.date.span.end)).toBe('on Monday');
    const fresh = build(texts);
    for (const [u] of texts) expect(JSON.stringify(desk.findings(u))).toBe(JSON.stringify(fresh.findings(u)));
    expect(desk.findings('c.txt')).toEqual([]);
  });

  it('files a workspace over a desk already checked as a desk built afresh would', () => {
    const texts: [string, string][] = [
      ['a.txt', article('a.txt', '2 March 2024', '', a)],
      ['b.txt', article('b.txt', '3 March 2024', '', b)],
    ];
    const desk = build(texts);
    for (const [u] of texts) desk.findings(u);
    // An earlier copy, and a later one, filed as a re-index files them: the matches cached must go.
    texts.push(['c.txt', article('c.txt', '1 March 2024', '', b.replace('cannot', 'must not'))], ['d.txt', article('d.txt', '4 March 2024', '', a)]);
    for (const [uri, text] of texts.slice(2)) desk.file(uri, text, analyseArticle(text));
    const fresh = build(texts);
    for (const [u] of texts) expect(JSON.stringify(desk.findings(u))).toBe(JSON.stringify(fresh.findings(u)));
    expect(desk.findings('b.txt').find((f) => f.code === 'misquote')!.related[0]!.uri).toBe('c.txt');
  });
});
