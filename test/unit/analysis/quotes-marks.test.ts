import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../server/src/analysis';
import { readHeader } from '../../../server/src/analysis/header/header';
import { extractQuotes } from '../../../server/src/analysis/quotes';
import { splitParagraphs } from '../../../server/src/analysis/text/paragraphs';
import { splitSentences } from '../../../server/src/analysis/text/sentences';
import { quoted, said } from './quotes-helpers';

describe('quotation marks', () => {
  it('pairs straight and curly double marks, guillemets and German low marks', () => {
    expect(quoted('Bridge\n\n"We had no choice," Mayor Colin Ashdown said.')).toEqual(['We had no choice,']);
    expect(quoted('Bridge\n\n“We had no choice,” Mayor Colin Ashdown said.')).toEqual(['We had no choice,']);
    expect(quoted('Bridge\n\n«We will not close the bridge», said Colin Ashdown.')).toEqual(['We will not close the bridge']);
    expect(quoted('Bridge\n\n„We will not close the bridge“, said Colin Ashdown.')).toEqual(['We will not close the bridge']);
  });

  it('pairs curly marks typed the wrong way round', () => {
    expect(quoted('Ferry\n\n”We will rebuild,” Gareth Pryce said.')).toEqual(['We will rebuild,']);
    expect(quoted('Ferry\n\n“We will rebuild,“ Gareth Pryce said.')).toEqual(['We will rebuild,']);
  });

  it('keeps ellipses and bracketed insertions inside the quotation', () => {
    const text = 'Talks\n\n"The trilateral [meeting] is not off the table … it is just being postponed," de Mistura said. ' +
      '"We have had one killed every 25 minutes ... How can you have talks?" he asked.';
    expect(quoted(text)).toEqual([
      'The trilateral [meeting] is not off the table … it is just being postponed,',
      'We have had one killed every 25 minutes ... How can you have talks?',
    ]);
  });

  it('reads a quote inside a quote, with no speaker of its own unless one is named inside', () => {
    const text = 'Bridge\n\n"He told me \'go home\' and I went home," Peter Hallam said.';
    const model = analyseArticle(text);
    expect(model.quotes.map((q) => q.text)).toEqual(["He told me 'go home' and I went home,", 'go home']);
    const inner = model.quotes[1]!;
    expect(inner.speaker?.text).toBe('He');
    expect(inner.speaker?.entity).toBeNull(); // not resolved to Hallam: he is quoting someone
  });

  it('continues a quotation into each paragraph that re-opens it (multi-paragraph quotes)', () => {
    const model = analyseArticle('Flood\n\n"First paragraph of the quote.\n\n"Second paragraph goes on.\n\n"Third and last," said José Núñez.');
    expect(model.quotes).toHaveLength(1);
    expect(model.quotes[0]!.parts).toHaveLength(3);
    expect(model.quotes[0]!.text).toBe('First paragraph of the quote. Second paragraph goes on. Third and last,');
    expect(model.quotes[0]!.speaker?.text).toBe('José Núñez');
  });

  it('never lets an unbalanced mark swallow the next paragraph: the quotation ends with its own, and says so', () => {
    const model = analyseArticle('Bridge\n\nA "stray mark opens here and never closes.\n\nThe next paragraph is prose with a "quoted phrase in it," Hallam said.');
    expect(model.quotes.map((q) => q.text)).toEqual(['stray mark opens here and never closes.', 'quoted phrase in it,']);
    expect(model.quotes[1]!.speaker?.text).toBe('Hallam');
    expect(model.notices.map((n) => n.code)).toEqual(['unclosed-quotation']);
  });

  it('restarts at a second opening mark: the first was stray', () => {
    const model = analyseArticle('Bridge\n\nA "stray mark. Then "real words of the mayor," she said.');
    expect(model.quotes.map((q) => q.text)).toEqual(['real words of the mayor,']);
    expect(model.notices).toHaveLength(1);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quoted("Bridge\n\nThe Joneses' shop and the farmers' union said they'd close. It's the '90s again, rock 'n' roll.")).toEqual([]);
    expect(quoted('Bridge\n\nBashar Ja’afari said the farmers’ union was “useful and constructive,” officials said.')).toEqual(['useful and constructive,']);
  });

  it('reads single-quoted headlines, and their copies further down', () => {
    const text = "US-Russia cooperation in Syria 'hangs by a thread'\n\nThe alliance barely \"hangs by a thread,\" according to Staffan de Mistura.\n\nUS-Russia cooperation in Syria 'hangs by a thread'";
    expect(said(text).map((s) => [s.words, s.entity])).toEqual([
      ['hangs by a thread', 'Staffan de Mistura'],
      ['hangs by a thread,', 'Staffan de Mistura'],
      ['hangs by a thread', 'Staffan de Mistura'],
    ]);
  });

  it('reads British copy, which quotes with single marks, including a quote running over paragraphs', () => {
    const text = 'Bridge\n\n‘We were told the repairs could wait,’ said Margaret Oduya. ‘Nobody told us the bridge could fall.’\n\n' +
      '‘We chose to paint over it.\n\n‘Now the people will pay,’ said Peter Hallam.';
    const model = analyseArticle(text);
    expect(model.quotes.map((q) => [q.text.slice(0, 20), q.parts.length, q.speaker?.text])).toEqual([
      ['We were told the rep', 1, 'Margaret Oduya'],
      ['Nobody told us the b', 1, 'Margaret Oduya'],
      ['We chose to paint ov', 2, 'Peter Hallam'],
    ]);
  });

  it("closes a British quote at the sure mark, not at a plural possessive (farmers' union)", () => {
    expect(quoted("Bridge\n\n'The farmers' union is worried,' said Margaret Oduya, who runs the bakery.")).toEqual(["The farmers' union is worried,"]);
  });

  it('never throws, and keeps every quotation inside the text, whatever the marks', () => {
    const piece = fc.constantFrom('"', '“', '”', "'", '‘', '’', '„', '«', '»', ' ', '\n', '\n\n', 'said', 'Smith', 'he', ',', '.', ':', 'We will', 'A:', 'SMITH:', '—', '> ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = `Headline\n\n${pieces.join(' ')}`;
        const model = analyseArticle(text);
        for (const q of model.quotes) {
          expect(q.parts.length).toBeGreaterThan(0);
          for (const p of q.parts) expect(0 <= p.start && p.start < p.end && p.end <= text.length).toBe(true);
          expect(q.span.start).toBe(q.parts[0]!.start);
          if (q.speaker?.span) expect(q.speaker.span.end <= text.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on thousands of quotation marks', () => {
    const nasty = [
      Array.from({ length: 4000 }, (_, i) => `He said "word ${i} and more " then ‘ x “ y`).join(' '),
      Array.from({ length: 4000 }, (_, i) => `"Word ${i} and more, he said. “Still going`).join('\n\n'),
      Array.from({ length: 16000 }, () => `'a b' 'c farmers' don't`).join(' '),
      '"'.repeat(50000),
      '“'.repeat(20000) + '”'.repeat(20000),
    ];
    // The quotation layer alone (other layers have their own limits): marks, kinds and speakers.
    const t0 = performance.now();
    for (const text of nasty) {
      const paragraphs = splitParagraphs(text);
      const sentences = splitSentences(text, paragraphs);
      extractQuotes(text, paragraphs, sentences, [], readHeader(text).headline);
    }
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
