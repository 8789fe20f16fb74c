import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/**
 * Every regular expression of the core (issue 9), for the ReDoS check: the literals, read from
 * the sources with the TypeScript parser, and the ones built at run time with `new RegExp(...)`
 * (from word lists and shared fragments), caught by a RegExp constructor that records each call
 * made from the core's own files while the core is loaded and run.
 */
export interface FoundRegex {
  readonly source: string;
  readonly flags: string;
  /** `server/src/analysis/header/source.ts:48` (relative to the repository). */
  readonly at: string;
}

export const CORE_DIRS = ['server/src/analysis', 'server/src/corpus', 'server/src/service'];

export function coreFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  return CORE_DIRS.flatMap((d) => walk(path.join(root, d))).sort();
}

/** Regular expression literals (`/.../flags`) in the core's sources. */
export function literalRegexes(root: string): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of coreFiles(root)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), at: `${path.relative(root, file).split(path.sep).join('/')}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** `new RegExp(...)`/`RegExp(...)` calls in the core's sources, as `file:line`: each must be seen built at run time. */
export function constructorSites(root: string): string[] {
  const out: string[] = [];
  for (const file of coreFiles(root)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(sf) === 'RegExp') {
        out.push(`${path.relative(root, file).split(path.sep).join('/')}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/**
 * Runs `work` (which loads and exercises the core) with the global RegExp constructor replaced
 * by a recording one, and returns the regexes the core's files built, with their call sites.
 * A call site spanning lines (`new RegExp(\n ...`) is recorded at the line the stack names,
 * which is within the expression; `constructorSites` gives the line it starts on.
 */
export async function constructedRegexes(root: string, work: () => Promise<void>): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp;
  const core = CORE_DIRS.map((d) => path.join(root, d) + path.sep);
  const found = new Map<string, FoundRegex>();
  const record = (args: unknown[]) => {
    // The caller is the first frame outside this file: a core file building its own pattern. A
    // dependency's patterns (chrono's, built while the core calls it) are its own, not checked here.
    const frames = (new Error().stack?.split('\n') ?? []).slice(1).filter((f) => !f.includes(__filename) && !f.includes('Reflect.'));
    for (const frame of frames.slice(0, 1)) {
      const m = /\(?((?:\/|[A-Za-z]:\\)[^():]+\.ts):(\d+):\d+\)?$/.exec(frame.trim());
      if (!m || !core.some((c) => m[1]!.startsWith(c))) return;
      const [pattern, flags] = args as [unknown, unknown];
      const source = pattern instanceof Original ? pattern.source : pattern === undefined ? '(?:)' : String(pattern);
      const f = typeof flags === 'string' ? flags : pattern instanceof Original ? pattern.flags : '';
      const at = `${path.relative(root, m[1]!).split(path.sep).join('/')}:${m[2]}`;
      found.set(`${at}\u0000${f}\u0000${source}`, { source, flags: f, at });
      return;
    }
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  try {
    await work();
  } finally {
    globalThis.RegExp = Original;
  }
  return [...found.values()];
}
