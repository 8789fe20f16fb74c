import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../server/src/analysis';
import { said } from './quotes-helpers';

describe('transcripts', () => {
  it('reads each labelled turn as a quotation by the label (SMITH:, Mr Hallam:)', () => {
    const text = 'Council meeting transcript\n\nCouncillor Peter Hallam objected.\n\nASHDOWN: The motion is carried.\n\n' +
      'HALLAM: I want my objection recorded.\n\nASHDOWN: It is recorded.';
    expect(said(text).map((s) => [s.words, s.speaker, s.entity])).toEqual([
      ['The motion is carried.', 'ASHDOWN', null],
      ['I want my objection', 'HALLAM', 'Peter Hallam'],
      ['It is recorded.', 'ASHDOWN', null],
    ]);
  });

  it('reads a Q-and-A: A is the person the introduction names', () => {
    const text = 'Interview\n\nJane Smith, the new harbour master, spoke to us on Tuesday.\n\nQ: Why close the harbour?\n\nA: Because it is not safe.\n\nQ: When will it reopen?\n\nA: We do not know yet.';
    expect(said(text).map((s) => [s.words, s.speaker, s.entity])).toEqual([
      ['Why close the harbour?', 'Q', null],
      ['Because it is not', 'A', 'Jane Smith'],
      ['When will it reopen?', 'Q', null],
      ['We do not know', 'A', 'Jane Smith'],
    ]);
  });

  it('keeps a quoted turn once: SMITH: "..."', () => {
    const text = 'Hearing\n\nSMITH: "We will not close the harbour."\n\nJONES: "You must."\n\nSMITH: "We will not."';
    expect(said(text).map((s) => s.speaker)).toEqual(['SMITH', 'JONES', 'SMITH']);
  });

  it('does not read header labels or one-off labels as speech', () => {
    const model = analyseArticle('Bridge closes\n\nUpdate: the bridge closed at noon.\n\nNote: times are local.\n\nSource: Northline News');
    expect(model.quotes).toEqual([]);
  });
});
