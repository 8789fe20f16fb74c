import { describe, expect, it } from 'vitest';
import { Desk, sourceOf } from '../../../server/src/corpus';

/**
 * The source of a line quoted by many articles is kept across changes to articles that do not
 * carry it; after each step of a run of edits it must be what a desk that replayed the same
 * steps, never asked before, finds.
 */
describe('the source of a line quoted by forty articles', () => {
  const LINE = 'We will build the homes this country needs, and we will build them where people want to live';
  const carrier = (day: number, extra = '') => `Published: ${day} March 2024\n\nHousing row\n\nHelena Marsh said: "${LINE}."${extra}\n`;
  const other = (day: number) => `Published: ${day} March 2024\n\nBridge row\n\nThe bridge closed on Tuesday.\n`;
  type Step = ['upsert', string, string] | ['remove', string];
  const steps: Step[] = [];
  for (let i = 0; i < 40; i++) steps.push(['upsert', `c${String(i).padStart(2, '0')}.txt`, carrier(5 + (i % 20))]);
  steps.push(['upsert', 'x.txt', other(3)]);
  const edits: Step[] = [
    ['upsert', 'x.txt', other(4)],
    ['upsert', 'c30.txt', carrier(2)],
    ['upsert', 'x.txt', other(5)],
    ['upsert', 'n.txt', carrier(1)],
    ['upsert', 'n.txt', carrier(1, ' Later she left.')],
    ['remove', 'n.txt'],
    ['upsert', 'c30.txt', carrier(2).replace('want to live', 'wish to live')],
    ['remove', 'c30.txt'],
    ['upsert', 'c05.txt', carrier(3)],
  ];
  const apply = (desk: Desk, s: Step) => (s[0] === 'upsert' ? desk.upsert(s[1], s[2]) : desk.remove(s[1]));
  const sources = (desk: Desk) =>
    desk.uris().sort().flatMap((uri) => desk.article(uri)!.model.quotes.map((q) => {
      const { ref, match } = sourceOf(desk, uri, q);
      // `match` is the same object when the source was kept, a new one when it was looked for again.
      return { uri, ref: `${ref.uri}@${ref.quote.span.start}`, changes: match?.alignment.changes.length ?? null, match };
    }));

  it('is the source a fresh desk finds, after every step, and kept while no carrier changed', () => {
    const desk = new Desk();
    steps.forEach((s) => apply(desk, s));
    expect(desk.quotes.copies('c00.txt', 'q0').length).toBe(39);
    sources(desk);
    const done = [...steps];
    let kept = 0;
    for (const edit of edits) {
      const before = new Map(sources(desk).map((s) => [s.uri, s.match]));
      apply(desk, edit);
      done.push(edit);
      const fresh = new Desk();
      done.forEach((s) => apply(fresh, s));
      const now = sources(desk);
      const strip = (xs: ReturnType<typeof sources>) => xs.map(({ uri, ref, changes }) => ({ uri, ref, changes }));
      expect(strip(now)).toEqual(strip(sources(fresh)));
      for (const s of now) if (s.match && before.get(s.uri) === s.match) kept++;
    }
    // Edits to the article carrying nothing keep every carrier's source.
    expect(kept).toBeGreaterThanOrEqual(39);
  });
});
