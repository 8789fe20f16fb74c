import { describe, expect, it } from 'vitest';
import { quoted, said } from './quotes-helpers';

describe('scare quotes and titles are not quotations', () => {
  it('leaves out a term after a naming verb, a modifier, and a short quote in a sentence that attributes nothing', () => {
    expect(quoted('Plant\n\nThe so-called "peace dividend" never came.')).toEqual([]);
    expect(quoted('Plant\n\nNorvald is careful not to call the site a "gigafactory" (it is closer to a "megafactory").')).toEqual([]);
    expect(quoted("Talks\n\nNothing was done about the regime's \"conventional\" bombing, officials said.")).toEqual([]);
    expect(quoted('Flood\n\nOfficials keep calling this a "once-in-a-century" flood.')).toEqual([]);
  });

  it('leaves out titles of works and a quoted copy of the headline', () => {
    expect(quoted('Review\n\nBalkan Business Review has a solid explainer, "Norvald\'s Serbian bet and what it means for Novi Brezovac", on the questions.')).toEqual([]);
    expect(quoted('Review\n\nThe documentary "The Day After Tomorrow" was shown to pupils.')).toEqual([]);
    expect(quoted('Bridge to close after vote\n\nThe bridge will close.\n\nBe the first to comment at "Bridge to close after vote"')).toEqual([]);
  });

  it('keeps short quotes that are attributed words (not modifiers): a noun phrase before a preposition or a verb', () => {
    // Failures found in the seeds: `"gaps of trust" between` and `their "bilateral track" remains dead`.
    expect(quoted('Talks\n\nObama said the talks had been complicated by "gaps of trust" between Washington and Moscow.')).toEqual(['gaps of trust']);
    expect(quoted('Talks\n\nU.S. officials insisted that their "bilateral track" remains dead.')).toEqual(['bilateral track']);
  });

  it('keeps a verdict after call/brand (`called the move "overdue"`), not a term after an article', () => {
    expect(said('Ferry\n\nAnalysts at Brindle Securities called the move "overdue".').map((s) => s.speaker)).toEqual(['Analysts at Brindle Securities']);
    expect(quoted('Ferry\n\nThe company calls the plan a "reset" of the timetable.')).toEqual([]);
  });

  it('leaves out the title of a talk or a work that is presented', () => {
    expect(quoted('Congress\n\nHis talk, “Durable protection for older adults”, was the most crowded session.')).toEqual([]);
    expect(quoted('Congress\n\nThe team presented "A New Model of River Flooding" at the meeting.')).toEqual([]);
  });

  it('keeps a short quote that is a sentence or a clause of its own', () => {
    expect(said('Bridge\n\n"We will sue," they said.').map((s) => s.words)).toEqual(['We will sue,']);
    expect(said('Bridge\n\n"We chose to paint over it," Peter Hallam said. "It was cheaper."').map((s) => s.entity)).toEqual(['Peter Hallam', 'Peter Hallam']);
  });

  it('keeps a quote nested in a dropped title (a footer repeating a quoted headline)', () => {
    const text = 'USA, Russia ‘not there yet’ on Syria deal\n\n“We’re not there yet,” State Department spokesman Mark Toner said.\n\n' +
      'Be the first to comment at "USA, Russia ‘not there yet’ on Syria deal"';
    expect(said(text).map((s) => [s.words, s.entity])).toEqual([
      ['not there yet', 'Mark Toner'],
      ['We’re not there yet,', 'Mark Toner'],
      ['not there yet', 'Mark Toner'],
    ]);
  });
});
