import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { check } from 'recheck';

/**
 * recheck's verdict on each regular expression (issue 9), remembered by source and flags so that
 * only new or changed ones are checked again: every pattern takes from a few milliseconds to
 * ten seconds, and the core has over five hundred. The verdicts are kept in two places: the
 * committed seed (`tools/redos/verdicts.json`, updated with `REDOS_WRITE_SEED=1`) and a local
 * cache under `.cache/` (git-ignored). A verdict is keyed by the pattern's source and flags, so a
 * new or changed pattern is always checked; `REDOS_FULL=1` ignores both stores and checks every
 * pattern afresh (up to ten seconds each: run by hand after upgrading recheck).
 */
export interface Verdict {
  readonly status: 'safe' | 'vulnerable' | 'unknown';
  readonly checker?: string;
  /** `safe`, `linear`, `2nd degree polynomial`, `exponential`... */
  readonly complexity?: string;
  /** For a vulnerable pattern, recheck's attack: each pump repeated after its prefix, then the suffix. */
  readonly attack?: Attack;
  /** Why a check could not finish (`timeout`, unsupported syntax). */
  readonly error?: string;
}

const RECHECK_VERSION = (JSON.parse(readFileSync(require.resolve('recheck/package.json'), 'utf8')) as { version: string }).version;
/** Fixed seed: the fuzz checker's verdict is the same on every run. */
export const PARAMS = { timeout: 30_000, randomSeed: 20261123, attackLimit: 1_500_000_000 } as const;

export interface Attack {
  readonly pumps: readonly { readonly prefix: string; readonly pump: string }[];
  readonly suffix: string;
}

export const key = (source: string, flags: string) => JSON.stringify([source, flags]);

/** recheck's attack string at about `length` characters (the pumps share the length). */
export function attackString(a: Attack, length: number): string {
  const each = Math.max(1, Math.floor(length / Math.max(1, a.pumps.length)));
  return a.pumps.map((p) => p.prefix + p.pump.repeat(Math.max(1, Math.floor((each - p.prefix.length) / Math.max(1, p.pump.length))))).join('') + a.suffix;
}

interface Store {
  recheck: string;
  params: typeof PARAMS;
  verdicts: Record<string, Verdict>;
}

function load(file: string): Map<string, Verdict> {
  if (!existsSync(file)) return new Map();
  const s = JSON.parse(readFileSync(file, 'utf8')) as Store;
  if (s.recheck !== RECHECK_VERSION || JSON.stringify(s.params) !== JSON.stringify(PARAMS)) return new Map();
  return new Map(Object.entries(s.verdicts));
}

function save(file: string, verdicts: ReadonlyMap<string, Verdict>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const sorted = Object.fromEntries([...verdicts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(file, `${JSON.stringify({ recheck: RECHECK_VERSION, params: PARAMS, verdicts: sorted } satisfies Store, null, 1)}\n`);
}

async function verdictOf(source: string, flags: string): Promise<Verdict> {
  try {
    const d = await check(source, flags, PARAMS);
    if (d.status === 'safe') return { status: 'safe', checker: d.checker, complexity: d.complexity.summary };
    if (d.status === 'vulnerable') {
      const attack = { pumps: d.attack.pumps.map((p) => ({ prefix: p.prefix, pump: p.pump })), suffix: d.attack.suffix };
      return { status: 'vulnerable', checker: d.checker, complexity: d.complexity.summary, attack };
    }
    return { status: 'unknown', ...(d.checker ? { checker: d.checker } : {}), error: String(d.error?.kind ?? d.error).slice(0, 200) };
  } catch (e) {
    return { status: 'unknown', error: String(e).slice(0, 200) };
  }
}

/**
 * Verdicts for every (source, flags) pair: remembered ones unless `full`, the rest checked two
 * at a time (the machine has two cores). Returns the verdicts and how many were checked now.
 */
export async function verdicts(
  root: string,
  patterns: readonly { source: string; flags: string }[],
  options: { full?: boolean; writeSeed?: boolean; writeCache?: boolean } = {},
): Promise<{ verdicts: Map<string, Verdict>; checked: number }> {
  const seedFile = path.join(root, 'tools', 'redos', 'verdicts.json');
  const cacheFile = path.join(root, '.cache', 'redos', 'verdicts.json');
  const known = options.full ? new Map<string, Verdict>() : new Map([...load(seedFile), ...load(cacheFile)]);
  const todo = [...new Map(patterns.map((p) => [key(p.source, p.flags), p])).entries()].filter(([k]) => !known.has(k));
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const [k, p] = todo[next++]!;
      known.set(k, await verdictOf(p.source, p.flags));
    }
  };
  await Promise.all([worker(), worker()]);
  const wanted = new Set(patterns.map((p) => key(p.source, p.flags)));
  const current = new Map([...known].filter(([k]) => wanted.has(k)));
  if (options.writeSeed) save(seedFile, current);
  if (options.writeCache && todo.length) save(cacheFile, current);
  return { verdicts: current, checked: todo.length };
}
