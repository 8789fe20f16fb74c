import { describe, expect, it } from 'vitest';
import { covered } from '../../helpers/article';
import { datedArticle } from './dates-helpers';
import { eventAt } from './events-helpers';

describe('what an event records', () => {
  it('keeps the words that set a happening apart from others of its kind', () => {
    expect(eventAt('21 April 2017', 'The US carried out missile strikes on an airbase on April 7.', 'April 7')?.modifiers).toEqual(['missile']);
    expect(eventAt('24 April 2017', 'The strike answered a chemical weapons attack near Idlib on April 4.', 'April 4')?.modifiers).toEqual(['chemical', 'weapons']);
    expect(eventAt('5 March 2024', 'The ministry signed the investment agreement in Belgrade on 14 February.', 'February')?.modifiers).toEqual(['investment']);
    // A verb's object is wording, not a kind of happening: "suspended night crossings" = "halted the evening service".
    expect(eventAt('14 March 2024', 'On Tuesday, the operator suspended all night crossings.', 'Tuesday')?.modifiers).toEqual([]);
  });

  it('takes participants and places from the date’s own clause', () => {
    const e = eventAt('14 March 2024', 'John Kerry met Sergey Lavrov in Geneva on Monday, while Barack Obama visited Paris.', 'Monday');
    expect(e?.kind).toBe('meeting');
    expect(e?.participants).toEqual(['John Kerry', 'Sergey Lavrov']);
    expect(e?.places).toEqual(['Geneva']);
  });

  it('takes the participants of the sentence before when the clause names no one', () => {
    const e = eventAt('14 March 2024', 'The vote came at a meeting of Kelbourne Town Council. At its previous meeting, on 5 March, the council had put off a decision.', '5 March');
    expect(e?.kind).toBe('meeting');
    expect(e?.participants).toEqual(['Kelbourne Town Council']);
  });

  it('records the other happenings its clause reports', () => {
    expect(eventAt('20 March 2024', 'Kelbourne Town Council met on 5 March and put off a decision on the bridge.', '5 March')?.kind).toBe('meeting');
    const { text, model } = datedArticle('20 March 2024', 'Kelbourne Town Council met on Tuesday and voted to close the bridge.');
    expect(model.events.map((e) => [covered(text, e.trigger.span), e.related])).toEqual([['met', ['vote', 'closure']]]);
  });

  it('gives one event to two dates of one happening', () => {
    const body = 'The crews reached the town on Tuesday, two days after the Commission activated the mechanism.';
    const a = eventAt('6 March 2024', body, 'Tuesday');
    const b = eventAt('6 March 2024', body, 'two days after');
    expect(a).toEqual(b);
  });
});
