import { describe, expect, it } from 'vitest';
import { Desk, parseDeskFile, sourceOf as corpusSourceOf } from '../../../server/src/corpus';

/** A desk of small articles: [file, publication date or null, body]. */
function deskOf(...articles: [string, string | null, string][]): Desk {
  const desk = new Desk();
  for (const [uri, date, body] of articles) desk.upsert(uri, `${date ? `Published: ${date}\n\n` : ''}Headline for ${uri}\n\n${body}\n`);
  return desk;
}
const codes = (desk: Desk, uri: string) => desk.findings(uri).map((f) => f.code);

describe('quotations across articles', () => {
  const source = '"The U.S. welcomes discussions with Russia on the political process, and we have met in the past," a US spokesman said.';

  it('treats abbreviation style, marks, capitals and punctuation as the same words', () => {
    const desk = deskOf(
      ['a.txt', '21 April 2017', source],
      ['b.txt', '24 April 2017', '“the US welcomes discussions with Russia on the political process — and we have met in the past,” a US spokesman said.'],
    );
    expect(codes(desk, 'b.txt')).not.toContain('misquote');
    const q = desk.article('b.txt')!.model.quotes[0]!;
    expect(desk.quotes.matches('b.txt', q.id).map((m) => m.other.uri)).toEqual(['a.txt']);
  });

  it('treats a cut marked with an ellipsis, a bracketed insertion and a partial quote as faithful', () => {
    const desk = deskOf(
      ['a.txt', '21 April 2017', source],
      ['b.txt', '22 April 2017', 'A spokesman said: "The U.S. welcomes discussions … and we have met in the past."'],
      ['c.txt', '23 April 2017', 'The spokesman said the U.S. "welcomes discussions with [Moscow and] Russia on the political process".'],
      ['d.txt', '24 April 2017', 'He said the country "welcomes discussions with Russia".'],
    );
    for (const uri of ['b.txt', 'c.txt', 'd.txt']) expect(codes(desk, uri)).not.toContain('misquote');
  });

  it('finds a substituted word, a dropped negation and a reordered clause, on the later copy', () => {
    const desk = deskOf(
      ['a.txt', '1 March 2024', '"We will not gamble with people\'s lives, and we will reopen the bridge when it is safe," the mayor said.'],
      ['b.txt', '2 March 2024', '"We cannot gamble with people\'s lives, and we will reopen the bridge when it is safe," the mayor said.'],
      ['c.txt', '3 March 2024', '"We will gamble with people\'s lives, and we will reopen the bridge when it is safe," the mayor said.'],
      ['d.txt', '4 March 2024', '"We will reopen the bridge when it is safe, and we will not gamble with people\'s lives," the mayor said.'],
    );
    expect(codes(desk, 'a.txt')).not.toContain('misquote');
    expect(desk.findings('b.txt').find((f) => f.code === 'misquote')?.message).toContain('"We cannot gamble" where the source has "We will not gamble"');
    expect(desk.findings('c.txt').find((f) => f.code === 'misquote')?.message).toContain('drops "not"');
    expect(codes(desk, 'd.txt')).toContain('misquote');
  });

  it('aligns each copy where it is when asked, after its article moved it, listed by article then place', () => {
    const line = '"We will not gamble with people\'s lives, and we will reopen the bridge when it is safe," the mayor said.';
    const desk = deskOf(['a.txt', '1 March 2024', line], ['b.txt', '2 March 2024', `${line} ${line.replace('will not', 'cannot')}`], ['c.txt', '3 March 2024', line]);
    const q = desk.article('a.txt')!.model.quotes[0]!;
    const windows = () => desk.quotes.matches('a.txt', q.id).map((m) => {
      const text = desk.article(m.other.uri)!.text;
      return [m.other.uri, text.slice(m.alignment.sourceWindow!.start, m.alignment.sourceWindow!.end), m.alignment.changes.length];
    });
    const expected = [['b.txt', 'We will not gamble with people\'s lives, and we will reopen the bridge when it is safe', 0], ['b.txt', 'We cannot gamble with people\'s lives, and we will reopen the bridge when it is safe', 1], ['c.txt', 'We will not gamble with people\'s lives, and we will reopen the bridge when it is safe', 0]];
    expect(windows()).toEqual(expected);
    const b = desk.article('b.txt')!.text;
    desk.upsert('b.txt', b.replace('Headline for b.txt\n\n', 'Headline for b.txt\n\nIt rained all day. '));
    expect(windows()).toEqual(expected);
  });

  it('takes the earliest dated article as the source, undated ones last', () => {
    const desk = deskOf(
      ['draft.txt', null, '"We were told the repairs could wait, and nobody told us the bridge could fall," she said.'],
      ['later.txt', '5 March 2024', '"We were told the repairs could wait, and nobody told us the bridge could fail," she said.'],
      ['first.txt', '4 March 2024', '"We were told the repairs could wait, and nobody told us the bridge could fall," she said.'],
    );
    const misquote = desk.findings('later.txt').find((f) => f.code === 'misquote');
    expect(misquote?.related[0]?.uri).toBe('first.txt');
    expect(codes(desk, 'draft.txt')).not.toContain('misquote');
  });

  it('follows the source as articles are filed, re-dated and removed', () => {
    const line = '"We were told the repairs could wait, and nobody told us the bridge could fall," she said.';
    const desk = deskOf(['later.txt', '6 March 2024', line], ['first.txt', '5 March 2024', line]);
    const sourceOf = () => {
      const q = desk.article('later.txt')!.model.quotes[0]!;
      return corpusSourceOf(desk, 'later.txt', q).ref.uri;
    };
    expect(sourceOf()).toBe('first.txt');
    desk.upsert('earlier.txt', `Published: 4 March 2024\n\nHeadline\n\n${line}\n`);
    expect(sourceOf()).toBe('earlier.txt');
    desk.upsert('earlier.txt', `Published: 7 March 2024\n\nHeadline\n\n${line}\n`);
    expect(sourceOf()).toBe('first.txt');
    desk.remove('first.txt');
    expect(sourceOf()).toBe('later.txt');
  });

  it('reads a quoted word named like a property of every object as a word', () => {
    const line = '"The constructor will not say why toString and valueOf failed," the mayor said.';
    const desk = deskOf(['a.txt', '1 March 2024', line], ['b.txt', '2 March 2024', line.replace('will not', 'would not')]);
    expect(desk.quotes.tokens('a.txt', 'q0').map((t) => t.word).join(' ')).toBe('the constructor will not say why tostring and valueof failed');
    expect(codes(desk, 'b.txt')).toContain('misquote');
  });

  it('does not match different quotations that share a stock phrase', () => {
    const desk = deskOf(
      ['a.txt', '1 March 2024', '"We do not comment on ongoing investigations into the fire at the plant," a police spokesman said.'],
      ['b.txt', '2 March 2024', '"We do not comment on rumours about the transfer of our captain," a club spokesman said.'],
    );
    const q = desk.article('b.txt')!.model.quotes[0]!;
    expect(desk.quotes.matches('b.txt', q.id)).toEqual([]);
  });

  it('gives a speaker mismatch on both sides only for the same words given to different named people', () => {
    const desk = deskOf(
      ['a.txt', '1 March 2024', 'Engineer Rhiannon Tate inspected the bridge. "The cracks in the third pier have doubled in width since October," Tate said.'],
      ['b.txt', '2 March 2024', 'Mayor Colin Ashdown spoke outside. "The cracks in the third pier have doubled in width since October," Ashdown said.'],
      ['c.txt', '3 March 2024', '"The cracks in the third pier have doubled in width since October," a council spokesperson said.'],
    );
    expect(desk.findings('a.txt').find((f) => f.code === 'speaker-mismatch')?.message).toContain('Colin Ashdown');
    expect(desk.findings('b.txt').find((f) => f.code === 'speaker-mismatch')?.message).toContain('Rhiannon Tate');
    expect(codes(desk, 'c.txt')).not.toContain('speaker-mismatch');
  });

  it('follows the registry when who a speaker is changes: two spellings pinned as one person, then as two', () => {
    const words = '"The cracks in the third pier have doubled in width since October," ';
    const desk = deskOf(
      ['a.txt', '1 March 2024', `Engineer Sergei Lavrov inspected the bridge. ${words}Lavrov said.`],
      ['b.txt', '2 March 2024', `Engineer Sergey Lavrov inspected the bridge. ${words}Lavrov said.`],
    );
    const pin = (json: string) => {
      for (const u of desk.setPins(parseDeskFile(json).pins)) desk.findings(u);
    };
    pin('{ "people": [{ "name": "Sergei Lavrov", "variants": ["Sergey Lavrov"] }] }');
    expect(codes(desk, 'a.txt')).not.toContain('speaker-mismatch');
    pin('{ "distinct": [["Sergei Lavrov", "Sergey Lavrov"]] }');
    expect(codes(desk, 'a.txt')).toContain('speaker-mismatch');
    pin('{}');
    expect(codes(desk, 'a.txt')).not.toContain('speaker-mismatch');
  });

  it('counts sources by article: an article giving one part of a long quotation to its speaker and another part to someone else does not agree', () => {
    const desk = deskOf(
      ['a.txt', '14 October 2025', 'Inspector Karim Amrani spoke for the police.\n\n"The thieves knew exactly what they were looking for. They were inside for less than four minutes and walked past two other works," Amrani said.'],
      ['b.txt', '17 October 2025', 'Director Anna Veken runs the museum.\n\n"The thieves knew exactly what they were looking for," Veken said. Police said "they were inside for less than four minutes and walked past two other works," according to Inspector Karim Amrani.'],
    );
    expect(desk.findings('a.txt').find((f) => f.code === 'speaker-mismatch')?.message).toContain('Anna Veken');
    expect(desk.findings('b.txt').find((f) => f.code === 'speaker-mismatch')?.message).toContain('Karim Amrani');
  });
});

describe('a quotation carried by very many articles', () => {
  it('is found in every one, though its word triples are too common to search by', () => {
    const desk = new Desk();
    for (let i = 0; i < 500; i++) {
      desk.upsert(`a${i}.txt`, `Published: 1 March 2024\n\nHeadline ${i}\n\n"We will not gamble with people's lives," the mayor said on day ${i}.\n`);
    }
    const q = desk.article('a7.txt')!.model.quotes[0]!;
    expect(desk.quotes.matches('a7.txt', q.id)).toHaveLength(499);
  });
});
