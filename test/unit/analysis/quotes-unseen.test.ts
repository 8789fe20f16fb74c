import { describe, expect, it } from 'vitest';
import { said } from './quotes-helpers';

const first = (text: string) => said(text)[0];


// Failures found on copy nobody tuned on (heldout, heldout2), each written as the general case.
describe('speakers on unseen copy: clauses and statements', () => {
  it('gives a relative clause\'s words to the phrase it hangs on, not the sentence\'s subject', () => {
    expect(first('Deal\n\nThe boards approved the deal on Sunday, according to one person familiar with the talks, who said the board had held out for "a proper price, not a polite one".')?.speaker)
      .toBe('one person familiar with the talks');
    expect(first('Strike\n\nThe union met on Monday, said Mary Hall, its secretary, who added that members were "angry and tired".')?.entity).toBe('Mary Hall');
  });

  it('takes the name opening an appositive, with where the person works after it', () => {
    expect(first('Trial\n\nThe trial\'s lead investigator, Joris van Leeuwen of Amstel University Medical Centre, said the results were "encouraging but not yet definitive".')?.speaker)
      .toBe('Joris van Leeuwen of Amstel University Medical Centre');
    expect(first('Flood\n\nThe agency\'s chief hydrologist, Marta Quiroga at the river authority, said the levels were "still rising".')?.entity).toBe('Marta Quiroga');
  });

  it('gives a statement read or issued in the paragraph before to its reader (a multi-paragraph quotation)', () => {
    const text = 'Sentencing\n\nOutside court, Mehreen Qureshi, whose father was one of the firm\'s clients, read a statement on behalf of the families:\n\n' +
      '“No sentence gives my father back the dignity he was charged for.\n\n“But a court has finally said what we have said for years.”';
    expect(said(text)).toEqual([{ words: 'No sentence gives my', speaker: 'Mehreen Qureshi', entity: 'Mehreen Qureshi' }]);
    expect(first('Closure\n\nThe Harbour Trust issued a short statement:\n\n"The ferry will not sail again this winter."')?.speaker).toBe('The Harbour Trust');
  });
});
