import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect } from 'vitest';
import { ARTICLE, check, cleanup, type Checked, type Report } from './folder';
import type { Case } from './reading';

/** Hostile text inside readable files: marks, line ends, scripts, and a broken desk file (issue 9). */

/** Every span of the report covers the text it claims, in UTF-16 code units of the file as read. */
function spansExact(c: Checked, r: Report): number {
  const texts = new Map<string, string>();
  const text = (p: string) => texts.get(p) ?? texts.set(p, readFileSync(path.join(c.dir, p), 'utf8')).get(p)!;
  let n = 0;
  for (const s of [...r.dates, ...r.entities.flatMap((e) => e.mentions)]) {
    expect(text(s.path).slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text.replace(/\s+/g, ' '));
    n++;
  }
  for (const q of r.quotes) {
    expect(text(q.path).slice(q.start, q.end).startsWith(q.text.split(' ')[0]!)).toBe(true);
    n++;
  }
  return n;
}

const shape = (r: Report) => ({ quotes: r.quotes.map((q) => q.text.replace(/\r\n?/g, '\n')), codes: r.diagnostics.map((d) => d.code), dates: r.dates.map((d) => d.text) });

export const TEXT: readonly Case[] = [
  {
    input: 'An opening quotation mark never closed', limitMs: 5_000,
    async run() {
      const text = [
        'Council defers vote', 'Published: 6 March 2024', '',
        '"We will not reopen the crossing until the surveyor has been, Ms Solberg said on Monday.', '',
        'The council will meet again on Thursday to vote on the closure.', '',
        '"Nobody wants this," said Mayor Colin Ashdown.', '',
      ].join('\n');
      const c = await check({ 'open.txt': text });
      const r = c.report!;
      expect(r.quotes.map((q) => q.text)).toEqual([expect.stringMatching(/^We will not reopen.*on Monday\.$/), 'Nobody wants this,']);
      expect(r.diagnostics.map((d) => d.code)).toContain('unclosed-quotation');
      expect(r.dates.map((d) => d.text.trim())).toContain('on Thursday');
      cleanup(c);
      return { outcome: 'the quotation ends at its paragraph, with an `unclosed-quotation` notice; the next paragraph\'s date and the next quotation are read as usual', ms: c.ms };
    },
  },
  {
    input: 'Thousands of quotation marks (5,000 `"` in one paragraph; 5,000 pairs of curly marks)', limitMs: 10_000,
    async run() {
      const c = await check({ 'marks.txt': `${ARTICLE}\n${'"'.repeat(5_000)}\n\n${'“a” '.repeat(5_000)}\n` });
      const r = c.report!;
      expect(r.quotes.some((q) => q.text.startsWith('We will not reopen'))).toBe(true);
      cleanup(c);
      return { outcome: `read in linear time; the article's own quotation still found (${r.quotes.length.toLocaleString('en')} quotations in all)`, ms: c.ms };
    },
  },
  ...([['CRLF line ends', '\r\n'], ['Lone CR line ends (classic Mac)', '\r']] as const).map(([input, eol]): Case => ({
    input, limitMs: 5_000,
    async run() {
      const lf = await check({ 'a.txt': ARTICLE });
      const other = await check({ 'a.txt': ARTICLE.replace(/\n/g, eol) });
      expect(shape(other.report!)).toEqual(shape(lf.report!));
      const exact = spansExact(other, other.report!);
      cleanup(lf);
      cleanup(other);
      return { outcome: `the same quotations, dates and findings as with LF; all ${exact} spans exact`, ms: other.ms };
    },
  })),
  {
    input: 'Emoji, combining marks, zero-width joiners and right-to-left text before and inside the copy', limitMs: 5_000,
    async run() {
      const prefix = '👩‍👩‍👧 e\u0301 \u200d\u200b שלום مرحبا \u202eevil\u202c 🇬🇧 ';
      const text = ARTICLE.replace('The harbour master', `${prefix}The harbour master`).replace('Ms Solberg said', 'Ms Solberg 👍 said');
      const c = await check({ 'uni.txt': text });
      const exact = spansExact(c, c.report!);
      expect(c.report!.quotes).toHaveLength(1);
      cleanup(c);
      return { outcome: `offsets stay in UTF-16 code units: all ${exact} spans of the report cover exactly their text`, ms: c.ms };
    },
  },
  {
    input: 'Desk file with invalid JSON', limitMs: 5_000,
    async run() {
      const c = await check({ '.copydesk/desk.json': '{\n  "people": [\n    { "name": "Sergey Lavrov", "variants": ["Sergei Lavrov"] }\n  ]\n  "distinct": \n}\n', 'story.txt': ARTICLE }, 'text');
      const errors = c.out.filter((l) => l.includes('desk-file'));
      expect(errors[0]).toMatch(/^\.copydesk\/desk\.json:5:3: error desk-file Invalid JSON/);
      expect(c.err.join('\n')).toMatch(/1 article checked/);
      cleanup(c);
      return { outcome: `an error with line and column (\`${errors[0]}\`), exit status 1; the articles are still checked`, ms: c.ms };
    },
  },
  {
    input: 'Desk file with wrong fields', limitMs: 5_000,
    async run() {
      const c = await check({ '.copydesk/desk.json': '{\n  "people": [{ "nmae": "X" }, "Sergey Lavrov"],\n  "distinct": "no"\n}\n', 'story.txt': ARTICLE }, 'text');
      const errors = c.out.filter((l) => l.includes('desk-file'));
      expect(errors.length).toBeGreaterThanOrEqual(3);
      for (const e of errors) expect(e).toMatch(/^\.copydesk\/desk\.json:\d+:\d+: error desk-file /);
      cleanup(c);
      return { outcome: `${errors.length} errors, each with its line and column (\`${errors[0]}\`); what can be read is used`, ms: c.ms };
    },
  },
];
