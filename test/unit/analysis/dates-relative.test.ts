import { describe, expect, it } from 'vitest';
import { bodyDates, THU_14_MARCH_2024 as PUB } from './dates-helpers';

const one = (body: string, published = PUB) => bodyDates(published, body)[0];

// Published Thursday 14 March 2024 (ISO week 11).
describe('dates relative to the publication date', () => {
  it('resolves weeks, months and years at their own granularity', () => {
    expect(one('The company broke ground last week.')).toBe('last week → 2024-W10');
    expect(one('The inspectors visit this week.')).toBe('this week → 2024-W11');
    expect(one('A footbridge should open next month.')).toBe('next month → 2024-04');
    expect(one('Prices rose this month.')).toBe('this month → 2024-03');
    expect(one('The plant closed last year.')).toBe('last year → 2023');
    expect(one('Elections are due next year.')).toBe('next year → 2025');
    expect(one('The law was passed earlier this month.')).toBe('earlier this month → 2024-03');
    expect(one('The plant opens early next year.')).toBe('early next year → 2025');
  });

  it('counts back for "ago", at the precision of the unit', () => {
    expect(one('The report came out a week ago.')).toBe('a week ago → 2024-03-07');
    expect(one('He resigned three days ago.')).toBe('three days ago → 2024-03-11');
    expect(one('The fund was set up two months ago.')).toBe('two months ago → 2024-01');
    expect(one('The group pulled out a fortnight ago.')).toBe('a fortnight ago → 2024-02-29');
    expect(one('The plant opened a year ago.')).toBe('a year ago → 2023');
  });

  it('resolves today, yesterday, tomorrow and their parts', () => {
    expect(bodyDates(PUB, 'Police said today that a man was arrested yesterday and will appear in court tomorrow.'))
      .toEqual(['today → 2024-03-14', 'yesterday → 2024-03-13', 'tomorrow → 2024-03-15']);
    expect(one('Fighting resumed last night.')).toBe('last night → 2024-03-13');
    expect(one('The minister resigned this morning.')).toBe('this morning → 2024-03-14');
  });

  it('resolves seasons, with winter belonging to the year it starts in', () => {
    expect(one('Russia pushed Washington aside last summer.')).toBe('last summer → 2023-SU');
    expect(one('The centre opens this autumn.')).toBe('this autumn → 2024-FA');
    expect(one('A decision is unlikely before the summer.')).toBe('the summer → 2024-SU');
    expect(one('The talks collapsed in the summer of 2016.')).toBe('in the summer of 2016 → 2016-SU');
    expect(one('Sales fell in spring 2019.')).toBe('in spring 2019 → 2019-SP');
    expect(one('Snow closed the pass last winter.')).toBe('last winter → 2023-WI');
    expect(one('Heating bills soared this winter.', '20 January 2024')).toBe('this winter → 2023-WI');
    expect(bodyDates(PUB, 'After the fall of Aleppo, prices fall in spring.')).toEqual([]);
    expect(one('The offensive began in spring.', '20 January 2024')).toBe('in spring → 2023-SP');
  });

  it('resolves halves and quarters', () => {
    expect(one('Production starts in the second half of 2025.')).toBe('in the second half of 2025 → 2025-H2');
    expect(one('Output will double in the first half of next year.')).toBe('in the first half of next year → 2025-H1');
    expect(one('Profits fell in the third quarter of last year.')).toBe('in the third quarter of last year → 2023-Q3');
    expect(one('Deliveries slipped to Q3 2024.')).toBe('Q3 2024 → 2024-Q3');
    expect(bodyDates(PUB, 'He scored in the second half and in the fourth quarter.')).toEqual([]);
  });

  it('reads the end of a period as the period', () => {
    expect(one('A full assessment will be published by the end of the month.')).toBe('the end of the month → 2024-03');
    expect(one('It plans to hire 200 technicians before the end of the year.')).toBe('the end of the year → 2024');
    expect(one('The fund runs out at the end of next month.')).toBe('the end of next month → 2024-04');
  });

  it('reads the weekend by tense', () => {
    expect(one('More rain is forecast for the weekend.')).toBe('the weekend → 2024-W11-WE');
    expect(one('Crowds gathered over the weekend.')).toBe('the weekend → 2024-W10-WE');
    expect(one('The market reopened last weekend.')).toBe('last weekend → 2024-W10-WE');
  });

  it('reads years, decades and spans of years', () => {
    expect(bodyDates(PUB, 'The bridge opened in 1884 and has carried traffic since 2011, fixed in mid-2025.'))
      .toEqual(['in 1884 → 1884', 'since 2011 → 2011', 'in mid-2025 → 2025']);
    expect(one('Emigration peaked in the 1990s.')).toBe('in the 1990s → 199');
    expect(one('The 2019-21 programme ended.')).toBe('2019-21 → 2019/2021');
    expect(one('The libraries opened between 1962 and 1975.')).toBe('between 1962 and 1975 → 1962/1975');
    expect(one('Shares have fallen since the start of 2024.')).toBe('since the start of 2024 → 2024');
  });

  it('resolves nothing relative in an undated article', () => {
    expect(bodyDates(null, 'The footbridge opens next month; talks began last week.')).toEqual(['next month → null', 'last week → null']);
  });
});
