import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../server/src/analysis';
import { anyText, articleText, codeUnit } from './arbitraries';
import { violations } from './invariants';
import { fcParams, RUNS } from './settings';

/**
 * For any text, `analyseArticle` terminates, never throws, returns spans inside the text that
 * cover what they claim, and returns the same model every time (issue 9).
 */

/** Longest one analysis of a generated text (a few thousand characters) may take. */
const PER_CASE_MS = 5_000;

function analyseTimed(text: string): { model: ReturnType<typeof analyseArticle>; ms: number } {
  const t0 = performance.now();
  const model = analyseArticle(text);
  return { model, ms: performance.now() - t0 };
}

describe('analyseArticle on any text', () => {
  it('never throws, finishes quickly, and every span lies inside the text and covers what it claims', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { model, ms } = analyseTimed(text);
        expect(violations(text, model)).toEqual([]);
        expect(ms, `analysis took ${ms.toFixed(0)} ms on ${text.length} characters`).toBeLessThan(PER_CASE_MS);
      }),
      fcParams(),
    );
  });

  it('is deterministic: the same text gives the same model, whatever was analysed in between', () => {
    fc.assert(
      fc.property(articleText(80), articleText(80), (a, b) => {
        const first = JSON.stringify(analyseArticle(a));
        analyseArticle(b);
        expect(JSON.stringify(analyseArticle(a))).toBe(first);
      }),
      fcParams(Math.ceil(RUNS / 2)),
    );
  });

  it('keeps offsets right in UTF-16 whatever precedes them: emoji, combining marks, joiners, right-to-left text, lone surrogates', () => {
    const prefix = fc.string({ unit: fc.oneof(codeUnit, fc.constantFrom('👩‍👩‍👧', 'e\u0301', '\u200d', '\u202e', 'שלום', '\r\n', '\r')), maxLength: 20 });
    const article = 'Published: 4 March 2024\n\n"We will not reopen the crossing," Annika Solberg said on Monday.\n';
    fc.assert(
      fc.property(prefix, (p) => {
        const text = `${p}\n\n${article}`;
        const model = analyseArticle(text);
        expect(violations(text, model)).toEqual([]);
        // The quotation is found at the same place in the article, shifted by exactly the prefix.
        const q = model.quotes.find((x) => x.text.startsWith('We will not reopen'));
        expect(q, JSON.stringify(p)).toBeDefined();
        expect(q!.span.start).toBe(text.indexOf('We will not reopen'));
      }),
      fcParams(),
    );
  });

  it('is the same whatever the line breaks: LF, CRLF or lone CR give the same quotations, names and dates', () => {
    const base = analyseArticle(SAMPLE);
    const shape = (m: typeof base, t: string) => ({
      quotes: m.quotes.map((q) => q.parts.map((p) => t.slice(p.start, p.end)).join(' ')),
      names: m.entities.map((e) => e.name).sort(),
      dates: m.dates.map((d) => `${d.text}=${d.value}`),
      published: m.header.published?.value,
    });
    const expected = shape(base, SAMPLE);
    for (const eol of ['\r\n', '\r']) {
      const text = SAMPLE.replace(/\n/g, eol);
      const m = analyseArticle(text);
      expect(violations(text, m)).toEqual([]);
      const got = shape(m, text);
      expect({ ...got, quotes: got.quotes.map((q) => q.replace(/\r\n?/g, '\n')) }, JSON.stringify(eol)).toEqual(expected);
    }
  });
});

const SAMPLE = [
  'Harbour ferry to stop after council vote',
  'Published: 4 March 2024',
  'By Mallory Evans',
  '',
  'The harbour master, Annika Solberg, said on Monday the crossing would close after the council voted on Friday.',
  '',
  '"We will not reopen the crossing until the surveyor has inspected every mooring on the pier," Ms Solberg said.',
  '',
  '“It is a sad day,” said Mayor Colin Ashdown.',
  '',
].join('\n');
