import { describe, expect, it } from 'vitest';
import { eventAt, placed } from './events-helpers';

// The happenings news copy dates, in words nobody tuned on: courts, sport, business, disasters,
// protests. `placed` gives `kind:trigger` for the date containing the needle.
describe('courts', () => {
  it('tells a verdict, a sentence, a plea and a jury out from each other', () => {
    const day = '7 February 2025';
    expect(placed('A former care boss was found guilty on Thursday of defrauding a council.', 'Thursday', day)).toBe('verdict:found guilty');
    expect(placed('The director was convicted at the Crown Court on Thursday of fraud.', 'Thursday', day)).toBe('verdict:convicted');
    expect(placed('Her conviction earlier this month was the easy part.', 'earlier', day)).toBe('verdict:conviction');
    expect(placed('The former director will be sentenced on Friday.', 'Friday', day)).toBe('sentencing:sentenced');
    expect(placed('When he was jailed on Thursday for six years, the families wept.', 'Thursday', day)).toBe('sentencing:jailed');
    expect(placed('Two men pleaded guilty on Monday to arson.', 'Monday', day)).toBe('plea:pleaded guilty');
    expect(placed('The jury retired on Monday and returned unanimous verdicts.', 'Monday', day)).toBe('deliberation:retired');
    expect(placed('The jury had been considering its verdicts since Tuesday.', 'Tuesday', day)).toBe('deliberation:considering its verdicts');
    // Someone else retiring is a retirement.
    expect(placed('The chief constable retired in March.', 'March', day)).toBe('retirement:retired');
  });

  it('dates the verb a date sits inside: "has today jailed"', () => {
    expect(placed('Judge Ann Cole has today jailed the former director for six years.', 'today', '21 February 2025')).toBe('sentencing:jailed');
    expect(placed('The suspect was on Monday charged with murder.', 'Monday', '21 February 2025')).toBe('trial:charged');
  });

  it('dates what was put off to a date, and says it is planned', () => {
    const e = eventAt('7 February 2025', 'She adjourned sentencing until 14 February.', '14 February');
    expect([e?.kind, e?.status]).toEqual(['sentencing', 'planned']);
    expect(placed('The vote was postponed until March 3.', 'March 3', '7 February 2025')).toBe('vote:vote');
  });

  it('marks a hearing that was due on a date but did not take place then', () => {
    const e = eventAt('21 February 2025', 'Sentencing was due a week ago, on 14 February, but was adjourned because a report was not ready.', 'a week ago');
    expect([e?.kind, e?.status]).toEqual(['sentencing', 'called-off']);
    expect(eventAt('21 February 2025', 'The council will vote on Friday.', 'Friday')?.status).toBe('planned');
    expect(eventAt('21 February 2025', 'The council voted on Friday.', 'Friday')?.status).toBeUndefined();
  });
});

describe('sport', () => {
  const day = '18 May 2025';
  it('knows finals, parades, medicals, winners and trophies', () => {
    expect(placed('Speaking after Saturday’s final, the striker thanked the fans.', 'Saturday', day)).toBe('match:final');
    expect(placed('The players will parade the cup through the town on an open-top bus on Monday.', 'Monday', day)).toBe('parade:parade');
    expect(placed('Thousands lined the High Street for the parade on Sunday.', 'Sunday', '20 May 2025')).toBe('parade:parade');
    expect(placed('The winger is due to have a medical at his new club on Tuesday.', 'Tuesday', day)).toBe('medical:medical');
    expect(placed('The 24-year-old passed a medical yesterday.', 'yesterday', day)).toBe('medical:medical');
    expect(placed('The striker, who scored the winner against the champions at the weekend, has left.', 'weekend', day)).toBe('match:scored the winner');
    expect(placed('The club last lifted a trophy back in 1998.', '1998', day)).toBe('victory:lifted a trophy');
  });

  it('finds the match a generic "ended" stands for', () => {
    expect(placed('The fairytale season ended in glory yesterday as a late header sank Rovers 2-1 in the cup final.', 'yesterday', day)).toBe('match:sank');
  });

  it('does not take a modifier for the happening', () => {
    expect(placed('The final report was published on Monday.', 'Monday', day)).toBe('release:published');
    expect(placed('The medical director resigned on Monday.', 'Monday', day)).toBe('resignation:resigned');
  });
});

describe('business', () => {
  const day = '12 August 2025';
  it('dates the verb over its object, and a statement over talks it confirms', () => {
    expect(placed('The boards of both companies approved the deal on Sunday.', 'Sunday', day)).toBe('approval:approved');
    expect(placed('Both boards signed off at the weekend.', 'weekend', day)).toBe('approval:signed off');
    const talks = eventAt(day, 'The target had confirmed the talks on 7 August.', '7 August');
    expect([talks?.kind, talks?.related]).toEqual(['statement', ['meeting']]);
    // A happening that takes a moment is dated by its confirmation.
    expect(placed('The Commission confirmed the activation on 3 March.', '3 March', day)).toBe('activation:activation');
  });

  it('dates a market move by the news that moved it', () => {
    const e = eventAt(day, 'Its shares had jumped 18% on Friday after the company confirmed it was in talks with a buyer.', 'Friday');
    expect([e?.kind, e?.trigger, e?.related]).toEqual(['statement', 'confirmed', ['meeting']]);
  });

  it('knows presentations, however worded, and dates opening a sentence', () => {
    expect(placed('The company will present the full data on Thursday at a congress in Lisbon.', 'Thursday', '4 November 2025')).toBe('presentation:present');
    expect(placed('The firm plans a trial in 2026 and will present the data on Thursday.', 'Thursday', '4 November 2025')).toBe('presentation:present');
    expect(placed('Last Friday in Lisbon, the lead investigator walked a packed room through the data.', 'Friday', '12 November 2025')).toBe('presentation:walked a packed room through');
  });
});

describe('disasters and protests', () => {
  it('knows rescues, however worded', () => {
    expect(placed('Rescuers on Wednesday pulled an 81-year-old woman alive from her collapsed home.', 'Wednesday', '18 September 2025')).toBe('rescue:pulled an 81-year-old woman alive');
    const e = eventAt('4 October 2025', 'Ines Varga was asleep when the house fell.\n\nShe was found on the morning of 18 September by a fire crew.', '18 September');
    expect([e?.kind, e?.participants]).toEqual(['rescue', ['Ines Varga']]);
    // A body found is a death, a suspect found guilty a verdict.
    expect(placed('The body was found on Monday.', 'Monday', '4 October 2025')).toBeNull();
  });

  it('dates contact with the trapped, a clause or an answer with no verb of its own', () => {
    expect(placed('Contact was first made on Wednesday, when a probe reached the refuge.', 'Wednesday', '18 October 2025')).toBe('contact:Contact was first made');
    expect(placed('A: Yesterday morning, a little after seven, when the probe broke through into the refuge.', 'Yesterday', '17 October 2025')).toBe('contact:broke through');
  });

  it('dates an inquiry into a happening, not the happening', () => {
    expect(placed('The harbour authority will hold an inquiry into the fire on Friday.', 'Friday', '8 October 2025')).toBe('inquiry:inquiry');
  });

  it('knows a march from the month', () => {
    expect(placed('The group has called a march through the town centre on Saturday.', 'Saturday', '12 March 2025')).toBe('protest:march');
    expect(placed('March 3 saw the first snow.', 'March 3', '12 March 2025')).toBeNull();
  });

  it('reads each line of a timeline as its own clause', () => {
    const body = 'TIMELINE\n03/13/2025 - Emergency council session votes 6-1 to take Well 4 offline\n03/14/2025 - Well 4 shut down; city switches to Wells 1-3';
    expect(placed(body, '03/14', '18 March 2025')).toBe('closure:shut');
  });
});

describe('approvals, on copy nobody tuned on (heldout3, first contact)', () => {
  it('dates the approving verb over a possessive object: "approved Oleksandr Kovalenko\'s takeover of the club on Monday"', () => {
    const day = '6 November 2025';
    expect(placed("The league approved Tomasz Nowak's takeover of the club on Monday.", 'Monday', day)).toBe('approval:approved');
    expect(placed("The regulator approved the bank's merger on Monday.", 'Monday', day)).toBe('approval:approved');
  });

  it('reads "gave the takeover the green light" as an approval, the object between', () => {
    expect(placed('The league gave the takeover the green light on Tuesday.', 'Tuesday', '6 November 2025')).toBe('approval:gave the takeover the green light');
  });
});

describe('discoveries (heldout3, first contact)', () => {
  it('dates the detecting verb: "detected the intrusion last Thursday", "On 28 November, the team detected unusual activity"', () => {
    expect(placed('The company said its security team detected the intrusion last Thursday.', 'Thursday', '4 December 2025')).toBe('detection:detected');
    expect(placed('On 28 November 2025, the security team detected unusual activity on the database.', '28 November', '3 December 2025')).toBe('detection:detected');
  });
});

describe('a generic verb whose subject is a long noun phrase (heldout3, first contact)', () => {
  it('dates the talks in "talks with the Ashcombe and Vale NHS Foundation Trust will take place ... on Thursday", after "confirmed that"', () => {
    const day = '21 October 2025';
    expect(placed('Talks with the Ashcombe and Vale NHS Foundation Trust will take place at Acas on Thursday.', 'Thursday', day)).toBe('meeting:Talks');
    expect(placed('The union has confirmed that talks with the Trust will take place at Acas on Thursday.', 'Thursday', day)).toBe('meeting:talks');
  });
});
