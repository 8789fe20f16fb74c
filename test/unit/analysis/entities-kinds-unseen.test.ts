import { describe, expect, it } from 'vitest';
import { entityOf, formsOf, mentions, read } from './entities-helpers';
import { mentionAt } from '../../../server/src/analysis/entities/mentionList';

// Kinds on copy nobody tuned on: each case is a failure independent judges found on held-out
// articles, rewritten with other names so that the rule, not the name, is tested.
describe('entities: what a name is, on unseen copy', () => {
  it('reads a campaign opening with a verb as an organisation, wherever it is named', () => {
    const r = read('Library closure\n\nCampaigners from Protect Dunmere Library marched on Saturday. Ruth Kane, who chairs Protect Dunmere Library, spoke.');
    expect(entityOf(r, 'Protect Dunmere Library')?.kind).toBe('organization');
    expect(entityOf(r, 'Ruth Kane')?.kind).toBe('person');
  });

  it('reads names ending in an English word or a capital as organisations, not people', () => {
    const r = read(
      'Deal\n\nBrennan Instruments and Falcourt Securities agreed terms. Shares of Tellmark Biosciences rose on Nasdaq Stockholm. ' +
        'Patients were sent to Dunmere Royal Infirmary.',
    );
    for (const name of ['Brennan Instruments', 'Falcourt Securities', 'Tellmark Biosciences', 'Nasdaq Stockholm', 'Dunmere Royal Infirmary']) {
      expect(entityOf(r, name)?.kind, name).toBe('organization');
    }
  });

  it('reads a company by its officers, its drug-maker noun and the verb it is the agent of', () => {
    const r = read(
      'Mine\n\nThe pit is operated by Serrano Cobre Andino. Danish drugmaker Veltro Pharma said on Monday that it would appeal. ' +
        "Kessock's chief financial officer resigned. Nils Haug, the former managing director of Brightline Care, denied it.",
    );
    expect(entityOf(r, 'Serrano Cobre Andino')?.kind).toBe('organization');
    expect(entityOf(r, 'Veltro Pharma')?.kind).toBe('organization');
    expect(entityOf(r, 'Kessock')?.kind).toBe('organization');
    expect(entityOf(r, 'Brightline Care')?.kind).toBe('organization');
    expect(entityOf(r, 'Nils Haug')?.kind).toBe('person');
  });

  it('reads a stock exchange before a ticker as an organisation, and the ticker as nothing', () => {
    const r = read('Results\n\nHallow Systems plc (LSE: HLW) and Dravik Corp. (NYSE: DRV) reported on Tuesday.');
    expect(entityOf(r, 'Hallow Systems plc')?.kind).toBe('organization');
    expect(entityOf(r, 'Dravik Corp.')?.kind).toBe('organization');
    expect(entityOf(r, 'LSE')?.kind).toBe('organization');
    expect(entityOf(r, 'HLW')).toBeUndefined();
    expect(entityOf(r, 'DRV')).toBeUndefined();
  });

  it('reads football clubs as organisations, with their short forms, and the town a club is not', () => {
    const r = read(
      'Cup final\n\nBranmoor Wanderers beat Holt Athletic 2-1, as Wanderers led through Jordan Blake. The striker came to Holt from Lviv. ' +
        "He will join Ferrow City on Tuesday, and Ferrow City's sporting director said Ferrow are ambitious.",
    );
    expect(formsOf(r, 'Branmoor Wanderers')).toEqual(['Branmoor Wanderers', 'Wanderers']);
    expect(entityOf(r, 'Branmoor Wanderers')?.kind).toBe('organization');
    expect(entityOf(r, 'Jordan Blake')?.kind).toBe('person');
    expect(entityOf(r, 'Holt')?.kind).toBe('place');
    expect(entityOf(r, 'Ferrow City')?.kind).toBe('organization');
  });

  it('reads a drop capital opening a club name', () => {
    const r = read("Report\n\nBRANMOOR Wanderers' season ended in glory as the side beat Holt Athletic.");
    expect(entityOf(r, 'BRANMOOR Wanderers')?.kind).toBe('organization');
  });

  it('reads a person after a US council title, and strips the title', () => {
    const r = read('Water\n\nCouncilwoman Denise Marsh voted no. Councilman Ray Ortega abstained, and Denise Marsh said so. Two members, Ray Ortega and Ana Park, objected.');
    expect(mentions(r)).toEqual(['person:Denise Marsh', 'person:Ray Ortega', 'person:Denise Marsh', 'person:Ray Ortega', 'person:Ana Park']);
  });

  it('reads a hospital, school or council named after its town, and the town alone as a place', () => {
    const r = read(
      'Births\n\nMothers will be sent to Carnby Royal Infirmary, 30 miles away. Nobody should have to drive to Carnby in labour. ' +
        'Pupils of Wellow East Primary School were sent home. Wellow was hit hardest.',
    );
    expect(entityOf(r, 'Carnby Royal Infirmary')?.kind).toBe('organization');
    expect(entityOf(r, 'Carnby')?.kind).toBe('place');
    expect(entityOf(r, 'Wellow East Primary School')?.kind).toBe('organization');
    expect(entityOf(r, 'Wellow')?.kind).toBe('place');
  });

  it('reads a mine, a home town and a sea as places', () => {
    const r = read('Quake\n\nMiners were trapped at the Loma Seca mine. Tom Hale, 63, of Brindley, was held. The quake struck off the Gulf of Carpentaria coast.');
    expect(entityOf(r, 'Loma Seca')?.kind).toBe('place');
    expect(entityOf(r, 'Brindley')?.kind).toBe('place');
    expect(entityOf(r, 'Gulf of Carpentaria')?.kind).toBe('place');
    expect(entityOf(r, 'Gulf')).toBeUndefined();
  });

  it('reads a capital acting as a government as its country, also when the article never names the country', () => {
    const r = read('Quake\n\nThe South Korean town was flattened. Seoul released 3 billion won in aid on Wednesday.');
    const korea = entityOf(r, 'Seoul');
    expect(korea?.kind).toBe('place');
    expect(korea?.name).toBe('South Korea');
    expect(korea && mentionAt(korea.mentions, 0).metonym).toBe(true);
    const q = read('Mines\n\nQ: Has Lima been too slow to tighten the rules?\n\nA: Peru is changing.');
    expect(entityOf(q, 'Lima')?.name).toBe('Peru');
  });

  it('reads a short name in apposition to a body, and a body acronym after a place', () => {
    const r = read('Mine\n\nThe collapse was confirmed by the National Mining Service, Minserv. An Ohio EPA spokesman agreed.');
    expect(entityOf(r, 'Minserv')?.kind).toBe('organization');
    expect(entityOf(r, 'Ohio EPA')?.kind).toBe('organization');
  });
});

describe('entities: continents and laws (heldout3, first contact)', () => {
  it('reads North, South, Central and Latin America as places', () => {
    const r = read('Breach\n\nThe app is used by 2.3 million customers in Europe and North America, and by banks in Latin America.');
    expect(entityOf(r, 'North America')?.kind).toBe('place');
    expect(entityOf(r, 'Latin America')?.kind).toBe('place');
  });

  it('names no one in a law, whatever title word opens it', () => {
    const r = read('Breach\n\nThe firm told the regulator within the 72 hours required by the General Data Protection Regulation. The Online Safety Act applies too.');
    expect(mentions(r).filter((m) => /Regulation|Act/.test(m))).toEqual([]);
  });
});
