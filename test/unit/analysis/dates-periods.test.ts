import { describe, expect, it } from 'vitest';
import { bodyDates, dateAt } from './dates-helpers';

// Company periods: fiscal years and quarters, reporting periods ending on a date, and a bare
// quarter or half in a company's accounts. Published Thursday 14 August 2025 unless said.
const AUG = '14 August 2025';
const one = (body: string, needle: string, published = AUG) => dateAt(published, body, needle)?.value ?? null;

describe('fiscal years and their quarters', () => {
  it('reads a fiscal year as the months it covers when the article says where it ends', () => {
    const body = 'Harwick Ltd reported results for fiscal 2025. For fiscal 2026 it expects growth. Its fiscal year ends on June 30.';
    expect(bodyDates(AUG, body)).toEqual(['fiscal 2025 → 2024-07/2025-06', 'fiscal 2026 → 2025-07/2026-06']);
    // A year ending in March (the British tax year) and one ending in December (the calendar).
    expect(one('Sales fell in fiscal 2024. The group’s financial year ends on 31 March.', 'fiscal 2024')).toBe('2023-04/2024-03');
    expect(one('Revenue rose in FY2024; its fiscal year ends in December.', 'FY2024')).toBe('2024');
  });

  it('puts a fiscal quarter on the calendar, as a quarter where it lines up', () => {
    const body = 'Fourth quarter fiscal 2025 revenue rose 8% from the fourth quarter of fiscal 2024. Q1 FY2026 orders are strong. Its fiscal year ends June 30.';
    expect(bodyDates(AUG, body)).toEqual([
      'Fourth quarter fiscal 2025 → 2025-Q2', 'from the fourth quarter of fiscal 2024 → 2024-Q2', 'Q1 FY2026 → 2025-Q3',
    ]);
    // A year ending in January: its quarters are no calendar quarters.
    expect(one('Sales rose in the second quarter of fiscal 2025. The retailer’s fiscal year ends in January.', 'second quarter')).toBe('2024-05/2024-07');
  });

  it('infers the year-end from the latest quarter a results call reports on', () => {
    // Results for a fiscal fourth quarter in mid-August: the quarter closed at the end of June.
    const body = 'Welcome to the earnings call for the fourth quarter of fiscal 2025. For fiscal 2026 we expect revenue of $2.4 billion.';
    expect(bodyDates('12 August 2025', body)).toEqual(['the fourth quarter of fiscal 2025 → 2025-Q2', 'fiscal 2026 → 2025-07/2026-06']);
  });

  it('names the year and says so when the year-end is unknown', () => {
    const d = dateAt(AUG, 'The agency overspent in fiscal 2025.', 'fiscal 2025');
    expect(d?.value).toBe('2025');
    expect(d?.range).toEqual({ first: '2024-01-01', last: '2025-12-31' });
    expect(d?.resolution).toContain('does not state');
  });

  it('reads a calendar half said as such', () => {
    expect(one('The deal should close in the first half of calendar 2026.', 'calendar')).toBe('2026-H1');
  });

  it('takes a recurring year-end for no date', () => {
    expect(bodyDates(AUG, 'Its fiscal year ends on June 30.')).toEqual([]);
    expect(bodyDates(AUG, 'The school year starts in September.')).toEqual([]);
  });
});

describe('reporting periods and bare quarters', () => {
  it('reads the months to a date as the period they make', () => {
    expect(one('Revenue for the three months to June 30, 2025 rose 8%.', 'three months')).toBe('2025-Q2');
    expect(one('Revenue in the three months to June, reported on Tuesday, rose 8%.', 'three months')).toBe('2025-Q2');
    expect(one('Profit for the quarter to 30.09.2024 fell.', 'quarter to')).toBe('2024-Q3');
    expect(one('Sales in the six months ended June 30, 2025 rose.', 'six months')).toBe('2025-H1');
    expect(one('Sales in the three months to May 31, 2025 rose.', 'three months')).toBe('2025-03/2025-05');
  });

  it('reads a bare quarter or half in a company’s accounts as the latest one', () => {
    expect(one('Revenue rose 6% in the first half, to £212 million.', 'first half')).toBe('2025-H1');
    expect(one('In Q2 the company’s margins fell.', 'Q2')).toBe('2025-Q2');
    expect(one('The company expects sales to recover in Q4.', 'Q4')).toBe('2025-Q4');
    // Of the fiscal year, where the article keeps fiscal accounts (year ending in June: Q3 is January-March).
    expect(one('In Q3 orders slowed. Its fiscal year ends on June 30.', 'Q3')).toBe('2025-Q1');
  });

  it('leaves a half or a quarter of a match alone', () => {
    expect(bodyDates(AUG, 'Pike scored in the first half and the visitors led until the fourth quarter.')).toEqual([]);
  });
});

describe('two-figure years and times that limit', () => {
  it('reads a year in two figures after an apostrophe, in the century the dateline makes nearest', () => {
    expect(bodyDates(AUG, "The club last lifted a trophy back in '98.")).toEqual(["in '98 → 1998"]);
    expect(bodyDates(AUG, 'The stand was rebuilt in ’19.')).toEqual(['in ’19 → 2019']);
    expect(bodyDates(null, "The club last lifted a trophy in '98.")).toEqual(["in '98 → null"]);
  });

  it('does not take a quoted number or a possessive for a year', () => {
    expect(bodyDates(AUG, "'98 people were hurt,' she said. The players' 12 goals came late.")).toEqual([]);
  });

  it('takes a time something was measured by for no date', () => {
    expect(bodyDates(AUG, 'Shares rose 4% to 1,421 pence by 1230 GMT.')).toEqual([]);
  });
});
