import { describe, expect, it } from 'vitest';
import { findFullDates } from '../../../server/src/analysis/dates/absolute';
import { article, covered } from '../../helpers/article';
import { bodyDates, dateAt, THU_14_MARCH_2024 as PUB } from './dates-helpers';

describe('absolute dates', () => {
  it('gives month-day dates the year the tense points to, and keeps explicit years', () => {
    expect(bodyDates(PUB, 'The council met on 5 March to discuss it.')).toEqual(['on 5 March → 2024-03-05']);
    expect(bodyDates(PUB, 'The deal was signed on February 14, 2023.')).toEqual(['on February 14, 2023 → 2023-02-14']);
    expect(bodyDates(PUB, 'The storm hit on Nov. 8, killing two.')).toEqual(['on Nov. 8 → 2023-11-08']);
    expect(bodyDates(PUB, 'The election will be held on Nov. 8.')).toEqual(['on Nov. 8 → 2024-11-08']);
    expect(bodyDates(PUB, 'The strike on April 7 hit an airbase.')).toEqual(['on April 7 → 2023-04-07']);
  });

  it("gives a plan reported in the past its nearest year: it may have been for either side of the dateline", () => {
    // Dated 14 October: the exhibition was to close this November, not last.
    expect(bodyDates('14 October 2025', 'The portrait was lent for an exhibition that was due to close on November 30.')).toEqual(['on November 30 → 2025-11-30']);
    expect(bodyDates('14 October 2025', 'The gallery was due to reopen on 2 September.')).toEqual(['on 2 September → 2025-09-02']);
    expect(bodyDates('14 October 2025', 'The sale was expected to complete in December.')).toEqual(['in December → 2025-12']);
    // The editor is told what picked the year.
    expect(dateAt('14 October 2025', 'The exhibition was due to close on November 30.', 'November 30')?.resolution).toMatch(/nearest, a plan: 'was due to'/);
    // A plain past tense still looks back, and a plan's weekday is still the last one.
    expect(bodyDates('14 October 2025', 'The exhibition closed on November 30.')).toEqual(['on November 30 → 2024-11-30']);
    expect(bodyDates(PUB, 'Kerry was due to fly to London on Sunday.')).toEqual(['on Sunday → 2024-03-10']);
  });

  it('reads ranges, ordinals and weekday-dated days', () => {
    expect(bodyDates(PUB, 'Talks are scheduled for May 3-4 in Astana.')).toEqual(['May 3-4 → 2024-05-03/2024-05-04']);
    expect(bodyDates(PUB, 'The festival runs from 3-5 May.')).toEqual(['from 3-5 May → 2024-05-03/2024-05-05']);
    expect(bodyDates(PUB, 'The fair ran March 1 to 3.')).toEqual(['March 1 to 3 → 2024-03-01/2024-03-03']);
    expect(bodyDates(PUB, 'The meeting was on the 3rd of March.')).toEqual(['on the 3rd of March → 2024-03-03']);
    expect(bodyDates('11 March 2025', 'Councillors voted to suspend births from the seventh of April.')).toEqual(['from the seventh of April → 2025-04-07']);
    // Only a leap year has a Thursday 29 February near the dateline.
    expect(bodyDates('4 March 2024', 'The river peaked on Thursday, February 29, at 6.4 metres.')).toEqual(['on Thursday, February 29 → 2024-02-29']);
  });

  it('tells the editor when the weekday and the figures disagree, and keeps the figures', () => {
    const d = dateAt(PUB, 'Councillors met on Tuesday, March 13.', 'March 13');
    expect(d?.value).toBe('2024-03-13');
    expect(d?.resolution).toContain('the copy says Tuesday, but it is a Wednesday');
  });

  it('reads ISO dates and numeric dates by the outlet’s own convention', () => {
    expect(bodyDates(PUB, 'The filing, dated 2017-04-24, was released.')).toEqual(['2017-04-24 → 2017-04-24']);
    // Other dates written day-first ("5 March"): day-first.
    expect(dateAt(PUB, 'The report, dated 03/04/2025, was published on 5 March.', '03/04')?.value).toBe('2025-04-03');
    // Month-first ("March 5"): month-first.
    expect(dateAt('March 14, 2024', 'The report, dated 03/04/2025, was published on March 5.', '03/04')?.value).toBe('2025-03-04');
    // Only one reading is a date; dotted dates are European, day-first.
    expect(dateAt(null, 'The report is dated 13/04/2025.', '13/04')?.value).toBe('2025-04-13');
    expect(dateAt(null, 'The decree of 03.04.2025 applies.', '03.04')?.value).toBe('2025-04-03');
  });

  it('reads a header date in figures by the article’s own order, and never guesses it', () => {
    const british = 'Posted: 12/11/2024\n\nThe consultation ended on 5 November.';
    expect(findFullDates(british, 0, 18).map((d) => d.iso)).toEqual(['2024-11-12']);
    expect(findFullDates('Posted: 12/11/2024\n\nNo other date here.', 0, 18)).toEqual([]);
    expect(findFullDates('Posted: 13/11/2024', 0, 18).map((d) => d.iso)).toEqual(['2024-11-13']);
  });

  it('counts "last year" after a date into its year', () => {
    expect(bodyDates('6 March 2024', 'The airport was closed between 1 and 3 March last year.')).toEqual(['1 and 3 March last year → 2023-03-01/2023-03-03']);
    expect(bodyDates(PUB, 'The plant opened in June last year.')).toEqual(['in June last year → 2023-06']);
    expect(bodyDates(PUB, 'A ruling is expected by next June.')).toEqual(['next June → 2024-06']);
    expect(bodyDates(null, 'A ruling is expected by next June.')).toEqual(['next June → null']);
  });

  it('reads a numeric date by where the copy was filed when its other dates do not say', () => {
    const wire = (place: string) => article(`Fri 15 Mar 2024 11:42 GMT\nDesk\n\nHeadline\n\n${place}, March 15 (Agency) - The filing, dated 03/04/2024, was released.`);
    const valueIn = (place: string) => {
      const { text, model } = wire(place);
      return model.dates.find((d) => covered(text, d.span).includes('03/04'))?.value;
    };
    expect(valueIn('LONDON')).toBe('2024-04-03');
    expect(valueIn('KELBOURNE, England')).toBe('2024-04-03');
    expect(valueIn('WASHINGTON')).toBe('2024-03-04');
    expect(valueIn('AUSTIN, Texas')).toBe('2024-03-04');
  });

  it('does not guess the order of an ambiguous numeric date: only its year is sure', () => {
    const d = dateAt(null, 'The report, dated 03/04/2025, was leaked.', '03/04');
    expect(d?.value).toBe('2025');
    expect(d?.resolution).toMatch(/could be Thu 3 Apr 2025 or Tue 4 Mar 2025/);
  });

  it('reads months, with their modifiers and edges', () => {
    expect(bodyDates(PUB, 'Talks resumed in late January.')).toEqual(['in late January → 2024-01']);
    expect(bodyDates(PUB, 'Cracks have doubled since October.')).toEqual(['since October → 2023-10']);
    expect(bodyDates(PUB, 'The bridge will close by the end of March.')).toEqual(['the end of March → 2024-03']);
    expect(bodyDates(PUB, 'Work starts in mid-June.')).toEqual(['in mid-June → 2024-06']);
    expect(bodyDates(PUB, 'The hall opened in June 2019.')).toEqual(['in June 2019 → 2019-06']);
    expect(bodyDates('28 April 2016', 'He said the process would continue as previously planned through July.')).toEqual(['July → 2016-07']);
  });

  it('reads holidays, fixed and movable, by the tense', () => {
    expect(bodyDates(PUB, 'The market reopened after Christmas and will close over Easter.')).toEqual(['Christmas → 2023-12-25', 'Easter → 2024-03-31']);
    expect(bodyDates(PUB, 'Shoppers flocked to Christmas markets on Boxing Day.')).toEqual(['on Boxing Day → 2023-12-26']);
    expect(bodyDates(PUB, 'The talks collapsed on Christmas Eve 2019, before Thanksgiving.')).toEqual(['on Christmas Eve 2019 → 2019-12-24', 'Thanksgiving → 2023-11-23']);
    expect(bodyDates(PUB, 'Easter Island sold Christmas trees.')).toEqual([]);
    expect(bodyDates(null, 'The fair opens on New Year’s Day and closes on Good Friday.')).toEqual(['on New Year’s Day → XXXX-01-01', 'on Good Friday → null']);
  });

  it('leaves a year-less date in an undated article without a year', () => {
    expect(bodyDates(null, 'The election is on Nov. 8 and talks have gone on since July.')).toEqual(['on Nov. 8 → XXXX-11-08', 'since July → XXXX-07']);
  });

  it('does not take names and common words for months or days', () => {
    expect(bodyDates(PUB, 'Theresa May said the Sun reported that protesters will march on the capital.')).toEqual([]);
    expect(bodyDates(PUB, 'Black Friday sales may be held every Monday, and on Mondays the market opens.')).toEqual([]);
    expect(bodyDates(PUB, 'April Ryan asked about the August heat.')).toEqual([]);
  });
});
