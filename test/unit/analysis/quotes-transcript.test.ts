import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../server/src/analysis';
import { said } from './quotes-helpers';

describe('transcripts', () => {
  it('does not make quotation records of turns, which carry no marks', () => {
    const text = 'Council meeting transcript\n\nASHDOWN: The motion is carried.\n\nHALLAM: I want my objection recorded.\n\nASHDOWN: It is recorded.';
    expect(analyseArticle(text).quotes).toEqual([]);
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
