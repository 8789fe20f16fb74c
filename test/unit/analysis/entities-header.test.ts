import { describe, expect, it } from 'vitest';
import { entityOf, formsOf, mentions, read } from './entities-helpers';

describe('entities: mastheads, bylines, credits, headings and web chrome', () => {
  it('reads the masthead as an organisation and the byline as a person, with the byline\'s role', () => {
    const r = read('Kelbourne Courier | Local News\nPublished: 14 March 2024\nBy Hannah Lowe, Local Democracy Reporter\n\nOld Mill Bridge to close\n\nThe bridge will close.');
    expect(entityOf(r, 'Kelbourne Courier')?.kind).toBe('organization');
    const lowe = entityOf(r, 'Hannah Lowe');
    expect(lowe?.kind).toBe('person');
    expect(lowe?.roles.map((x) => x.text)).toEqual(['Local Democracy Reporter']);
    expect(entityOf(r, 'Old Mill Bridge')?.kind).toBe('place');
    expect(entityOf(r, 'Mill Bridge')).toBeUndefined();
  });

  it('reads names in YAML front matter (author, source)', () => {
    const r = read('---\ndate: 2024-03-12\nsource: Balkan Business Review\nauthor: Ivana Kostić\n---\n\n# A headline\n\nThe plant opened.');
    expect(entityOf(r, 'Balkan Business Review')?.kind).toBe('organization');
    expect(entityOf(r, 'Ivana Kostić')?.kind).toBe('person');
  });

  it('reads wire credits in a Title Case line, with their roles', () => {
    const r = read('Headline\n\nThe bridge opened in 1884.\n\n(Reporting by Tom Brandreth; Editing by Alison Kerr)');
    expect(entityOf(r, 'Tom Brandreth')?.roles.map((x) => x.text)).toEqual(['reporter']);
    expect(entityOf(r, 'Alison Kerr')?.roles.map((x) => x.text)).toEqual(['editor']);
  });

  it('reads the dateline place and agency, and the agency under its other spelling', () => {
    const r = read(
      'Fri 15 Mar 2024 11:42 GMT\nNorthline News -- Regional Desk\n\nMarket town shuts bridge\n\n' +
        'KELBOURNE, England, March 15 (Northline News) - A market town will close its bridge. Kelbourne has 23,000 people.',
    );
    expect(formsOf(r, 'KELBOURNE')).toEqual(['KELBOURNE', 'Kelbourne']);
    expect(entityOf(r, 'KELBOURNE')?.kind).toBe('place');
    expect(formsOf(r, 'Northline News')).toEqual(['Northline News', 'Northline News']);
    expect(mentions(r)).not.toContain('organization:GMT');
  });

  it('takes an outlet named in a SOURCE line and a caption under either spelling', () => {
    const r = read('Envoys in Geneva\n\nThe envoy spoke in Geneva on Monday. / TRT World and Agencies\n\nThe talks went on.\n\nSOURCE:TRTWorld and agencies');
    expect(formsOf(r, 'TRTWorld')).toEqual(['TRT World', 'TRTWorld']);
  });

  it('in a headline takes only names the article vouches for, acronyms and places', () => {
    const r = read('MESOP NEWS SYRIA Daily: US Turns Down Meeting With UN Envoy and Russia\n\nThe US declined a meeting with Russia.');
    expect(mentions(r)).toEqual(['organization:MESOP', 'place:SYRIA', 'place:US', 'organization:UN', 'place:Russia', 'place:US', 'place:Russia']);
  });

  it('does not read the words of a heading in capitals as acronyms', () => {
    const r = read("Headline\n\nWHO'S IN CHARGE\n\nThe mayor is.\n\nWHAT THE EU IS DOING\n\nPumps arrived.");
    expect(mentions(r)).toEqual(['organization:EU']);
  });

  it('reads tag lists and category labels as topics: only names known elsewhere count', () => {
    const r = read(
      'Castromaya: what we know\nPosted on 7 March 2024 by Clara Fuentes | Filed under: Floods, Spain\n- in World Media\n\n' +
        'The river burst its banks at Castromaya.\n\n*Tags: Norvald, Serbia, batteries*',
    );
    expect(mentions(r)).toEqual(['place:Castromaya', 'person:Clara Fuentes', 'place:Spain', 'place:Castromaya', 'place:Serbia']);
  });

  it('skips web chrome and keeps the text of a Markdown link without its target', () => {
    const r = read(
      'Headline\n\n[Adriatic Press Service](https://aps.example/business/norvald-water) talked to farmers.\n\n' +
        'Write your comment\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.',
    );
    expect(mentions(r)).toEqual(['organization:Adriatic Press Service']);
  });
});
