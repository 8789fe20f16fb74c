import { describe, expect, it } from 'vitest';
import { Desk } from '../../../server/src/corpus';

function deskOf(...articles: [string, string | null, string][]): Desk {
  const desk = new Desk();
  for (const [uri, date, body] of articles) desk.upsert(uri, `${date ? `Published: ${date}\n\n` : ''}Headline for ${uri}\n\n${body}\n`);
  return desk;
}
const conflicts = (desk: Desk, uri: string) => desk.findings(uri).filter((f) => f.code === 'date-conflict');

describe('date conflicts across articles', () => {
  it('flags the same vote dated two ways, naming both dates and how each was resolved', () => {
    const desk = deskOf(
      ['courier.txt', '14 March 2024', 'Kelbourne Town Council voted on Tuesday to close the Old Mill Bridge, nine votes to four.'],
      ['wire.txt', '15 March 2024', 'Kelbourne Town Council voted 9-4 on March 13 to close the Old Mill Bridge.'],
    );
    const [f] = conflicts(desk, 'courier.txt');
    expect(f?.message).toContain('"on Tuesday"');
    expect(f?.message).toContain('Tue 12 Mar 2024');
    expect(f?.message).toContain('Wed 13 Mar 2024');
    expect(f?.related[0]?.uri).toBe('wire.txt');
    expect(f?.related[0]?.message).toContain('voted 9-4 on March 13');
    expect(conflicts(desk, 'wire.txt')).toHaveLength(1);
  });

  it('does not compare two meetings of the same council a week apart', () => {
    const desk = deskOf(
      ['a.txt', '14 March 2024', 'At its previous meeting, on 5 March, the council put off a decision on the bridge and asked for an engineering report.'],
      ['b.txt', '15 March 2024', 'The council voted on March 13 to close the bridge, having postponed a decision at an earlier meeting on March 5.'],
    );
    expect(conflicts(desk, 'a.txt')).toEqual([]);
    expect(conflicts(desk, 'b.txt')).toEqual([]);
  });

  it('does not call a coarser date a conflict', () => {
    const desk = deskOf(
      ['a.txt', '21 April 2017', 'US warships carried out a missile strike on the Shayrat air base in Syria on April 7.'],
      ['b.txt', '24 April 2017', 'US warships carried out a missile strike on the Shayrat air base in Syria this month.'],
    );
    expect(conflicts(desk, 'a.txt')).toEqual([]);
  });

  it('does not call a day shift across time zones a conflict when the copy states it', () => {
    const desk = deskOf(
      ['a.txt', '10 June 2024', 'The rocket launched from Kourou at 23:30 GMT on Sunday, the European Space Agency said.'],
      ['b.txt', '11 June 2024', 'The rocket launched from Kourou early on Monday local time, the European Space Agency said.'],
    );
    expect(conflicts(desk, 'a.txt')).toEqual([]);
  });

  it('does not compare happenings of one kind in different stories', () => {
    const desk = deskOf(
      ['a.txt', '20 October 2016', 'Foreign ministers held talks in Lausanne on Saturday on the war in Syria.'],
      ['b.txt', '21 April 2017', 'Indirect talks between the government and the opposition resumed in Astana on Monday.'],
    );
    expect(conflicts(desk, 'a.txt')).toEqual([]);
  });

  it('marks only the outlier when most sources agree, naming those that agree', () => {
    const desk = deskOf(
      ['a.txt', '4 March 2024', 'The European Commission activated the EU Civil Protection Mechanism for Castromaya on Sunday, a spokesperson said.'],
      ['b.txt', '6 March 2024', 'The European Commission activated the EU Civil Protection Mechanism for Castromaya on 3 March.'],
      ['c.txt', '7 March 2024', 'The European Commission activated the EU Civil Protection Mechanism for Castromaya on Saturday.'],
    );
    expect(conflicts(desk, 'a.txt')).toEqual([]);
    expect(conflicts(desk, 'b.txt')).toEqual([]);
    const [f] = conflicts(desk, 'c.txt');
    expect(f?.message).toMatch(/a\.txt, b\.txt agree with each other|a\.txt.*b\.txt/);
  });

  it('never compares a weekday of an undated article', () => {
    const desk = deskOf(
      ['a.txt', '14 March 2024', 'The Old Mill Bridge will close to all traffic on Monday, the council said.'],
      ['draft.txt', null, 'The Old Mill Bridge will close to all traffic on Friday, the council said.'],
    );
    expect(conflicts(desk, 'a.txt')).toEqual([]);
    expect(desk.findings('draft.txt').map((f) => f.code)).toEqual(['no-dateline']);
  });
});

describe('how sure a link between two mentions must be', () => {
  it('links mentions that share only their wording when their dates agree, and never calls that a conflict', () => {
    const desk = deskOf(
      ['a.txt', '14 March 2024', 'A temporary footbridge for pedestrians and cyclists should be installed next month.'],
      ['b.txt', '15 March 2024', 'A temporary footbridge for pedestrians and cyclists should be installed next month, officials said.'],
      ['c.txt', '16 March 2024', 'The footbridge for cyclists will be installed in June, the contractor said.'],
    );
    const event = desk.article('a.txt')!.model.events[0]!;
    expect(desk.events.sameEvent('a.txt', event.id).map((r) => r.uri)).toEqual(['b.txt']);
    expect(conflicts(desk, 'c.txt')).toEqual([]);
  });

  it('takes one kind of happening months apart for two happenings, unless only the year or month slipped', () => {
    const desk = deskOf(
      ['a.txt', '4 November 2025', 'Kestrel will present the phase 2 trial data in Lisbon later this week.'],
      ['b.txt', '4 November 2025', 'Kestrel plans to start a late-stage trial of the Lisbon-made shot in early 2026.'],
    );
    expect(conflicts(desk, 'a.txt')).toEqual([]);
    const slip = deskOf(
      ['a.txt', '5 March 2024', 'The investment agreement was signed in Belgrade on 14 February by Norvald Energy.'],
      ['b.txt', '13 March 2024', 'Norvald Energy signed its investment agreement in Belgrade on February 14, 2023.'],
    );
    expect(conflicts(slip, 'a.txt')).toHaveLength(1);
  });
});

// Two tellings of one story name the same people; each reports one happening of a kind in its own
// words. These articles are made up for the tests: no corpus names.
const BYLINE = 'Harlow Athletic won the Western Shield. Manager Dev Okafor and captain Lena Price thanked the fans.';

describe('one story told twice, in different words', () => {
  it('takes the only parade of each telling for one parade, and flags the day it is given', () => {
    const desk = deskOf(
      ['a.txt', '18 May 2025', `${BYLINE}\n\nThe players will parade the trophy through the town on an open-top bus on Monday.`],
      ['b.txt', '20 May 2025', `${BYLINE}\n\nIf you were among the crowds who lined the streets of the town for the parade on Sunday, you saw it.`],
    );
    expect(conflicts(desk, 'a.txt')).toHaveLength(1);
    expect(conflicts(desk, 'b.txt')).toHaveLength(1);
  });

  it('leaves happenings alone that one telling says are several, or that happen in different places', () => {
    const arrests = deskOf(
      ['a.txt', '10 March 2025', `${BYLINE}\n\nPolice arrested a fan outside the ground on Sunday.`],
      ['b.txt', '12 March 2025', `${BYLINE}\n\nPolice arrested a second fan outside the ground on Tuesday.`],
    );
    expect(conflicts(arrests, 'a.txt')).toEqual([]);
    const strikes = deskOf(
      ['a.txt', '10 March 2025', 'General Anton Weiss and President Mira Sol spoke.\n\nA drone attack on Sunday hit a market in Kharkiv.'],
      ['b.txt', '12 March 2025', 'General Anton Weiss and President Mira Sol spoke.\n\nThe drone attack on Tuesday destroyed homes in Odesa.'],
    );
    expect(conflicts(strikes, 'a.txt')).toEqual([]);
  });

  it('needs the same story: one shared name is not enough', () => {
    const desk = deskOf(
      ['a.txt', '18 May 2025', 'Dev Okafor spoke.\n\nThe players will parade the trophy through the town on Monday.'],
      ['b.txt', '20 May 2025', 'Dev Okafor spoke.\n\nCrowds lined the streets of the town for the parade on Sunday.'],
    );
    expect(conflicts(desk, 'a.txt')).toEqual([]);
  });

  it('flags a jury retiring on two days, worded two ways', () => {
    const names = 'Judge Ruth Abbey presided at Carlow Crown Court, where Peter Vane was on trial.';
    const desk = deskOf(
      ['a.txt', '7 February 2025', `${names}\n\nThe jury retired on Monday and returned unanimous verdicts after 11 hours.`],
      ['b.txt', '8 February 2025', `${names}\n\nThe jury had been considering its verdicts since Tuesday.`],
    );
    expect(conflicts(desk, 'a.txt')).toHaveLength(1);
  });

  it('takes a confirmation that moved the shares and one said outright for one confirmation', () => {
    const names = 'Brandt Holdings agreed to buy Ostler Sensors. Chief executive Maria Brandt welcomed the deal.';
    const desk = deskOf(
      ['a.txt', '12 August 2025', `${names}\n\nOstler shares had jumped 18% on Friday after the company confirmed it was in talks with Brandt Holdings.`],
      ['b.txt', '13 August 2025', `${names}\n\nOstler Sensors had confirmed the talks on 7 August, and both boards signed off at the weekend.`],
    );
    expect(conflicts(desk, 'a.txt')).toHaveLength(1);
    expect(conflicts(desk, 'b.txt')).toHaveLength(1);
  });
});

describe('plans, and plans overtaken', () => {
  const names = 'Judge Ruth Abbey sat at Carlow Crown Court. Peter Vane, 63, denied fraud.';
  it('keeps two hearings of a case apart when a source says the first was adjourned', () => {
    const desk = deskOf(
      ['a.txt', '7 February 2025', `${names}\n\nA jury convicted Peter Vane on Thursday. She adjourned sentencing until 14 February.`],
      ['b.txt', '8 February 2025', `${names}\n\nPeter Vane will be sentenced on Friday after a jury found he had lied.`],
      ['c.txt', '21 February 2025', `${names}\n\nJudge Ruth Abbey has today jailed Peter Vane for six years and eight months.\n\nSentencing was due a week ago, on 14 February, but was adjourned because a report was not ready.`],
      ['d.txt', '24 February 2025', `${names}\n\nWhen Peter Vane was jailed on Thursday for six years and eight months, the families wept.`],
    );
    expect(conflicts(desk, 'a.txt')).toEqual([]);
    expect(conflicts(desk, 'b.txt')).toEqual([]);
    const [c] = conflicts(desk, 'c.txt');
    expect(c?.message).toContain('d.txt');
    expect(c?.message).not.toContain('a.txt');
    const [d] = conflicts(desk, 'd.txt');
    expect(d?.related.map((r) => r.uri)).toEqual(['c.txt']);
  });

  it('never merges a verdict with a sentence a week later', () => {
    const desk = deskOf(
      ['a.txt', '8 February 2025', `${names}\n\nPeter Vane will be sentenced on Friday at Carlow Crown Court.`],
      ['b.txt', '21 February 2025', `${names}\n\nPeter Vane was convicted on 6 February at Carlow Crown Court.`],
    );
    expect(conflicts(desk, 'a.txt')).toEqual([]);
    expect(desk.events.sameEvent('a.txt', desk.article('a.txt')!.model.events[0]!.id)).toEqual([]);
  });

  it('does not count a coarser date that holds both days as agreeing with either', () => {
    const names2 = 'Kestrel Bio reported trial data. Professor Joan Hale of Amstel University led the trial.';
    const desk = deskOf(
      ['a.txt', '4 November 2025', `${names2}\n\nProfessor Joan Hale will present the full data later this week at a congress in Lisbon.`],
      ['b.txt', '4 November 2025', `${names2}\n\nThe company will present the full data on Thursday at a medical congress in Lisbon.`],
      ['c.txt', '12 November 2025', `${names2}\n\nLast Friday in Lisbon, Joan Hale walked a packed room through the trial data.`],
    );
    expect(conflicts(desk, 'a.txt')).toEqual([]);
    expect(conflicts(desk, 'b.txt')).toHaveLength(1);
    expect(conflicts(desk, 'c.txt')).toHaveLength(1);
  });
});
