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
