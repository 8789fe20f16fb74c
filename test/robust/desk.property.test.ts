import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Desk } from '../../server/src/corpus';
import { buildReport } from '../../server/src/service/report';
import { corpusFiles } from '../helpers/corpus';
import { articleText, piece } from './arbitraries';
import { fcParams, RUNS } from './settings';

/**
 * The desk on random articles (issue 9): any articles in, findings out, never throwing; every
 * finding and related place points inside an article on the desk; the findings do not depend on
 * the order the articles arrived in; removing every article leaves the desk and its indexes empty.
 * The articles are real ones from the shared corpora, mutated (cut, doubled, pieces inserted), so
 * that they share people, quotations and happenings, mixed with generated ones.
 */
const REAL = [...corpusFiles('seeds'), ...corpusFiles('desk')].map((f) => f.text);

const mutated: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...REAL),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.constantFrom('cut', 'double', 'insert'), piece), { maxLength: 6 }),
  )
  .map(([text, edits]) => {
    let t = text;
    for (const [at, len, op, p] of edits) {
      const i = at % (t.length + 1);
      if (op === 'cut') t = t.slice(0, i) + t.slice(i + len);
      else if (op === 'double') t = t.slice(0, i + len) + t.slice(i, i + len) + t.slice(i + len);
      else t = t.slice(0, i) + p + t.slice(i);
    }
    return t;
  });

const article = fc.oneof({ weight: 3, arbitrary: mutated }, { weight: 1, arbitrary: articleText(80) });
const desks = fc.array(article, { minLength: 1, maxLength: 6 });

function fill(texts: readonly string[], order: readonly number[]): Desk {
  const desk = new Desk();
  for (const i of order) desk.upsert(`file:///desk/${i}.txt`, texts[i]!);
  return desk;
}

function allFindings(desk: Desk) {
  return desk.uris().sort().map((u) => [u, desk.findings(u).map((f) => ({ ...f, fixes: f.fixes.map((x) => x.title) }))] as const);
}

/** Names of the index maps and sets still holding something. */
function leftovers(desk: Desk): string[] {
  const out: string[] = [];
  for (const [name, index] of [['registry', desk.registry], ['quotes', desk.quotes], ['events', desk.events]] as const) {
    for (const [field, value] of Object.entries(index as object)) {
      if ((value instanceof Map || value instanceof Set) && value.size > 0) out.push(`${name}.${field} (${value.size})`);
    }
  }
  return out;
}

describe('the desk on random articles', () => {
  it('never throws; findings and related places lie inside articles on the desk; the JSON report builds', () => {
    fc.assert(
      fc.property(desks, (texts) => {
        const desk = fill(texts, texts.map((_, i) => i));
        for (const [uri, findings] of allFindings(desk)) {
          for (const f of findings) {
            const len = desk.article(uri)!.text.length;
            expect(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= len, `${f.code} ${f.span.start}..${f.span.end} of ${len}`).toBe(true);
            for (const r of f.related) {
              const other = desk.article(r.uri);
              expect(other, `${f.code} relates to ${r.uri}, not on the desk`).toBeDefined();
              expect(r.span.end <= other!.text.length && r.span.start >= 0 && r.span.start <= r.span.end).toBe(true);
            }
          }
        }
        JSON.stringify(buildReport(desk, (u) => u));
      }),
      fcParams(Math.ceil(RUNS / 3)),
    );
  });

  it('gives the same findings whatever order the articles arrive in, and after re-filing an article unchanged', () => {
    fc.assert(
      fc.property(desks.chain((texts) => fc.tuple(fc.constant(texts), fc.shuffledSubarray(texts.map((_, i) => i), { minLength: texts.length }))), ([texts, order]) => {
        const inOrder = fill(texts, texts.map((_, i) => i));
        const shuffled = fill(texts, order);
        expect(JSON.stringify(allFindings(shuffled))).toBe(JSON.stringify(allFindings(inOrder)));
        shuffled.upsert('file:///desk/0.txt', texts[0]!);
        expect(JSON.stringify(allFindings(shuffled))).toBe(JSON.stringify(allFindings(inOrder)));
      }),
      fcParams(Math.ceil(RUNS / 4)),
    );
  });

  it('is empty, indexes and all, once every article is removed (in any order, after edits)', () => {
    fc.assert(
      fc.property(desks, fc.array(fc.tuple(fc.nat(), article), { maxLength: 4 }), fc.infiniteStream(fc.nat()), (texts, edits, picks) => {
        const desk = fill(texts, texts.map((_, i) => i));
        for (const [i, text] of edits) desk.upsert(`file:///desk/${i % texts.length}.txt`, text);
        const uris = desk.uris();
        const it = picks[Symbol.iterator]();
        while (uris.length) {
          const [uri] = uris.splice(it.next().value % uris.length, 1);
          desk.remove(uri!);
          for (const u of desk.uris()) desk.findings(u);
        }
        expect(desk.size).toBe(0);
        expect(desk.uris()).toEqual([]);
        expect(leftovers(desk)).toEqual([]);
      }),
      fcParams(Math.ceil(RUNS / 4)),
    );
  });

  it('removing the only article leaves no term counts behind in the event index', () => {
    const desk = new Desk();
    desk.upsert('file:///desk/a.txt', 'Published: 4 March 2024\n\nThe council voted on Tuesday to close the bridge.\n');
    desk.remove('file:///desk/a.txt');
    expect(leftovers(desk)).toEqual([]);
  });
});
