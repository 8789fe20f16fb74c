import type { Location } from 'vscode-languageserver';
import { definitionAt, referencesAt, type Location as CoreLocation } from '../service/navigation';
import type { Feature } from './context';
import type { Positions } from './convert';

export function toLocations(locations: readonly CoreLocation[], positions: Positions): Location[] {
  return locations.map((l) => ({ uri: l.uri, range: positions.range(l.uri, l.span) }));
}

/** Go to definition: a quotation's source; a name's fullest mention in the earliest article. */
export const definitionFeature: Feature = {
  capabilities: { definitionProvider: true },
  register(ctx) {
    ctx.connection.onDefinition(async ({ textDocument, position }) => {
      await ctx.ready();
      const offset = ctx.positions.offset(textDocument.uri, position);
      return offset === undefined ? [] : toLocations(definitionAt(ctx.desk, textDocument.uri, offset), ctx.positions);
    });
  },
};

/** Find references: every article carrying a quotation; every mention of a name. */
export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true },
  register(ctx) {
    ctx.connection.onReferences(async ({ textDocument, position, context }) => {
      await ctx.ready();
      const offset = ctx.positions.offset(textDocument.uri, position);
      return offset === undefined ? [] : toLocations(referencesAt(ctx.desk, textDocument.uri, offset, context.includeDeclaration), ctx.positions);
    });
  },
};
