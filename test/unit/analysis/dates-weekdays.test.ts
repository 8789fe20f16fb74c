import { describe, expect, it } from 'vitest';
import { bodyDates, dateAt, THU_14_MARCH_2024 as PUB } from './dates-helpers';

// Published Thursday 14 March 2024.
describe('weekdays resolved by tense against the publication date', () => {
  it('puts a past-tense weekday on the last such day before publication', () => {
    expect(bodyDates(PUB, 'Councillors voted on Tuesday to shut the bridge.')).toEqual(['on Tuesday → 2024-03-12']);
    expect(bodyDates(PUB, 'Lavrov said Friday in Moscow that he had no expectations.')).toEqual(['Friday → 2024-03-08']);
    expect(bodyDates(PUB, 'On Friday, Lavrov had warned against new initiatives.')).toEqual(['On Friday → 2024-03-08']);
    expect(bodyDates(PUB, 'Kerry was due to fly to London on Sunday.')).toEqual(['on Sunday → 2024-03-10']);
    expect(bodyDates(PUB, 'The river has been falling since Tuesday.')).toEqual(['since Tuesday → 2024-03-12']);
  });

  it('puts a future or planned weekday on the next such day', () => {
    expect(bodyDates(PUB, 'The bridge will close on Monday.')).toEqual(['on Monday → 2024-03-18']);
    expect(bodyDates(PUB, 'The summit opens on Monday.')).toEqual(['on Monday → 2024-03-18']);
    expect(bodyDates(PUB, 'The council is to vote on Tuesday.')).toEqual(['on Tuesday → 2024-03-19']);
    expect(bodyDates(PUB, 'The envoys are due to come together in Geneva on Wednesday.')).toEqual(['on Wednesday → 2024-03-20']);
    expect(bodyDates(PUB, 'The ferry crossing is planned for Tuesday.')).toEqual(['Tuesday → 2024-03-19']);
    expect(bodyDates(PUB, 'The mayor said the council would decide on Monday.')).toEqual(['on Monday → 2024-03-18']);
    expect(bodyDates(PUB, 'Unions have called a general strike for Tuesday.')).toEqual(['Tuesday → 2024-03-19']);
    expect(bodyDates('6 March 2024', 'Qantas said it expected normal operations by Thursday.')).toEqual(['Thursday → 2024-03-07']);
    // A present perfect takes no point in time: the date is the meeting's, and the nearest.
    expect(bodyDates('12 March 2025', 'The union has called a public meeting on Saturday.')).toEqual(['on Saturday → 2025-03-15']);
    // "booked" describes the mothers; "will be sent" is the clause's verb.
    expect(bodyDates('13 March 2025', 'Mothers booked to give birth after 7 April will be sent to Carlisle.')).toEqual(['7 April → 2025-04-07']);
    expect(bodyDates('11 March 2025', 'The plan would be formally reviewed in September.')).toEqual(['in September → 2025-09']);
    // "will be evaluated" is one future verb group: its participle is no past tense.
    expect(bodyDates(PUB, 'Points discussed at the meeting will be evaluated on Tuesday.')).toEqual(['on Tuesday → 2024-03-19']);
  });

  it('reads the publication weekday as the publication day, whatever the tense', () => {
    expect(bodyDates(PUB, 'The mayor spoke to reporters on Thursday.')).toEqual(['on Thursday → 2024-03-14']);
    expect(bodyDates(PUB, 'The ministers will meet on Thursday.')).toEqual(['on Thursday → 2024-03-14']);
    expect(bodyDates(PUB, 'Earlier Thursday, the envoy appealed for calm.')).toEqual(['Earlier Thursday → 2024-03-14']);
  });

  it('follows last/next/this, and the nearest day when the clause has no tense', () => {
    expect(bodyDates(PUB, 'The town was evacuated last Friday.')).toEqual(['last Friday → 2024-03-08']);
    expect(bodyDates(PUB, 'Voters go to the polls next Tuesday.')).toEqual(['next Tuesday → 2024-03-19']);
    expect(bodyDates(PUB, 'The United States has no intention of joining Monday’s meeting.')).toEqual(['Monday’s → 2024-03-11']);
  });

  it('keeps the parts of a day to the day, wherever the time is said', () => {
    expect(bodyDates('6 March 2024', 'The airport shut at 9.40pm on Tuesday (March 5).')).toEqual(['on Tuesday → 2024-03-05', 'March 5 → 2024-03-05']);
    expect(bodyDates(PUB, 'The fire broke out late Monday and burned on Monday night.')).toEqual(['late Monday → 2024-03-11', 'on Monday night → 2024-03-11']);
    expect(dateAt(PUB, 'The talks ended on Tuesday at 3 p.m. local time.', 'Tuesday')?.value).toBe('2024-03-12');
  });

  it('explains the resolution in words an editor can check', () => {
    expect(dateAt(PUB, 'The bridge will close on Monday.', 'Monday')?.resolution).toBe("'on Monday' (future: 'will close') dated Thu 14 Mar 2024 → Mon 18 Mar 2024");
    expect(dateAt(PUB, 'He spoke on Thursday.', 'Thursday')?.resolution).toBe("'on Thursday' (the publication day) dated Thu 14 Mar 2024 → Thu 14 Mar 2024");
    // The quoted expression stays one quotation even with an apostrophe in it.
    expect(dateAt(PUB, "He skipped Monday's meeting.", 'Monday')?.resolution).toMatch(/^'Monday’s' \(past: 'skipped'\) dated/);
  });

  it('leaves weekdays unresolved in an undated article', () => {
    const d = dateAt(null, 'The council voted on Tuesday.', 'Tuesday');
    expect(d?.value).toBeNull();
    expect(d?.resolution).toContain('the article has no date');
  });
});
