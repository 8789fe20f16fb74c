import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../server/src/analysis/dates';
import { attachEvents } from '../../../server/src/analysis/events';
import { readHeader } from '../../../server/src/analysis/header/header';
import { splitParagraphs } from '../../../server/src/analysis/text/paragraphs';
import { splitSentences } from '../../../server/src/analysis/text/sentences';
import { bodyDates, THU_14_MARCH_2024 as PUB } from './dates-helpers';

describe('durations, quantities and labels are not dates', () => {
  it('skips spans of time', () => {
    const body = 'Kerry sees the talks as a chance to end the five-year war. In the last 48 hours, one Syrian was killed every ' +
      '25 minutes. The consensus was built over the last year. The bridge has carried traffic for 140 years. A repair could ' +
      'take two years, and the first cells should leave the line within eighteen months. The truce dissolved after barely a week. ' +
      'The NGOs want a ceasefire of 72 hours, after a week of storms and 45 minutes of talks.';
    expect(bodyDates(PUB, body)).toEqual([]);
  });

  it('skips four-digit quantities, amounts and labels', () => {
    const body = 'About 1800 people and 1500 troops were moved; 2,400 jobs and €1.2 billion are at stake. Flight 1549 ' +
      'landed safely. Resolution 2254 calls for talks, and more than 2000 residents signed. The 140-year-old bridge ' +
      'carried 6,000 vehicles a day, at 3.25 per cent interest.';
    expect(bodyDates(PUB, body)).toEqual([]);
  });

  it('keeps a year followed by a comma or a full stop', () => {
    expect(bodyDates(PUB, 'The company, founded in 2011, makes cells. The crossing opened in 1884.')).toEqual(['in 2011 → 2011', 'in 1884 → 1884']);
  });

  it('stays linear on pathological input', () => {
    const nasty = ['May '.repeat(5000), '1'.repeat(20000), ' '.repeat(20000) + 'x', 'the '.repeat(5000), 'two days '.repeat(3000),
      '12:'.repeat(5000), 'Monday 3 '.repeat(3000), 'on the day before the '.repeat(2000), '2019-'.repeat(4000), 'at 10:'.repeat(3000)];
    for (const n of nasty) {
      const text = `Published: 14 March 2024\n\nHeadline\n\n${n}`;
      const header = readHeader(text);
      const sentences = splitSentences(text, splitParagraphs(text, 0));
      const t0 = performance.now();
      attachEvents(text, sentences, [], extractDates(text, sentences, header));
      expect(performance.now() - t0, JSON.stringify(n.slice(0, 12))).toBeLessThan(1500);
    }
  });
});
