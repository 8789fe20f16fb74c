import { describe, expect, it } from 'vitest';
import { quoted } from './quotes-helpers';

// Failures found on copy nobody tuned on (heldout2), written here as the general case.
describe('web chrome and names in apposition are not quotations', () => {
  it('leaves out quotes in links to other stories (Related:, Read more:, See also:)', () => {
    const text = 'Care boss jailed\n\nThe judge said the fraud was "a business model".\n\n' +
      'Related: Care worker "ignored for months", tribunal told\nRead more: Council says "never again" after audit\nSee also: Union calls care pay "a scandal"';
    expect(quoted(text)).toEqual(['a business model']);
  });

  it('leaves out the headlines of a Most read / Trending box, up to the prose after it', () => {
    const text = 'Cup final\n\n"We were second best," said the manager.\n\nMOST READ\n\n1. Holiday park\'s "heartbreak is total" as storm wrecks 40 caravans\n\n' +
      '2. Pensioner "could not believe it" after passing test\n\nTrending\n\nMayor: "We will rebuild"\n\n"It was our night," the captain said.';
    expect(quoted(text)).toEqual(['We were second best,', 'It was our night,']);
  });

  it('leaves out a capitalised name set off by commas after a noun, even where the sentence attributes words', () => {
    expect(quoted('Care\n\nA council spokesperson said an internal review, "Lessons from Fellgate", would be published in the spring.')).toEqual([]);
    expect(quoted('Deal\n\nOakhurst’s own five-year strategy, «Sense Forward», will be kept, Vantrell said.')).toEqual([]);
    expect(quoted('Flood\n\nThe town’s plan, “Living With the River”, was about floods.')).toEqual([]);
  });

  it('keeps words carried by a statement or said in apposition, and a quote with its own comma', () => {
    expect(quoted('Care\n\nThe families said in a statement, "We Have Waited Long Enough", before leaving.')).toEqual(['We Have Waited Long Enough']);
    expect(quoted('Care\n\n"We Will Fight On," said the campaign’s leader, Mary Hall.')).toEqual(['We Will Fight On,']);
    expect(quoted('Care\n\nThe review, she said, was "a whitewash from start to finish", and she walked out.')).toEqual(['a whitewash from start to finish']);
  });
});
