import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { corpusDir } from '../helpers/corpus';
import { positionOf, type TestClient } from '../helpers/lsp';

/** What an editor would tell the server it supports: enough for every feature's richest answer. */
export const EDITOR_CAPABILITIES = {
  textDocument: {
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
  },
  workspace: {
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'], changeAnnotationSupport: { groupsOnLabel: true } },
  },
};

/** An article of a shared corpus: its URI, its text, and positions in it. */
export function corpusArticle(corpus: 'seeds' | 'desk', name: string) {
  const file = path.join(corpusDir(corpus), name);
  const text = readFileSync(file, 'utf8');
  return {
    uri: URI.file(file).toString(),
    text,
    at: (needle: string, offset = 0, n = 1) => positionOf(text, needle, offset, n),
    /** The text an LSP range covers. */
    slice: (range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
      const lines = text.split(/\r\n|\r|\n/);
      if (range.start.line === range.end.line) return lines[range.start.line]!.slice(range.start.character, range.end.character);
      return [lines[range.start.line]!.slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line]!.slice(0, range.end.character)].join('\n');
    },
  };
}

export const baseName = (uri: string) => path.basename(URI.parse(uri).fsPath);

export function request<R>(client: TestClient, method: string, params: unknown): Promise<R> {
  return client.connection.sendRequest<R>(method, params);
}

/** Semantic tokens decoded from LSP's relative encoding, with the text each covers. */
export function decodeTokens(data: readonly number[], legend: { tokenTypes: string[]; tokenModifiers: string[] }, text: string) {
  const lines = text.split(/\r\n|\r|\n/);
  const out: { line: number; character: number; length: number; type: string; modifiers: string[]; text: string }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dl, dc, length, type, mods] = data.slice(i, i + 5) as [number, number, number, number, number];
    line += dl;
    character = dl ? dc : character + dc;
    const modifiers = legend.tokenModifiers.filter((_, b) => mods & (1 << b));
    out.push({ line, character, length, type: legend.tokenTypes[type]!, modifiers, text: lines[line]!.slice(character, character + length) });
  }
  return out;
}
