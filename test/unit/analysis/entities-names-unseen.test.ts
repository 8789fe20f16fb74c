import { describe, expect, it } from 'vitest';
import { entityOf, formsOf, mentions, read } from './entities-helpers';

// Names, outlets and noise on copy nobody tuned on: each case is a failure independent judges
// found on held-out articles, rewritten with other names.
describe('entities: names and noise, on unseen copy', () => {
  it('keeps a quoted nickname inside the name and joins the nickname form to it', () => {
    const r = read('Column\n\nThe firm that paid Ted Marlow never checked.\n\nWhen Edward “Ted” Marlow was jailed, nobody was surprised. Marlow said nothing.');
    expect(formsOf(r, 'Edward “Ted” Marlow')).toEqual(['Ted Marlow', 'Edward “Ted” Marlow', 'Marlow']);
  });

  it('keeps a middle initial inside the name, and drops post-nominal letters', () => {
    const r = read(
      'Deal\n\n"We agree," said Carla J. Whitby, chief executive. For the defence, Martin Hale KC said his client was ill. ' +
        'Prosecutor Joan Reeve KC replied, and Ms Whitby and Mr Hale left.',
    );
    expect(formsOf(r, 'Carla J. Whitby')).toEqual(['Carla J. Whitby', 'Whitby']);
    expect(formsOf(r, 'Martin Hale')).toEqual(['Martin Hale', 'Hale']);
    expect(entityOf(r, 'Joan Reeve')?.roles.map((x) => x.text)).toEqual(['Prosecutor']);
    expect(mentions(r).some((m) => m.includes('KC'))).toBe(false);
  });

  it('splits a person from the institution after "of" when the name has a particle or a given name', () => {
    const r = read('Trial\n\nThe lead investigator, Pieter de Groot of Lindeberg University Medical Centre, said the results held. De Groot will present them.');
    expect(entityOf(r, 'Pieter de Groot')?.kind).toBe('person');
    expect(entityOf(r, 'Lindeberg University Medical Centre')?.kind).toBe('organization');
  });

  it('reads a given name alone, after the full name, as that person even at a sentence start or after a label', () => {
    const r = read('Call\n\nOlga Brandt -- Chief Executive Officer\nThanks, everyone.\n\nQ: Olga, what changed?\n\nA: Olga has the numbers.');
    expect(formsOf(r, 'Olga Brandt')).toEqual(['Olga Brandt', 'Olga', 'Olga']);
  });

  it('leaves a sentence adverb out of the name after it (Afterwards, Eventually, Finally)', () => {
    const r = read('Hospital row\n\nAfterwards Mei Lindqvist left.\n\nEventually Ruth Otieno resigned.\n\nFinally Colin Ashdown spoke.');
    expect(mentions(r)).toEqual(['person:Mei Lindqvist', 'person:Ruth Otieno', 'person:Colin Ashdown']);
  });

  it('reads transcript labels and header labels as the people they name', () => {
    const r = read('News at Six\nAnchor: Tom Riley | Reporter: Jo Grant\n\nANCHOR: Good evening.\n\nGRANT: Tom, the vote was close.\n\nRILEY: Thanks, Jo.');
    expect(formsOf(r, 'Jo Grant')).toContain('GRANT');
    expect(formsOf(r, 'Tom Riley')).toContain('RILEY');
    expect(mentions(r).some((m) => /Good|ANCHOR/.test(m))).toBe(false);
  });

  it('reads the outlet of a wire header line, not its desk', () => {
    const r = read('Tue 4 Nov 2025 14:55 GMT\nHarbour Point Newswire -- Europe Desk\n\nUPDATE 1-Shares jump\n\nOSLO, Nov 4 (HPN) - Shares rose in Norway.');
    expect(entityOf(r, 'Harbour Point Newswire')?.kind).toBe('organization');
    expect(entityOf(r, 'Europe')).toBeUndefined();
  });

  it('reads a masthead in capitals without its article, and a newsletter describing itself', () => {
    const r = read('THE WESTFELL RECORD\nMonday 3 March 2025\n\nFloods hit the valley\n\nBy Amy Cole\n\nRain fell.');
    expect(entityOf(r, 'WESTFELL RECORD')?.kind).toBe('organization');
    const n = read('# Vaccines this week\n\n*Booster Brief — a newsletter about vaccines and their makers*\n\nThe data held.');
    expect(entityOf(n, 'Booster Brief')?.kind).toBe('organization');
  });

  it('takes nothing from share buttons, picture credits, most-read boxes, slugs or timelines', () => {
    const r = read(
      'Storm hits coast\n\nShare on Facebook | Share on X | WhatsApp | Email\n\nWaves hit the pier (Image: Carl Dent/Coast Echo)\n\n' +
        "MOST READ\n1. Holiday park's owners count the cost\n\n03/17/2025 - Council approves repairs\n\nSLUG: STORM-COAST\n\nCouncil OKs $2m for repairs.",
    );
    expect(mentions(r)).toEqual(['person:Carl Dent', 'organization:Coast Echo']);
  });

  it('takes no ticker, quarter, time zone, product code or quoted title for a name', () => {
    const r = read(
      'Results\n\nThe call is at 8:30 a.m. ET. In Q3, sales of the KX-200 rose. The review, “Lessons from Harwick”, is due. ' +
        'The “Summer Fling” fair on Mill Lane is on. The Harwick earthquake killed 12.',
    );
    expect(mentions(r)).toEqual(['place:Mill Lane']);
  });

  it('reads a sea named with "of" whole, and no lone place word', () => {
    const r = read('Quake\n\nThe quake struck off the Sea of Okhotsk coast. Fans sang "Over the Hill and Home".');
    expect(mentions(r)).toEqual(['place:Sea of Okhotsk']);
  });

  it('reads kin and Gaelic surnames as people', () => {
    const r = read('Trial\n\nMaria Khan, whose father Imran received care, spoke. MacLeish summed it up afterwards.');
    expect(entityOf(r, 'Imran')?.kind).toBe('person');
    expect(entityOf(r, 'MacLeish')?.kind).toBe('person');
  });
});

describe('entities: names with several particles or an Irish Ó (heldout3, first contact)', () => {
  it('keeps two particles inside a name (van der, de la), with and without the given name', () => {
    const r = read('Theft\n\nAnnelies van der Veken, the curator, said the frame was empty. Later van der Veken said more. Analyst Inés de la Cruz agreed.');
    expect(formsOf(r, 'Annelies van der Veken')).toEqual(['Annelies van der Veken', 'van der Veken']);
    expect(entityOf(r, 'Inés de la Cruz')?.kind).toBe('person');
    expect(mentions(r)).not.toContain('der Veken');
  });

  it('reads an Irish surname with Ó (or O written without its accent) as one name', () => {
    const r = read('Breach\n\nSeán Ó Briain of the consumer group said more. Niamh O Dowd said less.');
    expect(entityOf(r, 'Seán Ó Briain')?.kind).toBe('person');
    expect(entityOf(r, 'Niamh O Dowd')?.kind).toBe('person');
  });
});
