import { describe, expect, it } from 'vitest';
import { entityOf, formsOf, mentions, read } from './entities-helpers';
import { mentionCount, mentionsOf } from '../../../server/src/analysis/entities/mentionList';

describe('entities: one record per thing within an article', () => {
  it('reads a capital standing for its government as the country, and a capital where things happen as the city', () => {
    const r = read(
      'Headline\n\nRelations between the United States and Russia are poor. Washington accused Moscow of bad faith, ' +
        'and Moscow’s announcement was not confirmed. Lavrov said Friday in Moscow that talks would go on.',
    );
    expect(formsOf(r, 'United States')).toEqual(['United States', 'Washington']);
    expect(formsOf(r, 'Russia')).toEqual(['Russia', 'Moscow', 'Moscow']);
    const city = r.model.entities.find((e) => e.name === 'Moscow');
    expect(mentionCount(city?.mentions ?? [])).toBe(1);
    // The government mention never becomes the country's name nor a spelling of it.
    expect(entityOf(r, 'Washington')?.name).toBe('United States');
    expect(mentionsOf(entityOf(r, 'Washington')!.mentions).find((m) => r.text.slice(m.span.start, m.span.end) === 'Washington')?.full).toBe(false);
  });

  it('marks a government mention as such, and keeps a capital named as a capital or used as a modifier the city', () => {
    const r = read('Headline\n\nTalks in the Kazakhstan capital Astana are planned. Serbia funds the Belgrade–Budapest line; Belgrade said so.');
    expect(formsOf(r, 'Astana')).toEqual(['Astana']);
    expect(formsOf(r, 'Serbia')).toEqual(['Serbia', 'Belgrade']);
    const serbia = entityOf(r, 'Serbia')!;
    expect(mentionsOf(serbia.mentions).map((m) => !!m.metonym)).toEqual([false, true]);
    expect(mentionCount(entityOf(r, 'Kazakhstan')?.mentions ?? [])).toBe(1);
  });

  it('does not take an acronym opening a longer name for that body (EU vs EU Civil Protection Mechanism)', () => {
    const r = read('Headline\n\nThe European Commission activated the EU Civil Protection Mechanism, and the EU sent pumps. The UN Security Council met; the UN said so.');
    expect(formsOf(r, 'EU Civil Protection Mechanism')).toEqual(['EU Civil Protection Mechanism']);
    expect(formsOf(r, 'UN Security Council')).toEqual(['UN Security Council']);
    expect(mentionCount(entityOf(r, 'EU')?.mentions ?? [])).toBe(1);
  });

  it('keeps a capital as the city in a dateline and when the article never names the country', () => {
    const r = read('Headline\n\nMADRID, March 4 (Iberian Wire) - Residents returned. Brussels said it would send pumps.');
    expect(entityOf(r, 'MADRID')?.name).toBe('MADRID');
    expect(entityOf(r, 'Brussels')?.name).toBe('Brussels');
    expect(entityOf(r, 'Iberian Wire')?.kind).toBe('organization');
  });

  it('reads the town a council is named after as a place, not as the council', () => {
    const r = read('Headline\n\nKelbourne Town Council voted 9-4. The bridge has carried Kelbourne for 140 years.');
    expect(mentions(r)).toEqual(['organization:Kelbourne Town Council', 'place:Kelbourne']);
  });

  it('joins short forms of organisations: a first word, a last word, initials, the singular', () => {
    const r = read(
      'Headline\n\nNorvald Energy AG broke ground. Norvald will open a training centre. The International Syria Support Group ' +
        '(ISSG) met, and the European Commission said the Commission would pay. The United Nations envoy spoke; ' +
        'the United Nation’s envoy later left.',
    );
    expect(formsOf(r, 'Norvald Energy AG')).toEqual(['Norvald Energy AG', 'Norvald']);
    expect(formsOf(r, 'ISSG')).toEqual(['International Syria Support Group', 'ISSG']);
    expect(formsOf(r, 'European Commission')).toEqual(['European Commission', 'Commission']);
    expect(formsOf(r, 'United Nations')).toEqual(['United Nations', 'United Nation']);
  });

  it('splits a list of organisations joined by "and", but keeps "and" inside one name', () => {
    const r = read(
      'Headline\n\nThe Associated Press and Reuters contributed. It includes the Arab League, European Union and Organization ' +
        'of Islamic Cooperation. Syria and Russian Federation counter that. The Food and Drug Administration agreed.',
    );
    expect(mentions(r)).toEqual([
      'organization:Associated Press', 'organization:Reuters', 'organization:Arab League', 'organization:European Union',
      'organization:Organization of Islamic Cooperation', 'place:Syria', 'place:Russian Federation', 'organization:Food and Drug Administration',
    ]);
  });

  it('does not let a connector swallow a weekday, and joins a plural possessive inside a name', () => {
    const r = read('Headline\n\nThe Commission activated its Civil Protection Mechanism on Sunday. Milica Stanković chairs the Brezovac Farmers\' Cooperative.');
    expect(mentions(r)).toContain('organization:Civil Protection Mechanism');
    expect(mentions(r)).toContain("organization:Brezovac Farmers' Cooperative");
  });

  it('keeps two people with one surname apart by their given names', () => {
    const r = read('Headline\n\nAsh Carter spoke in Oxford. Virginia Carter wrote the story. Carter said Moscow was aggressive.');
    expect(r.model.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Ash Carter', 'Virginia Carter']);
    expect(formsOf(r, 'Virginia Carter')).toEqual(['Virginia Carter', 'Carter']);
  });
});
