import { describe, expect, it } from 'vitest';
import { Desk, sourceOf } from '../../../server/src/corpus';
import { BIG_FAMILY } from '../../../server/src/corpus/quotes/families';
import { hoverAt } from '../../../server/src/service/hover';

/**
 * A line quoted word for word by more articles than `BIG_FAMILY` is listed from one sorted list
 * and its source read once per family. Whatever the path, every quotation's source must be the
 * one the rule names (the first copy in the earliest-published article carrying the words, or
 * itself when that is its own article), its hover must count every carrier, and both must follow
 * edits as a desk built afresh does.
 */
describe('a line quoted word for word by more than BIG_FAMILY articles', () => {
  const LINE = 'We will build the homes this country needs and we will build them soon';
  const N = BIG_FAMILY + 36;
  const name = (i: number) => `f${String(i).padStart(3, '0')}.txt`;
  // Days repeat: articles published the same day are told apart by name.
  const article = (day: number, twice: boolean, line = LINE, lead = '') =>
    `Published: ${day} March 2024\n\nHousing row\n\n${lead}${twice ? `Helena Marsh said: "${line}."\n\n` : ''}The minister added: "${line}," to applause.\n`;
  type Step = ['upsert', string, string] | ['remove', string];
  const base: Step[] = [];
  for (let i = 0; i < N; i++) base.push(['upsert', name(i), article(3 + ((i * 37) % 25), i % 10 === 0)]);
  base.push(['upsert', 'other.txt', 'Published: 1 March 2024\n\nBridge row\n\nThe bridge closed on Tuesday.\n']);
  const apply = (desk: Desk, s: Step) => (s[0] === 'upsert' ? desk.upsert(s[1], s[2]) : desk.remove(s[1]));
  const build = (steps: readonly Step[]) => {
    const desk = new Desk();
    steps.forEach((s) => apply(desk, s));
    return desk;
  };

  /** The rule, worked out by hand from every article's date: the first copy in the earliest carrier. */
  const expected = (desk: Desk) => {
    const carriers = desk.uris().filter((u) => desk.article(u)!.model.quotes.length);
    const published = (u: string) => desk.article(u)!.model.header.published!.value;
    const earliest = carriers.sort((a, b) => (published(a) < published(b) ? -1 : published(a) > published(b) ? 1 : a < b ? -1 : 1))[0]!;
    return desk.uris().sort().flatMap((uri) => desk.article(uri)!.model.quotes.map((q) =>
      `${uri}#${q.id} -> ${uri === earliest ? `${uri}@${q.span.start}` : `${earliest}@${desk.article(earliest)!.model.quotes[0]!.span.start}`}`));
  };
  const sources = (desk: Desk) =>
    desk.uris().sort().flatMap((uri) => desk.article(uri)!.model.quotes.map((q) => `${uri}#${q.id} -> ${(({ ref }) => `${ref.uri}@${ref.quote.span.start}`)(sourceOf(desk, uri, q))}`));
  const hoverOf = (desk: Desk, uri: string) => {
    const h = hoverAt(desk, uri, desk.article(uri)!.model.quotes[0]!.span.start + 3);
    return h?.kind === 'quote' ? { carriers: h.carriers, source: `${h.source?.uri}@${h.source?.span.start}`, listed: h.carriedBy.length } : null;
  };

  it('has the rule\'s source for every quotation and counts every carrier, after each edit as afresh', () => {
    const desk = build(base);
    expect(desk.quotes.bigFamily('f001.txt', 'q0')?.near).toEqual([]);
    expect(sources(desk)).toEqual(expected(desk));
    expect(hoverOf(desk, 'f005.txt')?.carriers).toBe(N);
    const first = expected(desk)[0]!.split(' -> ')[1]!.split('@')[0]!;
    const edits: Step[] = [
      // The earliest carrier's quotations move; then it is redated after the others; then an
      // article outside the family changes; then a carrier is removed and another added.
      ['upsert', first, desk.article(first)!.text.replace('Housing row\n\n', 'Housing row\n\nA new first paragraph.\n\n')],
      ['upsert', first, desk.article(first)!.text.replace(/Published: \d+ March/, 'Published: 28 March')],
      ['upsert', 'other.txt', 'Published: 2 March 2024\n\nBridge row\n\nThe bridge reopened on Friday.\n'],
      ['remove', 'f007.txt'],
      ['upsert', 'new.txt', article(1, false)],
    ];
    const done = [...base];
    for (const edit of edits) {
      const hovered = ['f005.txt', 'f011.txt'].map((u) => hoverOf(desk, u));
      apply(desk, edit);
      done.push(edit);
      const fresh = build(done);
      expect(sources(desk)).toEqual(expected(desk));
      expect(sources(desk)).toEqual(sources(fresh));
      for (const [i, u] of ['f005.txt', 'f011.txt'].entries()) {
        expect(hoverOf(desk, u)).toEqual(hoverOf(fresh, u));
        if (edit[1] === 'other.txt') expect(hoverOf(desk, u)).toEqual(hovered[i]);
      }
    }
    expect(hoverOf(desk, 'f005.txt')?.carriers).toBe(N);
  });

  it('traces a reworded copy to the family\'s source, and the family to a reworded copy published first', () => {
    const reworded = LINE.replace('homes', 'houses');
    const desk = build([...base, ['upsert', 'reworded.txt', article(27, false, reworded)]]);
    const src = (uri: string) => {
      const q = desk.article(uri)!.model.quotes[0]!;
      const { ref, match } = sourceOf(desk, uri, q);
      return { uri: ref.uri, changes: match?.alignment.changes.length ?? 0 };
    };
    const earliest = expected(desk)[0]!.split(' -> ')[1]!.split('@')[0]!;
    expect(src('reworded.txt')).toEqual({ uri: earliest, changes: 1 });
    expect(desk.findings('reworded.txt').map((f) => f.code)).toContain('misquote');
    // Published before every member: the family's source now lies outside it.
    desk.upsert('reworded.txt', article(1, false, reworded));
    expect(desk.quotes.bigFamily('f001.txt', 'q0')?.near.length).toBe(1);
    expect(src('f001.txt')).toEqual({ uri: 'reworded.txt', changes: 1 });
    expect(src('reworded.txt')).toEqual({ uri: 'reworded.txt', changes: 0 });
    expect(desk.findings('f001.txt').map((f) => f.code)).toContain('misquote');
  });
});
