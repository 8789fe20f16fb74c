import type { Location } from 'vscode-languageserver';
import { definitionAt, referencesAt, type Location as CoreLocation } from '../service/navigation';
import { collect, mapLazy, whenReady } from './cancel';
import { withArchiveDefinition, withArchiveReferences } from './archive';
import type { Feature } from './context';
import type { Positions } from './convert';

export function toLocations(locations: readonly CoreLocation[], positions: Positions): Location[] {
  return locations.map((l) => ({ uri: l.uri, range: positions.range(l.uri, l.span) }));
}

/** Go to definition: a quotation's source; a name's fullest mention in the earliest article. */
export const definitionFeature: Feature = {
  capabilities: { definitionProvider: true },
  register(ctx) {
    ctx.connection.onDefinition(async ({ textDocument, position }, token) => {
      await whenReady(ctx, token);
      const offset = ctx.positions.offset(textDocument.uri, position);
      return offset === undefined ? [] : withArchiveDefinition(ctx, textDocument.uri, offset, toLocations(definitionAt(ctx.desk, textDocument.uri, offset), ctx.positions));
    });
  },
};

/**
 * Find references: every article carrying a quotation; every mention of a name. A quotation a
 * thousand articles carry means a thousand articles' positions to work out: converted in slices,
 * stopping when the editor cancels.
 */
export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true },
  register(ctx) {
    ctx.connection.onReferences(async ({ textDocument, position, context }, token) => {
      await whenReady(ctx, token);
      const offset = ctx.positions.offset(textDocument.uri, position);
      if (offset === undefined) return [];
      const found = referencesAt(ctx.desk, textDocument.uri, offset, context.includeDeclaration);
      return withArchiveReferences(ctx, textDocument.uri, offset, await collect(mapLazy(found, (l): Location => ({ uri: l.uri, range: ctx.positions.range(l.uri, l.span) })), token));
    });
  },
};
