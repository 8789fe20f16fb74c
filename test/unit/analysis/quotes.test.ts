import { describe, expect, it } from 'vitest';
import { article } from '../../helpers/article';

describe('quotations', () => {
  it('finds speakers after and before the quotation', () => {
    const { model } = article('Headline\n\n"This bridge has carried us for 140 years," Mayor Colin Ashdown said.\n\nPeter Hallam said: "We have known about this bridge since 2019."');
    expect(model.quotes.map((q) => [q.text.slice(0, 20), q.speaker?.text])).toEqual([
      ['This bridge has carr', 'Mayor Colin Ashdown'],
      ['We have known about ', 'Peter Hallam'],
    ]);
  });

  it('resolves a pronoun to the person named before', () => {
    const { model } = article('Headline\n\nIndependent councillor Peter Hallam voted against.\n\n"We chose to paint over it," he said.');
    const q = model.quotes[0]!;
    expect(q.speaker?.text).toBe('he');
    expect(model.entities.find((e) => e.id === q.speaker?.entity)?.name).toBe('Peter Hallam');
  });

  it('keeps an unnamed source as written', () => {
    const { model } = article('Headline\n\n"The plant will meet every European standard," a spokesperson for the ministry said.');
    expect(model.quotes[0]?.speaker?.text).toBe('a spokesperson for the ministry');
    expect(model.quotes[0]?.speaker?.entity).toBeNull();
  });

  it('does not take scare quotes or titles for quotations', () => {
    const { model } = article('Headline\n\nNorvald is careful not to call the site a "gigafactory" (it is closer to a "megafactory").\n\nThe review has a solid explainer, "What the bet means for the town", on the questions.');
    expect(model.quotes).toEqual([]);
  });

  it('continues a quotation into the next paragraph that reopens it, and stops an unclosed one at its paragraph', () => {
    const { model } = article('Headline\n\n"The water rose faster than any model.\n\n"What saved lives was that people listened," Núñez said.\n\nA "stray mark never closes.\n\nThe next paragraph is prose.');
    expect(model.quotes[0]?.parts).toHaveLength(2);
    expect(model.quotes[0]?.speaker?.text).toBe('Núñez');
    expect(model.notices.some((n) => n.code === 'unclosed-quotation')).toBe(true);
    expect(model.quotes.some((q) => q.text.includes('next paragraph'))).toBe(false);
  });
});
