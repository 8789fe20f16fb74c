import { describe, expect, it } from 'vitest';
import { entityOf, mentions, read } from './entities-helpers';

describe('entities: what kind of thing a name names', () => {
  it('knows countries under their other names, and organisations by their words', () => {
    const r = read('Headline\n\nThe U.S. and the Russian Federation met at the High Negotiations Committee offices.');
    expect(mentions(r)).toEqual(['place:U.S.', 'place:Russian Federation', 'organization:High Negotiations Committee']);
  });

  it('reads towns nobody lists from the words around them', () => {
    const r = read(
      'Headline\n\nNovi Brezovac, Serbia, 5 March – The plant will be built on the edge of Novi Brezovac. ' +
        'Residents of the Spanish town of Castromaya returned. The mayor of Alto Verde said the Berza river had peaked ' +
        'and the Alto Berza district was flooded. The fighting moved to the neighbourhood of Bustan al-Basha in Aleppo.',
    );
    for (const place of ['Novi Brezovac', 'Castromaya', 'Alto Verde', 'Berza', 'Alto Berza', 'Bustan al-Basha', 'Aleppo']) {
      expect(entityOf(r, place)?.kind, place).toBe('place');
    }
  });

  it('does not take "X, USA hopes" for a town in a country', () => {
    const r = read('Headline\n\nFor all the talk about a possible Plan B, USA hopes for progress rest on Russia.');
    expect(mentions(r)).toEqual(['place:USA', 'place:Russia']);
  });

  it('reads acronyms as organisations, but not time zones', () => {
    const r = read('Headline\n\nThe talks began at 0900 GMT, AFP reported, and the ISSG met at 10:00 CET.');
    expect(mentions(r)).toEqual(['organization:AFP', 'organization:ISSG']);
  });

  it('reads brand-shaped words and "the X" as organisations', () => {
    const r = read('Headline\n\nThe blog RiverWatch Iberia said the Pentagon made clear it would not act.');
    expect(entityOf(r, 'RiverWatch Iberia')?.kind).toBe('organization');
    expect(entityOf(r, 'Pentagon')?.kind).toBe('organization');
  });

  it('reads a group from its members ("Islamic State insurgents")', () => {
    const r = read('Headline\n\nTroops are fighting Islamic State insurgents while others isolate Nusra extremists.');
    expect(entityOf(r, 'Islamic State')?.kind).toBe('organization');
    expect(entityOf(r, 'Nusra')?.kind).toBe('organization');
  });

  it('reads "the Obama administration" as a mention of Obama', () => {
    const r = read('Headline\n\nMoscow has accused the Obama administration of using lies.');
    expect(entityOf(r, 'Obama')?.kind).toBe('person');
  });

  it('gives each surface form the kind its evidence weighs most for, counting a name\'s shape once', () => {
    const r = read(
      'Headline\n\nNorvald broke ground in Novi Brezovac on 5 March. If it hits its targets, Novi Brezovac could grow. ' +
        'What it means for Novi Brezovac is unclear; Novi Brezovac will find out.',
    );
    expect(entityOf(r, 'Novi Brezovac')?.kind).toBe('place');
  });

  it('never takes demonyms, faiths, contractions or "-backed" adjectives for names', () => {
    const r = read(
      'Headline\n\nRussian and Iranian officials met. Who the Americans said were Shiite fighters backed by Western- and ' +
        'Saudi-backed groups is unclear. "We\'ve asked countries to come," a Syrian said.',
    );
    expect(mentions(r)).toEqual([]);
  });

  it('takes the place out of an "X-based" adjective and splits names joined by hyphens', () => {
    const r = read('Headline\n\nThe Istanbul-based National Coalition backed the U.S.-Russia-UN format on the Belgrade–Budapest line.');
    expect(mentions(r)).toEqual([
      'place:Istanbul', 'organization:National Coalition', 'place:U.S.', 'place:Russia', 'organization:UN', 'place:Belgrade', 'place:Budapest',
    ]);
  });

  it('keeps a place in front of an organisation inside the organisation\'s name', () => {
    const r = read('Headline\n\nA senior US State Department official and the U.N. Security Council agreed.');
    expect(mentions(r)).toEqual(['organization:US State Department', 'organization:U.N. Security Council']);
  });

  it('reads a building as its organisation ("United Nations Headquarters")', () => {
    const r = read('Headline\n\nHe spoke at United Nations Headquarters in New York on Monday.');
    expect(mentions(r)).toEqual(['organization:United Nations', 'place:New York']);
  });
});
