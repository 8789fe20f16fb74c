import { describe, expect, it } from 'vitest';
import { entityOf, formsOf, mentions, read } from './entities-helpers';

// Shapes of copy the gold corpora do not have: transcripts, police appeals, press releases,
// sport, tech blogs, obituaries. Each case is a failure found on such copy and fixed.
describe('entities: other kinds of copy', () => {
  it('reads transcript labels in capitals as the speakers the article names', () => {
    const r = read(
      'Budget meeting transcript\n\nCHAIR (Cllr Jane Morrow): Good evening.\n\nMORROW: The floor is yours, Mr Patel.\n\n' +
        'CLLR DAVID OKONJO: On a point of order.\n\nMORROW: Thank you, Councillor Okonjo.',
    );
    expect(formsOf(r, 'Jane Morrow')).toEqual(['Jane Morrow', 'MORROW', 'MORROW']);
    expect(entityOf(r, 'Jane Morrow')?.roles.map((x) => x.text)).toEqual(['Cllr']);
    expect(formsOf(r, 'DAVID OKONJO')).toEqual(['DAVID OKONJO', 'Okonjo']);
    expect(entityOf(r, 'Patel')?.kind).toBe('person');
  });

  it('reads police ranks as titles and keeps the force apart from the officer', () => {
    const r = read('Appeal after assault\n\nDetective Inspector Sarah Jones of Westbury Police said officers attended. "Call us," DI Jones said. Sgt Mark Evans agreed.');
    expect(formsOf(r, 'Sarah Jones')).toEqual(['Sarah Jones', 'Jones']);
    expect(entityOf(r, 'Sarah Jones')?.roles.map((x) => x.text)).toEqual(['Detective Inspector', 'DI']);
    expect(entityOf(r, 'Westbury Police')?.kind).toBe('organization');
    expect(entityOf(r, 'Mark Evans')?.roles.map((x) => x.text)).toEqual(['Sgt']);
    expect(mentions(r)).not.toContain('organization:DI');
  });

  it('reads the outlet in a byline line after a bar', () => {
    const r = read('Police appeal\n\nBy Tom Hale, Crime Reporter | Westbury Echo\n\nOfficers were called.');
    expect(entityOf(r, 'Tom Hale')?.kind).toBe('person');
    expect(entityOf(r, 'Westbury Echo')?.kind).toBe('organization');
  });

  it('does not take job titles for names, nor a title inside an organisation\'s name', () => {
    const r = read(
      'Ferry firm appoints chief\n\nHarbourline Ferries today named Dr. Amelia Grant as Chief Executive Officer. She was Chief Operating Officer ' +
        'at Northern Rail. United lead the Premier League.',
    );
    expect(mentions(r)).toEqual(['organization:Harbourline Ferries', 'person:Amelia Grant', 'organization:Northern Rail', 'organization:Premier League']);
  });

  it('reads teams and papers named after towns as organisations, and "at Old Trafford" as a place', () => {
    const r = read('Match report\n\nBruno Fernandes scored twice as Manchester United won at Old Trafford, lifting United to fifth.');
    expect(formsOf(r, 'Manchester United')).toEqual(['Manchester United', 'United']);
    expect(entityOf(r, 'Manchester United')?.kind).toBe('organization');
    expect(entityOf(r, 'Old Trafford')?.kind).toBe('place');
  });

  it('reads a company after the noun that introduces it, listed companies, and acronyms that are words', () => {
    const r = read('AI rules\n\nLena Vogel, co-founder of startup Datawise, spoke. OpenAI and Google declined to comment on the AI Act or on GDP.');
    expect(entityOf(r, 'Datawise')?.kind).toBe('organization');
    expect(entityOf(r, 'OpenAI')?.kind).toBe('organization');
    expect(entityOf(r, 'Google')?.kind).toBe('organization');
    expect(entityOf(r, 'AI')).toBeUndefined();
    expect(entityOf(r, 'GDP')).toBeUndefined();
  });

  it('reads a given name on its own as a person, and joins it to the full name before it', () => {
    const r = read('Obituary\n\nMargaret Ellis, who has died aged 86, edited the paper. Friends said Margaret never forgot a name. She is survived by her husband, Gareth.');
    expect(formsOf(r, 'Margaret Ellis')).toEqual(['Margaret Ellis', 'Margaret']);
    expect(entityOf(r, 'Gareth')?.kind).toBe('person');
  });

  it('reads US wire copy: party-state tags, Speaker, abbreviated titles, Senate leaders', () => {
    const r = read(
      'Senate passes bill\n\nWASHINGTON (AP) — Senate Majority Leader Chuck Schumer, D-N.Y., said the vote worked. ' +
        'Republican Sen. Rand Paul of Kentucky voted against it, with support from Speaker Mike Johnson.',
    );
    expect(entityOf(r, 'Chuck Schumer')?.roles.map((x) => x.text)).toEqual(['Senate Majority Leader']);
    expect(entityOf(r, 'Rand Paul')?.roles.map((x) => x.text)).toEqual(['Republican Sen']);
    expect(entityOf(r, 'Mike Johnson')?.roles.map((x) => x.text)).toEqual(['Speaker']);
    expect(mentions(r).filter((m) => m.includes('D-N.Y'))).toEqual([]);
    expect(entityOf(r, 'Kentucky')?.kind).toBe('place');
  });

  it('reads "the X Y" as an organisation, not a person, and stops a role at "including"', () => {
    const r = read(
      'Notes\n\nAs the Harlow Star reported, Brackenfield Homes appealed to the Planning Inspectorate. Amnesty International Kenya ' +
        'said 50 had died. Ruto named ministers, including former interior minister Kithure Kindiki.',
    );
    for (const org of ['Harlow Star', 'Brackenfield Homes', 'Planning Inspectorate', 'Amnesty International Kenya']) expect(entityOf(r, org)?.kind, org).toBe('organization');
    expect(entityOf(r, 'Kithure Kindiki')?.roles.map((x) => x.text)).toEqual(['former interior minister']);
  });
});
