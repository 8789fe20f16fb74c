import { describe, expect, it } from 'vitest';
import { covered } from '../../helpers/article';
import { entityOf, formsOf, mentions, read } from './entities-helpers';
import { mentionsOf } from '../../../server/src/analysis/entities/mentionList';

describe('entities: names and titles', () => {
  it('splits a title from the name and keeps it as a role', () => {
    const r = read('Headline\n\nRussian Deputy Foreign Minister Gennady Gatilov arrived in Geneva.');
    const p = entityOf(r, 'Gennady Gatilov');
    expect(p?.kind).toBe('person');
    expect(p?.roles.map((x) => x.text)).toEqual(['Russian Deputy Foreign Minister']);
    expect(mentions(r)).toEqual(['person:Gennady Gatilov', 'place:Geneva']);
  });

  it('keeps "of State" in the title and finds the country in front of it', () => {
    const r = read('Headline\n\nU.S. Secretary of State John Kerry spoke by phone.');
    expect(entityOf(r, 'John Kerry')?.roles.map((x) => x.text)).toEqual(['U.S. Secretary of State']);
    expect(mentions(r)).toEqual(['place:U.S.', 'person:John Kerry']);
  });

  it('takes a lower-case title before a name as evidence of a person', () => {
    const r = read('Headline\n\nThe talks were led by envoy Bashar Jaafari and spokesman Mark Toner.');
    expect(entityOf(r, 'Bashar Jaafari')?.kind).toBe('person');
    expect(entityOf(r, 'Mark Toner')?.roles.map((x) => x.text)).toEqual(['spokesman']);
  });

  it('does not read a title without a name as a person (a byline "Staff Reporter")', () => {
    const r = read('UN and Russian envoys meet\n\nBy Staff Reporter\n\nThe UN Special Envoy arrived.');
    expect(mentions(r)).toEqual(['organization:UN', 'organization:UN']);
  });

  it('strips honorifics from the surface form and links the person', () => {
    const r = read('Headline\n\nSergei Lavrov spoke. Later Mr Lavrov left, and Lavrov said nothing.');
    expect(formsOf(r, 'Sergei Lavrov')).toEqual(['Sergei Lavrov', 'Lavrov', 'Lavrov']);
    expect(mentionsOf(r.model.entities.find((e) => e.name === 'Sergei Lavrov')?.mentions ?? []).map((m) => m.full)).toEqual([true, false, false]);
  });

  it('keeps a lower-case particle with the surname it opens (de Mistura)', () => {
    const r = read('Headline\n\nStaffan de Mistura met them. Later de Mistura told reporters the talks would resume.');
    expect(formsOf(r, 'Staffan de Mistura')).toEqual(['Staffan de Mistura', 'de Mistura']);
    expect(r.model.entities.filter((e) => e.kind === 'person')).toHaveLength(1);
  });

  it('joins a surname that starts a sentence to the full name given later', () => {
    const r = read('Headline\n\nChurkin made the point again. Vitaly Churkin said Friday that talks would go on.');
    expect(formsOf(r, 'Vitaly Churkin')).toEqual(['Churkin', 'Vitaly Churkin']);
  });

  it('does not take capitalised sentence openers for names', () => {
    const r = read('Headline\n\nConstruction will begin in April. Officials said Tensions remain. Council engineers found cracks.');
    expect(mentions(r)).toEqual([]);
  });

  it('keeps a person\'s surname apart from a place of the same name only when the text says so', () => {
    const r = read('Headline\n\nMargaret Lincoln runs the bakery. Lincoln said trade had halved.');
    expect(formsOf(r, 'Margaret Lincoln')).toEqual(['Margaret Lincoln', 'Lincoln']);
  });

  it('reads a two-word name by its given name, and English words as no name', () => {
    const r = read('Headline\n\nObama sent another 250 Special Operations troops, and Hannah Mbeki watched.');
    expect(entityOf(r, 'Hannah Mbeki')?.kind).toBe('person');
    expect(entityOf(r, 'Special Operations')).toBeUndefined();
  });

  it('marks only full personal names as full (spelling variants are compared on those)', () => {
    const r = read('Headline\n\nZoë Müller-Lüdenscheidt opened the plant. Müller-Lüdenscheidt said it would grow.');
    const p = entityOf(r, 'Zoë Müller-Lüdenscheidt')!;
    expect(mentionsOf(p.mentions).map((m) => [covered(r.text, m.span), m.full])).toEqual([['Zoë Müller-Lüdenscheidt', true], ['Müller-Lüdenscheidt', false]]);
  });
});
