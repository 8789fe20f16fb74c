import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import { semanticTokens, type Token, type TokenModifier, type TokenType } from '../service/semanticTokens';
import { whenReady } from './cancel';
import type { Feature } from './context';
import type { Positions } from './convert';

/**
 * Semantic tokens for people, organisations, places, dates and quotations.
 *
 * The legend uses a standard type where one fits (a quotation is a `string`) and custom types
 * where none does. The client declares the custom ones in `package.json` so themes that know
 * nothing of articles still colour them through a standard super type:
 *
 * ```json
 * "semanticTokenTypes": [
 *   { "id": "person", "superType": "variable", "description": "A person named in an article" },
 *   { "id": "organization", "superType": "type", "description": "An organisation named in an article" },
 *   { "id": "place", "superType": "namespace", "description": "A place named in an article" },
 *   { "id": "date", "superType": "number", "description": "A date expression, resolved against the dateline" }
 * ],
 * "semanticTokenModifiers": [
 *   { "id": "unresolved", "description": "A relative date that cannot be resolved (the article has no dateline)" }
 * ]
 * ```
 * `declaration` (standard) marks the fullest mention of a name in the article.
 */
const TYPES: Record<TokenType, string> = { person: 'person', organization: 'organization', place: 'place', date: 'date', quotation: 'string' };
const MODIFIERS: readonly TokenModifier[] = ['declaration', 'unresolved'];

export const LEGEND: SemanticTokensLegend = { tokenTypes: Object.values(TYPES), tokenModifiers: [...MODIFIERS] };

export function encodeTokens(uri: string, tokens: readonly Token[], positions: Positions): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const typeIndex = new Map(LEGEND.tokenTypes.map((t, i) => [t, i]));
  for (const t of tokens) {
    const { start, end } = positions.range(uri, t);
    if (end.line !== start.line) continue; // the service already cut at line breaks
    const modifiers = t.modifiers.reduce((bits, m) => bits | (1 << MODIFIERS.indexOf(m)), 0);
    builder.push(start.line, start.character, end.character - start.character, typeIndex.get(TYPES[t.type])!, modifiers);
  }
  return builder.build();
}

export const semanticTokensFeature: Feature = {
  capabilities: { semanticTokensProvider: { legend: LEGEND, full: true, range: true } },
  register(ctx) {
    ctx.connection.languages.semanticTokens.on(async ({ textDocument }, token) => {
      await whenReady(ctx, token);
      return encodeTokens(textDocument.uri, semanticTokens(ctx.desk, textDocument.uri), ctx.positions);
    });
    ctx.connection.languages.semanticTokens.onRange(async ({ textDocument, range }, token) => {
      await whenReady(ctx, token);
      const uri = textDocument.uri;
      const start = ctx.positions.offset(uri, range.start) ?? 0;
      const end = ctx.positions.offset(uri, range.end) ?? 0;
      return encodeTokens(uri, semanticTokens(ctx.desk, uri, { start, end }), ctx.positions);
    });
  },
};
