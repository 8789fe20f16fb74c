import { describe, expect, it } from 'vitest';
import { Desk } from '../../../server/src/corpus';
import { hoverAt } from '../../../server/src/service/hover';
import { definitionAt } from '../../../server/src/service/navigation';
import { mentionsOf } from '../../../server/src/analysis/entities/mentionList';

/**
 * Hovers and definitions are kept across changes to articles they did not read (`LastingAnswers`).
 * After every step of a run of edits — keystrokes elsewhere, a carrier redated, a role added, a
 * new article spelling a name, a quotation reworded, an article removed — each answer must equal
 * the answer of a desk that replayed the same steps and was never asked before.
 */
describe('answers kept across changes', () => {
  const LINES = ['We will build the homes this country needs', 'We will not gamble with the lives of our people', 'The bridge will reopen before the winter comes'];
  const article = (day: number, who: string, role: string, line: number, extra = '') =>
    `Published: ${day} March 2024\n\nBridge row\n\n${who}, the ${role}, spoke in Kettleby on Tuesday. ${who.split(' ').pop()} said: "${LINES[line]}."${extra}\n\nThe council met on Monday.\n`;

  type Step = ['upsert', string, string] | ['remove', string];
  const steps: Step[] = [];
  for (let i = 0; i < 8; i++) steps.push(['upsert', `a${i}.txt`, article(3 + i, i % 3 ? 'Helena Marsh' : 'Colin Ashdown', 'mayor', i % 3)]);
  const edits: Step[] = [
    ['upsert', 'a5.txt', article(8, 'Helena Marsh', 'mayor', 2, ' Traffic was light.')],
    ['upsert', 'a1.txt', article(1, 'Helena Marsh', 'mayor', 1)],
    ['upsert', 'a2.txt', article(5, 'Helena Marsh', 'party leader', 2)],
    ['upsert', 'n1.txt', article(2, 'Helena Marsch', 'mayor', 2)],
    ['upsert', 'a7.txt', article(10, 'Helena Marsh', 'mayor', 1, ' She left early.')],
    ['upsert', 'a4.txt', `Published: 7 March 2024\n\nBridge row\n\nHelena Marsh said: "We will not gamble with the lives of all our people."\n`],
    ['upsert', 'a6.txt', article(9, 'Colin Ashdown', 'mayor', 1, ' Again.')],
    ['remove', 'a1.txt'],
    ['upsert', 'a3.txt', article(6, 'Colin Ashdown', 'council leader', 0)],
    ['remove', 'n1.txt'],
    ['upsert', 'a0.txt', article(3, 'Colin Ashdown', 'mayor', 0, ' Nothing else.')],
  ];
  const apply = (desk: Desk, s: Step) => (s[0] === 'upsert' ? desk.upsert(s[1], s[2]) : desk.remove(s[1]));
  /** Every name and quotation of every article, hovered and followed. */
  const answers = (desk: Desk) =>
    desk.uris().sort().map((uri) => {
      const a = desk.article(uri)!;
      const at = [...a.model.entities.flatMap((e) => mentionsOf(e.mentions).map((m) => m.span.start + 1)), ...a.model.quotes.map((q) => q.span.start + 2)];
      return { uri, answers: at.map((o) => ({ hover: hoverAt(desk, uri, o), definition: definitionAt(desk, uri, o) })) };
    });

  it('equal those of a desk never asked, after every step', () => {
    const desk = new Desk();
    steps.forEach((s) => apply(desk, s));
    answers(desk);
    const done = [...steps];
    let kept = 0;
    for (const edit of edits) {
      const before = answers(desk);
      apply(desk, edit);
      done.push(edit);
      const fresh = new Desk();
      done.forEach((s) => apply(fresh, s));
      const now = answers(desk);
      expect(now).toEqual(answers(fresh));
      // Answers about articles the edit did not touch are the same objects: kept, not worked out again.
      now.forEach((x, i) => x.answers.forEach((y, j) => y.hover && y.hover === before[i]?.answers[j]?.hover && kept++));
    }
    expect(kept).toBeGreaterThan(0);
  });
});
