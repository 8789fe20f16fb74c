import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED } from '../../tools/redos/allow';
import { attackString, key, verdicts, type Attack } from '../../tools/redos/check';
import { AnalysisSandbox } from './sandbox';
import { constructedRegexes, constructorSites, coreFiles, literalRegexes, type FoundRegex } from '../../tools/redos/collect';

/**
 * No regular expression of the core backtracks catastrophically (issue 9). Every literal and
 * every pattern built at run time in `server/src/{analysis,corpus,service}` is checked by recheck;
 * one found vulnerable (exponential or polynomial) fails this test unless `tools/redos/allow.ts`
 * names it with the bound on its input that makes it safe. Verdicts are remembered
 * (`tools/redos/check.ts`); `REDOS_FULL=1` checks everything afresh (by hand: up to ten seconds a pattern).
 */
const ROOT = path.resolve(__dirname, '..', '..');
// As test/helpers/corpus.ts finds it; not imported from there, which would load the core before
// the RegExp constructor is replaced.
const CORPUS_ROOT = process.env['COPYDESK_CORPUS'] ?? path.resolve(ROOT, '..', 'shared', 'corpus');
const file = (at: string) => at.replace(/:\d+$/, '');

/** Loads every core module and runs the analysis and the desk over real articles, so that patterns built lazily are built. */
async function exercise(): Promise<void> {
  for (const f of coreFiles(ROOT)) await import(f);
  const { readdirSync, readFileSync, existsSync } = await import('node:fs');
  const { analyseArticle } = await import('../../server/src/analysis');
  const { Desk } = await import('../../server/src/corpus');
  const desk = new Desk();
  const dirs = [path.join(CORPUS_ROOT, 'seeds'), path.join(CORPUS_ROOT, 'desk'), path.join(ROOT, 'test', 'heldout'), path.join(ROOT, 'samples')].filter((d) => existsSync(d));
  for (const d of dirs) {
    for (const f of readdirSync(d).filter((x) => /\.(txt|md|story|article)$/.test(x))) {
      const text = readFileSync(path.join(d, f), 'utf8');
      analyseArticle(text);
      desk.upsert(`file://${d}/${f}`, text);
    }
  }
  for (const uri of desk.uris()) desk.findings(uri);
}

/** Allowed patterns found too slow at their bound, until fixed (`file:line` prefixes). */
const KNOWN_SLOW: readonly string[] = [];

/** Allowed patterns whose input is not bounded, with their attacks: proven on the whole analysis below. */
const wholeAnalysis: { r: FoundRegex; attack: Attack }[] = [];

describe('regular expressions of the core', () => {
  it('are all safe from catastrophic backtracking, or bounded by their input as the allow-list says', async () => {
    const literals = literalRegexes(ROOT);
    const built = await constructedRegexes(ROOT, exercise);
    // Every `new RegExp` of the core must have been seen built, or its patterns would go unchecked.
    const seen = built.map((b) => b.at);
    const unseen = constructorSites(ROOT).filter((site) => {
      const [f, line] = [file(site), Number(site.split(':').pop())];
      return !seen.some((s) => file(s) === f && Number(s.split(':').pop()) >= line && Number(s.split(':').pop()) <= line + 8);
    });
    expect(unseen, 'RegExp constructors never run while the core analysed the corpora').toEqual([]);

    const all: FoundRegex[] = [...literals, ...built];
    const { verdicts: v, checked } = await verdicts(ROOT, all, {
      full: process.env['REDOS_FULL'] === '1',
      writeSeed: process.env['REDOS_WRITE_SEED'] === '1',
      writeCache: !process.env['CI'],
    });
    const allowed = (r: FoundRegex) => ALLOWED.find((a) => a.file === file(r.at) && (a.source === undefined || a.source === r.source) && (a.flags ?? r.flags) === r.flags);
    const verdict = (r: FoundRegex) => v.get(key(r.source, r.flags));
    const flagged = all.filter((r) => verdict(r)?.status !== 'safe');
    const failures = flagged.filter((r) => !allowed(r)).map((r) => ({ at: r.at, source: r.source, flags: r.flags, ...verdict(r) }));
    if (failures.length) {
      mkdirSync(path.join(ROOT, 'test-results', 'robust'), { recursive: true });
      writeFileSync(path.join(ROOT, 'test-results', 'robust', 'redos-failures.json'), JSON.stringify(failures, null, 1));
    }
    expect(failures.map((f) => `${f.at} ${f.complexity ?? f.status}: /${f.source.slice(0, 120)}/${f.flags}`), `${all.length} patterns (${literals.length} literals, ${built.length} built), ${checked} checked now; flagged and not allowed (details in test-results/robust/redos-failures.json)`).toEqual([]);

    // An entry that covers nothing any more allows nothing: said, not failed (the analysis changes daily).
    const stale = ALLOWED.filter((a) => !flagged.some((r) => allowed(r) === a));
    if (stale.length) console.warn(`tools/redos/allow.ts: entries no longer needed:\n${stale.map((a) => `  ${a.file}: /${a.source ?? '*'}/`).join('\n')}`);
    // ...and each allowed pattern is proven: recheck's attack at the stated bound finishes quickly.
    const slow: string[] = [];
    for (const r of flagged) {
      const a = allowed(r)!;
      const attack = verdict(r)?.attack;
      if (a.bound === 'whole-analysis' || !attack) continue;
      const input = attackString(attack, a.bound).slice(0, a.bound);
      const run = () => {
        const re = new RegExp(r.source, r.flags);
        const t0 = performance.now();
        if (re.global || re.sticky) {
          for (let m = re.exec(input); m; m = re.exec(input)) if (m[0] === '') re.lastIndex++;
        } else re.exec(input);
        return performance.now() - t0;
      };
      // Best of three: a shared machine can stall one run.
      let ms = run();
      for (let i = 0; i < 2 && ms > 100; i++) ms = Math.min(ms, run());
      if (ms > 100) slow.push(`${r.at} /${r.source.slice(0, 80)}/: ${ms.toFixed(0)} ms on its attack at ${a.bound} characters`);
    }
    expect(slow.filter((x) => !KNOWN_SLOW.some((k) => x.startsWith(k))), 'allowed patterns too slow at their bound').toEqual([]);
    wholeAnalysis.push(...flagged.filter((r) => allowed(r)!.bound === 'whole-analysis' && verdict(r)?.attack).map((r) => ({ r, attack: verdict(r)!.attack! })));
  }, 900_000);
});

describe('allowed patterns with unbounded input', () => {
  let sandbox: AnalysisSandbox;
  beforeAll(async () => {
    sandbox = await AnalysisSandbox.start();
    await sandbox.analyse('Warm-up.', 30_000);
  });
  afterAll(() => sandbox?.stop());

  it("keep the whole analysis linear with recheck's attack placed in an article (whole text, first line, body, quotation)", async () => {
    const places: Record<string, (a: string) => string> = {
      whole: (a) => a,
      'first line': (a) => `${a}\n\nThe council voted on Tuesday.\n`,
      body: (a) => `Bridge to close\nPublished: 4 March 2024\n\nThe council voted. ${a}\n`,
      quotation: (a) => `Bridge to close\nPublished: 4 March 2024\n\n"${a}," the mayor said on Tuesday.\n`,
    };
    const time = async (text: string) => {
      const o = await sandbox.analyse(text, 10_000, false);
      return o.kind === 'ok' ? o.ms : Number.POSITIVE_INFINITY;
    };
    const superlinear: string[] = [];
    for (const { r, attack } of wholeAnalysis) {
      for (const [place, make] of Object.entries(places)) {
        const small = make(attackString(attack, 4_000));
        const large = make(attackString(attack, 32_000));
        let ratio = (await time(large)) / Math.max(25, await time(small));
        if (ratio > 24) ratio = Math.min(ratio, (await time(large)) / Math.max(25, await time(small)));
        if (ratio > 24) superlinear.push(`${r.at} /${r.source.slice(0, 60)}/ in ${place}: 8× the attack took ${ratio.toFixed(1)}× as long`);
      }
    }
    expect(superlinear).toEqual([]);
  }, 900_000);
});
