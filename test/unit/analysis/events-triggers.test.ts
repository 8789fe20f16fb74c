import { describe, expect, it } from 'vitest';
import { placed } from './events-helpers';

describe('which happening a date places', () => {
  it('dates the saying when the date sits on the speech verb, the reported happening otherwise', () => {
    expect(placed('The State Department said on Wednesday that the talks had failed.', 'Wednesday')).toBe('statement:said');
    expect(placed('De Mistura told reporters last week that the US would stay away.', 'last week')).toBe('statement:told');
    expect(placed('The mayor said the council voted on Tuesday to shut the bridge.', 'Tuesday')).toBe('vote:voted');
    expect(placed('The council voted on Tuesday to shut the bridge, the mayor said.', 'Tuesday')).toBe('vote:voted');
    expect(placed('On Friday, Lavrov had warned against new initiatives.', 'Friday')).toBe('statement:warned');
    expect(placed('Earlier Thursday, the envoy appealed to both countries to revive stalled peace talks.', 'Thursday')).toBe('statement:appealed');
  });

  it('prefers the verb of the clause to a participle used as an adjective', () => {
    expect(placed('Pumping crews reached the flooded town on Tuesday.', 'Tuesday')).toBe('arrival:reached');
    expect(placed('Residents began returning to their homes on Monday.', 'Monday')).toBe('return:returning');
  });

  it('dates the head of the noun phrase a date sits in', () => {
    expect(placed('The United States had no intention of joining Monday’s meeting.', 'Monday')).toBe('meeting:meeting');
    expect(placed('Washington’s approach changed after its April 7 missile strikes on an airbase.', 'April 7', '21 April 2017')).toBe('attack:strikes');
    expect(placed('The hacking came in the lead-up to the Nov. 8 U.S. election.', 'Nov. 8')).toBe('election:election');
    expect(placed('After the 2023 wildfire season, several states complained.', '2023')).toBeNull();
  });

  it('places nothing with a limit or a date governed by another verb', () => {
    expect(placed('Opponents said they would try again next week.', 'next week')).toBeNull();
    expect(placed('Arguments are expected in October, the court said.', 'October')).toBeNull();
    expect(placed('A full damage assessment will be published by the end of the month.', 'end of the month')).toBeNull();
    expect(placed('A decision on the rebuilding is unlikely before the summer.', 'summer')).toBeNull();
    expect(placed('The river peaked at the highest level since records began in 1947.', '1947')).toBeNull();
    expect(placed('Cracks in the pier have doubled since October.', 'October')).toBeNull();
    expect(placed('The market reopened after Christmas.', 'Christmas')).toBeNull();
  });

  it('keeps a phrase anchored on another happening off that happening', () => {
    expect(placed('On 7 March, two days after the vote, the bridge closed.', '7 March')).toBe('closure:closed');
    expect(placed('The crews reached the town on Tuesday, two days after the Commission activated the mechanism.', 'two days after', '6 March 2024')).toBe('arrival:reached');
    expect(placed('The council will decide on 19 November whether to close libraries, a fortnight after a consultation ended on 5 November.', 'fortnight', '12 November 2024')).toBe('decision:decide');
  });

  it('gives a generic verb the kind of its subject', () => {
    expect(placed('The trial opened on Monday in Madrid.', 'Monday')).toBe('trial:trial');
    expect(placed('Indirect talks resumed in late January.', 'January')).toBe('meeting:talks');
    expect(placed('The talks collapsed on Christmas Eve.', 'Christmas')).toBe('meeting:talks');
    expect(placed('The old bridge opened in 1884.', '1884')).toBe('opening:opened');
    // A passive keeps the happening its subject names.
    expect(placed('An election to replace him will be held on 18 July.', 'July')).toBe('election:election');
  });

  it('knows the happenings news reports', () => {
    const cases: [string, string, string][] = [
      ['The Supreme Court ruled on Tuesday that the law was invalid.', 'Tuesday', 'ruling'],
      ['Voters went to the polls on Sunday.', 'Sunday', 'election'],
      ['The finance minister resigned on Friday.', 'Friday', 'resignation'],
      ['The chief executive stepped down on Friday.', 'Friday', 'resignation'],
      ['The carmaker launched its first electric van on Monday.', 'Monday', 'launch'],
      ['Rebels launched an offensive on Monday.', 'Monday', 'attack'],
      ['Thousands protested outside parliament on Saturday.', 'Saturday', 'protest'],
      ['A strong earthquake struck the region on Sunday.', 'Sunday', 'earthquake'],
      ['A fire broke out at the warehouse on Wednesday.', 'Wednesday', 'fire'],
      ['The singer died on Thursday.', 'Thursday', 'death'],
      ['The two sides signed a ceasefire agreement on Friday.', 'Friday', 'agreement'],
      ['Rail workers went on strike on Monday.', 'Monday', 'walkout'],
      ['The bank acquired its smaller rival in February.', 'February', 'acquisition'],
      ['Police arrested two men on Sunday.', 'Sunday', 'arrest'],
      ['The plane crashed on Tuesday.', 'Tuesday', 'crash'],
      ['The new governor was sworn in on Monday.', 'Monday', 'appointment'],
      ['An explosion tore through the plant on Saturday.', 'Saturday', 'explosion'],
      ['Norvald Energy broke ground on its plant on Tuesday.', 'Tuesday', 'groundbreaking'],
      ['The company filed for bankruptcy in January.', 'January', 'bankruptcy'],
      ['The Bank of England cut interest rates on 8 May.', 'May', 'rate decision'],
      ['The legislature approved the map in December 2023.', 'December', 'approval'],
      ['The reform, passed in parliament on 16 March, is unpopular.', 'March', 'approval'],
      ['Chief Executive Dan Ruiz took over in January.', 'January', 'appointment'],
      ['Opponents will file a lawsuit next week.', 'next week', 'lawsuit'],
      ['The council will decide on 19 November whether to close five libraries.', 'November', 'decision'],
    ];
    for (const [body, needle, kind] of cases) expect(placed(body, needle)?.split(':')[0], body).toBe(kind);
  });

  it('does not take a name or a modifier noun for a happening', () => {
    expect(placed('Construction of the first production hall will begin in April.', 'April')).toBe('construction:Construction');
    expect(placed('US troops remained in the Summit Hotel on Monday.', 'Monday')).toBeNull();
    expect(placed('The minister came under fire on Monday.', 'Monday')).toBeNull();
    expect(placed('The audit committee met on Monday.', 'Monday')).toBe('meeting:met');
  });
});
