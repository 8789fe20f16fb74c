import { describe, expect, it } from 'vitest';
import { Desk } from '../../../server/src/corpus';

function deskOf(...articles: [string, string][]): Desk {
  const desk = new Desk();
  for (const [uri, body] of articles) desk.upsert(uri, `Published: 4 November 2025\n\nHeadline for ${uri}\n\n${body}\n`);
  return desk;
}
const variants = (desk: Desk, uri: string) => desk.findings(uri).filter((f) => f.code === 'name-variant').map((f) => f.message);

describe('the entity registry', () => {
  it('links a transliterated surname spelled differently when the articles share context', () => {
    const desk = deskOf(
      ['a.txt', 'Kestrel Biotherapeutics said its chief medical officer, Olena Kovalchuk, would present the data in Lisbon.'],
      ['b.txt', 'Olena Kovalchuk of Kestrel Biotherapeutics told analysts the vaccine was safe.'],
      ['c.txt', 'Kestrel Biotherapeutics chief medical officer Olena Kovalczuk presented the data in Lisbon.'],
    );
    expect(variants(desk, 'c.txt')[0]).toContain('"Olena Kovalchuk"');
    expect(variants(desk, 'a.txt')).toEqual([]);
  });

  it('keeps apart people whose names merely sound alike', () => {
    const desk = deskOf(
      ['a.txt', 'Council leader Anne Martin opened the meeting in Leeds.'],
      ['b.txt', 'The striker Jon Marten scored twice in Madrid on Sunday.'],
    );
    expect(variants(desk, 'a.txt')).toEqual([]);
    expect(variants(desk, 'b.txt')).toEqual([]);
  });

  it('does not link a similar spelling without shared context', () => {
    const desk = deskOf(
      ['a.txt', 'Sergei Petrov, a farmer from Tula, sold his harvest.'],
      ['b.txt', 'Sergey Petrov, a violinist in Vienna, played Bach.'],
    );
    expect(variants(desk, 'a.txt')).toEqual([]);
    expect(variants(desk, 'b.txt')).toEqual([]);
  });

  it('knows a place under its other names', () => {
    const desk = deskOf(['a.txt', 'Russia and the U.S. met in Geneva.'], ['b.txt', 'The Russian Federation and the United States met in Geneva.']);
    const a = desk.article('a.txt')!.model.entities.find((e) => e.name === 'Russia')!;
    expect(desk.registry.entityOf('a.txt', a.id)?.members.map((m) => m.uri).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('counts an entity filed under several buckets once, and forgets an article re-filed without it', () => {
    // "the United Nations (UN)": filed under its name and its initials.
    const desk = deskOf(
      ['a.txt', 'Officials at the United Nations (UN) said the UN would send staff.'],
      ['b.txt', 'The United Nations said the outbreak was contained.'],
    );
    const who = desk.article('a.txt')!.model.entities.find((e) => e.name === 'United Nations')!;
    expect(desk.registry.bucketsOfArticle('a.txt')).toEqual(['n:unitednations', 'n:un']);
    expect(desk.registry.entityOf('a.txt', who.id)?.members.map((m) => m.uri)).toEqual(['a.txt', 'b.txt']);
    desk.upsert('a.txt', 'Published: 4 November 2025\n\nHeadline\n\nThe mayor of Leeds spoke on Monday.\n');
    for (const b of desk.registry.bucketsOfArticle('b.txt')) expect([...desk.registry.articlesIn(b)]).toEqual(['b.txt']);
    const left = desk.article('b.txt')!.model.entities.find((e) => e.name === 'United Nations')!;
    expect(desk.registry.entityOf('b.txt', left.id)?.members.map((m) => m.uri)).toEqual(['b.txt']);
  });
});
