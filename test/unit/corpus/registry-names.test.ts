import { describe, expect, it } from 'vitest';
import { Desk } from '../../../server/src/corpus';
import { mentionsOf } from '../../../server/src/analysis/entities/mentionList';

function deskOf(...articles: [string, string][]): Desk {
  const desk = new Desk();
  for (const [uri, body] of articles) desk.upsert(uri, `Published: 4 November 2025\n\nHeadline for ${uri}\n\n${body}\n`);
  return desk;
}
const variants = (desk: Desk, uri: string) => desk.findings(uri).filter((f) => f.code === 'name-variant').map((f) => f.message);
const keyOf = (desk: Desk, uri: string, form: string) => {
  const e = desk.article(uri)!.model.entities.find((x) => mentionsOf(x.mentions).some((m) => m.text === form));
  return e && desk.registry.entityOf(uri, e.id)?.key;
};

// Names across articles on copy nobody tuned on: nicknames, transliterations, council titles.
describe('the entity registry: names on unseen copy', () => {
  it('joins a nickname to the full name an article glosses it in, whichever article is filed first, and flags neither', () => {
    const desk = deskOf(
      ['a.txt', 'A jury at Leeds Crown Court convicted Edward Marlow of fraud. Marlow denied it.'],
      ['b.txt', 'Ted Marlow, 63, of Brindley, was convicted at Leeds Crown Court of fraud.'],
      ['c.txt', 'Edward Marlow was jailed at Leeds Crown Court for six years.'],
      ['d.txt', 'When Edward “Ted” Marlow was jailed at Leeds Crown Court, nobody in Brindley was surprised.'],
    );
    const key = keyOf(desk, 'a.txt', 'Edward Marlow');
    expect(keyOf(desk, 'b.txt', 'Ted Marlow')).toBe(key);
    expect(keyOf(desk, 'd.txt', 'Edward “Ted” Marlow')).toBe(key);
    for (const uri of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) expect(variants(desk, uri)).toEqual([]);
  });

  it('links transliterations of one surname by sound when the articles share context', () => {
    const desk = deskOf(
      ['a.txt', 'Veltro Pharma said its chief medical officer, Oksana Hnatyshyn, would present the data in Vienna.'],
      ['b.txt', 'Veltro Pharma chief medical officer Oksana Hnatyshyn told analysts the data held.'],
      ['c.txt', 'Veltro Pharma chief medical officer Oksana Gnatyshin presented the data in Vienna.'],
    );
    expect(keyOf(desk, 'c.txt', 'Oksana Gnatyshin')).toBe(keyOf(desk, 'a.txt', 'Oksana Hnatyshyn'));
  });

  it('links a councillor named with a US council title to the same person named without it', () => {
    const desk = deskOf(
      ['a.txt', 'Two council members, Ray Ortega and Ana Lind, voted no in Dunmore.'],
      ['b.txt', '"We need bids," said Councilwoman Ana Lind of Dunmore.'],
    );
    expect(keyOf(desk, 'b.txt', 'Ana Lind')).toBe(keyOf(desk, 'a.txt', 'Ana Lind'));
  });

  it('files a capital acting for its government under the country, apart from the city', () => {
    const desk = deskOf(
      ['a.txt', 'SEOUL, Nov 4 (Wire) - Rescuers searched the South Korean town of Haemi.'],
      ['b.txt', 'The South Korean town is rebuilding. Seoul has promised to pay for new homes in Haemi.'],
    );
    expect(keyOf(desk, 'b.txt', 'Seoul')).toBe('place:south korea');
    expect(keyOf(desk, 'a.txt', 'SEOUL')).not.toBe('place:south korea');
  });
});
