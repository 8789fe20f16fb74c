import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';

/**
 * The Article grammar as VS Code runs it: vscode-textmate over the Oniguruma regex engine (WASM),
 * reading the JSON that ships in the .vsix.
 */
const ROOT = path.resolve(__dirname, '..', '..');
export const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'article.tmLanguage.json');

let loaded: Promise<IGrammar> | undefined;

export function loadGrammar(): Promise<IGrammar> {
  loaded ??= (async () => {
    const wasm = readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scope: string) => (scope === 'text.article' ? parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null),
    });
    const grammar = await registry.loadGrammar('text.article');
    if (!grammar) throw new Error('text.article did not load');
    return grammar;
  })();
  return loaded;
}

export interface Token {
  readonly text: string;
  /** Scopes below the root `text.article`, outermost first. */
  readonly scopes: readonly string[];
}

/** Tokenizes a whole document line by line, carrying the rule stack as the editor does. */
export async function tokenize(text: string): Promise<Token[][]> {
  const grammar = await loadGrammar();
  let state: StateStack = INITIAL;
  return text.split(/\r\n|\r|\n/).map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.slice(1) }));
  });
}

/** A readable rendering for snapshots: each line, then each token that has a scope of its own. */
export function render(lines: readonly Token[][]): string {
  return lines
    .map((tokens) => {
      const line = tokens.map((t) => t.text).join('');
      const marked = tokens.filter((t) => t.scopes.length && t.text.trim()).map((t) => `    ${JSON.stringify(t.text)} ${t.scopes.join(' ')}`);
      return [`> ${line}`, ...marked].join('\n');
    })
    .join('\n');
}

/** The scopes of the first token whose text is exactly `text` (or starts with it when `prefix`). */
export function scopesOf(lines: readonly Token[][], text: string): readonly string[] | undefined {
  for (const tokens of lines) for (const t of tokens) if (t.text === text) return t.scopes;
  return undefined;
}
