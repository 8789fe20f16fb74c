import { describe, expect, it } from 'vitest';
import { Desk, sourceOf } from '../../../server/src/corpus';
import { BIG_FAMILY } from '../../../server/src/corpus/quotes/families';
import { hoverAt } from '../../../server/src/service/hover';
import { mismatch, speakerKey, voicedCopies } from '../../../server/src/corpus/checks/speakers';

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

/**
 * Speakers of a line quoted word for word by a big family are counted once for the family
 * (`speakerTally.ts`). Each article's warning must be exactly the one read from all its copies
 * (`mismatch` over `voicedCopies`, the path for small families): the same message (how many
 * articles, which names, which files, with "and N more") and the same related places.
 */
describe('speakers of a line quoted word for word by more than BIG_FAMILY articles', () => {
  const LINE = 'We will not be bullied into closing the hospital this winter';
  const PEOPLE = ['Helena Marsh', 'Colin Ashdown', 'Priya Natarajan', 'Tomas Berg', 'Ines Duarte', 'Walter Okafor', 'Mei Lindqvist', 'Rafael Soto'];
  const N = BIG_FAMILY + 40;
  // Two folders with the same file names: a warning counts file names, not articles.
  const name = (i: number) => `${i % 2 ? 'north' : 'south'}/f${String(i % 51).padStart(3, '0')}.txt`;
  const speakerOf = (i: number) => PEOPLE[[0, 0, 0, 1, 0, 0, 2, 0, 3, 0, 4, 0, 5][(i * 7) % 13]!]!;
  const article = (i: number, who = speakerOf(i)) => {
    const second = i % 9 === 0 ? `\n\n${PEOPLE[(i + 1) % PEOPLE.length]} said: "${LINE}."` : '';
    const unsaid = i % 11 === 5 ? `\n\nThe line "${LINE}" was repeated.` : '';
    return `Published: ${1 + (i % 27)} March 2024\n\nHospital row ${i}\n\n"${LINE}," ${who} said.${second}${unsaid}\n`;
  };
  const compare = (desk: Desk) => {
    let warned = 0;
    let silent = 0;
    for (const uri of desk.uris().sort()) {
      const found = desk.findings(uri).filter((f) => f.code === 'speaker-mismatch').map((f) => ({ message: f.message, related: f.related }));
      const expected = desk.article(uri)!.model.quotes.flatMap((q) => {
        const mine = speakerKey(desk, uri, q);
        const m = mine && desk.quotes.wordCount(uri, q.id) >= 5 ? mismatch(desk, mine, voicedCopies(desk, uri, q)) : null;
        return m ? [{ message: m.message, related: m.related }] : [];
      });
      expect(found).toEqual(expected);
      if (found.length) warned++;
      if (!found.length && desk.article(uri)!.model.quotes.some((q) => q.speaker)) silent++;
    }
    return { warned, silent };
  };

  it('warns each article exactly as reading every copy would, after edits too', () => {
    const desk = new Desk();
    const uris = new Set<string>();
    for (let i = 0; i < N; i++) {
      if (uris.has(name(i))) continue;
      uris.add(name(i));
      desk.upsert(name(i), article(i));
    }
    // First in the family's order, with a second speaker found nowhere else until far down: its
    // warning lists that name where it is first given outside this article.
    desk.upsert('a-first.txt', `Published: 2 March 2024\n\nHospital row\n\n"${LINE}," Colin Ashdown said.\n\nMei Lindqvist said: "${LINE}."\n`);
    expect(desk.quotes.bigFamily(name(1), 'q0')).toBeDefined();
    const { warned, silent } = compare(desk);
    // Some warned, some not: the counts decide both ways.
    expect(warned).toBeGreaterThan(5);
    expect(silent).toBeGreaterThan(5);
    expect(desk.uris().some((u) => desk.findings(u).some((f) => f.code === 'speaker-mismatch' && / and \d+ more/.test(f.message)))).toBe(true);
    // Another speaker, moved quotations, an article gone: the tally follows.
    desk.upsert(name(4), `A new first line.\n\n${article(4, 'Rafael Soto')}`);
    desk.upsert(name(10), article(10, 'Helena Marsh'));
    desk.remove(name(20));
    compare(desk);
    // Only moved (a keystroke above it): the places the warnings point to move with it.
    desk.upsert('a-first.txt', `Editor's note.\n\n${desk.article('a-first.txt')!.text}`);
    compare(desk);
  });

  it('weighs agreeing and differing articles exactly at the balance', () => {
    // Half give the line to one person, half to another: one more differing article than agreeing
    // ones (not counting its own) warns each of them.
    const desk = new Desk();
    for (let i = 0; i < 70; i++) desk.upsert(`b${String(i).padStart(2, '0')}.txt`, article(i, i % 2 ? 'Helena Marsh' : 'Colin Ashdown').replace(/\n\n[^\n]* said: [^\n]*|\n\nThe line[^\n]*/g, ''));
    const { warned } = compare(desk);
    expect(warned).toBe(70);
  });
});
