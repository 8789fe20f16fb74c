import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../server/src/analysis';
import { readHeader } from '../../../server/src/analysis/header/header';
import { extractQuotes } from '../../../server/src/analysis/quotes';
import { splitParagraphs } from '../../../server/src/analysis/text/paragraphs';
import { splitSentences } from '../../../server/src/analysis/text/sentences';
import { said, spokenIn } from './quotes-helpers';

describe('transcripts', () => {
  it('makes each turn a spoken quotation by its labelled speaker, not a quotation-mark record', () => {
    const text = 'Council meeting transcript\n\nASHDOWN: The motion is carried.\n\nHALLAM: I want my objection recorded.\n\nASHDOWN: It is recorded.';
    const model = analyseArticle(text);
    expect(said(text)).toEqual([]);
    expect(model.quotes.every((q) => q.spoken)).toBe(true);
    expect(spokenIn(model).map((s) => [s.words, s.speaker])).toEqual([
      ['The motion is carried.', 'ASHDOWN'],
      ['I want my objection recorded.', 'HALLAM'],
      ['It is recorded.', 'ASHDOWN'],
    ]);
    // The turn's words, not its label: a paper quoting the words finds them.
    const q = model.quotes[1]!;
    expect(text.slice(q.span.start, q.span.end)).toBe('I want my objection recorded.');
  });

  it('stays linear in a long transcript whose turns each read out a quotation', () => {
    // Each turn is cut around the quotations inside it: turns x quotations would be 10^8 here.
    const text = 'Phone-in transcript\n\n' + Array.from({ length: 10_000 }, (_, i) =>
      `${i % 2 ? 'HOST' : 'CALLER'}: Turn ${i}, and the text says: "message number ${i} from a listener today." Thanks.`).join('\n\n');
    const paragraphs = splitParagraphs(text);
    const t0 = performance.now();
    const { quotes } = extractQuotes(text, paragraphs, splitSentences(text, paragraphs), [], readHeader(text).headline);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(quotes.filter((q) => q.spoken)).toHaveLength(10_000);
    expect(quotes.filter((q) => q.spoken).every((q) => !q.text.includes('from a listener'))).toBe(true);
  });

  it('reads a label with a one-letter word (`BRENDAN Ó SÚILLEABHÁIN:`) as a speaker, not as the last turn running on', () => {
    const text = 'The Business Hour\n\nNIAMH DOHERTY: Brendan, is that good enough?\n\nBRENDAN Ó SÚILLEABHÁIN: It is a start.\n\nNIAMH DOHERTY: Thank you.';
    expect(spokenIn(analyseArticle(text)).map((s) => [s.words, s.speaker])).toEqual([
      ['Brendan, is that good enough?', 'NIAMH DOHERTY'],
      ['It is a start.', 'BRENDAN Ó SÚILLEABHÁIN'],
      ['Thank you.', 'NIAMH DOHERTY'],
    ]);
  });

  it("cuts someone else's quoted words out of a turn: a listener's text the presenter reads is not the presenter's", () => {
    const text = 'Phone-in transcript\n\nHOST: We have had a text from a listener, who says: "I got a call from a man asking me to read out a code." Is that connected?\n\n' +
      'CHOU: I cannot say for certain.\n\nHOST: Thank you.';
    const model = analyseArticle(text);
    expect(said(text).map((s) => s.words)).toEqual(['I got a call']);
    const host = spokenIn(model)[0]!;
    expect(host.words).toBe('We have had a text from a listener, who says: Is that connected?');
    expect(host.words).not.toContain('read out a code');
  });

  it('gives a quotation inside a turn to the turn\'s speaker: `I` in HALLAM\'s turn is Hallam', () => {
    const text = 'Council meeting transcript\n\nCouncillor Peter Hallam objected.\n\nASHDOWN: The motion is carried.\n\n' +
      'HALLAM: I told you last week, "this bridge will fall", and nobody listened.\n\nASHDOWN: It is recorded.';
    expect(said(text).map((s) => [s.words, s.speaker, s.entity])).toEqual([['this bridge will fall', 'I', 'Peter Hallam']]);
  });

  it('keeps the attribution a turn states: the host reading a statement', () => {
    const text = 'Drivetime transcript\n\nHOST: Good evening.\n\nHOST: The Save Ashcombe Births campaign said in a statement the decision was "a betrayal of every family in this valley".\n\nGARVEY: It is.';
    expect(said(text).map((s) => s.speaker)).toEqual(['The Save Ashcombe Births campaign']);
  });

  it('reads a Q-and-A: A is the person the introduction presents, not the credited interviewer', () => {
    const text = "'We will not close the harbour': the harbour master on the storm\n\nInterview by Daniel Soto\n\n" +
      'Jane Smith has run the harbour since 2019. She spoke to us on Tuesday.\n\nQ: Why close the harbour?\n\n' +
      'A: We will not close the harbour. We will protect it.\n\nQ: And the boats?\n\nA: Tom Price, our engineer, told me: "They are safe."';
    expect(said(text).map((s) => [s.words, s.speaker, s.entity])).toEqual([
      ['We will not close', 'A', 'Jane Smith'], // the headline quotes the answer
      ['They are safe.', 'Tom Price', 'Tom Price'],
    ]);
  });

  it('finds the interviewee as the subject the introduction presents, past a person-like name in the headline', () => {
    const text = "'We will not stop': the minister on the Quebrada Larga rescue\n\nInterview by Daniel Soto\n\n" +
      'Ximena Orellana has been the minister of mining since 2024. She spoke to us by phone.\n\nQ: Will you stop?\n\nA: We will not stop.';
    expect(said(text).map((s) => s.entity)).toEqual(['Ximena Orellana']);
  });

  it('does not read header labels or one-off labels as speakers', () => {
    const model = analyseArticle('Bridge closes\n\nUpdate: the bridge closed at "noon sharp, without warning".\n\nNote: times are local.\n\nSource: Northline News');
    expect(model.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});
