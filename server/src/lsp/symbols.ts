import { SymbolKind, type DocumentSymbol, type SymbolInformation, type WorkspaceSymbol } from 'vscode-languageserver';
import { deskSymbols, outline, type OutlineItem, type OutlineKind } from '../service/symbols';
import { collect, mapLazy, whenReady } from './cancel';
import type { Feature } from './context';
import type { Positions } from './convert';

/** Icons an editor shows beside each kind (LSP has no "person": these are the closest pictures). */
const KIND: Record<OutlineKind, SymbolKind> = {
  headline: SymbolKind.File,
  group: SymbolKind.Package,
  person: SymbolKind.Object,
  organization: SymbolKind.Struct,
  place: SymbolKind.Namespace,
  quotation: SymbolKind.String,
  date: SymbolKind.Event,
};

/** Ctrl+T can list thousands of names on a large desk; editors show the first few hundred anyway. */
const MAX_WORKSPACE_SYMBOLS = 500;

function toDocumentSymbol(uri: string, item: OutlineItem, positions: Positions): DocumentSymbol {
  return {
    name: item.name,
    detail: item.detail,
    kind: KIND[item.kind],
    range: positions.range(uri, item.span),
    selectionRange: positions.range(uri, item.selection),
    children: item.children.map((c) => toDocumentSymbol(uri, c, positions)),
  };
}

function flatten(uri: string, items: readonly OutlineItem[], positions: Positions, container?: string): SymbolInformation[] {
  return items.flatMap((i) => [
    ...(i.kind === 'group' ? [] : [{ name: i.name, kind: KIND[i.kind], location: { uri, range: positions.range(uri, i.selection) }, ...(container ? { containerName: container } : {}) }]),
    ...flatten(uri, i.children, positions, i.kind === 'group' ? i.name : container),
  ]);
}

/** The outline: headline, then people, organisations, places, quotations and dates, each group in text order. */
export const documentSymbolFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: 'Copydesk' } },
  register(ctx) {
    ctx.connection.onDocumentSymbol(async ({ textDocument }, token) => {
      await whenReady(ctx, token);
      const items = outline(ctx.desk, textDocument.uri);
      const hierarchical = ctx.clientCapabilities().textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
      return hierarchical ? items.map((i) => toDocumentSymbol(textDocument.uri, i, ctx.positions)) : flatten(textDocument.uri, items, ctx.positions);
    });
  },
};

/** Ctrl+T: people, organisations and places across the desk (any spelling finds them), and headlines. */
export const workspaceSymbolFeature: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register(ctx) {
    ctx.connection.onWorkspaceSymbol(async ({ query }, token): Promise<WorkspaceSymbol[]> => {
      await whenReady(ctx, token);
      const found = mapLazy(deskSymbols(ctx.desk, query), (s): WorkspaceSymbol => ({
        name: s.name,
        kind: KIND[s.kind],
        containerName: s.container,
        location: { uri: s.uri, range: ctx.positions.range(s.uri, s.span) },
      }));
      return collect(found, token, MAX_WORKSPACE_SYMBOLS);
    });
  },
};
