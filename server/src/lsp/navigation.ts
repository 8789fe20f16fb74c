import type { Location } from 'vscode-languageserver';
import type { Location as CoreLocation } from '../service/navigation';
import type { Positions } from './convert';

export function toLocations(locations: readonly CoreLocation[], positions: Positions): Location[] {
  return locations.map((l) => ({ uri: l.uri, range: positions.range(l.uri, l.span) }));
}
