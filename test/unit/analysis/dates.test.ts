import { describe, expect, it } from 'vitest';
import { article, covered } from '../../helpers/article';

const dated = (body: string) => article(`Published: 14 March 2024\n\nHeadline here\n\n${body}`);
const valueOf = (body: string, text: string) => {
  const { text: t, model } = dated(body);
  const d = model.dates.find((x) => covered(t, x.span).includes(text));
  return d?.value;
};

describe('dates', () => {
  it('resolves weekdays by tense against the dateline (Thursday 14 March 2024)', () => {
    expect(valueOf('Councillors voted on Tuesday to shut the bridge.', 'Tuesday')).toBe('2024-03-12');
    expect(valueOf('The bridge will close on Monday.', 'Monday')).toBe('2024-03-18');
    expect(valueOf('The mayor spoke to reporters on Thursday.', 'Thursday')).toBe('2024-03-14');
    expect(valueOf('Kerry was due to fly to London on Sunday.', 'Sunday')).toBe('2024-03-10');
  });

  it('resolves relative periods', () => {
    expect(valueOf('A footbridge should open next month.', 'next month')).toBe('2024-04');
    expect(valueOf('The company broke ground last week.', 'last week')).toBe('2024-W10');
    expect(valueOf('The report came out a week ago.', 'a week ago')).toBe('2024-03-07');
    expect(valueOf('The centre opens this autumn.', 'this autumn')).toBe('2024-FA');
    expect(valueOf('Production starts in the second half of 2025.', 'second half')).toBe('2025-H2');
    expect(valueOf('More rain is forecast for the weekend.', 'weekend')).toBe('2024-W11-WE');
  });

  it('gives month-day dates the dateline year, and keeps explicit years', () => {
    expect(valueOf('The council met on 5 March to discuss it.', '5 March')).toBe('2024-03-05');
    expect(valueOf('The deal was signed on February 14, 2023.', 'February 14, 2023')).toBe('2023-02-14');
    expect(valueOf('Cracks have doubled since October.', 'October')).toBe('2023-10');
  });

  it('anchors "three days earlier" on the date said just before', () => {
    expect(valueOf('The March 7 strike hit the base from which an attack was launched three days earlier.', 'three days earlier')).toBe('2024-03-04');
  });

  it('leaves weekdays unresolved in an undated article, and does not guess a year', () => {
    const { text, model } = article('Draft\n\nThe council voted on Tuesday. The election is on Nov. 8.');
    expect(model.dates.find((d) => covered(text, d.span).includes('Tuesday'))?.value).toBeNull();
    expect(model.dates.find((d) => covered(text, d.span).includes('Nov. 8'))?.value).toBe('XXXX-11-08');
  });

  it('does not take durations or quantities for dates', () => {
    const { text, model } = dated('The 140-year-old bridge carried 6,000 vehicles a day; repairs could take two years and cost €1.2 billion over 48 hours.');
    expect(model.dates.filter((d) => d.where === 'body').map((d) => covered(text, d.span))).toEqual([]);
  });
});
