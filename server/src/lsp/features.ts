import type { Feature } from './context';
import { hoverFeature } from './hover';
import { definitionFeature, referencesFeature } from './navigation';

/** Every LSP feature the server offers; each lives in its own file and registers itself. */
export const FEATURES: readonly Feature[] = [hoverFeature, definitionFeature, referencesFeature];
