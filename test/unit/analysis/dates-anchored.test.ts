import { describe, expect, it } from 'vitest';
import { bodyDates, dateAt, THU_14_MARCH_2024 as PUB } from './dates-helpers';

describe('dates anchored on another date of the text', () => {
  it('counts "three days earlier" from the date said just before', () => {
    expect(bodyDates('21 April 2017', 'The US struck an airbase on April 7. The base was where a chemical attack was launched three days earlier.'))
      .toEqual(['on April 7 → 2017-04-07', 'three days earlier → 2017-04-04']);
    expect(bodyDates(PUB, 'The vote was on 5 March. Two weeks later, the bridge closed.')).toEqual(['on 5 March → 2024-03-05', 'Two weeks later → 2024-03-19']);
  });

  it('reads "the day before", "the previous month", "a year earlier" from the anchor', () => {
    expect(bodyDates(PUB, 'The dam failed on 2 March. Engineers had warned the day before.')).toEqual(['on 2 March → 2024-03-02', 'the day before → 2024-03-01']);
    expect(bodyDates(PUB, 'Sales fell in February, after rising the previous month.')).toEqual(['in February → 2024-02', 'the previous month → 2024-01']);
    expect(bodyDates(PUB, 'The firm was founded in 2011; a year earlier its founder had left Siemens.')).toEqual(['in 2011 → 2011', 'a year earlier → 2010']);
    expect(bodyDates(PUB, 'The strike began on 1 March and ended the following Monday.')).toEqual(['on 1 March → 2024-03-01', 'the following Monday → 2024-03-04']);
    expect(bodyDates(PUB, 'The report landed on 4 March. Later that day the minister resigned.')).toEqual(['on 4 March → 2024-03-04', 'Later that day → 2024-03-04']);
  });

  it('reads "earlier in the day" from the anchor, else from the publication date, and "earlier than" as no date', () => {
    expect(bodyDates('6 March 2024', 'The airline cancelled 120 flights on Tuesday and a further 40 earlier in the day.'))
      .toEqual(['on Tuesday → 2024-03-05', 'earlier in the day → 2024-03-05']);
    expect(bodyDates(PUB, 'Prices will rise later in the year.')).toEqual(['later in the year → 2024']);
    expect(bodyDates(PUB, 'On 4 March the figures were released a day earlier than planned.')).toEqual(['On 4 March → 2024-03-04']);
  });

  it('reads hours later as the same day', () => {
    expect(bodyDates('11 February 2025', 'The quake struck early on Tuesday. A second tremor followed about two hours later.'))
      .toEqual(['early on Tuesday → 2025-02-11', 'two hours later → 2025-02-11']);
  });

  it('dates "two days after X" by a date in X, else by the clause’s own date', () => {
    expect(bodyDates(PUB, 'Pumps arrived two days after the activation on 3 March.')).toEqual(['two days after → 2024-03-05', 'on 3 March → 2024-03-03']);
    expect(bodyDates('6 March 2024', 'The crews reached the town on Tuesday, two days after the Commission activated the mechanism.'))
      .toEqual(['on Tuesday → 2024-03-05', 'two days after → 2024-03-05']);
  });

  it('dates "the day after the quake" by the day the story opened on, when the quake is its happening', () => {
    const body = 'A town counts its dead after the earthquake.\n\nAt 4.12am on 16 September, a woman was asleep in her house.\n\n' +
      'On the day after the quake, the mayor spoke from a fire engine.\n\nMost people listened.\n\nBy the following weekend, water was back on.';
    expect(bodyDates('4 October 2025', body)).toEqual([
      'At 4.12am on 16 September → 2025-09-16', 'the day after → 2025-09-17', 'the following weekend → 2025-W38-WE',
    ]);
    // A happening the story did not open on gives the phrase nothing to lean on.
    expect(bodyDates('4 October 2025', 'On 16 September, a woman was asleep.\n\nOn the day after the election, the mayor spoke.')).toEqual(['On 16 September → 2025-09-16']);
  });

  it('reads "the following weekend" from the date before it', () => {
    expect(bodyDates(PUB, 'The river burst its banks on Tuesday 5 March. By the following weekend the water had gone.'))
      .toEqual(['on Tuesday 5 March → 2024-03-05', 'the following weekend → 2024-W10-WE']);
    expect(bodyDates(PUB, 'The fair opened on Saturday 2 March and moved on the following weekend.'))
      .toEqual(['on Saturday 2 March → 2024-03-02', 'the following weekend → 2024-W10-WE']);
  });

  it('takes "some 52 hours later" set beside a date for the time it took, not a second date', () => {
    expect(bodyDates('4 October 2025', 'She was found on the morning of 18 September, some 52 hours later, by firefighters.'))
      .toEqual(['on the morning of 18 September → 2025-09-18']);
    // Said alone, it dates: the desk's "two days after" has its own anchor in the sentence.
    expect(bodyDates(PUB, 'The dam failed on 2 March. Some 52 hours later the town was under water.')).toEqual(['on 2 March → 2024-03-02', '52 hours later → 2024-03-04']);
  });

  it('leans on the paragraph before, but no further', () => {
    expect(bodyDates(PUB, 'The council voted on 5 March.\n\nTwo days later, the bridge closed.')).toEqual(['on 5 March → 2024-03-05', 'Two days later → 2024-03-07']);
    expect(bodyDates(PUB, 'The council voted on 5 March.\n\nTraders are angry.\n\nTwo days later, the bridge closed.')).toEqual(['on 5 March → 2024-03-05']);
  });

  it('drops an anchored phrase with nothing to lean on: it is a span of time', () => {
    expect(bodyDates('20 October 2016', 'It comes nearly two weeks after the USA suspended dialogue with Russia.')).toEqual([]);
    expect(bodyDates(PUB, 'Three days later, nothing had changed.')).toEqual([]);
  });

  it('puts a bare time of day on the day the story is about', () => {
    const body = 'Officials played down hopes of a breakthrough on Saturday.\n\n"We need to see what happens," said an official travelling with Kerry, who arrived in Lausanne at around 0900 GMT.';
    const d = dateAt('20 October 2016', body, '0900');
    expect(d?.text).toBe('around 0900 GMT');
    expect(d?.value).toBe('2016-10-15T09:00');
    expect(d?.resolution).toContain("on the day of 'on Saturday'");
    expect(dateAt(PUB, 'The quake struck at 3.42am local time.', '3.42')?.value).toBe('2024-03-14T03:42');
    // Two times of one moment (local and GMT) both sit on the story's day.
    expect(bodyDates('11 February 2025', 'A quake struck early on Tuesday.\n\nIt hit at 04:17 local time (0117 GMT) near Malatya.'))
      .toEqual(['early on Tuesday → 2025-02-11', '04:17 local time → 2025-02-11T04:17', '0117 GMT → 2025-02-11T01:17']);
    // A time in a sentence that names another day later on still sits on the story's day.
    expect(dateAt('3 June 2025', 'Data showed on Tuesday that prices rose.\n\nThe figures, first published at 0700 BST, came out early because of the holiday on 26 May.', '0700')?.value)
      .toBe('2025-06-03T07:00');
  });

  it('leaves a time joined to a day, a timetable or a timeless clause to itself', () => {
    expect(bodyDates(PUB, 'The council will hold a drop-in session at the library on Saturday from 10am.')).toEqual(['on Saturday → 2024-03-16']);
    expect(bodyDates(PUB, 'A shuttle bus runs every day at 7am.')).toEqual([]);
    expect(bodyDates(PUB, 'The library opens at 9am.')).toEqual([]);
  });
});
