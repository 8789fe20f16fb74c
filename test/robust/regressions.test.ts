import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../server/src/analysis';
import { Desk } from '../../server/src/corpus';
import { quoteTokens } from '../../server/src/corpus/quotes/normalise';
import { datelineEdit } from '../../server/src/service/codeActions';
import { violations } from './invariants';
import { AnalysisSandbox } from './sandbox';

/**
 * Minimal reproducers of hangs and crashes the robustness work found (issue 9), each analysed in
 * a worker with a time limit, so that a regression fails here instead of hanging the suite. A
 * case found before its fix is committed with `known` set (the test then expects the failure).
 */
interface Case {
  readonly name: string;
  readonly text: string;
  /** Within this, on a shared two-core machine (the fixed analysis takes a few ms to a few hundred). */
  readonly limitMs: number;
  readonly known?: string;
}

const tabs = (n: number) => '\t'.repeat(n);

const CASES: readonly Case[] = [
  {
    name: 'a first line "By … B … | …" padded with tabs (header/source.ts byline-and-outlet pattern: 5th-degree backtracking, hours)',
    text: `By\t${tabs(1_500)}\tB${tabs(1_500)}\t\t\t|\t${tabs(3_000)}x\n\nThe council voted on Tuesday.\n`,
    limitMs: 3_000,
  },
  {
    name: 'a 200,000-character "SOURCE:" line with a line separator in it (header/source.ts and other header patterns: quadratic on a line)',
    text: `Bridge to close\n\nSOURCE:${tabs(200_000)}a\u2028b\n\nThe council voted on Tuesday.\n`,
    limitMs: 3_000,
  },
  {
    name: 'a front matter line with a long run of tabs (header/frontMatter.ts field pattern: quadratic)',
    text: `---\nA:-${tabs(40_000)}A\n---\nThe council voted on Tuesday.\n`,
    limitMs: 3_000,
  },
  {
    name: 'a text of "[[](([" repeated, 300,000 characters (text/paragraphs.ts Markdown link test: quadratic)',
    text: '[[]((['.repeat(50_000),
    limitMs: 3_000,
  },
];

let sandbox: AnalysisSandbox;
beforeAll(async () => {
  sandbox = await AnalysisSandbox.start();
  await sandbox.analyse('Warm-up: the first analysis loads the lexicons.', 30_000);
});
afterAll(() => sandbox?.stop());

describe('hostile texts that once hung or broke the analysis', () => {
  for (const c of CASES) {
    (c.known ? it.fails : it)(`${c.name}${c.known ? ` — known: ${c.known}` : ''}`, async () => {
      const o = await sandbox.analyse(c.text, c.limitMs);
      expect(o.kind, `${o.kind} after ${o.ms.toFixed(0)} ms`).toBe('ok');
      if (o.kind === 'ok') expect(violations(c.text, o.model)).toEqual([]);
    }, 60_000);
  }
});

/** The same for the desk and the features, which run on the server's own thread (timed in process). */
describe('hostile texts that once made the desk or a feature quadratic', () => {
  const timed = (f: () => unknown) => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };

  it('a quotation of "..[" repeated, 150,000 characters (corpus/quotes/normalise.ts bracket pattern: quadratic)', () => {
    const text = `${'..['.repeat(50_000)}..`;
    const quote = { id: 'q0', span: { start: 0, end: text.length }, parts: [{ start: 0, end: text.length }], text, fragment: false, speaker: null, paragraph: 0 };
    expect(timed(() => quoteTokens(text, quote))).toBeLessThan(500);
  });

  it('an article of "--\u2028---\\n" repeated, 210,000 characters (service/codeActions.ts front matter fence: quadratic)', () => {
    const text = `${'--\u2028---\n'.repeat(30_000)}--`;
    const model = analyseArticle('Undated draft.\n');
    expect(timed(() => datelineEdit({ uri: 'file:///d.txt', text, model }, '2024-03-14'))).toBeLessThan(500);
  });

  it('an article quoting the same words 4,000 times (corpus/quotes/index.ts: each copy invalidated every earlier one, quadratic)', () => {
    const para = '"We will not reopen the crossing until the surveyor has inspected every mooring," Ms Solberg said.\n\n';
    const desk = new Desk();
    expect(timed(() => desk.upsert('file:///copies.txt', `Published: 4 March 2024\n\n${para.repeat(4_000)}`))).toBeLessThan(3_000);
  });
});
