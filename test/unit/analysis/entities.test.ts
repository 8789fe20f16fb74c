import { describe, expect, it } from 'vitest';
import { article } from '../../helpers/article';

describe('entities', () => {
  it('splits a title from the name and keeps it as a role', () => {
    const { model } = article('Headline\n\nRussian Deputy Foreign Minister Gennady Gatilov arrived in Geneva.');
    const p = model.entities.find((e) => e.name === 'Gennady Gatilov');
    expect(p?.kind).toBe('person');
    expect(p?.roles.map((r) => r.text)).toContain('Russian Deputy Foreign Minister');
    expect(model.entities.find((e) => e.name === 'Geneva')?.kind).toBe('place');
  });

  it('links surname and honorific mentions to the full name', () => {
    const { model } = article('Headline\n\nSergei Lavrov spoke. Later Mr Lavrov left, and Lavrov said nothing.');
    const p = model.entities.find((e) => e.name === 'Sergei Lavrov');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Sergei Lavrov', 'Lavrov', 'Lavrov']);
  });

  it('reads appositive roles', () => {
    const { model } = article('Headline\n\nRiyad Hijab, the group’s general coordinator, presented a plan.');
    expect(model.entities.find((e) => e.name === 'Riyad Hijab')?.roles.map((r) => r.text)).toEqual(['the group’s general coordinator']);
  });

  it('knows countries under their other names, and organisations by their words', () => {
    const { model } = article('Headline\n\nThe U.S. and the Russian Federation met at the High Negotiations Committee offices.');
    expect(model.entities.find((e) => e.name === 'U.S.')?.kind).toBe('place');
    expect(model.entities.find((e) => e.name === 'Russian Federation')?.kind).toBe('place');
    expect(model.entities.find((e) => e.name === 'High Negotiations Committee')?.kind).toBe('organization');
  });
});
