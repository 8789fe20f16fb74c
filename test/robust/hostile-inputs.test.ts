import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANGING } from './hostile/server';
import { READING, type Case } from './hostile/reading';
import { SURFACES } from './hostile/surfaces';
import { TEXT } from './hostile/text';

/**
 * The hostile inputs of issue 9, each tried for real, and the table of what happened written to
 * `docs/hostile-inputs.md` and into the README between its markers: the table is produced by this test, so it says
 * what Copydesk does today. Times vary from run to run, so the table gives each case's limit
 * (asserted here); the measured times go to test-results/robust/hostile-inputs.json.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const DOC = path.join(ROOT, 'docs', 'hostile-inputs.md');
const README = path.join(ROOT, 'README.md');
const START = '<!-- hostile-inputs:start (written by test/robust/hostile-inputs.test.ts) -->';
const END = '<!-- hostile-inputs:end -->';
const SECTIONS: readonly [string, readonly Case[]][] = [
  ['Files on disk', READING],
  ['Text inside articles', TEXT],
  ['Files changing under the server', CHANGING],
  ['Article text is data (security)', SURFACES],
];

const rows = new Map<Case, { outcome: string; ms: number; bytes?: number }>();

describe('hostile inputs', () => {
  for (const [section, cases] of SECTIONS) {
    describe(section, () => {
      for (const c of cases) {
        it(c.input, async () => {
          const r = await c.run();
          expect(r.ms, `${c.input} took ${r.ms.toFixed(0)} ms`).toBeLessThan(c.limitMs);
          rows.set(c, r);
        }, Math.max(60_000, c.limitMs * 2));
      }
    });
  }
});

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const limit = (ms: number) => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`);

afterAll(() => {
  const all = SECTIONS.flatMap(([, cases]) => cases);
  if (rows.size !== all.length) return; // a case failed or was filtered out: leave the table as it was
  const lines = [
    '# Hostile inputs',
    '',
    '<!-- Written by test/robust/hostile-inputs.test.ts: edit the cases there, not this file. -->',
    '',
    'What Copydesk does with each input issue 9 lists, as `npm test` last found it: every row is a',
    'case of `test/robust/hostile-inputs.test.ts`, run for real (files in a temporary folder read by',
    '`copydesk check`, the language server over JSON-RPC, hovers rendered by marked), and the outcome',
    'is asserted before it is written here. "Within" is the limit each case must finish in on the',
    "project's shared two-core machine.",
    '',
  ];
  for (const [section, cases] of SECTIONS) {
    lines.push(`## ${section}`, '', '| input | outcome | within |', '|---|---|---|');
    for (const c of cases) lines.push(`| ${cell(c.input)} | ${cell(rows.get(c)!.outcome)} | ${limit(c.limitMs)} |`);
    lines.push('');
  }
  const text = `${lines.join('\n')}`;
  if (!existsSync(DOC) || readFileSync(DOC, 'utf8') !== text) writeFileSync(DOC, text);
  // The README carries the same tables between its markers, one heading level down.
  const tables = lines.slice(lines.findIndex((l) => l.startsWith('## '))).map((l) => (l.startsWith('## ') ? `#${l}` : l)).join('\n');
  const readme = readFileSync(README, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from >= 0 && to > from) {
    const updated = `${readme.slice(0, from + START.length)}\n${tables.trimEnd()}\n${readme.slice(to)}`;
    if (updated !== readme) writeFileSync(README, updated);
  }
  mkdirSync(path.join(ROOT, 'test-results', 'robust'), { recursive: true });
  const figures = all.map((c) => ({ input: c.input, ms: Math.round(rows.get(c)!.ms), bytes: rows.get(c)!.bytes }));
  writeFileSync(path.join(ROOT, 'test-results', 'robust', 'hostile-inputs.json'), JSON.stringify(figures, null, 1));
});
